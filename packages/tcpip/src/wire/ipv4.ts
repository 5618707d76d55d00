// IPv4: addresses, CIDR blocks, the packet view and the header representation (RFC 791).
import { left, right, type Either } from "fp-ts/Either";
import { checksum } from "./checksum.ts";
import { wireError, type WireError } from "./error.ts";
import { dataView, emitRoomCheck } from "./util.ts";

// ---------------------------------------------------------------------------------------------
// Addresses

declare const ipv4Brand: unique symbol;

/**
 * An IPv4 address as an unsigned 32-bit integer, most significant byte first (10.0.0.2 is
 * 0x0a000002). A number rather than 4 bytes: reading one from a packet allocates nothing,
 * equality is `===`, and it is a good `Map` key.
 */
export type Ipv4Address = number & { readonly [ipv4Brand]: true };

export type Ipv4AddressError = { readonly _tag: "InvalidIpv4Address"; readonly input: string; readonly message: string };

const shown = (s: string): string => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);

const invalidAddress = <A>(what: string, input: string, why: string): Either<Ipv4AddressError, A> =>
  left({ _tag: "InvalidIpv4Address", input, message: `Cannot parse ${what} ${shown(input)}: ${why}` });

/** Parses a dotted quad at `[from, to)` of `s`; returns -1 if it is not one. */
const parseQuad = (s: string, from: number, to: number): number => {
  let value = 0;
  let octets = 0;
  let i = from;
  while (octets < 4) {
    const begin = i;
    let octet = 0;
    while (i < to) {
      const c = s.charCodeAt(i);
      if (c < 48 || c > 57) break;
      octet = octet * 10 + (c - 48);
      i++;
      if (i - begin > 3) return -1;
    }
    const digits = i - begin;
    if (digits === 0 || octet > 255) return -1;
    if (digits > 1 && s.charCodeAt(begin) === 48) return -1; // "010" could mean octal: refuse
    value = value * 256 + octet;
    octets++;
    if (octets < 4) {
      if (i >= to || s.charCodeAt(i) !== 46) return -1;
      i++;
    }
  }
  return i === to ? value : -1;
};

const addr = (n: number): Ipv4Address => (n >>> 0) as Ipv4Address;

export const ipv4Address = {
  unspecified: addr(0),
  broadcast: addr(0xffffffff),
  loopback: addr(0x7f000001),

  /** Four decimal octets without leading zeros: "10.0.0.2". Total: anything else is a Left. */
  parse(input: string): Either<Ipv4AddressError, Ipv4Address> {
    if (typeof input !== "string") return invalidAddress("IPv4 address", String(input), "not a string");
    const v = parseQuad(input, 0, input.length);
    if (v < 0) return invalidAddress("IPv4 address", input, "expected four decimal octets 0-255 separated by \".\", like 10.0.0.2");
    return right(addr(v));
  },

  /** Any integer, reduced modulo 2^32. */
  ofUint32: addr,

  fromOctets: (a: number, b: number, c: number, d: number): Ipv4Address =>
    addr(((a & 0xff) << 24) | ((b & 0xff) << 16) | ((c & 0xff) << 8) | (d & 0xff)),

  /** The 4 bytes at `offset` (the caller has checked the range; missing bytes read as 0). */
  read: (buf: Uint8Array, offset = 0): Ipv4Address =>
    addr(
      (((buf[offset] ?? 0) << 24) | ((buf[offset + 1] ?? 0) << 16) | ((buf[offset + 2] ?? 0) << 8) | (buf[offset + 3] ?? 0)),
    ),

  /** Writes the 4 bytes at `offset` (the caller has checked the room). */
  write(a: Ipv4Address, buf: Uint8Array, offset = 0): void {
    buf[offset] = a >>> 24;
    buf[offset + 1] = (a >>> 16) & 0xff;
    buf[offset + 2] = (a >>> 8) & 0xff;
    buf[offset + 3] = a & 0xff;
  },

  toBytes(a: Ipv4Address): Uint8Array {
    const b = new Uint8Array(4);
    ipv4Address.write(a, b);
    return b;
  },

  toString: (a: Ipv4Address): string => `${a >>> 24}.${(a >>> 16) & 0xff}.${(a >>> 8) & 0xff}.${a & 0xff}`,

  equal: (a: Ipv4Address, b: Ipv4Address): boolean => a === b,

  isUnspecified: (a: Ipv4Address): boolean => a === 0,
  isBroadcast: (a: Ipv4Address): boolean => a === 0xffffffff,
  /** 224.0.0.0/4 */
  isMulticast: (a: Ipv4Address): boolean => a >>> 28 === 0xe,
  /** 127.0.0.0/8 */
  isLoopback: (a: Ipv4Address): boolean => a >>> 24 === 127,
  /** 169.254.0.0/16 */
  isLinkLocal: (a: Ipv4Address): boolean => a >>> 16 === 0xa9fe,
  /** Not unspecified, broadcast or multicast (class E and loopback count as unicast). */
  isUnicast: (a: Ipv4Address): boolean => a !== 0 && a !== 0xffffffff && a >>> 28 !== 0xe,
} as const;

