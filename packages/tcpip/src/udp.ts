// UDP (RFC 768, RFC 1122 4.1) over the direct stack's IPv4 layer: one handler per local port,
// checksums always sent and verified when present, ICMP port unreachable for closed ports.
import { left, right, type Either } from "fp-ts/Either";
import { checksum, pseudoHeaderSum } from "./wire/checksum.ts";
import { UDP_HEADER_LEN } from "./wire/udp.ts";
import { DestUnreachableCode } from "./wire/icmpv4.ts";
import { IpProtocol, ipv4Address } from "./wire/ipv4.ts";
import type { IpWriteError } from "./ip-layer.ts";
import type { ListenError, UdpDatagram, UdpV4, UdpWriteError, Endpoint } from "./signatures.ts";
import type { DirectIpv4 } from "./ipv4.ts";
import type { IcmpLayer } from "./icmp.ts";
import { IPV4_MAX_PAYLOAD } from "./ipv4.ts";
import { loggerOf, randomBelow, type StackContext } from "./context.ts";

/** The largest UDP payload over IPv4: 65535 - 20 (IP) - 8 (UDP). */
export const UDP_MAX_PAYLOAD = IPV4_MAX_PAYLOAD - UDP_HEADER_LEN;

/** The IANA dynamic range (RFC 6335), where ephemeral source ports come from. */
export const EPHEMERAL_FIRST = 49152;
export const EPHEMERAL_LAST = 65535;

export interface UdpStats {
  readonly rx: {
    readonly datagrams: number;
    readonly delivered: number;
    readonly dropped: {
      /** Shorter than 8 bytes, or than its length field. */
      readonly truncated: number;
      /** Length field below 8, or destination port 0. */
      readonly malformed: number;
      readonly badChecksum: number;
      /** No handler on the port (an ICMP port unreachable may have been sent). */
      readonly noListener: number;
    };
    /** Handlers that threw (logged; the stack carries on). */
    readonly handlerErrors: number;
  };
  readonly tx: {
    readonly datagrams: number;
    readonly errors: number;
  };
}

/**
 * `write` reads `data` when the datagram is built, which may be after an ARP resolution: leave
 * it unchanged until the promise resolves.
 */
export interface DirectUdp extends UdpV4 {
  stats(): UdpStats;
}

export interface UdpOptions {
  /** Answer datagrams to closed ports with ICMP port unreachable (default true). */
  readonly portUnreachable?: boolean;
  /** Default 64. */
  readonly ttl?: number;
}

const ofIpError = (e: IpWriteError): UdpWriteError => {
  switch (e._tag) {
    case "TooLarge":
      return e;
    case "Disconnected":
      return e;
    case "NoRoute":
      return { _tag: "NoRoute", message: e.message };
    case "ArpTimeout":
      return { _tag: "NoRoute", message: e.message };
  }
};

const checkPort = (port: number, what: string): void => {
  if (!Number.isInteger(port) || port < 1 || port > 0xffff) throw new RangeError(`Cannot send a UDP datagram: ${what} ${port} is not in 1..65535`);
};

