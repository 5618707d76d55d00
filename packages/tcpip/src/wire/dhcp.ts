// DHCP (RFC 2131) messages with the options of RFC 2132, over the BOOTP layout (RFC 951).
//
// `DhcpPacket` is the view (fixed fields, one length check up front); `DhcpRepr` is what the
// client works with, with `parse` (total: garbage gives a Left) and `emit`.
//
// Supported options: pad (0), subnet mask (1), router (3), DNS servers (6), hostname (12),
// domain name (15), requested IP (50), lease time (51), overload (52, read only), message type
// (53), server identifier (54), parameter request list (55), message (56), max message size
// (57), T1 (58), T2 (59), client identifier (61), end (255). Any other option is skipped.
//
// - Repeated options are concatenated in order (RFC 3396), and `emit` splits a value longer than
//   255 bytes into several instances the same way.
// - Overload (52) is honoured when reading: options continue in `file` (1), `sname` (2) or both
//   (3, `file` first), as RFC 2131 §4.1 orders them. `emit` never overloads: it writes all
//   options in the options field, and zeroes `sname` and `file`, which the repr does not carry.
// - A missing end option is accepted when the options run to the end of the bytes.
// - Strings (hostname, domain name, message) are Latin-1, one char per byte; trailing NULs that
//   some servers send are dropped when reading.
import { left, right, type Either } from "fp-ts/Either";
import type { MacAddress } from "@mirage/mirage-net";
import type { WireErrorTag } from "./error.ts";
import { ipv4Address, type Ipv4Address } from "./ipv4.ts";
import { dataView, emitRoomCheck } from "./util.ts";

export const DHCP_SERVER_PORT = 67;
export const DHCP_CLIENT_PORT = 68;
/** op .. file: the fixed BOOTP header. */
export const BOOTP_FIXED_LEN = 236;
/** The fixed header plus the magic cookie: where the options start. */
export const DHCP_OPTIONS_OFFSET = 240;
/** BOOTP's minimum message size (RFC 951); `emit` pads to it. */
export const BOOTP_MIN_LEN = 300;
/** 99.130.83.99 */
export const DHCP_MAGIC_COOKIE = 0x63825363;
/** The minimum size every DHCP host must accept (RFC 2131 §2), and the least option 57 may say. */
export const DHCP_MIN_MAX_MESSAGE_SIZE = 576;

export const DhcpOp = { Request: 1, Reply: 2 } as const;
export type DhcpOp = (typeof DhcpOp)[keyof typeof DhcpOp];

export const DhcpMessageType = {
  Discover: 1,
  Offer: 2,
  Request: 3,
  Decline: 4,
  Ack: 5,
  Nak: 6,
  Release: 7,
  Inform: 8,
} as const;
export type DhcpMessageType = (typeof DhcpMessageType)[keyof typeof DhcpMessageType];

const messageTypeNames: Record<DhcpMessageType, string> = {
  1: "DHCPDISCOVER",
  2: "DHCPOFFER",
  3: "DHCPREQUEST",
  4: "DHCPDECLINE",
  5: "DHCPACK",
  6: "DHCPNAK",
  7: "DHCPRELEASE",
  8: "DHCPINFORM",
};
export const dhcpMessageTypeName = (t: DhcpMessageType): string => messageTypeNames[t];

export const DhcpOption = {
  Pad: 0,
  SubnetMask: 1,
  Router: 3,
  DnsServer: 6,
  Hostname: 12,
  DomainName: 15,
  RequestedIp: 50,
  LeaseTime: 51,
  Overload: 52,
  MessageType: 53,
  ServerId: 54,
  ParameterRequestList: 55,
  Message: 56,
  MaxMessageSize: 57,
  RenewalTime: 58,
  RebindingTime: 59,
  ClientId: 61,
  End: 255,
} as const;

/** Lease time 0xffffffff: the lease never expires (RFC 2131 §3.3). */
export const DHCP_INFINITE_LEASE = 0xffffffff;