// ---------------------------------------------------------------------------------------------
// CIDR blocks

/** An address with a prefix length 0..32: "10.0.0.2/24" is an interface address and its subnet. */
export interface Ipv4Cidr {
  readonly address: Ipv4Address;
  readonly prefixLen: number;
}

const maskOf = (prefixLen: number): number => (prefixLen === 0 ? 0 : (0xffffffff << (32 - prefixLen)) >>> 0);

export const ipv4Cidr = {
  make(address: Ipv4Address, prefixLen: number): Either<Ipv4AddressError, Ipv4Cidr> {
    if (!Number.isInteger(prefixLen) || prefixLen < 0 || prefixLen > 32) {
      return invalidAddress("IPv4 CIDR", `${ipv4Address.toString(address)}/${prefixLen}`, "the prefix length must be 0 to 32");
    }
    return right({ address, prefixLen });
  },

  /** "10.0.0.2/24" (prefix 0..32, no leading zeros). Total. */
  parse(input: string): Either<Ipv4AddressError, Ipv4Cidr> {
    const expected = 'expected an IPv4 address, "/" and a prefix length 0-32, like 10.0.0.2/24';
    if (typeof input !== "string") return invalidAddress("IPv4 CIDR", String(input), "not a string");
    const slash = input.indexOf("/");
    if (slash < 0) return invalidAddress("IPv4 CIDR", input, expected);
    const a = parseQuad(input, 0, slash);
    const p = input.slice(slash + 1);
    if (a < 0 || !/^(?:[0-9]|[12][0-9]|3[0-2])$/.test(p)) return invalidAddress("IPv4 CIDR", input, expected);
    return right({ address: addr(a), prefixLen: Number(p) });
  },

  toString: (c: Ipv4Cidr): string => `${ipv4Address.toString(c.address)}/${c.prefixLen}`,

  netmask: (c: Ipv4Cidr): Ipv4Address => addr(maskOf(c.prefixLen)),

  /** The network address: the address with the host bits cleared. */
  network: (c: Ipv4Cidr): Ipv4Address => addr(c.address & maskOf(c.prefixLen)),

  /** The directed broadcast address; undefined for /31 and /32, which have none. */
  broadcast: (c: Ipv4Cidr): Ipv4Address | undefined =>
    c.prefixLen >= 31 ? undefined : addr(c.address | ~maskOf(c.prefixLen)),

  contains(c: Ipv4Cidr, a: Ipv4Address): boolean {
    const m = maskOf(c.prefixLen);
    return ((c.address & m) >>> 0) === ((a & m) >>> 0);
  },

  equal: (a: Ipv4Cidr, b: Ipv4Cidr): boolean => a.address === b.address && a.prefixLen === b.prefixLen,
} as const;

// ---------------------------------------------------------------------------------------------
// Packets

/** IP protocol numbers the stack knows; any other byte is kept as a number. */
export const IpProtocol = { Icmp: 1, Tcp: 6, Udp: 17 } as const;

export const IPV4_HEADER_LEN = 20;
export const IPV4_MAX_HEADER_LEN = 60;

