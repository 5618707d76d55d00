// Time for the switch: a tiny scheduler interface, an adapter from the clock signatures, and the
// timeline that holds frames in flight (an immediate queue plus a timer heap).
//
// Core package: ES2022 only (it also runs inside a QuickJS guest), no Node or DOM types.
import type { MClock, Sleep } from "@mirage/mirage-clock";

/**
 * What the switch needs from time. `now()` is monotonic nanoseconds; `after(ns, fn)` calls `fn`
 * once, never synchronously, when at least `ns` have passed (`ns <= 0`: on a later turn).
 * There is no cancellation: the switch arms at most one wake-up per earliest deadline and
 * ignores wake-ups it no longer needs.
 */
export interface Scheduler {
  now(): bigint;
  after(ns: bigint, fn: () => void): void;
}

/** A monotonic clock with its sleep: unix clocks, solo5 clocks, or a `mockClock`. */
export interface ClockSource {
  readonly mclock: MClock;
  readonly sleep: Sleep;
}

/**
 * A scheduler over a monotonic clock and its sleep. On a `mockClock` (which has both) time
 * moves only when the test advances it, and a wake-up due at `t` runs with the clock reading `t`.
 */
export const schedulerOf = (clock: ClockSource | Scheduler): Scheduler => {
  if ("after" in clock) return clock;
  const { mclock, sleep } = clock;
  return {
    now: () => mclock.elapsedNs(),
    after(ns, fn) {
      void sleep.sleepNs(ns).then(fn);
    },
  };
};

/** Something that is told when a frame scheduled on the timeline is due. */
export interface Arrival {
  /** `fifo`: the frame was scheduled with `at(..., fifo = true)`. */
  arrive(frame: Uint8Array, fifo: boolean): void;
}

interface Timed {
  readonly deadline: bigint;
  readonly seq: number;
  readonly frame: Uint8Array;
  readonly to: Arrival;
  readonly fifo: boolean;
}

const before = (a: Timed, b: Timed): boolean => a.deadline < b.deadline || (a.deadline === b.deadline && a.seq < b.seq);

const resolved: Promise<void> = Promise.resolve();

/** Runs `fn` on a later microtask: the default way zero-delay frames are queued. */
export const microtask = (fn: () => void): void => {
  void resolved.then(fn);
};

/**
 * Frames in flight. `soon` frames are delivered on a later turn (`defer`, by default a
 * microtask), in order, in batches (a
 * frame queued while a batch runs waits for the next one, so delivery is never re-entrant and
 * other promise jobs interleave). `at` frames wait in a min-heap ordered by (deadline, arrival);
 * one clock wake-up is armed for the earliest deadline. O(1) per immediate frame, O(log n) per
 * timed one, one small object per timed frame and no closure per frame.
 */
export class Timeline {
  readonly scheduler: Scheduler;
  // Immediate queue: parallel arrays, live between `head` and `tail`.
  private readonly qFrames: (Uint8Array | undefined)[] = [];
  private readonly qTo: (Arrival | undefined)[] = [];
  private head = 0;
  private tail = 0;
  private drainScheduled = false;
  // Timer heap.
  private readonly heap: Timed[] = [];
  private seq = 0;
  /** Deadline of the earliest wake-up armed and not yet run. */
  private armed: bigint | undefined = undefined;
  private readonly drainFn = (): void => this.drain();
  private readonly wakeFn = (): void => this.wake();
  private readonly defer: (fn: () => void) => void;

  /** `defer` queues a batch of zero-delay frames (default: a microtask). */
  constructor(scheduler: Scheduler, defer: (fn: () => void) => void = microtask) {
    this.scheduler = scheduler;
    this.defer = defer;
  }

  now(): bigint {
    return this.scheduler.now();
  }

  /** Frames waiting (both queues). */
  pending(): number {
    return this.tail - this.head + this.heap.length;
  }

  /** The earliest deadline of a timed frame, if any. */
  nextDeadline(): bigint | undefined {
    return this.heap[0]?.deadline;
  }

  soon(frame: Uint8Array, to: Arrival): void {
    this.qFrames[this.tail] = frame;
    this.qTo[this.tail] = to;
    this.tail++;
    if (!this.drainScheduled) {
      this.drainScheduled = true;
      this.defer(this.drainFn);
    }
  }

  at(deadline: bigint, frame: Uint8Array, to: Arrival, fifo: boolean): void {
    const e: Timed = { deadline, seq: this.seq++, frame, to, fifo };
    const h = this.heap;
    let i = h.length;
    h.push(e);
    while (i > 0) {
      const p = (i - 1) >> 1;
      const parent = h[p] as Timed;
      if (!before(e, parent)) break;
      h[i] = parent;
      i = p;
    }
    h[i] = e;
    if (i === 0) this.arm();
  }

  private drain(): void {
    this.drainScheduled = false;
    const end = this.tail;
    const frames = this.qFrames;
    const tos = this.qTo;
    try {
      while (this.head < end) {
        const i = this.head++;
        const f = frames[i] as Uint8Array;
        const to = tos[i] as Arrival;
        frames[i] = undefined;
        tos[i] = undefined;
        to.arrive(f, false);
      }
    } finally {
      // Move what arrived during the batch to the front (it is short), then go again.
      const h = this.head;
      const n = this.tail - h;
      if (h > 0) {
        for (let i = 0; i < n; i++) {
          frames[i] = frames[h + i];
          tos[i] = tos[h + i];
          frames[h + i] = undefined;
          tos[h + i] = undefined;
        }
        this.head = 0;
        this.tail = n;
        if (frames.length > 1024 && n < 256) {
          frames.length = 256;
          tos.length = 256;
        }
      }
      if (n > 0 && !this.drainScheduled) {
        this.drainScheduled = true;
        this.defer(this.drainFn);
      }
    }
  }

  private arm(): void {
    const first = this.heap[0];
    if (first === undefined) return;
    const d = first.deadline;
    if (this.armed !== undefined && this.armed <= d) return;
    this.armed = d;
    this.scheduler.after(d - this.scheduler.now(), this.wakeFn);
  }

  private pop(): Timed {
    const h = this.heap;
    const top = h[0] as Timed;
    const last = h.pop() as Timed;
    const n = h.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const c = r < n && before(h[r] as Timed, h[l] as Timed) ? r : l;
        const child = h[c] as Timed;
        if (!before(child, last)) break;
        h[i] = child;
        i = c;
      }
      h[i] = last;
    }
    return top;
  }

  private wake(): void {
    const now = this.scheduler.now();
    // Frames scheduled while this batch runs wait for the next wake-up, even if already due.
    const limit = this.seq;
    try {
      for (;;) {
        const first = this.heap[0];
        if (first === undefined || first.deadline > now || first.seq >= limit) break;
        this.pop();
        first.to.arrive(first.frame, first.fifo);
      }
    } finally {
      // Forget the armed deadline: a wake-up still outstanding only costs an empty pass.
      this.armed = undefined;
      this.arm();
    }
  }
}
