import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { checksum, fold, onesSum, pseudoHeaderSum } from "../../src/wire/index.ts";
import { arbIpv4, hex } from "./helpers.ts";

/** RFC 1071 done the slow, obvious way: 16-bit words, end-around carry after every add. */
const naive = (b: Uint8Array, start: number, end: number, initial = 0): number => {
  let s = initial;
  while (s > 0xffff) s = (s & 0xffff) + Math.floor(s / 0x10000);
  for (let i = start; i < end; i += 2) {
    const word = ((b[i] ?? 0) << 8) | (i + 1 < end ? (b[i + 1] ?? 0) : 0);
    s += word;
    if (s > 0xffff) s = (s & 0xffff) + 1;
  }
  return ~s & 0xffff;
};

const arbRange = fc.uint8Array({ maxLength: 300 }).chain((b) =>
  fc
    .tuple(fc.nat({ max: b.length }), fc.nat({ max: b.length }))
    .map(([x, y]) => ({ b, start: Math.min(x, y), end: Math.max(x, y) })),
);

describe("checksum", () => {
  it("RFC 1071 §3 example: sum 0xddf2, checksum 0x220d", () => {
    const b = hex("0001f203f4f5f6f7");
    expect(onesSum(b)).toBe(0xddf2);
    expect(checksum(b)).toBe(0x220d);
    expect(checksum(b, 0, 8)).toBe(0x220d);
  });

  it("edge cases: empty, odd, all ones, a long run that carries many times", () => {
    expect(checksum(new Uint8Array(0))).toBe(0xffff);
    expect(checksum(hex("ab"))).toBe(~0xab00 & 0xffff);
    expect(checksum(new Uint8Array(65536).fill(0xff))).toBe(0);
    const big = new Uint8Array(70001).map((_, i) => (i * 131 + 7) & 0xff);
    expect(checksum(big)).toBe(naive(big, 0, big.length));
    expect(checksum(big, 3, 69998, 0x1234567)).toBe(naive(big, 3, 69998, 0x1234567));
  });

  test.prop([arbRange, fc.nat({ max: 0xfffff })])("matches the naive reference on any range and initial sum", ({ b, start, end }, initial) => {
    expect(checksum(b, start, end, initial)).toBe(naive(b, start, end, initial));
  });

  test.prop([arbRange])("reads through byteOffset: a subarray gives the same as the range", ({ b, start, end }) => {
    expect(checksum(b.subarray(start, end))).toBe(checksum(b, start, end));
  });

  test.prop([fc.uint8Array({ maxLength: 100 }), fc.uint8Array({ maxLength: 100 })])(
    "sums compose: an even-length prefix's sum as the initial value",
    (a0, b) => {
      const a = a0.length % 2 === 0 ? a0 : a0.subarray(1);
      const all = new Uint8Array(a.length + b.length);
      all.set(a);
      all.set(b, a.length);
      expect(checksum(b, 0, b.length, onesSum(a))).toBe(checksum(all));
    },
  );

  test.prop([fc.uint8Array({ minLength: 2, maxLength: 100 }).filter((b) => b.length % 2 === 0)])(
    "a region with its checksum written in verifies to 0",
    (b) => {
      const c = new Uint8Array(b.length + 2);
      c.set(b);
      const sum = checksum(c);
      c[b.length] = sum >>> 8;
      c[b.length + 1] = sum & 0xff;
      expect(checksum(c)).toBe(0);
    },
  );

  test.prop([arbIpv4, arbIpv4, fc.nat({ max: 255 }), fc.nat({ max: 0xffff })])(
    "pseudoHeaderSum equals the sum of the 12-byte pseudo-header",
    (src, dst, proto, len) => {
      const ph = new Uint8Array(12);
      const dv = new DataView(ph.buffer);
      dv.setUint32(0, src);
      dv.setUint32(4, dst);
      dv.setUint8(9, proto);
      dv.setUint16(10, len);
      expect(checksum(new Uint8Array(0), 0, 0, pseudoHeaderSum(src, dst, proto, len))).toBe(checksum(ph));
    },
  );

  test.prop([fc.nat({ max: Number.MAX_SAFE_INTEGER })])("fold keeps the value modulo 0xffff and never turns non-zero into 0", (n) => {
    const f = fold(n);
    expect(f).toBeLessThanOrEqual(0xffff);
    expect(f % 0xffff).toBe(n % 0xffff);
    if (n !== 0) expect(f).not.toBe(0);
  });
});
