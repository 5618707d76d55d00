// ICMPv4 (RFC 792): echo, destination unreachable, time exceeded; the rest kept opaque.
import { right, type Either } from "fp-ts/Either";
import { checksum } from "./checksum.ts";
import { wireError, type WireError } from "./error.ts";
import { copyInto, dataView, emitRoomCheck } from "./util.ts";
import { IPV4_HEADER_LEN, Ipv4Repr, type ChecksumOptions, type Ipv4Address } from "./ipv4.ts";

export const Icmpv4Type = { EchoReply: 0, DestUnreachable: 3, EchoRequest: 8, TimeExceeded: 11 } as const;

export const DestUnreachableCode = {
  NetUnreachable: 0,
  HostUnreachable: 1,
  ProtoUnreachable: 2,
  PortUnreachable: 3,
  /** "Fragmentation needed and DF set": `nextHopMtu` carries the MTU (RFC 1191). */
  FragRequired: 4,
  SrcRouteFailed: 5,
  DstNetUnknown: 6,
  DstHostUnknown: 7,
  NetProhibited: 9,
  HostProhibited: 10,
  CommProhibited: 13,
} as const;

export const TimeExceededCode = { TtlExpired: 0, FragReassemblyExpired: 1 } as const;

export const ICMPV4_HEADER_LEN = 8;

/** A view over an ICMPv4 message (the whole IP payload). `of` checks the 8-byte header. */
export class Icmpv4Packet {
  private constructor(
    readonly bytes: Uint8Array,
    private readonly dv: DataView,
  ) {}

  static of(bytes: Uint8Array): Either<WireError, Icmpv4Packet> {
    if (bytes.length < ICMPV4_HEADER_LEN) {
      return wireError.truncated("icmpv4", `Cannot parse an ICMPv4 message: ${bytes.length} bytes is shorter than the 8-byte header`);
    }
    return right(new Icmpv4Packet(bytes, dataView(bytes)));
  }

  msgType(): number {
    return this.dv.getUint8(0);
  }
  msgCode(): number {
    return this.dv.getUint8(1);
  }
  checksum(): number {
    return this.dv.getUint16(2);
  }
  /** Bytes 4..7, whose meaning depends on the type. */
  restOfHeader(): number {
    return this.dv.getUint32(4);
  }
  echoIdent(): number {
    return this.dv.getUint16(4);
  }
  echoSeqNo(): number {
    return this.dv.getUint16(6);
  }
  /** Next-hop MTU of a "fragmentation needed" message (RFC 1191), else 0. */
  nextHopMtu(): number {
    return this.dv.getUint16(6);
  }
  /** Everything after the 8-byte header. */
  data(): Uint8Array {
    return this.bytes.subarray(ICMPV4_HEADER_LEN);
  }
  verifyChecksum(): boolean {
    return checksum(this.bytes) === 0;
  }
  fillChecksum(): void {
    this.dv.setUint16(2, 0);
    this.dv.setUint16(2, checksum(this.bytes));
  }
}

/**
 * `header` of an error message is the offending datagram's IP header, its `payloadLen` the
 * original datagram's (from its total length), and `data` the bytes of that datagram the
 * sender returned (at least 8, or all of them if it was shorter).
 */
export type Icmpv4Repr =
  | { readonly type: "echoRequest"; readonly ident: number; readonly seqNo: number; readonly data: Uint8Array }
  | { readonly type: "echoReply"; readonly ident: number; readonly seqNo: number; readonly data: Uint8Array }
  | {
      readonly type: "destUnreachable";
      readonly code: number;
      /** Bytes 6..7: the next-hop MTU when code is FragRequired, else 0. */
      readonly nextHopMtu: number;
      readonly header: Ipv4Repr;
      readonly data: Uint8Array;
    }
  | { readonly type: "timeExceeded"; readonly code: number; readonly header: Ipv4Repr; readonly data: Uint8Array }
  | {
      readonly type: "other";
      readonly icmpType: number;
      readonly code: number;
      /** Bytes 4..7 as a big-endian uint32. */
      readonly restOfHeader: number;
      readonly data: Uint8Array;
    };

