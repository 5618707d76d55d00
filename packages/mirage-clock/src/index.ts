// Clock signatures, after Mirage_ptime (wall clock), Mirage_mtime (monotonic clock) and
// Mirage_sleep. Time is a bigint count of nanoseconds: no unit confusion, no float drift.
//
// Core package: ES2022 only (it also runs inside a QuickJS guest), no Node or DOM types.

/** The POSIX wall clock. May jump (NTP, the operator); never use it to measure durations. */
export interface PClock {
  readonly kind: "pclock";
  /** Nanoseconds since 1970-01-01T00:00:00Z, leap seconds not counted. */
  now(): bigint;
  /** The host's current offset from UTC in seconds (east positive), when it is known. */
  tzOffsetSeconds(): number | undefined;
}

/** A monotonic clock: never goes backwards, does not count time the host was suspended. */
export interface MClock {
  readonly kind: "mclock";
  /** Nanoseconds since an arbitrary, fixed origin. Non-decreasing across calls. */
  elapsedNs(): bigint;
  /** The clock's resolution in nanoseconds, when it is known. */
  periodNs(): bigint | undefined;
}

/**
 * A cancellation signal. A DOM/Node `AbortSignal` fits this shape, and so does the token from
 * `cancellation()` (QuickJS has no `AbortController` of its own). Without `addEventListener`,
 * an implementation only looks at `aborted` when the sleep starts.
 */
export interface CancelSignal {
  readonly aborted: boolean;
  addEventListener?(type: "abort", listener: () => void): void;
  removeEventListener?(type: "abort", listener: () => void): void;
}

/** Suspends the caller on the monotonic clock. */
export interface Sleep {
  readonly kind: "sleep";
  /**
   * Resolves once at least `ns` nanoseconds have passed on the matching MClock (`ns <= 0`: at
   * once). A cancelled sleep resolves early, as soon as the signal aborts; it never rejects, so
   * a caller that cares checks `signal.aborted` afterwards.
   */
  sleepNs(ns: bigint, signal?: CancelSignal): Promise<void>;
}

/** A minimal cancellation source for code that cannot rely on `AbortController`. */
export interface Cancellation {
  readonly signal: CancelSignal;
  /** Aborts the signal and runs its listeners once; later calls do nothing. */
  cancel(): void;
}

export const cancellation = (): Cancellation => {
  let aborted = false;
  const listeners = new Set<() => void>();
  const signal: CancelSignal = {
    get aborted() {
      return aborted;
    },
    addEventListener(_type, listener) {
      if (!aborted) listeners.add(listener);
    },
    removeEventListener(_type, listener) {
      listeners.delete(listener);
    },
  };
  return {
    signal,
    cancel() {
      if (aborted) return;
      aborted = true;
      const fns = [...listeners];
      listeners.clear();
      for (const f of fns) f();
    },
  };
};

/** Duration helpers: plain numbers in, nanoseconds out. Fractions round up to the next ns. */
export const ns = {
  ofUs: (us: number): bigint => BigInt(Math.ceil(us * 1_000)),
  ofMs: (ms: number): bigint => BigInt(Math.ceil(ms * 1_000_000)),
  ofSeconds: (s: number): bigint => BigInt(Math.ceil(s * 1_000_000_000)),
  /** Nanoseconds to whole milliseconds, rounded up (what a timer API wants). */
  toMsCeil: (n: bigint): number => (n <= 0n ? 0 : Number((n + 999_999n) / 1_000_000n)),
} as const;

export { mockClock, type MockClock, type MockClockOptions } from "./mock.ts";
