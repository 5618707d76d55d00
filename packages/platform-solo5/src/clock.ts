// Solo5 clocks: the host's wall and monotonic clocks, and sleeps on the loop's timer heap.
//
// Core module: ES2022 only (it runs inside QuickJS), no Node or DOM types.
import type { CancelSignal, MClock, PClock, Sleep } from "@mirage/mirage-clock";
import type { Host } from "./host.ts";
import { loopOf } from "./loop.ts";

/** `solo5_clock_wall`. Solo5 knows no time zone: the offset is unknown. */
export const solo5PClock = (host: Host): PClock => ({
  kind: "pclock",
  now: () => host.wallNs(),
  tzOffsetSeconds: () => undefined,
});

/** `solo5_clock_monotonic`. */
export const solo5MClock = (host: Host): MClock => ({
  kind: "mclock",
  elapsedNs: () => host.monoNs(),
  periodNs: () => undefined,
});

/**
 * Sleeps on the monotonic clock through the loop: a timer at `now + ns` that the C runtime's
 * `solo5_yield` waits for. `ns <= 0` still goes through the loop (a turn of devices and timers
 * first), as a yield. A pending sleep keeps the guest alive; cancelling one removes its timer.
 */
export const solo5Sleep = (host: Host): Sleep => {
  const loop = loopOf(host);
  return {
    kind: "sleep",
    sleepNs(ns: bigint, signal?: CancelSignal): Promise<void> {
      if (signal?.aborted === true) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const onAbort = (): void => {
          timer.cancel();
          resolve();
        };
        const timer = loop.timer(loop.now() + (ns > 0n ? ns : 0n), () => {
          signal?.removeEventListener?.("abort", onAbort);
          resolve();
        });
        signal?.addEventListener?.("abort", onAbort);
      });
    },
  };
};