const FLAG_BROADCAST = 0x8000;
const HTYPE_ETHERNET = 1;
const HLEN_ETHERNET = 6;

/**
 * A decoder error, shaped as `WireError` (`_tag`, `message` "Cannot …") with `proto: "dhcp"`.
 * (`WireProto` in error.ts does not list "dhcp" yet; once it does, this can become `WireError`.)
 */
export interface DhcpWireError {
  readonly _tag: WireErrorTag;
  readonly proto: "dhcp";
  readonly message: string;
}

const fail =
  (tag: WireErrorTag) =>
  <A = never>(message: string): Either<DhcpWireError, A> =>
    left({ _tag: tag, proto: "dhcp", message });

const truncated = fail("Truncated");
const malformed = fail("Malformed");
const unsupported = fail("Unsupported");

// ---------------------------------------------------------------------------------------------
// The view

/**
 * A view over a BOOTP/DHCP message (the UDP payload). `of` checks that the fixed header and the
 * magic cookie position (240 bytes) are there; it does not check the cookie or the options.
 */
export class DhcpPacket {
  private constructor(
    readonly bytes: Uint8Array,
    private readonly dv: DataView,
  ) {}

  static of(bytes: Uint8Array): Either<DhcpWireError, DhcpPacket> {
    if (bytes.length < DHCP_OPTIONS_OFFSET) {
      return truncated(`Cannot parse a DHCP message: ${bytes.length} bytes is shorter than the 240-byte header and magic cookie`);
    }
    return right(new DhcpPacket(bytes, dataView(bytes)));
  }

  op(): number {
    return this.dv.getUint8(0);
  }
  htype(): number {
    return this.dv.getUint8(1);
  }
  hlen(): number {
    return this.dv.getUint8(2);
  }
  hops(): number {
    return this.dv.getUint8(3);
  }
  xid(): number {
    return this.dv.getUint32(4);
  }
  secs(): number {
    return this.dv.getUint16(8);
  }
  flags(): number {
    return this.dv.getUint16(10);
  }
  broadcast(): boolean {
    return (this.flags() & FLAG_BROADCAST) !== 0;
  }
  ciaddr(): Ipv4Address {
    return ipv4Address.read(this.bytes, 12);
  }
  yiaddr(): Ipv4Address {
    return ipv4Address.read(this.bytes, 16);
  }
  siaddr(): Ipv4Address {
    return ipv4Address.read(this.bytes, 20);
  }
  giaddr(): Ipv4Address {
    return ipv4Address.read(this.bytes, 24);
  }
  /** All 16 bytes of chaddr (an Ethernet address is the first 6). */
  chaddr(): Uint8Array {
    return this.bytes.subarray(28, 44);
  }
  sname(): Uint8Array {
    return this.bytes.subarray(44, 108);
  }
  file(): Uint8Array {
    return this.bytes.subarray(108, 236);
  }
  magicCookie(): number {
    return this.dv.getUint32(236);
  }
  /** The options field: everything after the magic cookie. */
  options(): Uint8Array {
    return this.bytes.subarray(DHCP_OPTIONS_OFFSET);
  }

  /**
   * The option values by code, repeated instances concatenated (RFC 3396), the overload option
   * followed into `file` and `sname`. Pad and end are not listed. Malformed if an option's
   * length runs past its field.
   */
  rawOptions(): Either<DhcpWireError, Map<number, Uint8Array>> {
    const found = new Map<number, Uint8Array[]>();
    const main = scanOptions(this.options(), "options", found);
    if (main !== undefined) return malformed(main);
    const ov = concat(found.get(DhcpOption.Overload));
    if (ov !== undefined) {
      if (ov.length !== 1 || (ov[0] as number) < 1 || (ov[0] as number) > 3) {
        return malformed(`Cannot parse a DHCP message: the overload option must be one byte 1-3, got ${ov.length} bytes`);
      }
      const o = ov[0] as number;
      if (o & 1) {
        const e = scanOptions(this.file(), "file", found);
        if (e !== undefined) return malformed(e);
      }
      if (o & 2) {
        const e = scanOptions(this.sname(), "sname", found);
        if (e !== undefined) return malformed(e);
      }
    }
    const out = new Map<number, Uint8Array>();
    for (const [code, parts] of found) out.set(code, concat(parts) ?? new Uint8Array(0));
    return right(out);
  }
}

