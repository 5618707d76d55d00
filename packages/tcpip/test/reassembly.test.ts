import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { Reassembler, type Reassembled } from "../src/reassembly.ts";
import { bytes, ip, SECOND } from "./ipv4-helpers.ts";

const SRC = ip("10.0.0.2");
const DST = ip("10.0.0.1");
const HDR = new Uint8Array(20).fill(0x45);

interface Frag {
  readonly offset: number;
  readonly more: boolean;
  readonly data: Uint8Array;
}

/** Cuts `payload` at the given 8-byte-aligned points. */
const cut = (payload: Uint8Array, points: readonly number[]): Frag[] => {
  const edges = [...new Set(points.map((p) => p - (p % 8)).filter((p) => p > 0 && p < payload.length))].sort((a, b) => a - b);
  const starts = [0, ...edges];
  return starts.map((s, i) => {
    const e = starts[i + 1] ?? payload.length;
    return { offset: s, more: i + 1 < starts.length, data: payload.subarray(s, e) };
  });
};

const feed = (r: Reassembler, f: Frag, now = 0n, ident = 7, src = SRC): Reassembled | undefined =>
  r.add(src, DST, 17, ident, f.offset, f.more, HDR, f.data, now);

describe("reassembly", () => {
  test.prop(
    [
      fc.integer({ min: 9, max: 6000 }).chain((n) =>
        fc.record({
          n: fc.constant(n),
          points: fc.array(fc.integer({ min: 1, max: n - 1 }), { minLength: 1, maxLength: 40 }),
          seed: fc.nat({ max: 255 }),
        }),
      ),
      fc.infiniteStream(fc.nat()),
      fc.array(fc.nat(), { maxLength: 10 }),
    ],
    { numRuns: 200 },
  )("random fragments in random order, with duplicates, reassemble byte for byte, completing on the last missing piece", ({ n, points, seed }, order, dups) => {
    const payload = bytes(n, seed);
    const frags = cut(payload, points);
    // Random order, plus duplicates of random fragments at random places.
    const deck = [...frags, ...dups.map((d) => frags[d % frags.length] as Frag)];
    const it = order[Symbol.iterator]();
    for (let i = deck.length - 1; i > 0; i--) {
      const j = (it.next().value as number) % (i + 1);
      [deck[i], deck[j]] = [deck[j] as Frag, deck[i] as Frag];
    }
    const r = new Reassembler();
    const done: Reassembled[] = [];
    const seen = new Set<Frag>();
    for (const f of deck) {
      const before = seen.size;
      if (done.length === 0) seen.add(f);
      const out = feed(r, f);
      if (out !== undefined) {
        if (done.length === 0) {
          // Completes on the last missing piece, not earlier and not on a duplicate.
          expect(seen.size).toBe(frags.length);
          expect(seen.size).toBeGreaterThan(before);
        }
        done.push(out);
      }
    }
    // Duplicates arriving after completion start a new datagram, which completes again only if
    // every piece comes twice (the network duplicated the whole datagram), else it times out.
    expect(done.length).toBeGreaterThanOrEqual(1);
    for (const d of done) {
      expect(d.payload).toEqual(payload);
      expect(d).toMatchObject({ src: SRC, dst: DST, protocol: 17, ident: 7, firstHeader: HDR });
    }
    expect(r.stats()).toMatchObject({ overlaps: 0, reassembled: done.length });
    if (dups.length === 0) expect(r.inProgress()).toBe(0);
  });

  test.prop([fc.integer({ min: 2, max: 500 }), fc.integer({ min: 1, max: 7 }), fc.boolean()])(
    "overlapping fragments discard the whole datagram, later fragments too",
    (halfUnits, shift, overlapFirst) => {
      const payload = bytes(halfUnits * 16 + 5);
      const mid = halfUnits * 8;
      const r = new Reassembler();
      const a: Frag = { offset: 0, more: true, data: payload.subarray(0, mid) };
      // Overlaps `a` by `shift * 8` bytes.
      const b: Frag = { offset: mid - shift * 8 > 0 ? mid - shift * 8 : 8, more: true, data: payload.subarray(mid, mid + 16) };
      const c: Frag = { offset: mid, more: false, data: payload.subarray(mid) };
      const seq = overlapFirst ? [a, b, c] : [c, a, b];
      const outs = seq.map((f) => feed(r, f));
      if (!overlapFirst) {
        // c then a complete the datagram before b arrives; b then starts a fresh (doomed) one.
        expect(outs[1]?.payload).toEqual(payload);
        return;
      }
      expect(outs).toEqual([undefined, undefined, undefined]);
      expect(r.stats()).toMatchObject({ overlaps: 1, discarded: 1, reassembled: 0 });
      // The complete set arriving again is still discarded until the timeout.
      expect(feed(r, a)).toBeUndefined();
      expect(feed(r, c)).toBeUndefined();
      r.expire(10n * SECOND);
      expect(r.inProgress()).toBe(0);
      expect(feed(r, a, 10n * SECOND)).toBeUndefined();
      expect(feed(r, c, 10n * SECOND)?.payload).toEqual(payload);
    },
  );

  it("an exact duplicate is ignored, a same-start different-length fragment is an overlap", () => {
    const p = bytes(48);
    const r = new Reassembler();
    feed(r, { offset: 0, more: true, data: p.subarray(0, 16) });
    feed(r, { offset: 0, more: true, data: p.subarray(0, 16) });
    expect(r.stats()).toMatchObject({ duplicates: 1, overlaps: 0 });
    feed(r, { offset: 0, more: true, data: p.subarray(0, 24) });
    expect(r.stats()).toMatchObject({ overlaps: 1 });
  });

  it("times out 10 s after the first fragment, frees the state and reports what ICMP quotes", () => {
    const r = new Reassembler();
    const p = bytes(100);
    feed(r, { offset: 0, more: true, data: p.subarray(0, 32) }, 0n);
    feed(r, { offset: 64, more: false, data: p.subarray(64) }, 3n * SECOND);
    feed(r, { offset: 8, more: true, data: p.subarray(8, 16) }, 1n, 8); // another datagram, no first fragment
    expect(r.pollAt()).toBe(10n * SECOND);
    expect(r.expire(10n * SECOND - 1n)).toEqual([]);
    const expired = r.expire(10n * SECOND + 1n);
    expect(expired).toEqual([{ src: SRC, dst: DST, protocol: 17, ident: 7, firstHeader: HDR, firstBytes: p.subarray(0, 8) }]);
    expect(r.inProgress()).toBe(0);
    expect(r.pollAt()).toBeUndefined();
    expect(r.stats()).toMatchObject({ timeouts: 2, inProgress: 0 });
    // The missing piece, too late, starts over rather than completing anything.
    expect(feed(r, { offset: 32, more: true, data: p.subarray(32, 64) }, 11n * SECOND)).toBeUndefined();
  });

  it("holds at most 16 datagrams; fragments of a 17th are dropped and counted", () => {
    const r = new Reassembler();
    for (let id = 0; id < 16; id++) feed(r, { offset: 0, more: true, data: bytes(8) }, 0n, id);
    expect(feed(r, { offset: 0, more: true, data: bytes(8) }, 0n, 99)).toBeUndefined();
    expect(feed(r, { offset: 8, more: false, data: bytes(8) }, 0n, 99)).toBeUndefined();
    expect(r.stats()).toMatchObject({ tableFull: 2, inProgress: 16 });
    // Keys are (src, dst, protocol, ident): the same ident from another source is another datagram.
    expect(feed(r, { offset: 8, more: false, data: bytes(8) }, 0n, 3, ip("10.0.0.9"))).toBeUndefined();
    expect(r.stats().tableFull).toBe(3);
    // Finishing one frees a slot.
    expect(feed(r, { offset: 8, more: false, data: bytes(8) }, 0n, 3)?.payload.length).toBe(16);
    expect(feed(r, { offset: 8, more: false, data: bytes(8) }, 0n, 99)).toBeUndefined();
    expect(r.stats().inProgress).toBe(16);
  });

  it("refuses datagrams beyond 65535 bytes, inconsistent ends and malformed fragments", () => {
    const r = new Reassembler();
    // 65515 bytes of payload is the most: an end at 65520 is too large.
    expect(feed(r, { offset: 65512, more: false, data: bytes(8) })).toBeUndefined();
    expect(r.stats().tooLarge).toBe(1);
    feed(r, { offset: 0, more: true, data: bytes(8) }, 0n, 1);
    feed(r, { offset: 65504, more: false, data: bytes(16) }, 0n, 1);
    expect(r.stats().tooLarge).toBe(2);
    // Two different ends.
    feed(r, { offset: 16, more: false, data: bytes(8) }, 0n, 2);
    feed(r, { offset: 32, more: false, data: bytes(8) }, 0n, 2);
    expect(r.stats().tooLarge).toBe(3);
    // Data beyond a known end.
    feed(r, { offset: 16, more: false, data: bytes(8) }, 0n, 3);
    feed(r, { offset: 24, more: true, data: bytes(8) }, 0n, 3);
    expect(r.stats().tooLarge).toBe(4);
    // A non-last fragment must be a non-empty multiple of 8.
    feed(r, { offset: 0, more: true, data: bytes(12) }, 0n, 4);
    feed(r, { offset: 0, more: true, data: bytes(0) }, 0n, 4);
    expect(r.stats().malformed).toBe(2);
    // Too many pieces.
    const small = new Reassembler({ maxFragments: 2 });
    small.add(SRC, DST, 17, 1, 0, true, HDR, bytes(8), 0n);
    small.add(SRC, DST, 17, 1, 8, true, HDR, bytes(8), 0n);
    small.add(SRC, DST, 17, 1, 16, false, HDR, bytes(8), 0n);
    expect(small.stats()).toMatchObject({ tooManyFragments: 1, reassembled: 0 });
  });

  it("reassembles the largest datagram (65515 bytes of payload) from 8-byte-aligned pieces", () => {
    const payload = bytes(65515, 3);
    const frags = cut(payload, Array.from({ length: 44 }, (_, i) => (i + 1) * 1480));
    const r = new Reassembler();
    let out: Reassembled | undefined;
    for (const f of frags.reverse()) out = feed(r, f) ?? out;
    expect(out?.payload).toEqual(payload);
  });
});
