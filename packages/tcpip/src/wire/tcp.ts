// TCP segments (RFC 9293) with the options a modern stack needs: MSS, window scale and
// timestamps (RFC 7323), SACK (RFC 2018). After smoltcp's `wire/tcp.rs`.
import { right, type Either } from "fp-ts/Either";
import { checksum, pseudoHeaderSum } from "./checksum.ts";
import { wireError, type WireError } from "./error.ts";
import type { ChecksumOptions, Ipv4Address } from "./ipv4.ts";
import type { SeqNumber } from "./seq.ts";
import { copyInto, dataView, emitRoomCheck } from "./util.ts";

export const TCP_HEADER_LEN = 20;
export const TCP_MAX_HEADER_LEN = 60;
const PROTO_TCP = 6;

export const TcpFlags = {
  FIN: 0x01,
  SYN: 0x02,
  RST: 0x04,
  PSH: 0x08,
  ACK: 0x10,
  URG: 0x20,
  ECE: 0x40,
  CWR: 0x80,
} as const;

export const TcpOptionKind = {
  EndOfList: 0,
  NoOperation: 1,
  MaxSegmentSize: 2,
  WindowScale: 3,
  SackPermitted: 4,
  Sack: 5,
  Timestamps: 8,
} as const;

/** The largest shift a window scale may have (RFC 7323 §2.3); larger values are read as 14. */
export const TCP_MAX_WINDOW_SCALE = 14;

/**
 * A view over a TCP segment (the IP payload, exactly: the checksum covers all of it). `of`
 * checks: 20 bytes, 20 <= data offset * 4 <= the bytes given. Options are not checked here.
 */
export class TcpPacket {
  private constructor(
    readonly bytes: Uint8Array,
    private readonly dv: DataView,
  ) {}

  static of(bytes: Uint8Array): Either<WireError, TcpPacket> {
    const n = bytes.length;
    if (n < TCP_HEADER_LEN) {
      return wireError.truncated("tcp", `Cannot parse a TCP segment: ${n} bytes is shorter than the 20-byte header`);
    }
    const hl = ((bytes[12] as number) >>> 4) * 4;
    if (hl < TCP_HEADER_LEN) {
      return wireError.malformed("tcp", `Cannot parse a TCP segment: the header length ${hl} is below 20`);
    }
    if (hl > n) {
      return wireError.truncated("tcp", `Cannot parse a TCP segment: the header length is ${hl} but only ${n} bytes arrived`);
    }
    return right(new TcpPacket(bytes, dataView(bytes)));
  }

  srcPort(): number {
    return this.dv.getUint16(0);
  }
  dstPort(): number {
    return this.dv.getUint16(2);
  }
  seqNumber(): SeqNumber {
    return this.dv.getUint32(4) as SeqNumber;
  }
  /** Meaningful only when `ack()` is set. */
  ackNumber(): SeqNumber {
    return this.dv.getUint32(8) as SeqNumber;
  }
  /** Data offset in bytes, 20..60. */
  headerLen(): number {
    return (this.dv.getUint8(12) >>> 4) * 4;
  }
  /** The 8 flag bits (see `TcpFlags`). */
  flags(): number {
    return this.dv.getUint8(13);
  }
  fin(): boolean {
    return (this.dv.getUint8(13) & TcpFlags.FIN) !== 0;
  }
  syn(): boolean {
    return (this.dv.getUint8(13) & TcpFlags.SYN) !== 0;
  }
  rst(): boolean {
    return (this.dv.getUint8(13) & TcpFlags.RST) !== 0;
  }
  psh(): boolean {
    return (this.dv.getUint8(13) & TcpFlags.PSH) !== 0;
  }
  ack(): boolean {
    return (this.dv.getUint8(13) & TcpFlags.ACK) !== 0;
  }
  urg(): boolean {
    return (this.dv.getUint8(13) & TcpFlags.URG) !== 0;
  }
  ece(): boolean {
    return (this.dv.getUint8(13) & TcpFlags.ECE) !== 0;
  }
  cwr(): boolean {
    return (this.dv.getUint8(13) & TcpFlags.CWR) !== 0;
  }
  /** The raw 16-bit window (not scaled). */
  windowLen(): number {
    return this.dv.getUint16(14);
  }
  checksum(): number {
    return this.dv.getUint16(16);
  }
  urgentAt(): number {
    return this.dv.getUint16(18);
  }
  options(): Uint8Array {
    return this.bytes.subarray(TCP_HEADER_LEN, this.headerLen());
  }
  payload(): Uint8Array {
    return this.bytes.subarray(this.headerLen());
  }
  /** Sequence space the segment occupies: payload, plus one for SYN and one for FIN. */
  segmentLen(): number {
    const f = this.dv.getUint8(13);
    return this.bytes.length - this.headerLen() + (f & TcpFlags.SYN ? 1 : 0) + (f & TcpFlags.FIN ? 1 : 0);
  }
  verifyChecksum(src: Ipv4Address, dst: Ipv4Address): boolean {
    const n = this.bytes.length;
    return checksum(this.bytes, 0, n, pseudoHeaderSum(src, dst, PROTO_TCP, n)) === 0;
  }