/** Appends each option in `region` to `found`; returns an error message, or undefined. */
const scanOptions = (region: Uint8Array, field: string, found: Map<number, Uint8Array[]>): string | undefined => {
  let i = 0;
  while (i < region.length) {
    const code = region[i] as number;
    if (code === DhcpOption.End) return undefined;
    if (code === DhcpOption.Pad) {
      i++;
      continue;
    }
    if (i + 1 >= region.length) return `Cannot parse a DHCP message: option ${code} in the ${field} field has no length byte`;
    const len = region[i + 1] as number;
    if (i + 2 + len > region.length) {
      return `Cannot parse a DHCP message: option ${code} in the ${field} field says ${len} bytes but ${region.length - i - 2} remain`;
    }
    const parts = found.get(code);
    const value = region.subarray(i + 2, i + 2 + len);
    if (parts === undefined) found.set(code, [value]);
    else parts.push(value);
    i += 2 + len;
  }
  return undefined;
};

const concat = (parts: Uint8Array[] | undefined): Uint8Array | undefined => {
  if (parts === undefined) return undefined;
  if (parts.length === 1) return parts[0];
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

// ---------------------------------------------------------------------------------------------
// The representation

/**
 * A DHCP message. Addresses are 0.0.0.0 when unset; an option is present iff its field is
 * defined. Byte arrays from `parse` are copies (they outlive the frame).
 */
export interface DhcpRepr {
  readonly op: DhcpOp;
  readonly messageType: DhcpMessageType;
  readonly xid: number;
  readonly secs: number;
  /** The broadcast flag: the client cannot receive unicast before it is configured. */
  readonly broadcast: boolean;
  readonly hops: number;
  readonly clientHardwareAddress: MacAddress;
  /** ciaddr: the client's address, when it has one (RENEWING, REBINDING, RELEASE). */
  readonly clientIp: Ipv4Address;
  /** yiaddr: the address the server offers or assigns. */
  readonly yourIp: Ipv4Address;
  /** siaddr: the next server to use in bootstrap. */
  readonly serverIp: Ipv4Address;
  /** giaddr: the relay agent. */
  readonly relayAgentIp: Ipv4Address;

  // Options (RFC 2132)
  /** 54 */
  readonly serverIdentifier?: Ipv4Address;
  /** 51, seconds (`DHCP_INFINITE_LEASE` = never expires) */
  readonly leaseTime?: number;
  /** 58 (T1), seconds */
  readonly renewalTime?: number;
  /** 59 (T2), seconds */
  readonly rebindingTime?: number;
  /** 1 */
  readonly subnetMask?: Ipv4Address;
  /** 3, in order of preference */
  readonly routers?: readonly Ipv4Address[];
  /** 6, in order of preference */
  readonly dnsServers?: readonly Ipv4Address[];
  /** 15 */
  readonly domainName?: string;
  /** 12 */
  readonly hostname?: string;
  /** 61: a type byte (1 = Ethernet) and the identifier */
  readonly clientIdentifier?: Uint8Array;
  /** 50 */
  readonly requestedIp?: Ipv4Address;
  /** 55: option codes */
  readonly parameterRequestList?: readonly number[];
  /** 57, bytes (576..65535 by RFC 2132; not enforced when reading) */
  readonly maxMessageSize?: number;
  /** 56: an error text, usually in a NAK */
  readonly message?: string;
}

const latin1Decode = (b: Uint8Array): string => {
  let end = b.length;
  while (end > 0 && b[end - 1] === 0) end--;
  let s = "";
  for (let i = 0; i < end; i++) s += String.fromCharCode(b[i] as number);
  return s;
};

const addressList = (b: Uint8Array): Ipv4Address[] => {
  const out: Ipv4Address[] = [];
  for (let i = 0; i + 4 <= b.length; i += 4) out.push(ipv4Address.read(b, i));
  return out;
};

const u32 = (b: Uint8Array): number => ipv4Address.read(b, 0) as number;

/** Option values, in the order `emit` writes them. */
type OptionValue = readonly [code: number, value: Uint8Array];

const addrBytes = (a: Ipv4Address): Uint8Array => ipv4Address.toBytes(a);

const u32Bytes = (what: string, n: number): Uint8Array => {
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new RangeError(`Cannot emit a DHCP message: ${what} ${n} is not a uint32`);
  return ipv4Address.toBytes(ipv4Address.ofUint32(n));
};

const latin1Encode = (what: string, s: string): Uint8Array => {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xff) throw new RangeError(`Cannot emit a DHCP message: the ${what} has a character beyond Latin-1 at ${i}`);
    b[i] = c;
  }
  return b;
};

