// A virtual clock for tests: time moves only when the test calls `advance`.
import type { CancelSignal, MClock, PClock, Sleep } from "./index.ts";

export interface MockClockOptions {
  /** Added to the virtual time to give the wall clock (default 0: both read the same value). */
  readonly pclockOffsetNs?: bigint;
  /** What `pclock.tzOffsetSeconds()` answers (default: undefined, unknown). */
  readonly tzOffsetSeconds?: number;
  /**
   * How `advance` lets woken code run before it wakes the next sleeper. The default waits for
   * one macrotask (`setImmediate`, else `setTimeout(0)`), which drains every pending microtask;
   * where neither exists it yields 64 microtask turns. Pass your own when fake timers are active.
   */
  readonly flush?: () => Promise<void>;
}

export interface MockClock {
  readonly pclock: PClock;
  readonly mclock: MClock;
  readonly sleep: Sleep;
  /**
   * Moves virtual time forward by `ns` (>= 0). Each sleeper whose deadline falls within the
   * step is woken at its deadline (the clocks read exactly that deadline), in deadline order,
   * ties first-come first-served, with pending work flushed after each wake-up; sleeps started
   * by woken code that fall due within the step are woken in the same call. Calls are queued:
   * two concurrent `advance(5n)` move time by 10 ns.
   */
  advance(ns: bigint): Promise<void>;
  /** The current virtual time (what `mclock.elapsedNs()` reads). */
  nowNs(): bigint;
  /** How many sleeps are waiting for their deadline. */
  pendingSleepers(): number;
}

interface Sleeper {
  readonly deadline: bigint;
  readonly wake: () => void;
}

const defaultFlush = (): (() => Promise<void>) => {
  const g = globalThis as {
    setImmediate?: (f: () => void) => unknown;
    setTimeout?: (f: () => void, ms: number) => unknown;
  };
  const { setImmediate, setTimeout } = g;
  if (setImmediate !== undefined) return () => new Promise((resolve) => setImmediate(() => resolve()));
  if (setTimeout !== undefined) return () => new Promise((resolve) => setTimeout(() => resolve(), 0));
  return async () => {
    for (let i = 0; i < 64; i++) await null;
  };
};

export const mockClock = (startNs = 0n, options: MockClockOptions = {}): MockClock => {
  const offset = options.pclockOffsetNs ?? 0n;
  const tz = options.tzOffsetSeconds;
  const flush = options.flush ?? defaultFlush();
  let now = startNs;
  // Sorted by deadline; equal deadlines keep arrival order.
  const sleepers: Sleeper[] = [];
  let queue: Promise<void> = Promise.resolve();

  const insert = (s: Sleeper): void => {
    let lo = 0;
    let hi = sleepers.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sleepers[mid] as Sleeper).deadline <= s.deadline) lo = mid + 1;
      else hi = mid;
    }
    sleepers.splice(lo, 0, s);
  };

  const sleep: Sleep = {
    kind: "sleep",
    sleepNs(ns: bigint, signal?: CancelSignal): Promise<void> {
      if (ns <= 0n || signal?.aborted === true) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const onAbort = (): void => {
          const i = sleepers.indexOf(sleeper);
          if (i >= 0) sleepers.splice(i, 1);
          resolve();
        };
        const sleeper: Sleeper = {
          deadline: now + ns,
          wake: () => {
            signal?.removeEventListener?.("abort", onAbort);
            resolve();
          },
        };
        insert(sleeper);
        signal?.addEventListener?.("abort", onAbort);
      });
    },
  };

  const step = async (ns: bigint): Promise<void> => {
    const target = now + ns;
    for (;;) {
      const next = sleepers[0];
      if (next === undefined || next.deadline > target) break;
      sleepers.shift();
      now = next.deadline;
      next.wake();
      await flush();
    }
    now = target;
  };

  return {
    pclock: { kind: "pclock", now: () => now + offset, tzOffsetSeconds: () => tz },
    mclock: { kind: "mclock", elapsedNs: () => now, periodNs: () => 1n },
    sleep,
    advance(ns: bigint): Promise<void> {
      if (ns < 0n) throw new RangeError(`Cannot advance the mock clock by ${ns} ns: time only moves forward`);
      const run = queue.then(() => step(ns));
      queue = run.catch(() => undefined);
      return run;
    },
    nowNs: () => now,
    pendingSleepers: () => sleepers.length,
  };
};
