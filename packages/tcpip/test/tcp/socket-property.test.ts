// Properties: two sockets wired back to back through a lossy, reordering, duplicating channel
// on a virtual clock transfer random data both ways byte-exact and both close cleanly; the
// assembler and the ring agree with simple models.
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { Assembler } from "../../src/tcp/assembler.ts";
import { ByteRing } from "../../src/tcp/ring.ts";
import type { TcpSocketOptions } from "../../src/tcp/socket.ts";
import { prng } from "./fake-ip.ts";
import { MS, simulate, type Channel } from "./sim.ts";

const arbOptions: fc.Arbitrary<TcpSocketOptions> = fc.record({
  sendBufferBytes: fc.integer({ min: 64, max: 16384 }),
  recvBufferBytes: fc.integer({ min: 64, max: 70000 }),
  mss: fc.integer({ min: 64, max: 1460 }),
  windowScaling: fc.boolean(),
  sack: fc.boolean(),
  timestamps: fc.boolean(),
  noDelay: fc.boolean(),
  ackDelayNs: fc.constantFrom(0n, 40n * MS, 200n * MS),
  tsOffset: fc.integer({ min: 0, max: 0xffffffff }),
  timeWaitNs: fc.constantFrom(1000n * MS, 60_000n * MS),
});

/** ISNs anywhere, but mostly within a transfer's length below 2^32 so the wrap happens inside. */
const arbIss = fc.oneof(
  fc.integer({ min: 0, max: 0xffffffff }),
  fc.integer({ min: 0, max: 20_000 }).map((k) => (0x100000000 - k) >>> 0),
);

/** Data of any length up to 20 000 bytes (fast-check's default size would keep arrays tiny). */
const arbData: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 50 }),
  fc.tuple(fc.integer({ min: 0, max: 20_000 }), fc.integer()).map(([n, seed]) => {
    const next = prng(seed);
    return Uint8Array.from({ length: n }, () => Math.floor(next() * 256));
  }),
);

const arbChannel: fc.Arbitrary<Channel> = fc.record({
  loss: fc.constantFrom(0, 0.02, 0.1, 0.2),
  duplicate: fc.constantFrom(0, 0.05, 0.2),
  jitterMs: fc.constantFrom(0, 5, 30),
  latencyMs: fc.integer({ min: 1, max: 50 }),
});

describe("two sockets back to back", () => {
  test.prop(
    [
      arbOptions,
      arbOptions,
      arbData,
      arbData,
      arbChannel,
      fc.integer(),
      arbIss,
      arbIss,
    ],
    { numRuns: 60 },
  )("transfer both ways byte-exact over a lossy, reordering, duplicating channel, then close", (ao, bo, ad, bd, ch, seed, ia, ib) => {
    const r = simulate(ao, bo, ad, bd, ch, seed, ia, ib);
    expect(r.aError).toBeUndefined();
    expect(r.bError).toBeUndefined();
    expect(r.bGot).toEqual(ad);
    expect(r.aGot).toEqual(bd);
    expect(["TIME-WAIT", "CLOSED"]).toContain(r.aState);
    expect(["TIME-WAIT", "CLOSED"]).toContain(r.bState);
    expect(r.aFinal).toBe("CLOSED");
    expect(r.bFinal).toBe("CLOSED");
  });

  test.prop([fc.integer().map((seed) => { const next = prng(seed); return Uint8Array.from({ length: 100_000 }, () => Math.floor(next() * 256)); }), fc.integer(), arbIss, arbIss], { numRuns: 4 })(
    "a larger transfer with default buffers and all options crosses the sequence wrap",
    (data, seed, ia, ib) => {
      const o: TcpSocketOptions = { timeWaitNs: 1000n * MS };
      const r = simulate(o, o, data, data.subarray(0, 5000), { loss: 0.01, duplicate: 0.01, jitterMs: 3, latencyMs: 10 }, seed, ia, ib);
      expect(r.bGot).toEqual(data);
      expect(r.aGot).toEqual(data.subarray(0, 5000));
      expect(r.aFinal).toBe("CLOSED");
      expect(r.bFinal).toBe("CLOSED");
    },
  );

  test.prop([arbData, arbIss, arbIss], { numRuns: 30 })("a lossless channel never retransmits", (data, ia, ib) => {
    const o: TcpSocketOptions = { timeWaitNs: 1000n * MS, sendBufferBytes: 1024, recvBufferBytes: 1024 };
    const r = simulate(o, o, data, data, { loss: 0, duplicate: 0, jitterMs: 0, latencyMs: 5 }, 1, ia, ib);
    expect(r.bGot).toEqual(data);
    expect(r.aGot).toEqual(data);
    expect(r.retransmitted).toBe(0);
  });
});

