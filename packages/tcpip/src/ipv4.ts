// IPv4 (RFC 791, RFC 1122 host requirements) over Ethernet and ARP: one interface address,
// routing (on-link, else the gateway), fragmentation on send, verification, reassembly and
// demultiplexing on receive. Bad packets are dropped and counted.
//
// The receive path reads the header by hand (no view object, no Either) and the send path
// writes it in place: those run once per packet. Everything rarer goes through the wire codecs.
import { left, right, type Either } from "fp-ts/Either";
import { macAddress, type MacAddress, type NetError } from "@mirage/mirage-net";
import { checksum } from "./wire/checksum.ts";
import { EtherType } from "./wire/ethernet.ts";
import { IPV4_HEADER_LEN, ipv4Address, ipv4Cidr, type Ipv4Address, type Ipv4Cidr } from "./wire/ipv4.ts";
import type { IpInput, IpWriteError, IpWriteOptions, Ipv4Layer } from "./ip-layer.ts";
import type { Ipv4Info } from "./signatures.ts";
import type { ArpLayer } from "./arp.ts";
import type { EthernetLayer } from "./ethernet.ts";
import { Reassembler, type Expired, type ReassemblyConfig, type ReassemblyStats } from "./reassembly.ts";
import { deadlineTimer, loggerOf, randomBelow, type StackContext } from "./context.ts";

/** Largest IP payload: a 65535-byte packet less a 20-byte header. */
export const IPV4_MAX_PAYLOAD = 0xffff - IPV4_HEADER_LEN;

export interface Ipv4Options {
  readonly cidr?: Ipv4Cidr;
  readonly gateway?: Ipv4Address;
  /** Default 64. */
  readonly ttl?: number;
  readonly reassembly?: Partial<ReassemblyConfig>;
  /**
   * Accept unicast packets for any address while no address is set (default true), so a DHCP
   * client can hear an offer sent to the address it is being offered.
   */
  readonly acceptAnyWhileUnconfigured?: boolean;
}

export interface Ipv4Stats {
  readonly rx: {
    readonly packets: number;
    /** Datagrams handed to a protocol (a reassembled one counts once). */
    readonly delivered: number;
    readonly fragments: number;
    readonly dropped: {
      readonly truncated: number;
      /** Bad version, header length, total length, or the reserved flag. */
      readonly malformed: number;
      readonly badChecksum: number;
      /** Broadcast, multicast or one of our own addresses as the source. */
      readonly badSource: number;
      /** For another host (or a multicast group). */
      readonly notForUs: number;
      /** No handler for the protocol. */
      readonly unknownProtocol: number;
    };
    readonly reassembly: ReassemblyStats;
  };
  readonly tx: {
    /** Datagrams sent (a fragmented one counts once). */
    readonly packets: number;
    readonly fragments: number;
    /** Datagrams to one of our own addresses, delivered without the wire. */
    readonly local: number;
    readonly errors: { readonly noRoute: number; readonly arpTimeout: number; readonly tooLarge: number; readonly disconnected: number };
  };
}

/** What the IP layer of the direct stack offers: the transports' contract plus configuration. */
export interface DirectIpv4 extends Ipv4Layer, Ipv4Info {
  /** Sets (or with undefined, clears) the interface address and the default gateway; announces a new address. */
  setAddress(cidr: Ipv4Cidr | undefined, gateway?: Ipv4Address): void;
  /** The limited broadcast, our subnet's broadcast, or a multicast address. */
  isBroadcast(a: Ipv4Address): boolean;
  /** One of our addresses. */
  isLocal(a: Ipv4Address): boolean;
  /**
   * During a protocol input call only: the received datagram's IP header (for a reassembled
   * one, the first fragment's with the lengths and fragment fields of the whole), as ICMP error
   * messages quote it. Undefined outside an input call.
   */
  inputHeader(): Uint8Array | undefined;
  /** During a protocol input call only: whether the frame was sent to a link-layer broadcast or multicast. */
  inputLinkBroadcast(): boolean;
  /** Told of incomplete datagrams dropped at their reassembly timeout (for ICMP time exceeded). */
  onReassemblyTimeout(listener: (e: Expired) => void): void;
  /**
   * Told of each datagram for us whose protocol has no handler (for ICMP protocol unreachable),
   * with `inputHeader()` and `inputLinkBroadcast()` valid during the call.
   */
  onUnknownProtocol(listener: (payload: Uint8Array) => void): void;
  /** The Ethernet handler for IPv4 frames (registered by `ipv4Layer`). */
  readonly input: (payload: Uint8Array, frame: Uint8Array) => void;
  stats(): Ipv4Stats;
  /** Further writes give Disconnected; the reassembly timer stops. */
  disconnect(): void;
}

