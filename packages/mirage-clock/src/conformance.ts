// The conformance suite every clock backend runs: `clockConformance("unix", () => ({ ... }))`.
//
// With `advance` (a virtual clock) the suite is exact and never waits on the wall clock.
// Without it, it sleeps for real, for at most 20 ms at a time.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { cancellation, type MClock, type PClock, type Sleep } from "./index.ts";

export interface ClockUnderTest {
  readonly pclock: PClock;
  readonly mclock: MClock;
  readonly sleep: Sleep;
  /** Moves time forward (virtual clocks only). */
  readonly advance?: (ns: bigint) => Promise<void>;
}

const MS = 1_000_000n;
const Y2020 = BigInt(Date.UTC(2020, 0, 1)) * MS;
const Y2100 = BigInt(Date.UTC(2100, 0, 1)) * MS;

/** Resolves to true if `p` settles within a few event-loop turns, false otherwise. */
const settlesSoon = async (p: Promise<unknown>, turns = 5): Promise<boolean> => {
  let done = false;
  void p.then(() => {
    done = true;
  });
  for (let i = 0; i < turns && !done; i++) await new Promise<void>((r) => setTimeout(r, 0));
  return done;
};

export const clockConformance = (name: string, make: () => ClockUnderTest): void => {
  describe(`clock conformance: ${name}`, () => {
    it("has the right kinds", () => {
      const c = make();
      expect(c.pclock.kind).toBe("pclock");
      expect(c.mclock.kind).toBe("mclock");
      expect(c.sleep.kind).toBe("sleep");
    });

    it("mclock is monotonic (non-decreasing)", async () => {
      const c = make();
      let last = c.mclock.elapsedNs();
      for (let i = 0; i < 10_000; i++) {
        const t = c.mclock.elapsedNs();
        expect(t >= last).toBe(true);
        last = t;
      }
      if (c.advance !== undefined) {
        const advance = c.advance;
        await fc.assert(
          fc.asyncProperty(fc.array(fc.bigInt({ min: 0n, max: 10n ** 12n }), { maxLength: 20 }), async (steps) => {
            for (const s of steps) {
              const before = c.mclock.elapsedNs();
              await advance(s);
              expect(c.mclock.elapsedNs() - before >= s).toBe(true);
            }
          }),
        );
      }
    });

    it("mclock period is unknown or positive", () => {
      const p = make().mclock.periodNs();
      expect(p === undefined || p > 0n).toBe(true);
    });

    it("pclock is plausible (between 2020 and 2100) and its time zone offset sane", () => {
      const c = make();
      const now = c.pclock.now();
      expect(now > Y2020, `pclock.now() = ${now} ns is before 2020-01-01`).toBe(true);
      expect(now < Y2100, `pclock.now() = ${now} ns is after 2100-01-01`).toBe(true);
      const tz = c.pclock.tzOffsetSeconds();
      if (tz !== undefined) {
        expect(Number.isInteger(tz)).toBe(true);
        expect(Math.abs(tz)).toBeLessThanOrEqual(18 * 3600);
      }
    });

    it("sleep(0) and negative sleeps resolve", async () => {
      const c = make();
      const zero = c.sleep.sleepNs(0n);
      const negative = c.sleep.sleepNs(-5n);
      await c.advance?.(0n);
      await zero;
      await negative;
    });

    it("sleep(N) resolves no earlier than N by mclock", async () => {
      const c = make();
      if (c.advance !== undefined) {
        const advance = c.advance;
        await fc.assert(
          fc.asyncProperty(fc.bigInt({ min: 1n, max: 10n ** 12n }), async (n) => {
            const t0 = c.mclock.elapsedNs();
            let woke = false;
            const p = c.sleep.sleepNs(n).then(() => {
              woke = true;
            });
            await advance(n - 1n);
            expect(woke, `woke up 1 ns before its ${n} ns deadline`).toBe(false);
            await advance(1n);
            await p;
            expect(woke).toBe(true);
            expect(c.mclock.elapsedNs() - t0 >= n).toBe(true);
          }),
          { numRuns: 50 },
        );
      } else {
        await fc.assert(
          fc.asyncProperty(fc.integer({ min: 1, max: 20_000 }), async (us) => {
            const n = BigInt(us) * 1000n;
            const t0 = c.mclock.elapsedNs();
            await c.sleep.sleepNs(n);
            const dt = c.mclock.elapsedNs() - t0;
            expect(dt >= n, `sleep(${n} ns) woke after ${dt} ns`).toBe(true);
          }),
          { numRuns: 12 },
        );
      }
    });

    it("concurrent sleeps resolve in deadline order", async () => {
      const c = make();
      if (c.advance !== undefined) {
        const advance = c.advance;
        await fc.assert(
          fc.asyncProperty(
            fc.array(fc.bigInt({ min: 0n, max: 1000n }), { minLength: 1, maxLength: 30 }),
            fc.array(fc.bigInt({ min: 0n, max: 300n }), { maxLength: 10 }),
            async (durations, steps) => {
              const t0 = c.mclock.elapsedNs();
              const woke: { i: number; at: bigint }[] = [];
              const all = Promise.all(
                durations.map((d, i) => c.sleep.sleepNs(d).then(() => woke.push({ i, at: c.mclock.elapsedNs() }))),
              );
              for (const s of steps) await advance(s);
              await advance(1000n);
              await all;
              const expected = durations.map((d, i) => ({ d, i })).sort((a, b) => (a.d < b.d ? -1 : a.d > b.d ? 1 : a.i - b.i));
              expect(woke.map((w) => w.i)).toEqual(expected.map((e) => e.i));
              for (const w of woke) expect(w.at - t0 >= (durations[w.i] as bigint)).toBe(true);
            },
          ),
          { numRuns: 60 },
        );
      } else {
        // Real timers: deadlines 4 ms apart so host jitter cannot reorder them.
        await fc.assert(
          fc.asyncProperty(fc.shuffledSubarray([0, 4, 8, 12, 16, 20], { minLength: 2 }), async (msList) => {
            const woke: number[] = [];
            await Promise.all(msList.map((ms) => c.sleep.sleepNs(BigInt(ms) * MS).then(() => woke.push(ms))));
            expect(woke).toEqual([...msList].sort((a, b) => a - b));
          }),
          { numRuns: 6 },
        );
      }
    });

    it("a sleep whose signal is already aborted resolves at once", async () => {
      const c = make();
      const cx = cancellation();
      cx.cancel();
      expect(await settlesSoon(c.sleep.sleepNs(3600n * 1_000_000_000n, cx.signal))).toBe(true);
    });

    it("cancelling a pending sleep resolves it early", async () => {
      const c = make();
      const cx = cancellation();
      const p = c.sleep.sleepNs(3600n * 1_000_000_000n, cx.signal);
      expect(await settlesSoon(p, 2)).toBe(false);
      cx.cancel();
      expect(await settlesSoon(p)).toBe(true);
    });
  });
};
