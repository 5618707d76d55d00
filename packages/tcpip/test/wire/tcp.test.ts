import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { isLeft } from "fp-ts/Either";
import {
  fold,
  Ipv4Packet,
  Ipv4Repr,
  pseudoHeaderSum,
  seqNumber,
  TcpFlags,
  TcpPacket,
  TcpRepr,
  type Ipv4Address,
  type TcpRepr as TcpReprT,
} from "../../src/wire/index.ts";
import { arbGarbage, arbIpv4, arbPayload, arbPort, arbSeq, arbU16, arbU32, expectTotal, flipBit, get, hex, ip, toHex } from "./helpers.ts";

// Captured on this machine's loopback (AF_PACKET socket) from a Linux connect() to a closed
// port: the SYN (MSS 65495, SACK-permitted, timestamps, NOP, window scale 10) and the RST/ACK.
// On lo the SYN leaves with CHECKSUM_PARTIAL: its checksum field holds only the folded
// pseudo-header sum (0xfe30); scapy computes the full checksum as 0xbf03.
const LINUX_SYN = hex("4500003c593a40004006e37f7f0000017f000001e1c6b3afb9d535b400000000a002ffd7fe3000000204ffd70402080a12ddf91d000000000103030a");
const LINUX_RST = hex("450000280000400040063cce7f0000017f000001b3afe1c600000000b9d535b5501400002ccd0000");
// scapy, Linux's option layout: MSS 1460, SAckOK, Timestamp(2868416346, 0), NOP, WScale 7.
const SCAPY_SYN = hex("4500003c1c46400040060a740a0000010a000002b26e0050a1b2c3d400000000a002faf0e6730000020405b40402080aaaf88f5a0000000001030307");
// scapy: PSH/ACK, NOP NOP Timestamp(1, 2868416346) NOP NOP SAck(3000-4000, 5000-6000), "hello".
const SCAPY_SACK = hex(
  "4500004d00004000400626a90a0000020a0000010050b26e000003e8a1b2c3d5d01801fd29e400000101080a00000001aaf88f5a0101051200000bb800000fa0000013880000177068656c6c6f",
);

const split = (b: Uint8Array) => {
  const ipp = get(Ipv4Packet.of(b));
  const ipr = get(Ipv4Repr.parse(ipp));
  return { src: ipr.src, dst: ipr.dst, seg: ipp.payload() };
};

const emit = (repr: TcpReprT, src: Ipv4Address, dst: Ipv4Address): Uint8Array => {
  const out = new Uint8Array(TcpRepr.bufferLen(repr));
  TcpRepr.emit(repr, out, src, dst);
  return out;
};

const base: TcpReprT = {
  srcPort: 1234,
  dstPort: 80,
  control: "none",
  seq: seqNumber(1),
  ack: undefined,
  window: 1000,
  sackPermitted: false,
  sackRanges: [],
  payload: new Uint8Array(0),
};

/** Full reprs, as parse returns them, whose options fit in 40 bytes. */
const arbRepr: fc.Arbitrary<TcpReprT> = fc
  .record({
    srcPort: arbPort,
    dstPort: arbPort,
    control: fc.constantFrom("none" as const, "psh" as const, "syn" as const, "fin" as const, "rst" as const),
    seq: arbSeq,
    ack: fc.option(arbSeq, { nil: undefined }),
    window: arbU16,
    mss: fc.option(arbU16, { nil: undefined }),
    windowScale: fc.option(fc.nat({ max: 14 }), { nil: undefined }),
    sackPermitted: fc.boolean(),
    timestamp: fc.option(fc.record({ tsVal: arbU32, tsEcr: arbU32 }), { nil: undefined }),
    payload: arbPayload(),
  })
  .chain((r) => {
    const used = (r.mss !== undefined ? 4 : 0) + (r.windowScale !== undefined ? 4 : 0) + (r.timestamp ? 12 : r.sackPermitted ? 4 : 0);
    const maxBlocks = Math.max(0, Math.min(4, Math.floor((40 - used - 4) / 8)));
    return fc.array(fc.tuple(arbSeq, arbSeq), { maxLength: maxBlocks }).map((sackRanges) => ({ ...r, sackRanges }));
  });

