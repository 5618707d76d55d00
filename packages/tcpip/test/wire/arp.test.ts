import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { isLeft } from "fp-ts/Either";
import { macAddress } from "@mirage/mirage-net";
import { ArpPacket, ArpRepr, EthernetFrame, type ArpRepr as ArpReprT } from "../../src/wire/index.ts";
import { arbGarbage, arbIpv4, arbMac, expectTotal, get, hex, ip, mac, toHex } from "./helpers.ts";

// scapy: Ether(dst=broadcast)/ARP(op=1, hwsrc=02:00:00:00:00:01, psrc=10.0.0.1, pdst=10.0.0.2), padded to 60
const FRAME = hex(
  "ffffffffffff020000000001080600010800060400010200000000010a0000010000000000000a000002000000000000000000000000000000000000",
);

const arbRepr: fc.Arbitrary<ArpReprT> = fc.record({
  operation: fc.constantFrom("request" as const, "reply" as const),
  senderHardwareAddr: arbMac,
  senderProtocolAddr: arbIpv4,
  targetHardwareAddr: arbMac,
  targetProtocolAddr: arbIpv4,
});

describe("arp", () => {
  it("reads a real request (Ethernet padding ignored) and re-emits it byte for byte", () => {
    const body = get(EthernetFrame.of(FRAME)).payload();
    const p = get(ArpPacket.of(body));
    expect([p.hardwareType(), p.protocolType(), p.hardwareLen(), p.protocolLen(), p.operation()]).toEqual([1, 0x0800, 6, 4, 1]);
    expect(toHex(p.targetProtocolAddr())).toBe("0a000002");
    const repr = get(ArpRepr.parse(p));
    expect(repr).toEqual({
      operation: "request",
      senderHardwareAddr: mac("02:00:00:00:00:01"),
      senderProtocolAddr: ip("10.0.0.1"),
      targetHardwareAddr: mac("00:00:00:00:00:00"),
      targetProtocolAddr: ip("10.0.0.2"),
    });
    const out = new Uint8Array(ArpRepr.bufferLen(repr));
    ArpRepr.emit(repr, out);
    expect(toHex(out)).toBe(toHex(body.subarray(0, 28)));
  });

  it("other link layers, protocols and operations are Unsupported; short packets Truncated", () => {
    const body = FRAME.slice(14, 42);
    const tag = (b: Uint8Array) => {
      const r = ArpRepr.decode(b);
      return isLeft(r) ? r.left._tag : "Right";
    };
    const edit = (i: number, v: number) => {
      const c = body.slice();
      c[i] = v;
      return c;
    };
    expect(tag(body)).toBe("Right");
    expect(tag(edit(1, 6))).toBe("Unsupported"); // IEEE 802 hardware
    expect(tag(edit(2, 0x86))).toBe("Unsupported"); // protocol 0x8600
    expect(tag(edit(7, 3))).toBe("Unsupported"); // RARP request
    expect(tag(body.subarray(0, 27))).toBe("Truncated");
    expect(tag(body.subarray(0, 7))).toBe("Truncated");
    // a bigger hardware length the bytes do not cover
    expect(tag(edit(4, 16))).toBe("Truncated");
    // a generic view can still read other sizes
    const g = get(ArpPacket.of(edit(4, 2)));
    expect(g.senderHardwareAddr().length).toBe(2);
    expect(g.targetProtocolAddr().length).toBe(4);
  });

  test.prop([arbRepr])("decode ∘ emit = id", (repr) => {
    const buf = new Uint8Array(ArpRepr.bufferLen(repr));
    ArpRepr.emit(repr, buf);
    const back = get(ArpRepr.decode(buf));
    expect(back).toEqual(repr);
    expect(macAddress.equal(back.senderHardwareAddr, repr.senderHardwareAddr)).toBe(true);
  });

  test.prop([arbGarbage])("total on garbage", (b) => {
    expectTotal(() => ArpRepr.decode(b));
    const p = ArpPacket.of(b);
    if (p._tag === "Right") {
      const v = p.right;
      expect(v.senderHardwareAddr().length + v.targetHardwareAddr().length).toBe(2 * v.hardwareLen());
      expect(v.senderProtocolAddr().length + v.targetProtocolAddr().length).toBe(2 * v.protocolLen());
    }
  });
});