export const udpLayer = (
  ip: DirectIpv4,
  icmp: IcmpLayer | undefined,
  ctx: Pick<StackContext, "random" | "logger">,
  options: UdpOptions = {},
): DirectUdp => {
  const log = loggerOf(ctx, "tcpip.udp");
  const listeners = new Map<number, (d: UdpDatagram) => void>();
  const portUnreachable = options.portUnreachable ?? true;
  const span = EPHEMERAL_LAST - EPHEMERAL_FIRST + 1;
  let nextEphemeral = randomBelow(ctx.random, span);
  const rx = { datagrams: 0, delivered: 0, truncated: 0, malformed: 0, badChecksum: 0, noListener: 0, handlerErrors: 0 };
  const tx = { datagrams: 0, errors: 0 };

  /** The next port of the dynamic range nobody listens on (round robin from a random start). */
  const ephemeral = (): number => {
    for (let i = 0; i < span; i++) {
      const port = EPHEMERAL_FIRST + nextEphemeral;
      nextEphemeral = (nextEphemeral + 1) % span;
      if (!listeners.has(port)) return port;
    }
    return EPHEMERAL_FIRST + nextEphemeral; // every one listened on: share one
  };

  ip.register(IpProtocol.Udp, (src, dst, p) => {
    rx.datagrams++;
    const n = p.length;
    if (n < UDP_HEADER_LEN) {
      rx.truncated++;
      return;
    }
    const len = ((p[4] as number) << 8) | (p[5] as number);
    if (len < UDP_HEADER_LEN) {
      rx.malformed++;
      return;
    }
    if (len > n) {
      rx.truncated++;
      return;
    }
    const dstPort = ((p[2] as number) << 8) | (p[3] as number);
    if (dstPort === 0) {
      rx.malformed++;
      return;
    }
    // A zero checksum means the sender computed none (RFC 768).
    if ((p[6] !== 0 || p[7] !== 0) && checksum(p, 0, len, pseudoHeaderSum(src, dst, IpProtocol.Udp, len)) !== 0) {
      rx.badChecksum++;
      return;
    }
    const handler = listeners.get(dstPort);
    if (handler === undefined) {
      rx.noListener++;
      if (portUnreachable && icmp !== undefined) icmp.destUnreachable(DestUnreachableCode.PortUnreachable, p);
      return;
    }
    rx.delivered++;
    const srcPort = ((p[0] as number) << 8) | (p[1] as number);
    try {
      handler({ src: { address: src, port: srcPort }, dst: { address: dst, port: dstPort }, data: p.subarray(UDP_HEADER_LEN, len) });
    } catch (e) {
      rx.handlerErrors++;
      log.error("a UDP handler threw", { port: dstPort, error: String(e) });
    }
  });

  const write = async (dst: Endpoint, data: Uint8Array, opts?: { readonly srcPort?: number; readonly ttl?: number }): Promise<Either<UdpWriteError, void>> => {
    checkPort(dst.port, "the destination port");
    if (opts?.srcPort !== undefined) checkPort(opts.srcPort, "the source port");
    const size = data.length;
    if (size > UDP_MAX_PAYLOAD) {
      tx.errors++;
      return left({ _tag: "TooLarge", size, message: `Cannot send a UDP datagram of ${size} bytes: at most ${UDP_MAX_PAYLOAD} fit in IPv4` });
    }
    const srcPort = opts?.srcPort ?? ephemeral();
    const dstPort = dst.port;
    const len = UDP_HEADER_LEN + size;
    const ttl = opts?.ttl ?? options.ttl;
    const r = await ip.write(
      dst.address,
      IpProtocol.Udp,
      len,
      (b, src) => {
        b[0] = srcPort >>> 8;
        b[1] = srcPort & 0xff;
        b[2] = dstPort >>> 8;
        b[3] = dstPort & 0xff;
        b[4] = len >>> 8;
        b[5] = len & 0xff;
        b[6] = 0;
        b[7] = 0;
        b.set(data, UDP_HEADER_LEN);
        const c = checksum(b, 0, len, pseudoHeaderSum(src, dst.address, IpProtocol.Udp, len)) || 0xffff;
        b[6] = c >>> 8;
        b[7] = c & 0xff;
      },
      ttl === undefined ? undefined : { ttl },
    );
    if (r._tag === "Left") {
      tx.errors++;
      log.debug("UDP write failed", { dst: ipv4Address.toString(dst.address), port: dstPort, error: r.left._tag });
      return left(ofIpError(r.left));
    }
    tx.datagrams++;
    return right(undefined);
  };

  return {
    kind: "udpv4",
    async listen(port, handler): Promise<Either<ListenError, void>> {
      if (!Number.isInteger(port) || port < 1 || port > 0xffff) {
        return left({ _tag: "InvalidPort", port, message: `Cannot listen on UDP port ${port}: ports are 1 to 65535` });
      }
      if (listeners.has(port)) return left({ _tag: "PortInUse", port, message: `Cannot listen on UDP port ${port}: it already has a listener` });
      listeners.set(port, handler);
      return right(undefined);
    },
    unlisten(port) {
      listeners.delete(port);
    },
    write,
    stats: () => ({
      rx: {
        datagrams: rx.datagrams,
        delivered: rx.delivered,
        dropped: { truncated: rx.truncated, malformed: rx.malformed, badChecksum: rx.badChecksum, noListener: rx.noListener },
        handlerErrors: rx.handlerErrors,
      },
      tx: { ...tx },
    }),
  };
};