describe("tcp", () => {
  it("reads a real Linux SYN (partial checksum from lo) and re-emits its bytes", () => {
    const { src, dst, seg } = split(LINUX_SYN);
    const p = get(TcpPacket.of(seg));
    expect([p.srcPort(), p.dstPort(), p.seqNumber(), p.headerLen(), p.flags(), p.windowLen(), p.urgentAt()]).toEqual([
      57798, 45999, 0xb9d535b4, 40, TcpFlags.SYN, 65495, 0,
    ]);
    expect(p.syn() && !p.ack() && !p.fin() && !p.rst() && !p.psh() && !p.urg() && !p.ece() && !p.cwr()).toBe(true);
    expect(p.segmentLen()).toBe(1);
    expect(p.checksum()).toBe(fold(pseudoHeaderSum(src, dst, 6, 40)));
    expect(p.verifyChecksum(src, dst)).toBe(false);
    expect(TcpRepr.parse(p, src, dst)).toMatchObject({ _tag: "Left", left: { _tag: "BadChecksum", proto: "tcp" } });
    const repr = get(TcpRepr.parse(p, src, dst, { verifyChecksum: false }));
    expect(repr).toEqual({
      srcPort: 57798,
      dstPort: 45999,
      control: "syn",
      seq: 0xb9d535b4,
      ack: undefined,
      window: 65495,
      mss: 65495,
      windowScale: 10,
      sackPermitted: true,
      sackRanges: [],
      timestamp: { tsVal: 0x12ddf91d, tsEcr: 0 },
      payload: new Uint8Array(0),
    });
    expect(TcpRepr.segmentLen(repr)).toBe(1);
    const out = emit(repr, src, dst);
    const expected = seg.slice();
    expected[16] = 0xbf; // scapy's full checksum
    expected[17] = 0x03;
    expect(toHex(out)).toBe(toHex(expected));
    const copy = seg.slice();
    get(TcpPacket.of(copy)).fillChecksum(src, dst);
    expect(toHex(copy)).toBe(toHex(expected));
  });

  it("reads the real Linux RST/ACK", () => {
    const { src, dst, seg } = split(LINUX_RST);
    const repr = get(TcpRepr.decode(seg, src, dst));
    expect(repr).toMatchObject({ srcPort: 45999, dstPort: 57798, control: "rst", seq: 0, ack: 0xb9d535b5, window: 0, sackPermitted: false, sackRanges: [] });
    expect(repr.mss).toBeUndefined();
    expect(repr.timestamp).toBeUndefined();
    expect(toHex(emit(repr, src, dst))).toBe(toHex(seg));
  });

  it("reads scapy's Linux-layout SYN and its SACK segment, and re-emits both byte for byte", () => {
    const syn = split(SCAPY_SYN);
    const s = get(TcpRepr.decode(syn.seg, syn.src, syn.dst));
    expect(s).toMatchObject({ control: "syn", mss: 1460, windowScale: 7, sackPermitted: true, timestamp: { tsVal: 2868416346, tsEcr: 0 } });
    expect(toHex(emit(s, syn.src, syn.dst))).toBe(toHex(syn.seg));

    const ack = split(SCAPY_SACK);
    const a = get(TcpRepr.decode(ack.seg, ack.src, ack.dst));
    expect(a).toEqual({
      srcPort: 80,
      dstPort: 45678,
      control: "psh",
      seq: 1000,
      ack: 0xa1b2c3d5,
      window: 509,
      mss: undefined,
      windowScale: undefined,
      sackPermitted: false,
      sackRanges: [
        [3000, 4000],
        [5000, 6000],
      ],
      timestamp: { tsVal: 1, tsEcr: 2868416346 },
      payload: new TextEncoder().encode("hello"),
    });
    expect(TcpRepr.headerLen(a)).toBe(52);
    expect(TcpRepr.segmentLen(a)).toBe(5);
    expect(toHex(emit(a, ack.src, ack.dst))).toBe(toHex(ack.seg));
  });

  describe("options", () => {
    const src = ip("10.0.0.1");
    const dst = ip("10.0.0.2");
    /** A SYN whose options region is `opts` (padded with EOL to 4 bytes), checksum filled. */
    const withOptions = (opts: Uint8Array, flags: number = TcpFlags.SYN): Uint8Array => {
      const ol = Math.ceil(opts.length / 4) * 4;
      const b = new Uint8Array(20 + ol);
      const dv = new DataView(b.buffer);
      dv.setUint16(0, 1234);
      dv.setUint16(2, 80);
      b[12] = ((20 + ol) / 4) << 4;
      b[13] = flags;
      b.set(opts, 20);
      get(TcpPacket.of(b)).fillChecksum(src, dst);
      return b;
    };
    const parse = (opts: string, flags?: number) => TcpRepr.decode(withOptions(hex(opts), flags), src, dst);
    const tag = (opts: string) => {
      const r = parse(opts);
      return isLeft(r) ? r.left._tag : "Right";
    };

    it("skips unknown options by length and stops at EOL", () => {
      expect(get(parse("1e04abcd020405b4"))).toMatchObject({ mss: 1460 }); // kind 30, then MSS
      expect(get(parse("0002040596ffffff")).mss).toBeUndefined(); // EOL, then garbage
      expect(get(parse("010101010303"+"0e"))).toMatchObject({ windowScale: 14 });
      expect(get(parse("0303ff00"))).toMatchObject({ windowScale: 14 }); // above 14 reads as 14
      expect(get(parse("0402"))).toMatchObject({ sackPermitted: true });
    });

    it.each([
      ["length 0", "1e00"],
      ["length 1", "1e01"],
      ["no length byte", "01010103"],
      ["overrun", "1e0a000000"],
      ["MSS of length 3", "020305"],
      ["MSS of length 5", "0205050000"],
      ["window scale of length 4", "03040700"],
      ["SACK-permitted of length 3", "040300"],
      ["timestamps of length 9", "080900000000000000000000"],
      ["SACK of length 2", "0502"],
      ["SACK of length 9", "0509000000000000000000"],
      ["SACK of length 11", "050b000000000000000000000000"],
    ])("%s is Malformed", (_, opts) => {
      expect(tag(opts)).toBe("Malformed");
    });

    it("control flags: one of SYN/FIN/RST, PSH folded in", () => {
      const ctl = (flags: number) => {
        const r = parse("", flags);
        return isLeft(r) ? r.left._tag : r.right.control;
      };
      expect(ctl(0)).toBe("none");
      expect(ctl(TcpFlags.PSH | TcpFlags.ACK)).toBe("psh");
      expect(ctl(TcpFlags.FIN | TcpFlags.PSH | TcpFlags.ACK)).toBe("fin");
      expect(ctl(TcpFlags.SYN | TcpFlags.ACK)).toBe("syn");
      expect(ctl(TcpFlags.RST)).toBe("rst");
      expect(ctl(TcpFlags.SYN | TcpFlags.FIN)).toBe("Malformed");
      expect(ctl(TcpFlags.SYN | TcpFlags.RST)).toBe("Malformed");
      expect(ctl(TcpFlags.FIN | TcpFlags.RST)).toBe("Malformed");
      expect(get(parse("", TcpFlags.ACK)).ack).toBe(0);
      expect(get(parse("", 0)).ack).toBeUndefined();
    });

    it("emit pads to 4 bytes and refuses options that cannot fit", () => {
      expect(TcpRepr.headerLen(base)).toBe(20);
      expect(toHex(emit({ ...base, windowScale: 3 }, src, dst).subarray(20))).toBe("01030303");
      expect(toHex(emit({ ...base, sackPermitted: true }, src, dst).subarray(20))).toBe("01010402");
      expect(toHex(emit({ ...base, timestamp: { tsVal: 1, tsEcr: 2 } }, src, dst).subarray(20))).toBe("0101080a0000000100000002");
      const five = Array.from({ length: 5 }, (_, i) => [seqNumber(i), seqNumber(i + 1)] as const);
      expect(() => emit({ ...base, sackRanges: five }, src, dst)).toThrow(RangeError);
      expect(() => emit({ ...base, mss: 1, timestamp: { tsVal: 1, tsEcr: 2 }, sackRanges: five.slice(0, 4) }, src, dst)).toThrow(/at most 40/);
      expect(() => TcpRepr.emit(base, new Uint8Array(19), src, dst)).toThrow(RangeError);
    });
  });

  it("refuses short segments, bad data offsets and port 0", () => {
    const { src, dst, seg } = split(SCAPY_SACK);
    const tag = (b: Uint8Array) => {
      const r = TcpRepr.decode(b, src, dst, { verifyChecksum: false });
      return isLeft(r) ? r.left._tag : "Right";
    };
    expect(tag(seg.subarray(0, 19))).toBe("Truncated");
    expect(tag(seg.subarray(0, 31))).toBe("Truncated"); // data offset 32
    const off4 = seg.slice();
    off4[12] = 0x40;
    expect(tag(off4)).toBe("Malformed");
    const port0 = seg.slice();
    port0[0] = 0;
    port0[1] = 0;
    expect(tag(port0)).toBe("Malformed");
  });

  test.prop([arbRepr, arbIpv4, arbIpv4])("decode ∘ emit = id, and the checksum verifies", (repr, src, dst) => {
    const buf = emit(repr, src, dst);
    const p = get(TcpPacket.of(buf));
    expect(p.headerLen() % 4).toBe(0);
    expect(p.verifyChecksum(src, dst)).toBe(true);
    expect(get(TcpRepr.parse(p, src, dst))).toEqual(repr);
    expect(p.segmentLen()).toBe(TcpRepr.segmentLen(repr));
  });

  test.prop([arbRepr, arbIpv4, arbIpv4, fc.nat()])("any single bit flipped is refused", (repr, src, dst, n) => {
    const buf = emit(repr, src, dst);
    expect(TcpRepr.decode(flipBit(buf, n % (buf.length * 8)), src, dst)._tag).toBe("Left");
  });

  test.prop([arbGarbage, arbIpv4, arbIpv4])("total on garbage", (b, src, dst) => {
    expectTotal(() => TcpRepr.decode(b, src, dst));
    expectTotal(() => TcpRepr.decode(b, src, dst, { verifyChecksum: false }));
  });

  test.prop([fc.uint8Array({ maxLength: 40 }), fc.nat({ max: 255 }), arbPayload(8)])(
    "total on garbage options behind a good checksum",
    (opts, flags, payload) => {
      const ol = Math.ceil(opts.length / 4) * 4;
      const b = new Uint8Array(20 + ol + payload.length);
      b[1] = 1;
      b[3] = 1;
      b[12] = ((20 + ol) / 4) << 4;
      b[13] = flags;
      b.set(opts, 20);
      b.set(payload, 20 + ol);
      const src = ip("10.0.0.1");
      const dst = ip("10.0.0.2");
      get(TcpPacket.of(b)).fillChecksum(src, dst);
      const r = TcpRepr.decode(b, src, dst);
      expectTotal(() => r);
      if (isLeft(r)) expect(r.left._tag).toBe("Malformed");
    },
  );
});