export interface Ipv4Deps {
  readonly ethernet: EthernetLayer;
  readonly arp: ArpLayer;
  readonly ctx: Pick<StackContext, "mclock" | "sleep" | "random" | "logger">;
}

// Next hops that are not addresses.
const NO_ROUTE = -1;
const BROADCAST = -2;
const MULTICAST = -3;
const LOCAL = -4;

const multicastMac = (a: Ipv4Address): MacAddress =>
  new Uint8Array([0x01, 0x00, 0x5e, (a >>> 16) & 0x7f, (a >>> 8) & 0xff, a & 0xff]) as MacAddress;

/** Writes a 20-byte header at the start of `b`, checksum included. */
const writeHeader = (
  b: Uint8Array,
  total: number,
  ident: number,
  flagsOffset: number,
  ttl: number,
  protocol: number,
  src: Ipv4Address,
  dst: Ipv4Address,
): void => {
  b[0] = 0x45;
  b[1] = 0;
  b[2] = total >>> 8;
  b[3] = total & 0xff;
  b[4] = ident >>> 8;
  b[5] = ident & 0xff;
  b[6] = flagsOffset >>> 8;
  b[7] = flagsOffset & 0xff;
  b[8] = ttl;
  b[9] = protocol;
  b[10] = 0;
  b[11] = 0;
  ipv4Address.write(src, b, 12);
  ipv4Address.write(dst, b, 16);
  const c = checksum(b, 0, IPV4_HEADER_LEN);
  b[10] = c >>> 8;
  b[11] = c & 0xff;
};

