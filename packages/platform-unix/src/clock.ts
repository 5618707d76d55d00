// Unix clocks: Date.now for the wall clock, process.hrtime for the monotonic clock, timers for sleep.
import { right } from "fp-ts/Either";
import type { CancelSignal, MClock, PClock, Sleep } from "@mirage/mirage-clock";

export const unixPClock: PClock = {
  kind: "pclock",
  // Millisecond resolution, but it follows the host's wall clock, adjustments included.
  now: () => BigInt(Date.now()) * 1_000_000n,
  // getTimezoneOffset is minutes *behind* UTC; PClock wants seconds east of UTC.
  tzOffsetSeconds: () => -new Date().getTimezoneOffset() * 60 || 0,
};

export const unixMClock: MClock = {
  kind: "mclock",
  elapsedNs: () => process.hrtime.bigint(),
  // The host does not say what the real resolution of CLOCK_MONOTONIC is.
  periodNs: () => undefined,
};

// setTimeout takes a 32-bit signed count of milliseconds.
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Sleeps on the monotonic clock. Node timers round to milliseconds and count from a cached loop
 * time, so they can fire a little early: a timer that fires before the deadline is re-armed for
 * the rest. Long sleeps are split into 24-day timers.
 */
export const unixSleep: Sleep = {
  kind: "sleep",
  sleepNs(ns: bigint, signal?: CancelSignal): Promise<void> {
    if (signal?.aborted === true) return Promise.resolve();
    if (ns <= 0n) return new Promise((resolve) => setImmediate(resolve));
    const deadline = process.hrtime.bigint() + ns;
    return new Promise<void>((resolve) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const finish = (): void => {
        if (timer !== undefined) clearTimeout(timer);
        timer = undefined;
        signal?.removeEventListener?.("abort", finish);
        resolve();
      };
      const arm = (): void => {
        const left = deadline - process.hrtime.bigint();
        if (left <= 0n) return finish();
        const ms = Math.min(MAX_TIMER_MS, Math.max(1, Number((left + 999_999n) / 1_000_000n)));
        timer = setTimeout(arm, ms);
      };
      signal?.addEventListener?.("abort", finish);
      arm();
    });
  },
};

export const pclockDevice = {
  kind: "pclock" as const,
  connect: async (_config: {}, _deps: {}, _ctx: unknown) => right(unixPClock),
};

export const mclockDevice = {
  kind: "mclock" as const,
  connect: async (_config: {}, _deps: {}, _ctx: unknown) => right(unixMClock),
};

export const sleepDevice = {
  kind: "sleep" as const,
  connect: async (_config: {}, _deps: {}, _ctx: unknown) => right(unixSleep),
};
