// UDP (RFC 768) over IPv4.
import { right, type Either } from "fp-ts/Either";
import { checksum, pseudoHeaderSum } from "./checksum.ts";
import { wireError, type WireError } from "./error.ts";
import type { ChecksumOptions, Ipv4Address } from "./ipv4.ts";
import { copyInto, dataView, emitRoomCheck } from "./util.ts";

export const UDP_HEADER_LEN = 8;
const PROTO_UDP = 17;

/**
 * A view over a UDP datagram (the IP payload). `of` checks: 8 bytes, 8 <= length field <= the
 * bytes given; `payload()` stops at the length field.
 */
export class UdpPacket {
  private constructor(
    readonly bytes: Uint8Array,
    private readonly dv: DataView,
  ) {}

  static of(bytes: Uint8Array): Either<WireError, UdpPacket> {
    const n = bytes.length;
    if (n < UDP_HEADER_LEN) {
      return wireError.truncated("udp", `Cannot parse a UDP datagram: ${n} bytes is shorter than the 8-byte header`);
    }
    const dv = dataView(bytes);
    const len = dv.getUint16(4);
    if (len < UDP_HEADER_LEN) {
      return wireError.malformed("udp", `Cannot parse a UDP datagram: the length field ${len} is below 8`);
    }
    if (len > n) {
      return wireError.truncated("udp", `Cannot parse a UDP datagram: the length field is ${len} but only ${n} bytes arrived`);
    }
    return right(new UdpPacket(bytes, dv));
  }

  srcPort(): number {
    return this.dv.getUint16(0);
  }
  dstPort(): number {
    return this.dv.getUint16(2);
  }
  /** Header plus payload, as the length field says. */
  len(): number {
    return this.dv.getUint16(4);
  }
  checksum(): number {
    return this.dv.getUint16(6);
  }
  payload(): Uint8Array {
    return this.bytes.subarray(UDP_HEADER_LEN, this.len());
  }
  /** True if the checksum verifies against the pseudo-header, or is 0 (none sent). */
  verifyChecksum(src: Ipv4Address, dst: Ipv4Address): boolean {
    if (this.checksum() === 0) return true;
    const len = this.len();
    return checksum(this.bytes, 0, len, pseudoHeaderSum(src, dst, PROTO_UDP, len)) === 0;
  }
  fillChecksum(src: Ipv4Address, dst: Ipv4Address): void {
    const len = this.len();
    this.dv.setUint16(6, 0);
    this.dv.setUint16(6, checksum(this.bytes, 0, len, pseudoHeaderSum(src, dst, PROTO_UDP, len)) || 0xffff);
  }
}

/** `payload` from `parse` is a view into the packet: copy it to keep it past the frame. */
export interface UdpRepr {
  readonly srcPort: number;
  readonly dstPort: number;
  readonly payload: Uint8Array;
}

export interface UdpEmitOptions {
  /** false to send no checksum (a zero field), e.g. when the device computes it. Default true. */
  readonly checksum?: boolean;
}

export const UdpRepr = {
  headerLen: UDP_HEADER_LEN,

  /** Destination port 0 is Malformed; a zero checksum means "none" and is accepted. */
  parse(p: UdpPacket, src: Ipv4Address, dst: Ipv4Address, opts?: ChecksumOptions): Either<WireError, UdpRepr> {
    if (p.dstPort() === 0) {
      return wireError.malformed("udp", "Cannot parse a UDP datagram: destination port 0");
    }
    if (opts?.verifyChecksum !== false && !p.verifyChecksum(src, dst)) {
      return wireError.badChecksum("udp", `Cannot parse a UDP datagram: checksum 0x${p.checksum().toString(16)} does not verify`);
    }
    return right({ srcPort: p.srcPort(), dstPort: p.dstPort(), payload: p.payload() });
  },

  /** `UdpPacket.of` then `parse`. */
  decode(bytes: Uint8Array, src: Ipv4Address, dst: Ipv4Address, opts?: ChecksumOptions): Either<WireError, UdpRepr> {
    const p = UdpPacket.of(bytes);
    return p._tag === "Left" ? p : UdpRepr.parse(p.right, src, dst, opts);
  },

  bufferLen: (repr: UdpRepr): number => UDP_HEADER_LEN + repr.payload.length,

  /**
   * Writes header and payload at the start of `bytes`, with the checksum over the IPv4
   * pseudo-header (a computed 0 is sent as 0xffff). Throws a RangeError if `bytes` is shorter
   * than `bufferLen(repr)` or the datagram exceeds 65535 bytes.
   */
  emit(repr: UdpRepr, bytes: Uint8Array, src: Ipv4Address, dst: Ipv4Address, opts?: UdpEmitOptions): void {
    const len = UDP_HEADER_LEN + repr.payload.length;
    emitRoomCheck("a UDP datagram", bytes.length, len);
    if (len > 0xffff) throw new RangeError(`Cannot emit a UDP datagram: ${len} bytes exceeds 65535`);
    const dv = dataView(bytes);
    dv.setUint16(0, repr.srcPort);
    dv.setUint16(2, repr.dstPort);
    dv.setUint16(4, len);
    dv.setUint16(6, 0);
    copyInto(repr.payload, bytes, UDP_HEADER_LEN);
    if (opts?.checksum !== false) {
      dv.setUint16(6, checksum(bytes, 0, len, pseudoHeaderSum(src, dst, PROTO_UDP, len)) || 0xffff);
    }
  },
} as const;