/**
 * A view over an IPv4 packet. `of` checks: at least 20 bytes, 20 <= IHL*4 <= total length <=
 * the bytes given (trailing bytes, e.g. Ethernet padding, are allowed and ignored by
 * `payload()`). It does not check the version or the checksum: `Ipv4Repr.parse` does.
 */
export class Ipv4Packet {
  private constructor(
    readonly bytes: Uint8Array,
    private readonly dv: DataView,
  ) {}

  static of(bytes: Uint8Array): Either<WireError, Ipv4Packet> {
    const n = bytes.length;
    if (n < IPV4_HEADER_LEN) {
      return wireError.truncated("ipv4", `Cannot parse an IPv4 packet: ${n} bytes is shorter than the 20-byte header`);
    }
    const dv = dataView(bytes);
    const hl = (dv.getUint8(0) & 0x0f) * 4;
    const total = dv.getUint16(2);
    if (hl < IPV4_HEADER_LEN) {
      return wireError.malformed("ipv4", `Cannot parse an IPv4 packet: the header length ${hl} is below 20`);
    }
    if (total < hl) {
      return wireError.malformed("ipv4", `Cannot parse an IPv4 packet: the total length ${total} is below the header length ${hl}`);
    }
    if (n < total) {
      return wireError.truncated("ipv4", `Cannot parse an IPv4 packet: the total length is ${total} but only ${n} bytes arrived`);
    }
    return right(new Ipv4Packet(bytes, dv));
  }

  version(): number {
    return this.dv.getUint8(0) >>> 4;
  }
  /** In bytes (IHL * 4), 20..60. */
  headerLen(): number {
    return (this.dv.getUint8(0) & 0x0f) * 4;
  }
  dscp(): number {
    return this.dv.getUint8(1) >>> 2;
  }
  ecn(): number {
    return this.dv.getUint8(1) & 3;
  }
  totalLen(): number {
    return this.dv.getUint16(2);
  }
  ident(): number {
    return this.dv.getUint16(4);
  }
  dontFrag(): boolean {
    return (this.dv.getUint8(6) & 0x40) !== 0;
  }
  moreFrags(): boolean {
    return (this.dv.getUint8(6) & 0x20) !== 0;
  }
  /** The reserved ("evil") bit, which must be zero. */
  reservedFlag(): boolean {
    return (this.dv.getUint8(6) & 0x80) !== 0;
  }
  /** In bytes (the field counts 8-byte units). */
  fragOffset(): number {
    return (this.dv.getUint16(6) & 0x1fff) * 8;
  }
  /** A fragment of a larger datagram (MF set or a non-zero offset). */
  isFragment(): boolean {
    return (this.dv.getUint16(6) & 0x3fff) !== 0;
  }
  ttl(): number {
    return this.dv.getUint8(8);
  }
  protocol(): number {
    return this.dv.getUint8(9);
  }
  checksum(): number {
    return this.dv.getUint16(10);
  }
  src(): Ipv4Address {
    return this.dv.getUint32(12) as Ipv4Address;
  }
  dst(): Ipv4Address {
    return this.dv.getUint32(16) as Ipv4Address;
  }
  optionsLen(): number {
    return this.headerLen() - IPV4_HEADER_LEN;
  }
  options(): Uint8Array {
    return this.bytes.subarray(IPV4_HEADER_LEN, this.headerLen());
  }
  /** From the end of the header to the total length. */
  payload(): Uint8Array {
    return this.bytes.subarray(this.headerLen(), this.totalLen());
  }
  payloadLen(): number {
    return this.totalLen() - this.headerLen();
  }
  verifyChecksum(): boolean {
    return checksum(this.bytes, 0, this.headerLen()) === 0;
  }

  setTtl(ttl: number): void {
    this.dv.setUint8(8, ttl);
  }
  setSrc(a: Ipv4Address): void {
    this.dv.setUint32(12, a);
  }
  setDst(a: Ipv4Address): void {
    this.dv.setUint32(16, a);
  }
  setIdent(id: number): void {
    this.dv.setUint16(4, id);
  }
  /** Recomputes the header checksum (after any setter). */
  fillChecksum(): void {
    this.dv.setUint16(10, 0);
    this.dv.setUint16(10, checksum(this.bytes, 0, this.headerLen()));
  }
}