describe("Assembler", () => {
  test.prop([fc.array(fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 30 })), { maxLength: 40 })])(
    "tracks exactly the filled offsets, as disjoint sorted ranges",
    (adds) => {
      const asm = new Assembler(1000);
      const model = new Set<number>();
      for (const [s, len] of adds) {
        expect(asm.add(s, s + len)).toBe(true);
        for (let i = s; i < s + len; i++) model.add(i);
      }
      const got = new Set<number>();
      let lastEnd = -2;
      for (const [s, e] of asm.toArray()) {
        expect(s).toBeGreaterThan(lastEnd); // sorted, disjoint, not touching
        lastEnd = e;
        for (let i = s; i < e; i++) got.add(i);
      }
      expect(got).toEqual(model);
      const front = asm.popFront();
      let expected = 0;
      while (model.has(expected)) expected++;
      expect(front).toBe(expected);
    },
  );

  test.prop([fc.array(fc.tuple(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 5 })), { maxLength: 60 }), fc.integer({ min: 1, max: 6 })])(
    "never holds more than maxRanges ranges",
    (adds, max) => {
      const asm = new Assembler(max);
      for (const [s, len] of adds) {
        asm.add(s, s + len);
        expect(asm.count).toBeLessThanOrEqual(max);
      }
    },
  );
});

describe("ByteRing", () => {
  it("regression: consuming every readable byte keeps out-of-order bytes where they were written", () => {
    const ring = new ByteRing(16, 24);
    ring.writeAt(0, Uint8Array.of(1, 2), 0, 2);
    ring.commit(2);
    ring.writeAt(2, Uint8Array.of(3, 4, 5), 0, 3); // past the readable end
    const out = new Uint8Array(5);
    expect(ring.read(out)).toBe(2);
    ring.commit(3);
    expect(ring.read(out)).toBe(3);
    expect(Array.from(out.subarray(0, 3))).toEqual([3, 4, 5]);
  });

  const small = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 40 }));
  test.prop([fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), small, small), { maxLength: 100 }), fc.integer({ min: 1, max: 64 })], { numRuns: 300 })(
    "bytes written past the readable ones stay in place while the front is consumed (receive side)",
    (ops, cap) => {
      // model: a stream position `base` (first readable), readable length, and bytes by absolute position
      const ring = new ByteRing(cap, cap + 8);
      const model = new Map<number, number>();
      let base = 0;
      let len = 0;
      let counter = 0;
      for (const [op, a, b] of ops) {
        if (op === 0) {
          // write `b` bytes at `a` past the readable end (out of order)
          const at = len + a;
          const src = Uint8Array.from({ length: b }, () => counter++ & 0xff);
          const k = ring.writeAt(at, src, 0, b);
          expect(k).toBe(Math.max(0, Math.min(b, cap + 8 - at)));
          for (let i = 0; i < k; i++) model.set(base + at + i, src[i] as number);
        } else if (op === 1) {
          // make the next `a` bytes readable if all were written
          let n = 0;
          while (n < a && model.has(base + len + n) && len + n < cap + 8) n++;
          ring.commit(n);
          len += n;
        } else {
          const out = new Uint8Array(a);
          const k = ring.read(out);
          expect(k).toBe(Math.min(a, len));
          for (let i = 0; i < k; i++) {
            expect(out[i]).toBe(model.get(base + i));
            model.delete(base + i);
          }
          base += k;
          len -= k;
        }
        expect(ring.length).toBe(len);
      }
    },
  );

  test.prop([fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 50 })), { maxLength: 100 }), fc.integer({ min: 1, max: 64 })])(
    "is a bounded FIFO of bytes",
    (ops, cap) => {
      const ring = new ByteRing(cap);
      const model: number[] = [];
      let counter = 0;
      for (const [write, n] of ops) {
        if (write) {
          const src = Uint8Array.from({ length: n }, () => counter++ & 0xff);
          const k = ring.append(src, 0, n);
          expect(k).toBe(Math.min(n, cap - model.length));
          for (let i = 0; i < k; i++) model.push(src[i] as number);
        } else {
          const out = new Uint8Array(n);
          const k = ring.read(out);
          expect(Array.from(out.subarray(0, k))).toEqual(model.splice(0, k));
        }
        expect(ring.length).toBe(model.length);
        if (model.length > 0) {
          const scratch = new Uint8Array(cap);
          expect(Array.from(ring.peek(0, model.length, scratch))).toEqual(model);
        }
      }
    },
  );
});
