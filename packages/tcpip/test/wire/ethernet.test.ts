import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { macAddress } from "@mirage/mirage-net";
import { EtherType, EthernetFrame, EthernetRepr, type EthernetRepr as EthernetReprT } from "../../src/wire/index.ts";
import { arbGarbage, arbMac, expectTotal, get, hex, mac } from "./helpers.ts";

const arbRepr: fc.Arbitrary<EthernetReprT> = fc.record({
  dst: arbMac,
  src: arbMac,
  ethertype: fc.oneof(fc.constantFrom(EtherType.Ipv4, EtherType.Arp, EtherType.Ipv6), fc.nat({ max: 0xffff })),
});

describe("ethernet", () => {
  it("reads a real frame (scapy: broadcast ARP request)", () => {
    const b = hex("ffffffffffff020000000001080600010800060400010200000000010a0000010000000000000a000002");
    const f = get(EthernetFrame.of(b));
    expect(macAddress.isBroadcast(f.dst())).toBe(true);
    expect(macAddress.toString(f.src())).toBe("02:00:00:00:00:01");
    expect(f.ethertype()).toBe(EtherType.Arp);
    expect(f.payload().length).toBe(28);
    expect(get(EthernetRepr.decode(b))).toEqual({ dst: macAddress.broadcast, src: mac("02:00:00:00:00:01"), ethertype: 0x0806 });
  });

  it("refuses a runt header and works through a byteOffset", () => {
    expect(EthernetFrame.of(new Uint8Array(13))).toMatchObject({ _tag: "Left", left: { _tag: "Truncated", proto: "ethernet" } });
    const outer = new Uint8Array(40);
    outer.set(hex("0200000000020200000000010800"), 5);
    const f = get(EthernetFrame.of(outer.subarray(5)));
    expect(f.ethertype()).toBe(0x0800);
    f.setEthertype(0x86dd);
    expect(outer[17]).toBe(0x86);
    f.setSrc(mac("02:00:00:00:00:09"));
    expect(outer[16]).toBe(9);
  });

  test.prop([arbRepr, fc.uint8Array({ maxLength: 64 })])("decode ∘ emit = id", (repr, payload) => {
    const buf = new Uint8Array(EthernetRepr.bufferLen(repr, payload.length));
    EthernetRepr.emit(repr, buf);
    buf.set(payload, EthernetRepr.headerLen);
    const f = get(EthernetFrame.of(buf));
    expect(get(EthernetRepr.parse(f))).toEqual(repr);
    expect(f.payload()).toEqual(payload);
  });

  test.prop([arbGarbage])("total on garbage", (b) => {
    expectTotal(() => EthernetRepr.decode(b));
  });

  it("emit into a too-small buffer is a bug (RangeError)", () => {
    expect(() => EthernetRepr.emit({ dst: macAddress.broadcast, src: macAddress.broadcast, ethertype: 0 }, new Uint8Array(13))).toThrow(RangeError);
  });
});
