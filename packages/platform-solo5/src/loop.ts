// The guest's event loop, JS side. The C runtime owns the loop (see host.ts): it runs promise
// jobs, calls `tick(ready)`, and yields to Solo5 until the deadline `tick` returned or a net
// device is ready. This module keeps the timers (one heap on the monotonic clock), the net
// devices waiting for frames, and the job's status.
//
// Core module: ES2022 only (it runs inside QuickJS), no Node or DOM types.
import { FOREVER, IDLE, isReady, LOOP_GLOBAL, type Host, type LoopEntry } from "./host.ts";
import { consoleLine } from "./console.ts";
import { inspect } from "./format.ts";

/** A timer on the loop's monotonic clock. */
export interface Timer {
  /** Whether it is scheduled (not yet fired, not cancelled). */
  readonly active: boolean;
  readonly deadlineNs: bigint;
  /** Unschedules it; harmless when it already fired or was cancelled. */
  cancel(): void;
  /** Schedules it (again) at `deadlineNs`, also after it fired or was cancelled. */
  reschedule(deadlineNs: bigint): void;
  /** An unref'd timer still fires, but does not keep the loop alive on its own. */
  ref(): void;
  unref(): void;
  hasRef(): boolean;
}

/** A net handle the loop dispatches readiness to. */
export interface NetWatch {
  /** Whether waiting for this handle keeps the loop alive (true while someone listens). */
  setRef(on: boolean): void;
  /** No more dispatches. */
  stop(): void;
}

/** What happens to the job: running, done, failed (exit status 1). */
export type JobState = "none" | "running" | "done" | "failed";

export interface Loop {
  readonly host: Host;
  /** The monotonic clock, ns (`host.monoNs()`). */
  now(): bigint;
  /** Calls `fn` once the monotonic clock reaches `deadlineNs`. */
  timer(deadlineNs: bigint, fn: () => void): Timer;
  /**
   * Calls `drain` when `handle` has frames. `drain` reads until the host says none are left
   * and returns true, or stops after a batch and returns false: it is called again at the
   * next tick without waiting.
   */
  watchNet(handle: number, drain: () => boolean): NetWatch;
  /**
   * One turn: dispatches net readiness (`ready`, a bit set of handles), fires at most one due
   * timer, and returns the next deadline (ns, possibly already past: 0n to come back at once),
   * `FOREVER` when waiting for frames only, or `IDLE` when nothing is pending (only from a turn
   * that ran nothing: what ran may have queued jobs). Never exits.
   */
  step(ready: number): bigint;
  /** What `step` would return now, without running anything (`IDLE` once exited). */
  nextDeadline(): bigint;
  /** The earliest timer's deadline (ref'd or not), if any. */
  nextTimer(): bigint | undefined;
  /** `step`, and when it is `IDLE` the end of the guest: `exit(status)`. What the C runtime calls. */
  tick(ready: number): bigint;
  /** The QuickJS promise-rejection tracker's hook. */
  rejection(promise: unknown, reason: unknown, handled: boolean): void;
  /**
   * Reports an error nothing caught (a throwing timer, listener or microtask), as Node does:
   * print it, exit(1). Returns only where exit returns (a fake host), or once exit was called.
   */
  reportUncaught(error: unknown): void;
  /** Runs the job; its failure stops the guest at once with status 1. */
  run(main: () => Promise<void>): void;
  /** Stops the guest through the host (the status `tick` would use is ignored). */
  exit(code: number): never;
  /** Defines `globalThis.__mirage_loop` for the C runtime. */
  install(target?: object): void;
  jobState(): JobState;
  /** Scheduled timers (ref'd or not). */
  pendingTimers(): number;
  /** The exit code asked for, once `exit` was called. */
  exitCode(): number | undefined;
}

const writeLine = (host: Host, line: string): void => consoleLine(host)(line);

/** An error as Node prints an uncaught one: its stack, or the inspected value. */
export const describeError = (e: unknown): string => (e instanceof Error ? inspect(e) : inspect(e));

