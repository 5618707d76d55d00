// ICMPv4 (RFC 792, RFC 1122 3.2.2): echo replies, the error messages the stack emits (port
// unreachable for UDP, protocol unreachable, fragment reassembly time exceeded), errors received (counted, and handed
// to listeners such as TCP), and a small `ping`. Anything else is counted and ignored.
import { left, right, type Either } from "fp-ts/Either";
import { cancellation } from "@mirage/mirage-clock";
import { checksum } from "./wire/checksum.ts";
import { DestUnreachableCode, Icmpv4Packet, Icmpv4Repr, Icmpv4Type, TimeExceededCode, ICMPV4_HEADER_LEN } from "./wire/icmpv4.ts";
import { IpProtocol, ipv4Address, type Ipv4Address, type Ipv4Repr } from "./wire/ipv4.ts";
import type { IpWriteError } from "./ip-layer.ts";
import type { DirectIpv4 } from "./ipv4.ts";
import { loggerOf, randomBelow, type StackContext } from "./context.ts";

const SECOND = 1_000_000_000n;

export interface IcmpConfig {
  /** Error messages we emit: a token bucket refilled at `perSecond`, holding at most `burst` (default 10/s, 10). */
  readonly errorRate: { readonly perSecond: number; readonly burst: number };
  /** Reply to echo requests (default true). Broadcast echo requests are never answered. */
  readonly echoReply: boolean;
  /** Answer datagrams for protocols nobody handles with protocol unreachable (default true). */
  readonly protocolUnreachable: boolean;
}

export const defaultIcmpConfig: IcmpConfig = { errorRate: { perSecond: 10, burst: 10 }, echoReply: true, protocolUnreachable: true };

export interface IcmpStats {
  readonly rx: {
    readonly messages: number;
    readonly echoRequests: number;
    readonly echoReplies: number;
    readonly destUnreachable: number;
    /** Of which code 3. */
    readonly portUnreachable: number;
    readonly timeExceeded: number;
    /** Other types (counted, ignored). */
    readonly other: number;
    readonly dropped: {
      readonly truncated: number;
      readonly badChecksum: number;
      /** An error message whose quoted datagram does not parse. */
      readonly malformed: number;
      /** Echo requests to a broadcast address, or from an address we cannot answer. */
      readonly echoIgnored: number;
      /** Echo replies nobody waited for. */
      readonly unexpectedReply: number;
    };
  };
  readonly tx: {
    readonly echoReplies: number;
    readonly echoRequests: number;
    readonly destUnreachable: number;
    readonly timeExceeded: number;
    /** Errors not sent because RFC 1122 forbids them (about a broadcast, an ICMP error, a later fragment...). */
    readonly suppressed: number;
    readonly rateLimited: number;
    /** Writes that failed (no route, ARP timeout...). */
    readonly failed: number;
  };
}

/** An ICMP error received about a datagram we sent. */
export interface IcmpErrorReport {
  readonly type: "destUnreachable" | "timeExceeded";
  readonly code: number;
  /** The next-hop MTU of a "fragmentation needed" message (RFC 1191), else 0. */
  readonly nextHopMtu: number;
  /** Who sent the error. */
  readonly from: Ipv4Address;
  /** The header of our datagram, as quoted. */
  readonly header: Ipv4Repr;
  /** The quoted start of our datagram's payload (at least the transport ports); valid only during the call. */
  readonly data: Uint8Array;
}

export type PingError = IpWriteError | { readonly _tag: "Timeout"; readonly dst: Ipv4Address; readonly message: string };

export interface PingReply {
  readonly from: Ipv4Address;
  readonly ident: number;
  readonly seqNo: number;
  readonly rttNs: bigint;
  readonly data: Uint8Array;
}

export interface PingOptions {
  readonly ident?: number;
  readonly seqNo?: number;
  /** Default 32 bytes of a pattern. */
  readonly data?: Uint8Array;
  /** Default 1 s. */
  readonly timeoutNs?: bigint;
  readonly ttl?: number;
}

