// What the direct stack needs from its platform, passed once (after MirageOS 4.9, which stopped
// threading clock and random through every functor), and the one timer helper the sans-IO cores
// are driven by. A mirage `Context` (pclock, mclock, sleep, random, logger) fits `StackContext`.
import { cancellation, type Cancellation, type MClock, type Sleep } from "@mirage/mirage-clock";
import type { Logger } from "@mirage/mirage-logs";
import type { Random } from "@mirage/mirage-random";

export interface StackContext {
  readonly mclock: MClock;
  readonly sleep: Sleep;
  /** Seeds IP identifications and ephemeral ports. */
  readonly random: Random;
  /** A logger per source ("tcpip.arp", ...); none: silent. */
  readonly logger?: (source: string) => Logger;
}

/** The part of a Logger the stack uses. */
export type StackLogger = Pick<Logger, "debug" | "info" | "warn" | "error">;

const silent: StackLogger = { debug() {}, info() {}, warn() {}, error() {} };

export const loggerOf = (ctx: { readonly logger?: (source: string) => Logger }, source: string): StackLogger =>
  ctx.logger === undefined ? silent : ctx.logger(source);

/** A uniformly random integer in [0, n) from 4 random bytes (n <= 2^32). */
export const randomBelow = (random: Random, n: number): number => {
  const b = random.generate(4);
  const v = (((b[0] ?? 0) << 24) | ((b[1] ?? 0) << 16) | ((b[2] ?? 0) << 8) | (b[3] ?? 0)) >>> 0;
  return v % n;
};

/**
 * One wake-up on the monotonic clock for a sans-IO core: `arm(deadline)` makes sure `onFire`
 * runs at or after `deadline` (an earlier armed wake-up is kept, a later one is cancelled and
 * replaced); `onFire(now)` does the due work and returns the next deadline, if any, which is
 * armed again. `stop()` cancels for good. At most one sleep is pending at any time.
 */
export interface DeadlineTimer {
  arm(deadlineNs: bigint | undefined): void;
  stop(): void;
  /** The deadline currently armed. */
  armed(): bigint | undefined;
}

export const deadlineTimer = (
  clock: { readonly mclock: MClock; readonly sleep: Sleep },
  onFire: (nowNs: bigint) => bigint | undefined,
): DeadlineTimer => {
  let armedAt: bigint | undefined;
  let token: Cancellation | undefined;
  let stopped = false;

  const arm = (deadline: bigint | undefined): void => {
    if (stopped || deadline === undefined) return;
    if (armedAt !== undefined && armedAt <= deadline) return;
    token?.cancel();
    const t = cancellation();
    token = t;
    armedAt = deadline;
    void clock.sleep.sleepNs(deadline - clock.mclock.elapsedNs(), t.signal).then(() => {
      if (t.signal.aborted || stopped) return;
      token = undefined;
      armedAt = undefined;
      arm(onFire(clock.mclock.elapsedNs()));
    });
  };

  return {
    arm,
    stop() {
      stopped = true;
      armedAt = undefined;
      token?.cancel();
      token = undefined;
    },
    armed: () => armedAt,
  };
};
