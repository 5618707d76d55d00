import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { isLeft } from "fp-ts/Either";
import { Ipv4Packet, Ipv4Repr, UdpPacket, UdpRepr, type UdpRepr as UdpReprT } from "../../src/wire/index.ts";
import { arbGarbage, arbIpv4, arbPayload, arbPort, arbU16, expectTotal, flipBit, get, hex, ip, toHex } from "./helpers.ts";

// scapy: IP(192.168.1.10 > 8.8.8.8)/UDP(53000 > 53)/<a DNS query for example.com + "x": odd length>
const DNS = hex(
  "4500003a12340000401196bdc0a8010a08080808cf08003500267c88123401000001000000000000076578616d706c6503636f6d000001000178",
);

const arbRepr: fc.Arbitrary<UdpReprT> = fc.record({ srcPort: arbU16, dstPort: arbPort, payload: arbPayload() });

describe("udp", () => {
  it("reads a real datagram (odd length) and re-emits it byte for byte", () => {
    const ipp = get(Ipv4Packet.of(DNS));
    const ipr = get(Ipv4Repr.parse(ipp));
    const u = get(UdpPacket.of(ipp.payload()));
    expect([u.srcPort(), u.dstPort(), u.len(), u.checksum()]).toEqual([53000, 53, 38, 0x7c88]);
    expect(u.verifyChecksum(ipr.src, ipr.dst)).toBe(true);
    const repr = get(UdpRepr.parse(u, ipr.src, ipr.dst));
    expect(repr.payload.length).toBe(30);
    const out = new Uint8Array(UdpRepr.bufferLen(repr));
    UdpRepr.emit(repr, out, ipr.src, ipr.dst);
    expect(toHex(out)).toBe(toHex(ipp.payload()));
    // the wrong addresses do not verify
    expect(isLeft(UdpRepr.parse(u, ip("192.168.1.11"), ipr.dst))).toBe(true);
  });

  it("zero checksum means none; a computed zero goes out as 0xffff", () => {
    const src = ip("10.0.0.1");
    const dst = ip("10.0.0.2");
    const buf = new Uint8Array(10);
    UdpRepr.emit({ srcPort: 1, dstPort: 2, payload: hex("0000") }, buf, src, dst, { checksum: false });
    expect(buf[6]! | buf[7]!).toBe(0);
    expect(get(UdpRepr.decode(buf, src, dst)).payload).toEqual(hex("0000"));
    // find a payload word that makes the checksum compute to 0
    UdpRepr.emit({ srcPort: 1, dstPort: 2, payload: hex("0000") }, buf, src, dst);
    const c = ((buf[6] as number) << 8) | (buf[7] as number);
    const payload = hex((c === 0xffff ? 0 : c).toString(16).padStart(4, "0"));
    UdpRepr.emit({ srcPort: 1, dstPort: 2, payload }, buf, src, dst);
    expect(toHex(buf.subarray(6, 8))).toBe("ffff");
    expect(get(UdpPacket.of(buf)).verifyChecksum(src, dst)).toBe(true);
  });

  it("refuses with typed errors", () => {
    const body = DNS.slice(20);
    const tag = (b: Uint8Array) => {
      const r = UdpRepr.decode(b, ip("192.168.1.10"), ip("8.8.8.8"));
      return isLeft(r) ? r.left._tag : "Right";
    };
    expect(tag(body.subarray(0, 7))).toBe("Truncated");
    expect(tag(body.subarray(0, 37))).toBe("Truncated");
    const len7 = body.slice();
    len7[5] = 7;
    expect(tag(len7)).toBe("Malformed");
    const port0 = body.slice();
    port0[2] = 0;
    port0[3] = 0;
    expect(tag(port0)).toBe("Malformed");
    const bad = body.slice();
    bad[20] = (bad[20] as number) ^ 1;
    expect(tag(bad)).toBe("BadChecksum");
    const padded = new Uint8Array(body.length + 5);
    padded.set(body);
    expect(tag(padded)).toBe("Right");
  });

  test.prop([arbRepr, arbIpv4, arbIpv4])("decode ∘ emit = id, and the checksum verifies", (repr, src, dst) => {
    const buf = new Uint8Array(UdpRepr.bufferLen(repr));
    UdpRepr.emit(repr, buf, src, dst);
    const p = get(UdpPacket.of(buf));
    expect(p.checksum()).not.toBe(0);
    expect(p.verifyChecksum(src, dst)).toBe(true);
    expect(get(UdpRepr.parse(p, src, dst))).toEqual(repr);
  });

  test.prop([arbRepr, arbIpv4, arbIpv4, fc.nat()])("any single bit flipped is refused (unless it turns the checksum into 0 = none)", (repr, src, dst, n) => {
    const buf = new Uint8Array(UdpRepr.bufferLen(repr));
    UdpRepr.emit(repr, buf, src, dst);
    const flipped = flipBit(buf, n % (buf.length * 8));
    fc.pre(((flipped[6] as number) | (flipped[7] as number)) !== 0);
    expect(UdpRepr.decode(flipped, src, dst)._tag).toBe("Left");
  });

  test.prop([arbGarbage, arbIpv4, arbIpv4])("total on garbage", (b, src, dst) => {
    expectTotal(() => UdpRepr.decode(b, src, dst));
  });

  it("emit into the buffer the payload already sits in copies nothing and still checksums", () => {
    const buf = new Uint8Array(12);
    buf.set(hex("deadbeef"), 8);
    UdpRepr.emit({ srcPort: 7, dstPort: 7, payload: buf.subarray(8) }, buf, ip("1.1.1.1"), ip("2.2.2.2"));
    expect(toHex(get(UdpRepr.decode(buf, ip("1.1.1.1"), ip("2.2.2.2"))).payload)).toBe("deadbeef");
    expect(() => UdpRepr.emit({ srcPort: 7, dstPort: 7, payload: new Uint8Array(5) }, buf, ip("1.1.1.1"), ip("2.2.2.2"))).toThrow(RangeError);
  });
});