/**
 * The header fields the stack acts on. `parse` fills every field; `emit` defaults the optional
 * ones (ident 0, no flags, offset 0, DSCP/ECN 0). Options are skipped on parse, never emitted.
 */
export interface Ipv4Repr {
  readonly src: Ipv4Address;
  readonly dst: Ipv4Address;
  readonly protocol: number;
  /** Bytes after the header, as the total-length field says. */
  readonly payloadLen: number;
  readonly ttl: number;
  readonly ident?: number;
  readonly dontFrag?: boolean;
  readonly moreFrags?: boolean;
  /** In bytes, a multiple of 8 below 65536. */
  readonly fragOffset?: number;
  readonly dscp?: number;
  readonly ecn?: number;
}

export interface ChecksumOptions {
  /** false when the device has already verified checksums (offload). Default true. */
  readonly verifyChecksum?: boolean;
}

export const Ipv4Repr = {
  headerLen: IPV4_HEADER_LEN,

  /** Version 4, the header checksum (unless disabled), reserved flag clear. */
  parse(p: Ipv4Packet, opts?: ChecksumOptions): Either<WireError, Ipv4Repr> {
    if (p.version() !== 4) {
      return wireError.malformed("ipv4", `Cannot parse an IPv4 packet: version ${p.version()} is not 4`);
    }
    if (opts?.verifyChecksum !== false && !p.verifyChecksum()) {
      return wireError.badChecksum("ipv4", `Cannot parse an IPv4 packet: header checksum 0x${p.checksum().toString(16)} does not verify`);
    }
    if (p.reservedFlag()) {
      return wireError.malformed("ipv4", "Cannot parse an IPv4 packet: the reserved flag is set");
    }
    return right({
      src: p.src(),
      dst: p.dst(),
      protocol: p.protocol(),
      payloadLen: p.payloadLen(),
      ttl: p.ttl(),
      ident: p.ident(),
      dontFrag: p.dontFrag(),
      moreFrags: p.moreFrags(),
      fragOffset: p.fragOffset(),
      dscp: p.dscp(),
      ecn: p.ecn(),
    });
  },

  /** `Ipv4Packet.of` then `parse`. */
  decode(bytes: Uint8Array, opts?: ChecksumOptions): Either<WireError, Ipv4Repr> {
    const p = Ipv4Packet.of(bytes);
    return p._tag === "Left" ? p : Ipv4Repr.parse(p.right, opts);
  },

  /** Header plus payload. */
  bufferLen: (repr: Ipv4Repr): number => IPV4_HEADER_LEN + repr.payloadLen,

  /**
   * Writes the 20-byte header (checksum included) at the start of `bytes`; the payload goes at
   * `bytes.subarray(20)`. Throws a RangeError (a caller bug) if `bytes` is shorter than 20 or
   * the total length does not fit in 16 bits.
   */
  emit(repr: Ipv4Repr, bytes: Uint8Array): void {
    emitRoomCheck("an IPv4 header", bytes.length, IPV4_HEADER_LEN);
    const total = IPV4_HEADER_LEN + repr.payloadLen;
    if (total > 0xffff) throw new RangeError(`Cannot emit an IPv4 header: a total length of ${total} exceeds 65535`);
    const dv = dataView(bytes);
    dv.setUint8(0, 0x45);
    dv.setUint8(1, (((repr.dscp ?? 0) & 0x3f) << 2) | ((repr.ecn ?? 0) & 3));
    dv.setUint16(2, total);
    dv.setUint16(4, repr.ident ?? 0);
    dv.setUint16(
      6,
      (repr.dontFrag ? 0x4000 : 0) | (repr.moreFrags ? 0x2000 : 0) | (((repr.fragOffset ?? 0) >>> 3) & 0x1fff),
    );
    dv.setUint8(8, repr.ttl);
    dv.setUint8(9, repr.protocol);
    dv.setUint16(10, 0);
    dv.setUint32(12, repr.src);
    dv.setUint32(16, repr.dst);
    dv.setUint16(10, checksum(bytes, 0, IPV4_HEADER_LEN));
  },
} as const;