export const ipv4Layer = (deps: Ipv4Deps, options: Ipv4Options = {}): DirectIpv4 => {
  const { ethernet, arp, ctx } = deps;
  const log = loggerOf(ctx, "tcpip.ipv4");
  const mtu = ethernet.mtu;
  const defaultTtl = options.ttl ?? 64;
  const acceptAny = options.acceptAnyWhileUnconfigured ?? true;
  const handlers: (IpInput | undefined)[] = new Array<IpInput | undefined>(256).fill(undefined);
  const reasm = new Reassembler(options.reassembly);
  const timeoutListeners: ((e: Expired) => void)[] = [];
  let unknownProtocol: ((payload: Uint8Array) => void) | undefined;
  let ident = randomBelow(ctx.random, 0x10000);
  let connected = true;

  let cidr: Ipv4Cidr | undefined;
  let gw: Ipv4Address | undefined;
  let subnetBroadcast = -1; // none
  let addressList: readonly Ipv4Cidr[] = [];

  // The datagram being delivered (for ICMP errors).
  let curHeader: Uint8Array | undefined;
  let curHeaderLen = 0;
  let curLinkBroadcast = false;

  const rx = { packets: 0, delivered: 0, fragments: 0, truncated: 0, malformed: 0, badChecksum: 0, badSource: 0, notForUs: 0, unknownProtocol: 0 };
  const tx = { packets: 0, fragments: 0, local: 0, noRoute: 0, arpTimeout: 0, tooLarge: 0, disconnected: 0 };

  const setAddress = (c: Ipv4Cidr | undefined, g?: Ipv4Address): void => {
    cidr = c;
    gw = c === undefined ? undefined : g;
    subnetBroadcast = c === undefined ? -1 : (ipv4Cidr.broadcast(c) ?? -1);
    addressList = c === undefined ? [] : [c];
    arp.setAddresses(c === undefined ? [] : [c.address]);
    log.info(c === undefined ? "address cleared" : "address set", {
      cidr: c === undefined ? "none" : ipv4Cidr.toString(c),
      gateway: gw === undefined ? "none" : ipv4Address.toString(gw),
    });
  };

  const isBroadcast = (a: Ipv4Address): boolean => a === 0xffffffff || a === subnetBroadcast || a >>> 28 === 0xe;
  const isLocal = (a: Ipv4Address): boolean => cidr !== undefined && a === cidr.address;

  const nextHop = (dst: Ipv4Address): number => {
    if (dst === 0xffffffff) return BROADCAST;
    if (dst >>> 28 === 0xe) return MULTICAST;
    if (cidr === undefined) return NO_ROUTE;
    if (dst === cidr.address) return LOCAL;
    if (dst === subnetBroadcast) return BROADCAST;
    if (ipv4Cidr.contains(cidr, dst)) return dst;
    if (gw !== undefined) return gw;
    return NO_ROUTE;
  };

  const source = (dst: Ipv4Address): Ipv4Address | undefined => {
    if (nextHop(dst) === NO_ROUTE) return undefined;
    if (cidr !== undefined) return cidr.address;
    return dst === 0xffffffff ? ipv4Address.unspecified : undefined;
  };

  // ----- receive

  const deliver = (protocol: number, src: Ipv4Address, dst: Ipv4Address, data: Uint8Array, header: Uint8Array, headerLen: number, linkBroadcast: boolean): void => {
    const handler = handlers[protocol];
    if (handler === undefined) rx.unknownProtocol++;
    else rx.delivered++;
    if (handler === undefined && unknownProtocol === undefined) return;
    curHeader = header;
    curHeaderLen = headerLen;
    curLinkBroadcast = linkBroadcast;
    try {
      if (handler !== undefined) handler(src, dst, data);
      else unknownProtocol?.(data);
    } finally {
      curHeader = undefined;
      curLinkBroadcast = false;
    }
  };

  const reportExpired = (expired: readonly Expired[]): void => {
    for (const e of expired) {
      log.debug("fragment reassembly timed out", { src: ipv4Address.toString(e.src), ident: e.ident });
      for (const l of timeoutListeners) l(e);
    }
  };

  const reasmTimer = deadlineTimer(ctx, (now) => {
    reportExpired(reasm.expire(now));
    return reasm.pollAt();
  });

  /** The first fragment's header, made to describe the whole reassembled datagram. */
  const wholeHeader = (first: Uint8Array, payloadLen: number): Uint8Array => {
    const h = first.slice();
    const total = Math.min(0xffff, h.length + payloadLen);
    h[2] = total >>> 8;
    h[3] = total & 0xff;
    h[6] = (h[6] as number) & 0x40; // keep DF, clear MF and the offset
    h[7] = 0;
    h[10] = 0;
    h[11] = 0;
    const c = checksum(h);
    h[10] = c >>> 8;
    h[11] = c & 0xff;
    return h;
  };

  const receive = (p: Uint8Array, linkBroadcast: boolean, local: boolean): void => {
    rx.packets++;
    const n = p.length;
    if (n < IPV4_HEADER_LEN) {
      rx.truncated++;
      return;
    }
    const vihl = p[0] as number;
    const hl = (vihl & 0x0f) * 4;
    const total = ((p[2] as number) << 8) | (p[3] as number);
    if (vihl >>> 4 !== 4 || hl < IPV4_HEADER_LEN || total < hl) {
      rx.malformed++;
      return;
    }
    if (total > n) {
      rx.truncated++;
      return;
    }
    if (checksum(p, 0, hl) !== 0) {
      rx.badChecksum++;
      return;
    }
    const flagsOffset = ((p[6] as number) << 8) | (p[7] as number);
    if ((flagsOffset & 0x8000) !== 0) {
      rx.malformed++;
      return;
    }
    const src = ipv4Address.read(p, 12);
    const dst = ipv4Address.read(p, 16);
    if (src === 0xffffffff || src >>> 28 === 0xe || (!local && cidr !== undefined && src === cidr.address)) {
      rx.badSource++;
      return;
    }
    const forUs =
      dst === 0xffffffff || (cidr === undefined ? acceptAny && dst >>> 28 !== 0xe : dst === cidr.address || dst === subnetBroadcast);
    if (!forUs) {
      rx.notForUs++;
      return;
    }
    const protocol = p[9] as number;
    if ((flagsOffset & 0x3fff) === 0) {
      deliver(protocol, src, dst, p.subarray(hl, total), p, hl, linkBroadcast);
      return;
    }
    rx.fragments++;
    const now = ctx.mclock.elapsedNs();
    reportExpired(reasm.expire(now));
    const r = reasm.add(
      src,
      dst,
      protocol,
      ((p[4] as number) << 8) | (p[5] as number),
      (flagsOffset & 0x1fff) * 8,
      (flagsOffset & 0x2000) !== 0,
      p.subarray(0, hl),
      p.subarray(hl, total),
      now,
    );
    reasmTimer.arm(reasm.pollAt());
    if (r === undefined) return;
    const h = wholeHeader(r.firstHeader, r.payload.length);
    deliver(protocol, src, dst, r.payload, h, h.length, linkBroadcast);
  };

  const input = (payload: Uint8Array, frame: Uint8Array): void => receive(payload, ((frame[0] as number) & 1) === 1, false);

  ethernet.register(EtherType.Ipv4, input);

  // ----- send

  const fail = (e: IpWriteError): Either<IpWriteError, void> => {
    switch (e._tag) {
      case "NoRoute":
        tx.noRoute++;
        break;
      case "ArpTimeout":
        tx.arpTimeout++;
        break;
      case "TooLarge":
        tx.tooLarge++;
        break;
      case "Disconnected":
        tx.disconnected++;
        break;
    }
    return left(e);
  };

  const ofNetError = (e: NetError): Either<IpWriteError, void> =>
    e._tag === "InvalidLength" ? fail({ _tag: "TooLarge", size: e.size, message: e.message }) : fail({ _tag: "Disconnected", message: e.message });

  const OK: Either<IpWriteError, void> = right(undefined);

  /** Sends the datagram to `mac`: one frame, or fragments of at most `mtu` bytes. */
  const transmit = async (
    mac: MacAddress,
    src: Ipv4Address,
    dst: Ipv4Address,
    protocol: number,
    payloadLen: number,
    fill: (payload: Uint8Array, src: Ipv4Address) => void,
    ttl: number,
    df: boolean,
  ): Promise<Either<IpWriteError, void>> => {
    const id = ident;
    ident = (ident + 1) & 0xffff;
    const total = IPV4_HEADER_LEN + payloadLen;
    if (total <= mtu) {
      const r = await ethernet.write(mac, EtherType.Ipv4, total, (b) => {
        writeHeader(b, total, id, df ? 0x4000 : 0, ttl, protocol, src, dst);
        fill(b.subarray(IPV4_HEADER_LEN, total), src);
      });
      if (r._tag === "Left") return ofNetError(r.left);
      tx.packets++;
      return OK;
    }
    // Fragment: the payload is written once, then copied out in pieces of a multiple of 8 bytes.
    const whole = new Uint8Array(payloadLen);
    fill(whole, src);
    const step = ((mtu - IPV4_HEADER_LEN) >>> 3) << 3;
    const writes: Promise<Either<NetError, void>>[] = [];
    for (let off = 0; off < payloadLen; off += step) {
      const len = Math.min(step, payloadLen - off);
      const more = off + len < payloadLen;
      const o = off;
      writes.push(
        ethernet.write(mac, EtherType.Ipv4, IPV4_HEADER_LEN + len, (b) => {
          writeHeader(b, IPV4_HEADER_LEN + len, id, (more ? 0x2000 : 0) | (o >>> 3), ttl, protocol, src, dst);
          b.set(whole.subarray(o, o + len), IPV4_HEADER_LEN);
        }),
      );
    }
    const results = await Promise.all(writes);
    for (const r of results) if (r._tag === "Left") return ofNetError(r.left);
    tx.packets++;
    tx.fragments += writes.length;
    return OK;
  };

  const write = async (
    dst: Ipv4Address,
    protocol: number,
    payloadLen: number,
    fill: (payload: Uint8Array, src: Ipv4Address) => void,
    opts?: IpWriteOptions,
  ): Promise<Either<IpWriteError, void>> => {
    if (!connected) return fail({ _tag: "Disconnected", message: "Cannot send an IP packet: the stack is disconnected" });
    if (!Number.isSafeInteger(payloadLen) || payloadLen < 0 || payloadLen > IPV4_MAX_PAYLOAD) {
      return fail({ _tag: "TooLarge", size: payloadLen, message: `Cannot send an IP packet with ${payloadLen} bytes of payload: at most ${IPV4_MAX_PAYLOAD} fit` });
    }
    const df = opts?.dontFragment === true;
    if (IPV4_HEADER_LEN + payloadLen > mtu && (df || mtu < IPV4_HEADER_LEN + 8)) {
      return fail({
        _tag: "TooLarge",
        size: payloadLen,
        message: `Cannot send an IP packet with ${payloadLen} bytes of payload: the MTU is ${mtu}${df ? " and Don't Fragment is set" : ""}`,
      });
    }
    const hop = nextHop(dst);
    const src = opts?.src ?? source(dst);
    if (hop === NO_ROUTE || src === undefined) {
      return fail({ _tag: "NoRoute", dst, message: `Cannot send to ${ipv4Address.toString(dst)}: ${cidr === undefined ? "no address is set" : "no route"}` });
    }
    const t = opts?.ttl;
    const ttl = t !== undefined && Number.isInteger(t) && t >= 0 && t <= 255 ? t : defaultTtl;
    if (hop === LOCAL) {
      // To ourselves: through the receive path on a later turn, never on the wire.
      const packet = new Uint8Array(IPV4_HEADER_LEN + payloadLen);
      writeHeader(packet, packet.length, ident, df ? 0x4000 : 0, ttl, protocol, src, dst);
      ident = (ident + 1) & 0xffff;
      fill(packet.subarray(IPV4_HEADER_LEN), src);
      tx.local++;
      await Promise.resolve();
      if (connected) receive(packet, false, true);
      return OK;
    }
    let mac: MacAddress | undefined;
    if (hop === BROADCAST) mac = macAddress.broadcast;
    else if (hop === MULTICAST) mac = multicastMac(dst);
    else {
      mac = arp.lookup(hop as Ipv4Address);
      if (mac === undefined) {
        const r = await arp.resolve(hop as Ipv4Address);
        if (r._tag === "Left") {
          return r.left._tag === "ArpTimeout"
            ? fail({ _tag: "ArpTimeout", dst, message: r.left.message })
            : fail({ _tag: "Disconnected", message: r.left.message });
        }
        if (!connected) return fail({ _tag: "Disconnected", message: "Cannot send an IP packet: the stack is disconnected" });
        mac = r.right;
      }
    }
    return transmit(mac, src, dst, protocol, payloadLen, fill, ttl, df);
  };

  if (options.cidr !== undefined) setAddress(options.cidr, options.gateway);

  return {
    mtu,
    source,
    write,
    register(protocol, handler) {
      handlers[protocol & 0xff] = handler;
    },
    setAddress,
    addresses: () => addressList,
    gateway: () => gw,
    isBroadcast,
    isLocal,
    inputHeader: () => (curHeader === undefined ? undefined : curHeader.subarray(0, curHeaderLen)),
    inputLinkBroadcast: () => curLinkBroadcast,
    onReassemblyTimeout(listener) {
      timeoutListeners.push(listener);
    },
    onUnknownProtocol(listener) {
      unknownProtocol = listener;
    },
    input,
    stats: () => ({
      rx: {
        packets: rx.packets,
        delivered: rx.delivered,
        fragments: rx.fragments,
        dropped: {
          truncated: rx.truncated,
          malformed: rx.malformed,
          badChecksum: rx.badChecksum,
          badSource: rx.badSource,
          notForUs: rx.notForUs,
          unknownProtocol: rx.unknownProtocol,
        },
        reassembly: reasm.stats(),
      },
      tx: {
        packets: tx.packets,
        fragments: tx.fragments,
        local: tx.local,
        errors: { noRoute: tx.noRoute, arpTimeout: tx.arpTimeout, tooLarge: tx.tooLarge, disconnected: tx.disconnected },
      },
    }),
    disconnect() {
      connected = false;
      reasmTimer.stop();
    },
  };
};
