import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { isLeft, isRight } from "fp-ts/Either";
import { macAddress, type MacAddress } from "../src/index.ts";

const mac = (s: string): MacAddress => {
  const r = macAddress.parse(s);
  if (isLeft(r)) throw new Error(r.left.message);
  return r.right;
};
const arbMac = fc.uint8Array({ minLength: 6, maxLength: 6 }).map((b) => {
  const r = macAddress.ofBytes(b);
  if (isLeft(r)) throw new Error("6 bytes");
  return r.right;
});

describe("macAddress", () => {
  it("parses and prints", () => {
    const m = mac("02:00:00:00:00:01");
    expect(Array.from(m)).toEqual([2, 0, 0, 0, 0, 1]);
    expect(macAddress.toString(m)).toBe("02:00:00:00:00:01");
    expect(macAddress.toString(mac("AA-bb-CC-dd-EE-ff"))).toBe("aa:bb:cc:dd:ee:ff");
  });

  test.prop([arbMac])("toString then parse gives the same address", (m) => {
    const back = macAddress.parse(macAddress.toString(m));
    expect(isRight(back) && macAddress.equal(back.right, m)).toBe(true);
    expect(macAddress.toString(m)).toMatch(/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/);
  });

  test.prop([arbMac, fc.boolean()])("parse then toString gives the lower-case, colon form", (m, dash) => {
    const s = macAddress.toString(m).toUpperCase();
    const r = macAddress.parse(dash ? s.replaceAll(":", "-") : s);
    expect(isRight(r) && macAddress.toString(r.right)).toBe(s.toLowerCase());
  });

  test.prop([fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.stringMatching(/^[0-9a-fA-F:.-]{0,20}$/))])(
    "is total on garbage: a Left with a message or a valid address, never a throw",
    (s) => {
      const r = macAddress.parse(s);
      if (isLeft(r)) {
        expect(r.left._tag).toBe("InvalidMacAddress");
        expect(r.left.message).toMatch(/^Cannot parse MAC address /);
      } else {
        expect(r.right.length).toBe(6);
        expect(macAddress.toString(r.right)).toBe(s.toLowerCase().replaceAll("-", ":"));
      }
    },
  );

  it("rejects near misses", () => {
    for (const s of ["02:00:00:00:00", "02:00:00:00:00:01:", "02:00:00:00:00:0g", "02:00-00:00:00:01", "2:00:00:00:00:001", "02.00.00.00.00.01", " 02:00:00:00:00:1", ""]) {
      expect(isLeft(macAddress.parse(s)), s).toBe(true);
    }
    const r = macAddress.parse("02:00:00:00:00:zz");
    expect(isLeft(r) && r.left.message).toBe('Cannot parse MAC address "02:00:00:00:00:zz": "zz" is not a hex byte');
    const long = macAddress.parse("x".repeat(1000));
    expect(isLeft(long) && long.left.message.length).toBeLessThan(200);
  });

  it("classifies addresses", () => {
    expect(macAddress.isBroadcast(macAddress.broadcast)).toBe(true);
    expect(macAddress.isMulticast(macAddress.broadcast)).toBe(true);
    expect(macAddress.isUnicast(mac("02:00:00:00:00:01"))).toBe(true);
    expect(macAddress.isLocal(mac("02:00:00:00:00:01"))).toBe(true);
    expect(macAddress.isLocal(mac("00:16:3e:00:00:01"))).toBe(false);
    expect(macAddress.isMulticast(mac("01:00:5e:00:00:fb"))).toBe(true);
    expect(macAddress.isUnicast(mac("33:33:00:00:00:01"))).toBe(false);
  });

  test.prop([fc.uint8Array({ minLength: 6, maxLength: 6 })])("localUnicast makes a local unicast address", (bytes) => {
    const m = macAddress.localUnicast({ generate: () => bytes });
    expect(macAddress.isLocal(m) && macAddress.isUnicast(m)).toBe(true);
    expect(Array.from(m.subarray(1))).toEqual(Array.from(bytes.subarray(1)));
  });

  test.prop([arbMac, fc.nat({ max: 20 })])("write then ofBytes/equalAt at an offset", (m, off) => {
    const buf = new Uint8Array(off + 6 + 3);
    macAddress.write(m, buf, off);
    expect(macAddress.equalAt(m, buf, off)).toBe(true);
    const r = macAddress.ofBytes(buf, off);
    expect(isRight(r) && macAddress.equal(r.right, m)).toBe(true);
  });

  it("ofBytes refuses short buffers and bad offsets", () => {
    expect(isLeft(macAddress.ofBytes(new Uint8Array(5)))).toBe(true);
    expect(isLeft(macAddress.ofBytes(new Uint8Array(8), 3))).toBe(true);
    expect(isLeft(macAddress.ofBytes(new Uint8Array(8), -1))).toBe(true);
    expect(macAddress.equalAt(macAddress.broadcast, new Uint8Array(3), 0)).toBe(false);
  });
});