const listBytes = (addrs: readonly Ipv4Address[]): Uint8Array => {
  const b = new Uint8Array(addrs.length * 4);
  addrs.forEach((a, i) => ipv4Address.write(a, b, i * 4));
  return b;
};

const optionValues = (r: DhcpRepr): OptionValue[] => {
  const o: OptionValue[] = [[DhcpOption.MessageType, Uint8Array.of(r.messageType)]];
  if (r.serverIdentifier !== undefined) o.push([DhcpOption.ServerId, addrBytes(r.serverIdentifier)]);
  if (r.leaseTime !== undefined) o.push([DhcpOption.LeaseTime, u32Bytes("the lease time", r.leaseTime)]);
  if (r.renewalTime !== undefined) o.push([DhcpOption.RenewalTime, u32Bytes("T1", r.renewalTime)]);
  if (r.rebindingTime !== undefined) o.push([DhcpOption.RebindingTime, u32Bytes("T2", r.rebindingTime)]);
  if (r.subnetMask !== undefined) o.push([DhcpOption.SubnetMask, addrBytes(r.subnetMask)]);
  if (r.routers !== undefined) o.push([DhcpOption.Router, listBytes(r.routers)]);
  if (r.dnsServers !== undefined) o.push([DhcpOption.DnsServer, listBytes(r.dnsServers)]);
  if (r.domainName !== undefined) o.push([DhcpOption.DomainName, latin1Encode("domain name", r.domainName)]);
  if (r.hostname !== undefined) o.push([DhcpOption.Hostname, latin1Encode("hostname", r.hostname)]);
  if (r.clientIdentifier !== undefined) o.push([DhcpOption.ClientId, r.clientIdentifier]);
  if (r.requestedIp !== undefined) o.push([DhcpOption.RequestedIp, addrBytes(r.requestedIp)]);
  if (r.parameterRequestList !== undefined) {
    const codes = r.parameterRequestList;
    for (const c of codes) {
      if (!Number.isInteger(c) || c < 0 || c > 255) throw new RangeError(`Cannot emit a DHCP message: option code ${c} in the parameter request list`);
    }
    o.push([DhcpOption.ParameterRequestList, Uint8Array.from(codes)]);
  }
  if (r.maxMessageSize !== undefined) {
    const n = r.maxMessageSize;
    if (!Number.isInteger(n) || n < 0 || n > 0xffff) throw new RangeError(`Cannot emit a DHCP message: max message size ${n} is not a uint16`);
    o.push([DhcpOption.MaxMessageSize, Uint8Array.of(n >>> 8, n & 0xff)]);
  }
  if (r.message !== undefined) o.push([DhcpOption.Message, latin1Encode("message", r.message)]);
  return o;
};

/** Bytes an option takes on the wire, split in 255-byte instances; an empty value is one empty instance. */
const optionWireLen = (len: number): number => (len === 0 ? 2 : len + 2 * Math.ceil(len / 255));