/** The embedded header of an error message: lenient (its checksum and total length are not checked). */
const parseEmbedded = (
  what: string,
  body: Uint8Array,
): Either<WireError, { header: Ipv4Repr; data: Uint8Array }> => {
  if (body.length < IPV4_HEADER_LEN) {
    return wireError.truncated("icmpv4", `Cannot parse an ICMPv4 ${what}: ${body.length} bytes cannot hold the original IP header`);
  }
  const dv = dataView(body);
  const vihl = dv.getUint8(0);
  const hl = (vihl & 0x0f) * 4;
  if (vihl >>> 4 !== 4 || hl < IPV4_HEADER_LEN) {
    return wireError.malformed("icmpv4", `Cannot parse an ICMPv4 ${what}: the embedded header is not IPv4 (version ${vihl >>> 4}, length ${hl})`);
  }
  const total = dv.getUint16(2);
  if (total < hl) {
    return wireError.malformed("icmpv4", `Cannot parse an ICMPv4 ${what}: the embedded total length ${total} is below its header length ${hl}`);
  }
  const payloadLen = total - hl;
  const data = body.subarray(Math.min(hl, body.length));
  const need = Math.min(8, payloadLen);
  if (body.length < hl || data.length < need) {
    return wireError.truncated("icmpv4", `Cannot parse an ICMPv4 ${what}: it returns ${data.length} bytes of the original datagram after a ${hl}-byte header, expected at least ${need}`);
  }
  const flags = dv.getUint16(6);
  return right({
    header: {
      src: dv.getUint32(12) as Ipv4Address,
      dst: dv.getUint32(16) as Ipv4Address,
      protocol: dv.getUint8(9),
      payloadLen,
      ttl: dv.getUint8(8),
      ident: dv.getUint16(4),
      dontFrag: (flags & 0x4000) !== 0,
      moreFrags: (flags & 0x2000) !== 0,
      fragOffset: (flags & 0x1fff) * 8,
      dscp: dv.getUint8(1) >>> 2,
      ecn: dv.getUint8(1) & 3,
    },
    data,
  });
};

export const Icmpv4Repr = {
  /** Verifies the checksum (unless disabled); unknown types and echo with a non-zero code give "other". */
  parse(p: Icmpv4Packet, opts?: ChecksumOptions): Either<WireError, Icmpv4Repr> {
    if (opts?.verifyChecksum !== false && !p.verifyChecksum()) {
      return wireError.badChecksum("icmpv4", `Cannot parse an ICMPv4 message: checksum 0x${p.checksum().toString(16)} does not verify`);
    }
    const t = p.msgType();
    const code = p.msgCode();
    if ((t === 8 || t === 0) && code === 0) {
      return right({ type: t === 8 ? "echoRequest" : "echoReply", ident: p.echoIdent(), seqNo: p.echoSeqNo(), data: p.data() });
    }
    if (t === 3) {
      const e = parseEmbedded("destination unreachable", p.data());
      if (e._tag === "Left") return e;
      return right({ type: "destUnreachable", code, nextHopMtu: p.nextHopMtu(), header: e.right.header, data: e.right.data });
    }
    if (t === 11) {
      const e = parseEmbedded("time exceeded", p.data());
      if (e._tag === "Left") return e;
      return right({ type: "timeExceeded", code, header: e.right.header, data: e.right.data });
    }
    return right({ type: "other", icmpType: t, code, restOfHeader: p.restOfHeader(), data: p.data() });
  },

  /** `Icmpv4Packet.of` then `parse`. */
  decode(bytes: Uint8Array, opts?: ChecksumOptions): Either<WireError, Icmpv4Repr> {
    const p = Icmpv4Packet.of(bytes);
    return p._tag === "Left" ? p : Icmpv4Repr.parse(p.right, opts);
  },

  bufferLen(repr: Icmpv4Repr): number {
    switch (repr.type) {
      case "destUnreachable":
      case "timeExceeded":
        return ICMPV4_HEADER_LEN + IPV4_HEADER_LEN + repr.data.length;
      default:
        return ICMPV4_HEADER_LEN + repr.data.length;
    }
  },

  /**
   * Writes the message (checksum included) at the start of `bytes`; throws a RangeError if
   * `bytes` is shorter than `bufferLen(repr)`. Error messages get a 20-byte embedded header.
   */
  emit(repr: Icmpv4Repr, bytes: Uint8Array): void {
    const len = Icmpv4Repr.bufferLen(repr);
    emitRoomCheck("an ICMPv4 message", bytes.length, len);
    const dv = dataView(bytes);
    let body = ICMPV4_HEADER_LEN;
    switch (repr.type) {
      case "echoRequest":
      case "echoReply":
        dv.setUint8(0, repr.type === "echoRequest" ? 8 : 0);
        dv.setUint8(1, 0);
        dv.setUint16(4, repr.ident);
        dv.setUint16(6, repr.seqNo);
        break;
      case "destUnreachable":
      case "timeExceeded":
        dv.setUint8(0, repr.type === "destUnreachable" ? 3 : 11);
        dv.setUint8(1, repr.code);
        dv.setUint16(4, 0);
        dv.setUint16(6, repr.type === "destUnreachable" ? repr.nextHopMtu : 0);
        Ipv4Repr.emit(repr.header, bytes.subarray(ICMPV4_HEADER_LEN, ICMPV4_HEADER_LEN + IPV4_HEADER_LEN));
        body += IPV4_HEADER_LEN;
        break;
      case "other":
        dv.setUint8(0, repr.icmpType);
        dv.setUint8(1, repr.code);
        dv.setUint32(4, repr.restOfHeader);
        break;
    }
    copyInto(repr.data, bytes, body);
    dv.setUint16(2, 0);
    dv.setUint16(2, checksum(bytes, 0, len));
  },
} as const;