class TimerNode implements Timer {
  index = -1;
  refd = true;
  seq = 0;
  constructor(
    readonly loop: LoopImpl,
    public deadlineNs: bigint,
    readonly fn: () => void,
  ) {}
  get active(): boolean {
    return this.index >= 0;
  }
  cancel(): void {
    this.loop.remove(this);
  }
  reschedule(deadlineNs: bigint): void {
    this.loop.remove(this);
    this.deadlineNs = deadlineNs;
    this.loop.insert(this);
  }
  ref(): void {
    if (!this.refd && this.index >= 0) this.loop.refTimers++;
    this.refd = true;
  }
  unref(): void {
    if (this.refd && this.index >= 0) this.loop.refTimers--;
    this.refd = false;
  }
  hasRef(): boolean {
    return this.refd;
  }
}

interface Watch {
  readonly handle: number;
  readonly drain: () => boolean;
  refd: boolean;
  stopped: boolean;
  /** The last drain stopped after a batch: call it again without waiting. */
  pending: boolean;
}

/**
 * Thrown by `Loop.exit` when the host's `exit` returned (a fake host): it unwinds whatever
 * called exit. Never seen in a guest, where exit does not return.
 */
export const EXIT_UNWIND: unique symbol = Symbol("mirage.exit");
const EXITED = EXIT_UNWIND;

class LoopImpl implements Loop {
  private readonly heap: TimerNode[] = [];
  private seq = 0;
  refTimers = 0;
  private readonly watches: Watch[] = [];
  private readonly unhandled = new Map<unknown, unknown>();
  private job: JobState = "none";
  private exited: number | undefined;

  constructor(readonly host: Host) {}

  now(): bigint {
    return this.host.monoNs();
  }

  // --- the timer heap: ordered by deadline, then by insertion ---

  private less(a: TimerNode, b: TimerNode): boolean {
    return a.deadlineNs < b.deadlineNs || (a.deadlineNs === b.deadlineNs && a.seq < b.seq);
  }

  private place(t: TimerNode, i: number): void {
    this.heap[i] = t;
    t.index = i;
  }