const fixedLen = (opts: Uint8Array, code: number, n: number, what: string): string | undefined =>
  opts.length === n ? undefined : `Cannot parse a DHCP message: the ${what} option (${code}) must be ${n} bytes, got ${opts.length}`;

export const DhcpRepr = {
  /**
   * Refuses (Left) what the client cannot use: a bad magic cookie, op other than 1/2 or a
   * malformed option (Malformed); a hardware type other than Ethernet, or no message type or
   * one beyond 1..8, that is plain BOOTP or a DHCP extension (Unsupported).
   */
  parse(p: DhcpPacket): Either<DhcpWireError, DhcpRepr> {
    if (p.magicCookie() !== DHCP_MAGIC_COOKIE) {
      return malformed(`Cannot parse a DHCP message: the magic cookie is 0x${p.magicCookie().toString(16)}, not 0x63825363`);
    }
    const op = p.op();
    if (op !== DhcpOp.Request && op !== DhcpOp.Reply) return malformed(`Cannot parse a DHCP message: op ${op} is neither 1 (request) nor 2 (reply)`);
    if (p.htype() !== HTYPE_ETHERNET || p.hlen() !== HLEN_ETHERNET) {
      return unsupported(`Cannot parse a DHCP message: hardware type ${p.htype()} with length ${p.hlen()} is not Ethernet (1, 6)`);
    }
    const raw = p.rawOptions();
    if (raw._tag === "Left") return raw;
    const opts = raw.right;

    const mt = opts.get(DhcpOption.MessageType);
    if (mt === undefined) return unsupported("Cannot parse a DHCP message: no message type option (53), plain BOOTP");
    if (mt.length !== 1) return malformed(`Cannot parse a DHCP message: the message type option (53) must be 1 byte, got ${mt.length}`);
    const messageType = mt[0] as number;
    if (messageType < 1 || messageType > 8) return unsupported(`Cannot parse a DHCP message: message type ${messageType} is not one of 1-8`);

    const repr: {
      -readonly [K in keyof DhcpRepr]: DhcpRepr[K];
    } = {
      op: op as DhcpOp,
      messageType: messageType as DhcpMessageType,
      xid: p.xid(),
      secs: p.secs(),
      broadcast: p.broadcast(),
      hops: p.hops(),
      clientHardwareAddress: p.chaddr().slice(0, 6) as MacAddress,
      clientIp: p.ciaddr(),
      yourIp: p.yiaddr(),
      serverIp: p.siaddr(),
      relayAgentIp: p.giaddr(),
    };

    for (const [code, v] of opts) {
      let err: string | undefined;
      switch (code) {
        case DhcpOption.ServerId:
          err = fixedLen(v, code, 4, "server identifier");
          repr.serverIdentifier = ipv4Address.read(v);
          break;
        case DhcpOption.LeaseTime:
          err = fixedLen(v, code, 4, "lease time");
          repr.leaseTime = u32(v);
          break;
        case DhcpOption.RenewalTime:
          err = fixedLen(v, code, 4, "T1");
          repr.renewalTime = u32(v);
          break;
        case DhcpOption.RebindingTime:
          err = fixedLen(v, code, 4, "T2");
          repr.rebindingTime = u32(v);
          break;
        case DhcpOption.SubnetMask:
          err = fixedLen(v, code, 4, "subnet mask");
          repr.subnetMask = ipv4Address.read(v);
          break;
        case DhcpOption.RequestedIp:
          err = fixedLen(v, code, 4, "requested IP");
          repr.requestedIp = ipv4Address.read(v);
          break;
        case DhcpOption.Router:
        case DhcpOption.DnsServer:
          if (v.length % 4 !== 0) {
            err = `Cannot parse a DHCP message: the ${code === DhcpOption.Router ? "router" : "DNS server"} option (${code}) is ${v.length} bytes, not a multiple of 4`;
          } else if (code === DhcpOption.Router) repr.routers = addressList(v);
          else repr.dnsServers = addressList(v);
          break;
        case DhcpOption.DomainName:
          repr.domainName = latin1Decode(v);
          break;
        case DhcpOption.Hostname:
          repr.hostname = latin1Decode(v);
          break;
        case DhcpOption.Message:
          repr.message = latin1Decode(v);
          break;
        case DhcpOption.ClientId:
          repr.clientIdentifier = v.slice();
          break;
        case DhcpOption.ParameterRequestList:
          repr.parameterRequestList = Array.from(v);
          break;
        case DhcpOption.MaxMessageSize:
          err = fixedLen(v, code, 2, "max message size");
          repr.maxMessageSize = ((v[0] ?? 0) << 8) | (v[1] ?? 0);
          break;
        default:
          break; // unknown, message type and overload (handled above): skipped
      }
      if (err !== undefined) return malformed(err);
    }
    return right(repr);
  },

  /** `DhcpPacket.of` then `parse`. */
  decode(bytes: Uint8Array): Either<DhcpWireError, DhcpRepr> {
    const p = DhcpPacket.of(bytes);
    return p._tag === "Left" ? p : DhcpRepr.parse(p.right);
  },

  /** The fixed header, cookie, options and end, padded to 300 bytes. */
  bufferLen(repr: DhcpRepr): number {
    let n = DHCP_OPTIONS_OFFSET + 1;
    for (const [, v] of optionValues(repr)) n += optionWireLen(v.length);
    return Math.max(n, BOOTP_MIN_LEN);
  },

  /**
   * Writes the message at the start of `bytes` (exactly `bufferLen(repr)` bytes; zero padding
   * after the end option up to 300). Options go out in a fixed order: 53, 54, 51, 58, 59, 1, 3,
   * 6, 15, 12, 61, 50, 55, 57, 56, then 255. Throws a RangeError (a bug in the caller) if
   * `bytes` is too short or a field is out of range.
   */
  emit(repr: DhcpRepr, bytes: Uint8Array): void {
    const values = optionValues(repr);
    let len = DHCP_OPTIONS_OFFSET + 1;
    for (const [, v] of values) len += optionWireLen(v.length);
    len = Math.max(len, BOOTP_MIN_LEN);
    emitRoomCheck("a DHCP message", bytes.length, len);
    const check = (what: string, v: number, max: number): void => {
      if (!Number.isInteger(v) || v < 0 || v > max) throw new RangeError(`Cannot emit a DHCP message: ${what} ${v} is out of range 0-${max}`);
    };
    check("xid", repr.xid, 0xffffffff);
    check("secs", repr.secs, 0xffff);
    check("hops", repr.hops, 0xff);
    check("op", repr.op, 2);
    check("message type", repr.messageType, 255);
    if (repr.clientHardwareAddress.length !== 6) throw new RangeError("Cannot emit a DHCP message: the client hardware address is not 6 bytes");

    const out = bytes.subarray(0, len);
    out.fill(0);
    const dv = dataView(out);
    dv.setUint8(0, repr.op);
    dv.setUint8(1, HTYPE_ETHERNET);
    dv.setUint8(2, HLEN_ETHERNET);
    dv.setUint8(3, repr.hops);
    dv.setUint32(4, repr.xid);
    dv.setUint16(8, repr.secs);
    dv.setUint16(10, repr.broadcast ? FLAG_BROADCAST : 0);
    ipv4Address.write(repr.clientIp, out, 12);
    ipv4Address.write(repr.yourIp, out, 16);
    ipv4Address.write(repr.serverIp, out, 20);
    ipv4Address.write(repr.relayAgentIp, out, 24);
    out.set(repr.clientHardwareAddress, 28);
    dv.setUint32(236, DHCP_MAGIC_COOKIE);
    let at = DHCP_OPTIONS_OFFSET;
    for (const [code, v] of values) {
      let off = 0;
      do {
        const n = Math.min(255, v.length - off);
        out[at] = code;
        out[at + 1] = n;
        out.set(v.subarray(off, off + n), at + 2);
        at += 2 + n;
        off += n;
      } while (off < v.length);
    }
    out[at] = DhcpOption.End;
  },
} as const;
