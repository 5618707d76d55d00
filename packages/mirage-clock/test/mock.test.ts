import { describe, expect, it } from "vitest";
import { cancellation, mockClock, ns } from "../src/index.ts";
import { clockConformance } from "../src/conformance.ts";

const JAN_2024 = BigInt(Date.UTC(2024, 0, 1)) * 1_000_000n;

clockConformance("mockClock", () => {
  const c = mockClock(JAN_2024);
  return { pclock: c.pclock, mclock: c.mclock, sleep: c.sleep, advance: c.advance };
});

clockConformance("mockClock with a wall-clock offset", () => {
  const c = mockClock(0n, { pclockOffsetNs: JAN_2024, tzOffsetSeconds: 3600 });
  return { ...c };
});

describe("mockClock", () => {
  it("reads the start time and moves only on advance", async () => {
    const c = mockClock(42n);
    expect(c.nowNs()).toBe(42n);
    expect(c.mclock.elapsedNs()).toBe(42n);
    expect(c.pclock.now()).toBe(42n);
    expect(c.pclock.tzOffsetSeconds()).toBeUndefined();
    await c.advance(8n);
    expect(c.nowNs()).toBe(50n);
  });

  it("counts pending sleepers and wakes them at their exact deadline", async () => {
    const c = mockClock();
    const seen: bigint[] = [];
    const a = c.sleep.sleepNs(10n).then(() => seen.push(c.nowNs()));
    const b = c.sleep.sleepNs(25n).then(() => seen.push(c.nowNs()));
    expect(c.pendingSleepers()).toBe(2);
    await c.advance(9n);
    expect(seen).toEqual([]);
    await c.advance(100n);
    await Promise.all([a, b]);
    expect(seen).toEqual([10n, 25n]);
    expect(c.nowNs()).toBe(109n);
    expect(c.pendingSleepers()).toBe(0);
  });

  it("wakes sleeps started by woken code within the same advance, in order", async () => {
    const c = mockClock();
    const log: string[] = [];
    const loop = (async () => {
      for (let i = 0; i < 5; i++) {
        await c.sleep.sleepNs(10n);
        log.push(`tick ${c.nowNs()}`);
      }
    })();
    const other = c.sleep.sleepNs(35n).then(() => log.push(`other ${c.nowNs()}`));
    await c.advance(1_000n);
    await Promise.all([loop, other]);
    expect(log).toEqual(["tick 10", "tick 20", "tick 30", "other 35", "tick 40", "tick 50"]);
  });

  it("lets a woken continuation's whole async chain run before the next wake-up", async () => {
    const c = mockClock();
    const log: string[] = [];
    const deep = async (n: number): Promise<void> => {
      if (n > 0) await deep(n - 1);
    };
    void c.sleep.sleepNs(1n).then(async () => {
      for (let i = 0; i < 200; i++) await deep(3);
      log.push("first done");
    });
    void c.sleep.sleepNs(1n).then(() => log.push("second"));
    await c.advance(1n);
    expect(log).toEqual(["first done", "second"]);
  });

  it("queues concurrent advances", async () => {
    const c = mockClock();
    await Promise.all([c.advance(5n), c.advance(5n)]);
    expect(c.nowNs()).toBe(10n);
  });

  it("refuses to go backwards", () => {
    expect(() => mockClock().advance(-1n)).toThrow(/Cannot advance the mock clock by -1 ns/);
  });

  it("drops a cancelled sleeper from the queue", async () => {
    const c = mockClock();
    const cx = cancellation();
    const p = c.sleep.sleepNs(100n, cx.signal);
    expect(c.pendingSleepers()).toBe(1);
    cx.cancel();
    await p;
    expect(c.pendingSleepers()).toBe(0);
    expect(c.nowNs()).toBe(0n);
    cx.cancel(); // idempotent
  });

  it("works with a custom flush (no macrotask needed)", async () => {
    const c = mockClock(0n, { flush: async () => undefined });
    let woke = false;
    void c.sleep.sleepNs(3n).then(() => (woke = true));
    await c.advance(3n);
    await null;
    expect(woke).toBe(true);
  });
});

describe("ns helpers", () => {
  it("convert and round up", () => {
    expect(ns.ofMs(1)).toBe(1_000_000n);
    expect(ns.ofUs(1.0001)).toBe(1001n);
    expect(ns.ofSeconds(2)).toBe(2_000_000_000n);
    expect(ns.toMsCeil(0n)).toBe(0);
    expect(ns.toMsCeil(-3n)).toBe(0);
    expect(ns.toMsCeil(1n)).toBe(1);
    expect(ns.toMsCeil(1_000_000n)).toBe(1);
    expect(ns.toMsCeil(1_000_001n)).toBe(2);
  });
});