  setSrcPort(port: number): void {
    this.dv.setUint16(0, port);
  }
  setDstPort(port: number): void {
    this.dv.setUint16(2, port);
  }
  setSeqNumber(seq: SeqNumber): void {
    this.dv.setUint32(4, seq);
  }
  setAckNumber(ack: SeqNumber): void {
    this.dv.setUint32(8, ack);
  }
  setFlags(flags: number): void {
    this.dv.setUint8(13, flags);
  }
  setWindowLen(w: number): void {
    this.dv.setUint16(14, w);
  }
  fillChecksum(src: Ipv4Address, dst: Ipv4Address): void {
    const n = this.bytes.length;
    this.dv.setUint16(16, 0);
    this.dv.setUint16(16, checksum(this.bytes, 0, n, pseudoHeaderSum(src, dst, PROTO_TCP, n)));
  }
}

/** At most one of SYN, FIN, RST; "psh" is PSH with none of them (PSH beside them is dropped). */
export type TcpControl = "none" | "psh" | "syn" | "fin" | "rst";

export interface TcpTimestamp {
  readonly tsVal: number;
  readonly tsEcr: number;
}

/** A SACK block: the left edge and the right edge (one past the last byte). */
export type SackRange = readonly [left: SeqNumber, right: SeqNumber];

/**
 * A segment as the TCP state machine sees it. `parse` sets every field (`undefined` where an
 * option or the ACK flag is absent). `payload` from `parse` is a view into the packet.
 * `window` is the raw 16-bit field: scaling is the socket's business.
 */
export interface TcpRepr {
  readonly srcPort: number;
  readonly dstPort: number;
  readonly control: TcpControl;
  readonly seq: SeqNumber;
  /** Present iff the ACK flag is set. */
  readonly ack?: SeqNumber | undefined;
  readonly window: number;
  readonly mss?: number | undefined;
  /** 0..14 (a received value above 14 reads as 14). */
  readonly windowScale?: number | undefined;
  readonly sackPermitted: boolean;
  /** Up to 4 blocks (3 beside timestamps: the options must fit in 40 bytes). */
  readonly sackRanges: readonly SackRange[];
  readonly timestamp?: TcpTimestamp | undefined;
  readonly payload: Uint8Array;
}

export interface TcpEmitOptions {
  /** false to leave the checksum field 0 (the device computes it). Default true. */
  readonly checksum?: boolean;
}

const NO_SACK: readonly SackRange[] = Object.freeze([]);

const malformedOption = (why: string): Either<WireError, never> =>
  wireError.malformed("tcp", `Cannot parse a TCP segment: ${why}`);

/** Bytes the options of `repr` take, padded to a multiple of 4. */
const optionsLen = (repr: TcpRepr): number => {
  let n = 0;
  if (repr.mss !== undefined) n += 4;
  if (repr.windowScale !== undefined) n += 4;
  if (repr.sackPermitted || repr.timestamp !== undefined) n += repr.timestamp !== undefined ? 12 : 4;
  if (repr.sackRanges.length > 0) n += 4 + 8 * repr.sackRanges.length;
  return n;
};