  private up(i: number): void {
    const t = this.heap[i] as TimerNode;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const parent = this.heap[p] as TimerNode;
      if (!this.less(t, parent)) break;
      this.place(parent, i);
      i = p;
    }
    this.place(t, i);
  }

  private down(i: number): void {
    const n = this.heap.length;
    const t = this.heap[i] as TimerNode;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const c = r < n && this.less(this.heap[r] as TimerNode, this.heap[l] as TimerNode) ? r : l;
      const child = this.heap[c] as TimerNode;
      if (!this.less(child, t)) break;
      this.place(child, i);
      i = c;
    }
    this.place(t, i);
  }

  insert(t: TimerNode): void {
    if (t.index >= 0) return;
    t.seq = this.seq++;
    this.heap.push(t);
    this.up(this.heap.length - 1);
    if (t.refd) this.refTimers++;
  }

  remove(t: TimerNode): void {
    const i = t.index;
    if (i < 0) return;
    t.index = -1;
    if (t.refd) this.refTimers--;
    const last = this.heap.pop() as TimerNode;
    if (i < this.heap.length) {
      this.place(last, i);
      this.down(i);
      this.up(last.index);
    }
  }

  timer(deadlineNs: bigint, fn: () => void): Timer {
    const t = new TimerNode(this, deadlineNs, fn);
    this.insert(t);
    return t;
  }

  pendingTimers(): number {
    return this.heap.length;
  }

  watchNet(handle: number, drain: () => boolean): NetWatch {
    const w: Watch = { handle, drain, refd: false, stopped: false, pending: false };
    this.watches.push(w);
    return {
      setRef: (on) => {
        w.refd = on;
      },
      stop: () => {
        w.stopped = true;
        const i = this.watches.indexOf(w);
        if (i >= 0) this.watches.splice(i, 1);
      },
    };
  }

  // --- errors and the end ---

  exit(code: number): never {
    if (this.exited === undefined) this.exited = code;
    this.host.exit(code);
    // A fake host's exit returns: unwind whatever called us.
    throw EXITED;
  }

  exitCode(): number | undefined {
    return this.exited;
  }

  private fail(message: string): never {
    try {
      writeLine(this.host, message);
    } catch {
      // the console is gone too; the status still says it
    }
    return this.exit(1);
  }

  reportUncaught(error: unknown): void {
    if (error === EXITED || this.exited !== undefined) return;
    try {
      this.fail(`uncaught error: ${describeError(error)}`);
    } catch (e) {
      if (e !== EXITED) throw e;
    }
  }

  rejection(promise: unknown, reason: unknown, handled: boolean): void {
    if (handled) this.unhandled.delete(promise);
    else this.unhandled.set(promise, reason);
  }

  run(main: () => Promise<void>): void {
    this.job = "running";
    const failed = (e: unknown): void => {
      if (e === EXITED || this.exited !== undefined) return;
      this.job = "failed";
      try {
        this.fail(`the job failed: ${describeError(e)}`);
      } catch {
        // exit unwinds; nothing more to do here
      }
    };
    let p: Promise<void>;
    try {
      p = main();
    } catch (e) {
      failed(e);
      return;
    }
    Promise.resolve(p).then(
      () => {
        if (this.job === "running") this.job = "done";
      },
      failed,
    );
  }

  jobState(): JobState {
    return this.job;
  }

  // --- one turn ---

  /** Runs `f`; what it throws is an uncaught error (an exit unwinds through). */
  private guarded(f: () => void): void {
    try {
      f();
    } catch (e) {
      this.reportUncaught(e);
    }
  }

  step(ready: number): bigint {
    if (this.exited !== undefined) return IDLE;
    if (this.unhandled.size > 0) {
      const reason = this.unhandled.values().next().value;
      this.unhandled.clear();
      this.fail(`uncaught error (unhandled promise rejection): ${describeError(reason)}`);
    }
    let more = false;
    let worked = false;
    if (this.watches.length > 0) {
      for (const w of this.watches.slice()) {
        if (w.stopped || !(w.pending || isReady(ready, w.handle))) continue;
        w.pending = false;
        worked = true;
        this.guarded(() => {
          w.pending = !w.drain();
        });
        if (this.exited !== undefined) return IDLE;
        if (w.pending) more = true;
      }
    }
    const top = this.heap[0];
    if (top !== undefined && top.deadlineNs <= this.host.monoNs()) {
      this.remove(top);
      worked = true;
      this.guarded(top.fn);
    }
    if (this.exited !== undefined) return IDLE;
    if (more) return 0n;
    const next = this.nextDeadline();
    // What ran may have queued promise jobs that schedule more: only a turn that ran nothing
    // may conclude that nothing is pending.
    return next === IDLE && worked ? 0n : next;
  }

  nextDeadline(): bigint {
    if (this.exited !== undefined) return IDLE;
    let refWatches = false;
    for (const w of this.watches) {
      if (w.pending) return 0n;
      if (w.refd) refWatches = true;
    }
    const next = this.heap[0];
    if (this.refTimers > 0 || refWatches) return next === undefined ? FOREVER : next.deadlineNs;
    return IDLE;
  }

  nextTimer(): bigint | undefined {
    return this.heap[0]?.deadlineNs;
  }

  tick(ready: number): bigint {
    let next: bigint;
    try {
      next = this.step(ready);
    } catch (e) {
      if (e === EXITED) return IDLE;
      throw e;
    }
    if (next !== IDLE || this.exited !== undefined) return next;
    // Nothing left to wait for: the end, with the job's status.
    try {
      if (this.job === "running") this.fail("the job never finished: it waits for a promise that nothing can settle (no timers, no listening devices)");
      this.exit(this.job === "failed" ? 1 : 0);
    } catch (e) {
      if (e !== EXITED) throw e;
    }
    return IDLE;
  }

  install(target: object = globalThis): void {
    const entry: LoopEntry = {
      tick: (ready) => this.tick(ready),
      rejection: (promise, reason, handled) => this.rejection(promise, reason, handled),
    };
    Object.defineProperty(target, LOOP_GLOBAL, { value: entry, writable: true, configurable: true, enumerable: false });
  }
}

const loops = new WeakMap<Host, Loop>();

/** The loop of this host: one per host, made on first use. */
export const loopOf = (host: Host): Loop => {
  let loop = loops.get(host);
  if (loop === undefined) {
    loop = new LoopImpl(host);
    loops.set(host, loop);
  }
  return loop;
};

/**
 * Starts the guest: defines `globalThis.__mirage_loop` (on `target`) for the C runtime and runs
 * `main`. The guest then runs while timers or listening net devices are pending, and exits with
 * status 0 once nothing is (1 if the job never settled). A failed job stops it at once with
 * status 1; so does an uncaught error in a timer or listener, or an unhandled rejection.
 */
export const runLoop = (host: Host, main: () => Promise<void>, target: object = globalThis): Loop => {
  const loop = loopOf(host);
  loop.install(target);
  loop.run(main);
  return loop;
};
