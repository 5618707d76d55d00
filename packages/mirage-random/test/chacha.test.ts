import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { chacha20 } from "@noble/ciphers/chacha.js";
import { chachaRng, seededRandom, type EntropySource } from "../src/index.ts";
import { randomConformance } from "../src/conformance.ts";

const hex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
const unhex = (s: string): Uint8Array => Uint8Array.from(s.replace(/\s+/g, "").match(/../g) ?? [], (h) => parseInt(h, 16));
const seedOf = (n: number): Uint8Array => {
  const s = new Uint8Array(32);
  new DataView(s.buffer).setUint32(0, n);
  return s;
};

let instance = 0;
randomConformance("chachaRng", () => chachaRng(seedOf(++instance)));

describe("ChaCha20 primitive", () => {
  it("matches the RFC 8439 §2.4.2 test vector", () => {
    const key = Uint8Array.from({ length: 32 }, (_, i) => i);
    const nonce = unhex("000000000000004a00000000");
    const plaintext = new TextEncoder().encode(
      "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.",
    );
    const expected = unhex(`
      6e 2e 35 9a 25 68 f9 80 41 ba 07 28 dd 0d 69 81 e9 7e 7a ec 1d 43 60 c2 0a 27 af cc fd 9f ae 0b
      f9 1b 65 c5 52 47 33 ab 8f 59 3d ab cd 62 b3 57 16 39 d6 24 e6 51 52 ab 8f 53 0c 35 9f 08 61 d8
      07 ca 0d bf 50 0d 6a 61 56 a3 8e 08 8a 22 b6 5e 52 bc 51 4d 16 cc f8 06 81 8c e9 1a b7 79 37 36
      5a f9 0b bf 74 a3 5b e6 b4 0b 8e ed f2 78 5e 42 87 4d`);
    expect(hex(chacha20(key, nonce, plaintext, undefined, 1))).toBe(hex(expected));
  });
});

describe("chachaRng", () => {
  it("is pinned by a known answer (regression guard for the construction)", () => {
    const r = chachaRng(Uint8Array.from({ length: 32 }, (_, i) => i));
    expect(hex(r.generate(48))).toBe(
      "5b87e8c8660c9cc9fbfa9fd9c44ed68a02d712849bd958df39c59d878c0214dddc0405fb876810b3eb60445f6cba414e",
    );
    r.reseed(new TextEncoder().encode("reseed"));
    expect(hex(r.generate(32))).toBe("b50bad8586087eeec746f447a0793e45a52a347ce838a70cc7456378c9d7c82d");
  });

  test.prop([fc.uint8Array({ minLength: 32, maxLength: 80 }), fc.array(fc.integer({ min: 0, max: 3000 }), { maxLength: 8 })])(
    "same seed and same calls give the same stream",
    (seed, lengths) => {
      const a = chachaRng(seed);
      const b = chachaRng(seed);
      for (const n of lengths) expect(hex(a.generate(n))).toBe(hex(b.generate(n)));
    },
  );

  test.prop([fc.uint8Array({ minLength: 32, maxLength: 64 }), fc.array(fc.integer({ min: 0, max: 3000 }), { maxLength: 10 })])(
    "between reseeds, output is one stream however it is cut: fills in pieces = one generate",
    (seed, pieces) => {
      const total = pieces.reduce((s, n) => s + n, 0);
      const whole = chachaRng(seed).generate(total);
      const r = chachaRng(seed);
      const cut = new Uint8Array(total);
      let off = 0;
      pieces.forEach((n, i) => {
        if (i % 2 === 0) r.fill(cut.subarray(off, off + n));
        else cut.set(r.generate(n), off);
        off += n;
      });
      expect(hex(cut)).toBe(hex(whole));
    },
  );

  test.prop([fc.uint8Array({ minLength: 32, maxLength: 40 }), fc.uint8Array({ minLength: 32, maxLength: 40 })])(
    "different seeds give different output",
    (s1, s2) => {
      fc.pre(hex(s1) !== hex(s2));
      expect(hex(chachaRng(s1).generate(32))).not.toBe(hex(chachaRng(s2).generate(32)));
    },
  );

  it("a seed is absorbed whole: a trailing zero byte or a later byte changes the stream", () => {
    const s = new Uint8Array(33);
    const base = hex(chachaRng(s.subarray(0, 32)).generate(32));
    expect(hex(chachaRng(s).generate(32))).not.toBe(base);
    const t = new Uint8Array(64);
    t[63] = 1;
    expect(hex(chachaRng(t).generate(32))).not.toBe(hex(chachaRng(new Uint8Array(64)).generate(32)));
  });

  test.prop([fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.uint8Array({ maxLength: 100 }), fc.integer({ min: 0, max: 2000 })])(
    "reseed changes the stream, even with empty entropy and mid-slab",
    (seed, entropy, consumed) => {
      const a = chachaRng(seed);
      const b = chachaRng(seed);
      a.generate(consumed);
      b.generate(consumed);
      b.reseed(entropy);
      expect(hex(b.generate(64))).not.toBe(hex(a.generate(64)));
    },
  );

  test.prop([fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.uint8Array({ minLength: 1, maxLength: 64 })])(
    "reseeding is deterministic too",
    (seed, entropy) => {
      const a = chachaRng(seed);
      const b = chachaRng(seed);
      a.reseed(entropy);
      b.reseed(entropy);
      expect(hex(a.generate(100))).toBe(hex(b.generate(100)));
    },
  );

  it("refuses a short seed", () => {
    expect(() => chachaRng(new Uint8Array(31))).toThrow(/the seed has 31 bytes, it needs at least 32/);
  });

  it("1 MiB of output passes byte chi-square and bit-balance sanity checks", () => {
    const n = 1 << 20;
    const buf = chachaRng(seedOf(2024)).generate(n);
    const counts = new Array<number>(256).fill(0);
    let ones = 0;
    for (const b of buf) {
      counts[b] = (counts[b] as number) + 1;
      let x = b;
      while (x !== 0) {
        ones += x & 1;
        x >>= 1;
      }
    }
    const expected = n / 256;
    const chi2 = counts.reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
    // 255 degrees of freedom: mean 255, sd ~22.6; 340 is p < 0.0003 on the high side,
    // 180 on the low side (suspiciously uniform).
    expect(chi2).toBeGreaterThan(180);
    expect(chi2).toBeLessThan(340);
    const bits = n * 8;
    const sd = Math.sqrt(bits) / 2;
    expect(Math.abs(ones - bits / 2)).toBeLessThan(5 * sd);
  });
});

describe("seededRandom", () => {
  it("reads 32 bytes from the source and is deterministic in them", () => {
    const reads: number[] = [];
    const source: EntropySource = {
      name: "counter",
      read: (n) => {
        reads.push(n);
        return Uint8Array.from({ length: n }, (_, i) => i);
      },
    };
    const r = seededRandom(source);
    expect(reads).toEqual([32]);
    expect(hex(r.generate(16))).toBe(hex(chachaRng(Uint8Array.from({ length: 32 }, (_, i) => i)).generate(16)));
  });
});