export const TcpRepr = {
  /**
   * Checks ports (0 is Malformed), the checksum over the IPv4 pseudo-header (unless disabled),
   * the control flags (two of SYN/FIN/RST is Malformed) and the options: EOL ends them, NOP is
   * skipped, unknown kinds are skipped by their length, a length that overruns the options or
   * does not fit the kind (MSS 4, WS 3, SACK-permitted 2, SACK 2+8n, timestamps 10) is Malformed.
   */
  parse(p: TcpPacket, src: Ipv4Address, dst: Ipv4Address, opts?: ChecksumOptions): Either<WireError, TcpRepr> {
    const srcPort = p.srcPort();
    const dstPort = p.dstPort();
    if (srcPort === 0 || dstPort === 0) {
      return wireError.malformed("tcp", `Cannot parse a TCP segment: port 0 (${srcPort} -> ${dstPort})`);
    }
    if (opts?.verifyChecksum !== false && !p.verifyChecksum(src, dst)) {
      return wireError.badChecksum("tcp", `Cannot parse a TCP segment: checksum 0x${p.checksum().toString(16)} does not verify`);
    }
    const flags = p.flags();
    const syn = (flags & TcpFlags.SYN) !== 0;
    const fin = (flags & TcpFlags.FIN) !== 0;
    const rst = (flags & TcpFlags.RST) !== 0;
    if ((syn ? 1 : 0) + (fin ? 1 : 0) + (rst ? 1 : 0) > 1) {
      return wireError.malformed("tcp", `Cannot parse a TCP segment: flags 0x${flags.toString(16)} combine SYN, FIN and RST`);
    }
    const control: TcpControl = syn ? "syn" : fin ? "fin" : rst ? "rst" : flags & TcpFlags.PSH ? "psh" : "none";

    let mss: number | undefined;
    let windowScale: number | undefined;
    let sackPermitted = false;
    let sackRanges = NO_SACK;
    let timestamp: TcpTimestamp | undefined;
    const b = p.bytes;
    const end = p.headerLen();
    let i = TCP_HEADER_LEN;
    while (i < end) {
      const kind = b[i] as number;
      if (kind === TcpOptionKind.EndOfList) break;
      if (kind === TcpOptionKind.NoOperation) {
        i++;
        continue;
      }
      if (i + 1 >= end) return malformedOption(`option ${kind} at byte ${i} has no length byte`);
      const len = b[i + 1] as number;
      if (len < 2 || i + len > end) {
        return malformedOption(`option ${kind} at byte ${i} has length ${len}, but ${end - i} bytes of options remain`);
      }
      const at = i + 2;
      switch (kind) {
        case TcpOptionKind.MaxSegmentSize:
          if (len !== 4) return malformedOption(`MSS option of length ${len}, expected 4`);
          mss = ((b[at] as number) << 8) | (b[at + 1] as number);
          break;
        case TcpOptionKind.WindowScale:
          if (len !== 3) return malformedOption(`window scale option of length ${len}, expected 3`);
          windowScale = Math.min(b[at] as number, TCP_MAX_WINDOW_SCALE);
          break;
        case TcpOptionKind.SackPermitted:
          if (len !== 2) return malformedOption(`SACK-permitted option of length ${len}, expected 2`);
          sackPermitted = true;
          break;
        case TcpOptionKind.Sack: {
          if (len < 10 || (len - 2) % 8 !== 0) return malformedOption(`SACK option of length ${len}, expected 2 + 8n`);
          const ranges: SackRange[] = [];
          for (let j = at; j < i + len; j += 8) {
            ranges.push([readU32(b, j) as SeqNumber, readU32(b, j + 4) as SeqNumber]);
          }
          sackRanges = ranges;
          break;
        }
        case TcpOptionKind.Timestamps:
          if (len !== 10) return malformedOption(`timestamps option of length ${len}, expected 10`);
          timestamp = { tsVal: readU32(b, at), tsEcr: readU32(b, at + 4) };
          break;
        default:
          break; // unknown: skipped by its length
      }
      i += len;
    }

    return right({
      srcPort,
      dstPort,
      control,
      seq: p.seqNumber(),
      ack: flags & TcpFlags.ACK ? p.ackNumber() : undefined,
      window: p.windowLen(),
      mss,
      windowScale,
      sackPermitted,
      sackRanges,
      timestamp,
      payload: p.payload(),
    });
  },

  /** `TcpPacket.of` then `parse`. */
  decode(bytes: Uint8Array, src: Ipv4Address, dst: Ipv4Address, opts?: ChecksumOptions): Either<WireError, TcpRepr> {
    const p = TcpPacket.of(bytes);
    return p._tag === "Left" ? p : TcpRepr.parse(p.right, src, dst, opts);
  },

  /** Header with options, 20..60. */
  headerLen: (repr: TcpRepr): number => TCP_HEADER_LEN + optionsLen(repr),

  bufferLen: (repr: TcpRepr): number => TCP_HEADER_LEN + optionsLen(repr) + repr.payload.length,

  /** Sequence space the segment occupies: payload, plus one for SYN or FIN. */
  segmentLen: (repr: TcpRepr): number =>
    repr.payload.length + (repr.control === "syn" || repr.control === "fin" ? 1 : 0),

  /**
   * Writes header, options and payload at the start of `bytes`, with the checksum over the IPv4
   * pseudo-header. Options go in Linux's layout, each 4-byte aligned with NOPs: MSS; SACK-permitted
   * and timestamps (`04 02 08 0a ...`, or each after two NOPs); NOP + window scale; two NOPs + SACK.
   * Throws a RangeError (a caller bug) if `bytes` is shorter than `bufferLen(repr)`, the options
   * exceed 40 bytes or there are more than 4 SACK blocks.
   */
  emit(repr: TcpRepr, bytes: Uint8Array, src: Ipv4Address, dst: Ipv4Address, opts?: TcpEmitOptions): void {
    if (repr.sackRanges.length > 4) {
      throw new RangeError(`Cannot emit a TCP segment: ${repr.sackRanges.length} SACK blocks, at most 4 fit`);
    }
    const ol = optionsLen(repr);
    if (ol > 40) throw new RangeError(`Cannot emit a TCP segment: its options take ${ol} bytes, at most 40 fit`);
    const hl = TCP_HEADER_LEN + ol;
    const len = hl + repr.payload.length;
    emitRoomCheck("a TCP segment", bytes.length, len);
    const dv = dataView(bytes);
    dv.setUint16(0, repr.srcPort);
    dv.setUint16(2, repr.dstPort);
    dv.setUint32(4, repr.seq);
    dv.setUint32(8, repr.ack ?? 0);
    dv.setUint8(12, (hl / 4) << 4);
    const c = repr.control;
    dv.setUint8(
      13,
      (c === "syn" ? TcpFlags.SYN : c === "fin" ? TcpFlags.FIN : c === "rst" ? TcpFlags.RST : c === "psh" ? TcpFlags.PSH : 0) |
        (repr.ack !== undefined ? TcpFlags.ACK : 0),
    );
    dv.setUint16(14, repr.window);
    dv.setUint16(16, 0);
    dv.setUint16(18, 0);

    let i = TCP_HEADER_LEN;
    if (repr.mss !== undefined) {
      dv.setUint32(i, 0x02040000 | (repr.mss & 0xffff));
      i += 4;
    }
    if (repr.timestamp !== undefined) {
      dv.setUint32(i, repr.sackPermitted ? 0x0402080a : 0x0101080a);
      dv.setUint32(i + 4, repr.timestamp.tsVal);
      dv.setUint32(i + 8, repr.timestamp.tsEcr);
      i += 12;
    } else if (repr.sackPermitted) {
      dv.setUint32(i, 0x01010402);
      i += 4;
    }
    if (repr.windowScale !== undefined) {
      dv.setUint32(i, 0x01030300 | (repr.windowScale & 0xff));
      i += 4;
    }
    const n = repr.sackRanges.length;
    if (n > 0) {
      dv.setUint32(i, 0x01010500 | (2 + 8 * n));
      i += 4;
      for (const [l, r] of repr.sackRanges) {
        dv.setUint32(i, l);
        dv.setUint32(i + 4, r);
        i += 8;
      }
    }

    copyInto(repr.payload, bytes, hl);
    if (opts?.checksum !== false) {
      dv.setUint16(16, checksum(bytes, 0, len, pseudoHeaderSum(src, dst, PROTO_TCP, len)));
    }
  },
} as const;

const readU32 = (b: Uint8Array, at: number): number =>
  (((b[at] as number) << 24) | ((b[at + 1] as number) << 16) | ((b[at + 2] as number) << 8) | (b[at + 3] as number)) >>> 0;