export interface IcmpLayer {
  /**
   * Sends a destination unreachable about the datagram being delivered right now: call it
   * from inside an IP input handler (it reads `ip.inputHeader()`), with that datagram's
   * payload. Returns whether a message goes out (RFC 1122's exceptions and the rate limit may
   * suppress it).
   */
  destUnreachable(code: number, payload: Uint8Array): boolean;
  /** The same for any quoted datagram: `header` its IP header, `payload` its payload (8 bytes are quoted). */
  sendError(type: "destUnreachable" | "timeExceeded", code: number, header: Uint8Array, payload: Uint8Array, linkBroadcast?: boolean): boolean;
  /** Sends an echo request and waits for the matching reply. */
  ping(dst: Ipv4Address, options?: PingOptions): Promise<Either<PingError, PingReply>>;
  /** Told of each well-formed error message received (after counting). */
  onError(listener: (e: IcmpErrorReport) => void): void;
  stats(): IcmpStats;
  /** Pending pings end with Disconnected. */
  disconnect(): void;
}

const isQueryType = (t: number): boolean => t === 0 || t === 8 || (t >= 13 && t <= 18);

export const icmpLayer = (ip: DirectIpv4, ctx: Pick<StackContext, "mclock" | "sleep" | "random" | "logger">, config: Partial<IcmpConfig> = {}): IcmpLayer => {
  const cfg: IcmpConfig = { ...defaultIcmpConfig, ...config };
  const log = loggerOf(ctx, "tcpip.icmp");
  const listeners: ((e: IcmpErrorReport) => void)[] = [];
  const pings = new Map<number, (r: Either<PingError, PingReply>) => void>();
  const pingSent = new Map<number, bigint>();
  const defaultIdent = randomBelow(ctx.random, 0x10000);
  let nextSeq = 0;
  let connected = true;
  let tokens = cfg.errorRate.burst;
  let refilledAt = ctx.mclock.elapsedNs();

  const rx = {
    messages: 0,
    echoRequests: 0,
    echoReplies: 0,
    destUnreachable: 0,
    portUnreachable: 0,
    timeExceeded: 0,
    other: 0,
    truncated: 0,
    badChecksum: 0,
    malformed: 0,
    echoIgnored: 0,
    unexpectedReply: 0,
  };
  const tx = { echoReplies: 0, echoRequests: 0, destUnreachable: 0, timeExceeded: 0, suppressed: 0, rateLimited: 0, failed: 0 };

  const countWrite = (p: Promise<Either<IpWriteError, void>>): void => {
    void p.then((r) => {
      if (r._tag === "Left") tx.failed++;
    });
  };

  const takeToken = (): boolean => {
    const now = ctx.mclock.elapsedNs();
    const { perSecond, burst } = cfg.errorRate;
    tokens = Math.min(burst, tokens + (Number(now - refilledAt) * perSecond) / 1e9);
    refilledAt = now;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };

  const sendError = (type: "destUnreachable" | "timeExceeded", code: number, header: Uint8Array, payload: Uint8Array, linkBroadcast = false): boolean => {
    if (!connected) return false;
    const hl = header.length;
    if (hl < 20) {
      tx.suppressed++;
      return false;
    }
    const origSrc = ipv4Address.read(header, 12);
    const origDst = ipv4Address.read(header, 16);
    const fragOffset = (((header[6] as number) & 0x1f) << 8) | (header[7] as number);
    // RFC 1122 3.2.2: never about an ICMP error, a broadcast or multicast (IP or link layer),
    // a non-initial fragment, or a datagram whose source is not one host.
    if (
      linkBroadcast ||
      ip.isBroadcast(origDst) ||
      !ipv4Address.isUnicast(origSrc) ||
      ipv4Address.isLoopback(origSrc) ||
      ip.isBroadcast(origSrc) ||
      fragOffset !== 0 ||
      (header[9] === IpProtocol.Icmp && (payload.length < 1 || !isQueryType(payload[0] as number)))
    ) {
      tx.suppressed++;
      return false;
    }
    if (!takeToken()) {
      tx.rateLimited++;
      return false;
    }
    // Copied now: the caller's views die with its frame, the write may wait for ARP.
    const quoted = Math.min(8, payload.length);
    const len = ICMPV4_HEADER_LEN + hl + quoted;
    const msg = new Uint8Array(len);
    msg[0] = type === "destUnreachable" ? Icmpv4Type.DestUnreachable : Icmpv4Type.TimeExceeded;
    msg[1] = code;
    msg.set(header, ICMPV4_HEADER_LEN);
    msg.set(payload.subarray(0, quoted), ICMPV4_HEADER_LEN + hl);
    const c = checksum(msg);
    msg[2] = c >>> 8;
    msg[3] = c & 0xff;
    if (type === "destUnreachable") tx.destUnreachable++;
    else tx.timeExceeded++;
    const src = ip.isLocal(origDst) ? origDst : undefined;
    countWrite(ip.write(origSrc, IpProtocol.Icmp, len, (b) => b.set(msg), src === undefined ? undefined : { src }));
    return true;
  };

  const echoReply = (src: Ipv4Address, dst: Ipv4Address, ident: number, seqNo: number, data: Uint8Array): void => {
    const copy = data.slice();
    const repr: Icmpv4Repr = { type: "echoReply", ident, seqNo, data: copy };
    tx.echoReplies++;
    countWrite(ip.write(src, IpProtocol.Icmp, Icmpv4Repr.bufferLen(repr), (b) => Icmpv4Repr.emit(repr, b), { src: dst }));
  };

  ip.register(IpProtocol.Icmp, (src, dst, payload) => {
    rx.messages++;
    const p = Icmpv4Packet.of(payload);
    if (p._tag === "Left") {
      rx.truncated++;
      return;
    }
    const pk = p.right;
    if (!pk.verifyChecksum()) {
      rx.badChecksum++;
      return;
    }
    const type = pk.msgType();
    const code = pk.msgCode();
    if (type === Icmpv4Type.EchoRequest && code === 0) {
      rx.echoRequests++;
      if (!cfg.echoReply || !ip.isLocal(dst) || ip.inputLinkBroadcast() || !ipv4Address.isUnicast(src) || ip.isBroadcast(src)) {
        rx.echoIgnored++;
        return;
      }
      echoReply(src, dst, pk.echoIdent(), pk.echoSeqNo(), pk.data());
      return;
    }
    if (type === Icmpv4Type.EchoReply && code === 0) {
      rx.echoReplies++;
      const key = (pk.echoIdent() << 16) | pk.echoSeqNo();
      const waiter = pings.get(key);
      if (waiter === undefined) {
        rx.unexpectedReply++;
        return;
      }
      const sent = pingSent.get(key) ?? 0n;
      waiter(right({ from: src, ident: pk.echoIdent(), seqNo: pk.echoSeqNo(), rttNs: ctx.mclock.elapsedNs() - sent, data: pk.data().slice() }));
      return;
    }
    if (type === Icmpv4Type.DestUnreachable || type === Icmpv4Type.TimeExceeded) {
      const r = Icmpv4Repr.parse(pk, { verifyChecksum: false });
      if (r._tag === "Left" || (r.right.type !== "destUnreachable" && r.right.type !== "timeExceeded")) {
        rx.malformed++;
        return;
      }
      const e = r.right;
      if (e.type === "destUnreachable") {
        rx.destUnreachable++;
        if (e.code === 3) rx.portUnreachable++;
      } else {
        rx.timeExceeded++;
      }
      log.debug("ICMP error received", { type: e.type, code: e.code, from: ipv4Address.toString(src) });
      if (listeners.length === 0) return;
      const report: IcmpErrorReport = {
        type: e.type,
        code: e.code,
        nextHopMtu: e.type === "destUnreachable" ? e.nextHopMtu : 0,
        from: src,
        header: e.header,
        data: e.data,
      };
      for (const l of listeners) l(report);
      return;
    }
    rx.other++;
  });

  ip.onUnknownProtocol((payload) => {
    if (cfg.protocolUnreachable) {
      const h = ip.inputHeader();
      if (h !== undefined) sendError("destUnreachable", DestUnreachableCode.ProtoUnreachable, h, payload, ip.inputLinkBroadcast());
    }
  });

  ip.onReassemblyTimeout((e) => {
    sendError("timeExceeded", TimeExceededCode.FragReassemblyExpired, e.firstHeader, e.firstBytes);
  });

  const ping = (dst: Ipv4Address, options: PingOptions = {}): Promise<Either<PingError, PingReply>> => {
    if (!connected) return Promise.resolve(left({ _tag: "Disconnected", message: "Cannot ping: the stack is disconnected" }));
    const ident = (options.ident ?? defaultIdent) & 0xffff;
    const seqNo = (options.seqNo ?? nextSeq++) & 0xffff;
    const data = options.data ?? Uint8Array.from({ length: 32 }, (_, i) => 0x20 + i);
    const key = (ident << 16) | seqNo;
    const timeoutNs = options.timeoutNs ?? SECOND;
    const repr: Icmpv4Repr = { type: "echoRequest", ident, seqNo, data };
    return new Promise((resolve) => {
      const stop = cancellation();
      const done = (r: Either<PingError, PingReply>): void => {
        if (pings.get(key) !== done) return;
        pings.delete(key);
        pingSent.delete(key);
        stop.cancel();
        resolve(r);
      };
      pings.get(key)?.(left({ _tag: "Timeout", dst, message: `Cannot ping ${ipv4Address.toString(dst)}: superseded by a ping with the same id and sequence number` }));
      pings.set(key, done);
      pingSent.set(key, ctx.mclock.elapsedNs());
      tx.echoRequests++;
      void ip.write(dst, IpProtocol.Icmp, Icmpv4Repr.bufferLen(repr), (b) => Icmpv4Repr.emit(repr, b), options.ttl === undefined ? undefined : { ttl: options.ttl }).then((r) => {
        if (r._tag === "Left") {
          tx.failed++;
          done(r);
        }
      });
      void ctx.sleep.sleepNs(timeoutNs, stop.signal).then(() => {
        if (!stop.signal.aborted) done(left({ _tag: "Timeout", dst, message: `Cannot ping ${ipv4Address.toString(dst)}: no reply within ${timeoutNs} ns` }));
      });
    });
  };

  return {
    destUnreachable(code, payload) {
      const h = ip.inputHeader();
      if (h === undefined) {
        tx.suppressed++;
        return false;
      }
      return sendError("destUnreachable", code, h, payload, ip.inputLinkBroadcast());
    },
    sendError,
    ping,
    onError(listener) {
      listeners.push(listener);
    },
    stats: () => ({
      rx: {
        messages: rx.messages,
        echoRequests: rx.echoRequests,
        echoReplies: rx.echoReplies,
        destUnreachable: rx.destUnreachable,
        portUnreachable: rx.portUnreachable,
        timeExceeded: rx.timeExceeded,
        other: rx.other,
        dropped: {
          truncated: rx.truncated,
          badChecksum: rx.badChecksum,
          malformed: rx.malformed,
          echoIgnored: rx.echoIgnored,
          unexpectedReply: rx.unexpectedReply,
        },
      },
      tx: { ...tx },
    }),
    disconnect() {
      if (!connected) return;
      connected = false;
      for (const w of [...pings.values()]) w(left({ _tag: "Disconnected", message: "Cannot ping: the stack is disconnected" }));
    },
  };
};
