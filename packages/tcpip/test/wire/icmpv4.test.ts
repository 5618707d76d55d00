import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { isLeft } from "fp-ts/Either";
import {
  DestUnreachableCode,
  Icmpv4Packet,
  Icmpv4Repr,
  Ipv4Packet,
  type Icmpv4Repr as Icmpv4ReprT,
} from "../../src/wire/index.ts";
import { arbGarbage, arbIpv4Repr, arbU16, arbU32, expectTotal, flipBit, get, hex, ip, toHex } from "./helpers.ts";

// scapy: IP(10.0.0.1 > 10.0.0.2)/ICMP(type=8, id=0x1234, seq=1)/"abcdefghijklmnopqrstuvwabcdefghi"
const PING = hex(
  "4500003c00070000400166b80a0000010a00000208003b27123400016162636465666768696a6b6c6d6e6f7071727374757677616263646566676869",
);
// scapy: port unreachable for IP(10.0.0.1 > 10.0.0.2, id=9)/UDP(40000 > 9999)/"payload!!", first 28 bytes returned
const UNREACH = hex("45000038000a0000400166b90a0000020a0000010303ef72000000004500002500090000401166bd0a0000010a0000029c40270f00114a29");

const arbData = fc.uint8Array({ maxLength: 48 });
const arbErrData = (payloadLen: number) => fc.uint8Array({ minLength: Math.min(8, payloadLen), maxLength: 48 });

const arbRepr: fc.Arbitrary<Icmpv4ReprT> = fc.oneof(
  fc.record({ type: fc.constantFrom("echoRequest" as const, "echoReply" as const), ident: arbU16, seqNo: arbU16, data: arbData }),
  arbIpv4Repr().chain((header) =>
    fc.oneof(
      fc.record({ type: fc.constant("destUnreachable" as const), code: fc.nat({ max: 255 }), nextHopMtu: arbU16, header: fc.constant(header), data: arbErrData(header.payloadLen) }),
      fc.record({ type: fc.constant("timeExceeded" as const), code: fc.nat({ max: 255 }), header: fc.constant(header), data: arbErrData(header.payloadLen) }),
    ),
  ),
  fc.record({
    type: fc.constant("other" as const),
    icmpType: fc.nat({ max: 255 }).filter((t) => t !== 0 && t !== 3 && t !== 8 && t !== 11),
    code: fc.nat({ max: 255 }),
    restOfHeader: arbU32,
    data: arbData,
  }),
);

const emitted = (repr: Icmpv4ReprT): Uint8Array => {
  const buf = new Uint8Array(Icmpv4Repr.bufferLen(repr));
  Icmpv4Repr.emit(repr, buf);
  return buf;
};

describe("icmpv4", () => {
  it("reads a real echo request and answers it", () => {
    const ipp = get(Ipv4Packet.of(PING));
    const p = get(Icmpv4Packet.of(ipp.payload()));
    expect([p.msgType(), p.msgCode(), p.checksum(), p.echoIdent(), p.echoSeqNo()]).toEqual([8, 0, 0x3b27, 0x1234, 1]);
    const req = get(Icmpv4Repr.parse(p));
    expect(req).toEqual({ type: "echoRequest", ident: 0x1234, seqNo: 1, data: new TextEncoder().encode("abcdefghijklmnopqrstuvwabcdefghi") });
    expect(toHex(emitted(req))).toBe(toHex(ipp.payload()));
    if (req.type !== "echoRequest") throw new Error("echo");
    const reply = emitted({ ...req, type: "echoReply" });
    expect(reply[0]).toBe(0);
    // the reply checksum differs from the request's by the type byte alone (RFC 1624)
    expect(((reply[2] as number) << 8) | (reply[3] as number)).toBe(0x3b27 + 0x0800);
  });

  it("reads a real port unreachable with the embedded header and 8 bytes", () => {
    const p = get(Icmpv4Packet.of(get(Ipv4Packet.of(UNREACH)).payload()));
    const r = get(Icmpv4Repr.parse(p));
    expect(r).toEqual({
      type: "destUnreachable",
      code: DestUnreachableCode.PortUnreachable,
      nextHopMtu: 0,
      header: { src: ip("10.0.0.1"), dst: ip("10.0.0.2"), protocol: 17, payloadLen: 17, ttl: 64, ident: 9, dontFrag: false, moreFrags: false, fragOffset: 0, dscp: 0, ecn: 0 },
      data: hex("9c40270f00114a29"),
    });
    expect(toHex(emitted(r))).toBe(toHex(p.bytes));
  });

  it("error messages need the original header and 8 bytes (fewer if the datagram had fewer)", () => {
    const body = get(Ipv4Packet.of(UNREACH)).payload();
    const tag = (b: Uint8Array) => {
      const q = get(Icmpv4Packet.of(b));
      q.fillChecksum();
      const r = Icmpv4Repr.parse(q);
      return isLeft(r) ? r.left._tag : r.right.type;
    };
    expect(tag(body.slice(0, 35))).toBe("Truncated"); // 7 bytes of the original payload
    expect(tag(body.slice(0, 27))).toBe("Truncated"); // 19 bytes of header
    const v6 = body.slice();
    v6[8] = 0x65;
    expect(tag(v6)).toBe("Malformed");
    const tiny = body.slice(0, 32); // original of total length 24: 4 bytes of payload, all returned
    tiny[11] = 24;
    expect(tag(tiny)).toBe("destUnreachable");
    const total = body.slice();
    total[11] = 10; // total length below the header length
    expect(tag(total)).toBe("Malformed");
    const other = body.slice(0, 8);
    other[0] = 5; // redirect: kept opaque
    expect(tag(other)).toBe("other");
    const echoCode = PING.slice(20);
    echoCode[1] = 1;
    expect(tag(echoCode)).toBe("other");
    expect(Icmpv4Repr.decode(PING.subarray(20, 27))).toMatchObject({ _tag: "Left", left: { _tag: "Truncated", proto: "icmpv4" } });
  });

  test.prop([arbRepr])("decode ∘ emit = id, and the checksum verifies", (repr) => {
    const buf = emitted(repr);
    const p = get(Icmpv4Packet.of(buf));
    expect(p.verifyChecksum()).toBe(true);
    expect(get(Icmpv4Repr.parse(p))).toEqual(repr);
  });

  test.prop([arbRepr, fc.nat()])("any single bit flipped is refused (BadChecksum)", (repr, n) => {
    const buf = emitted(repr);
    const r = Icmpv4Repr.decode(flipBit(buf, n % (buf.length * 8)));
    expect(isLeft(r) && r.left._tag).toBe("BadChecksum");
  });

  test.prop([arbGarbage])("total on garbage", (b) => {
    expectTotal(() => Icmpv4Repr.decode(b));
    expectTotal(() => Icmpv4Repr.decode(b, { verifyChecksum: false }));
  });

  test.prop([fc.constantFrom(3, 11), fc.uint8Array({ maxLength: 80 })])("total on error messages with a garbage body and a good checksum", (t, body) => {
    const b = new Uint8Array(8 + body.length);
    b[0] = t;
    b.set(body, 8);
    get(Icmpv4Packet.of(b)).fillChecksum();
    expectTotal(() => Icmpv4Repr.decode(b));
  });
});
