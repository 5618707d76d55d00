// Shared arbitraries and helpers for the wire tests (not a test file itself).
import { expect } from "vitest";
import { fc } from "@fast-check/vitest";
import { isLeft, type Either } from "fp-ts/Either";
import { macAddress, type MacAddress } from "@mirage/mirage-net";
import { ipv4Address, seqNumber, type Ipv4Address, type Ipv4Repr, type SeqNumber, type WireError } from "../../src/wire/index.ts";

export const hex = (s: string): Uint8Array => {
  const clean = s.replace(/\s+/g, "");
  const out = new Uint8Array(clean.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(clean.slice(2 * i, 2 * i + 2), 16);
  return out;
};

export const toHex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");

export const get = <A>(e: Either<WireError | { message: string }, A>): A => {
  if (isLeft(e)) throw new Error(`expected a Right, got ${JSON.stringify(e.left)}`);
  return e.right;
};

export const ip = (s: string): Ipv4Address => get(ipv4Address.parse(s));
export const mac = (s: string): MacAddress => get(macAddress.parse(s));

export const arbIpv4 = fc.nat({ max: 0xffffffff }).map(ipv4Address.ofUint32);
export const arbSeq: fc.Arbitrary<SeqNumber> = fc.nat({ max: 0xffffffff }).map(seqNumber);
export const arbU16 = fc.nat({ max: 0xffff });
export const arbU32 = fc.nat({ max: 0xffffffff });
export const arbPort = fc.integer({ min: 1, max: 0xffff });
export const arbMac = fc.uint8Array({ minLength: 6, maxLength: 6 }).map((b) => get(macAddress.ofBytes(b)));
export const arbPayload = (maxLength = 64) => fc.uint8Array({ maxLength });

/** Full reprs, as `parse` returns them (every optional field set). */
export const arbIpv4Repr = (maxPayload = 0xffff - 20): fc.Arbitrary<Ipv4Repr> =>
  fc.record({
    src: arbIpv4,
    dst: arbIpv4,
    protocol: fc.nat({ max: 255 }),
    payloadLen: fc.nat({ max: maxPayload }),
    ttl: fc.nat({ max: 255 }),
    ident: arbU16,
    dontFrag: fc.boolean(),
    moreFrags: fc.boolean(),
    fragOffset: fc.nat({ max: 0x1fff }).map((n) => n * 8),
    dscp: fc.nat({ max: 63 }),
    ecn: fc.nat({ max: 3 }),
  });

/** Bytes with garbage: short, long, all-zero, all-ones, and random. */
export const arbGarbage = fc.oneof(
  fc.uint8Array({ maxLength: 80 }),
  fc.uint8Array({ minLength: 80, maxLength: 400 }),
  fc.nat({ max: 80 }).map((n) => new Uint8Array(n)),
  fc.nat({ max: 80 }).map((n) => new Uint8Array(n).fill(0xff)),
);

export const flipBit = (b: Uint8Array, bit: number): Uint8Array => {
  const c = b.slice();
  c[bit >>> 3] = (c[bit >>> 3] as number) ^ (0x80 >>> (bit & 7));
  return c;
};

/** A total decoder gave a Right or a Left with a well-formed WireError, and did not throw. */
export const expectTotal = (run: () => Either<WireError, unknown>): void => {
  const r = run();
  expect(r._tag === "Left" || r._tag === "Right").toBe(true);
  if (r._tag === "Left") {
    expect(["Truncated", "Malformed", "BadChecksum", "Unsupported"]).toContain(r.left._tag);
    expect(r.left.message).toMatch(/^Cannot /);
  }
};
