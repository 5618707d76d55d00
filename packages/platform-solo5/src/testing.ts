// A fake Solo5 host in memory, and the C runtime's loop written in TypeScript, so the guest side
// runs under test on Node: a virtual monotonic clock, net devices that are queues (linked in
// pairs like a cable, or fed by the test), block devices that are arrays, a console that
// records, exit codes that are kept, one-shot fault injection.
//
// `simulate(host)` is the reference for the C runtime's loop (see host.ts): drain promise jobs,
// tick, drain again, yield until the next deadline or a ready device.
//
// Core module: ES2022 only, no Node or DOM types (it finds setImmediate through globalThis).
import { FOREVER, IDLE, readyBit, type Host, type HostBlockInfo, type HostNetInfo } from "./host.ts";
import { EXIT_UNWIND, loopOf, type Loop } from "./loop.ts";
import { utf8Decode } from "./text.ts";

export interface FakeNetSpec {
  readonly name: string;
  /** Six bytes; default 02:00:00:00:00:<handle + 1>. */
  readonly mac?: Uint8Array;
  /** Default 1500. */
  readonly mtu?: number;
}

export interface FakeBlockSpec {
  readonly name: string;
  /** Default 512. */
  readonly blockSize?: number;
  /** In blocks. */
  readonly blocks: number;
}

export interface FakeHostOptions {
  readonly nets?: ReadonlyArray<FakeNetSpec>;
  /** Pairs of net names joined by a cable: what one writes, the other reads. */
  readonly links?: ReadonlyArray<readonly [string, string]>;
  readonly blocks?: ReadonlyArray<FakeBlockSpec>;
  readonly cmdline?: string;
  /** The monotonic clock at start (default 1 s). */
  readonly monoNs?: bigint;
  /** The wall clock at start (default 2025-01-01T00:00:00Z). */
  readonly wallNs?: bigint;
  /** Seed of the entropy `randomSeed` hands out (default: different for every fake host). */
  readonly seed?: number;
}

export type FaultOp = "netRead" | "netWrite" | "blockRead" | "blockWrite";

export interface FakeHost extends Host {
  /** The virtual monotonic clock; move it with `advanceClock` (or let `yield` jump it). */
  mono: bigint;
  advanceClock(ns: bigint): void;
  /** Queues a frame (copied) for the net device `name`, as if it arrived from the network. */
  inject(name: string, frame: Uint8Array): void;
  /** Frames written on the net device `name` that no link carried (copies, oldest first). */
  sent(name: string): Uint8Array[];
  /** The acquired handles with frames waiting, as a ready set. */
  readySet(): number;
  /** The bytes of the block device `name` (live). */
  disk(name: string): Uint8Array;
  /** The next `op` (on any handle) returns `code` (< 0) instead of doing anything. */
  fault(op: FaultOp, code: number): void;
  /** Everything written to the console, decoded. */
  consoleText(): string;
  /** Exit codes asked for, in order (a real guest stops at the first). */
  readonly exits: number[];
  /** Calls of the native checksum helper. */
  checksumCalls: number;
  /** Called whenever a frame becomes readable (a driver waiting for work wakes up). */
  onActivity(listener: () => void): () => void;
}

interface FakeNet {
  readonly name: string;
  readonly handle: number;
  readonly mac: Uint8Array;
  readonly mtu: number;
  readonly rx: Uint8Array[];
  readonly tx: Uint8Array[];
  peer: FakeNet | undefined;
}

interface FakeBlock {
  readonly name: string;
  readonly handle: number;
  readonly blockSize: number;
  readonly data: Uint8Array;
}

const EINVAL = -22;

let hostCount = 0;

/** Folds and complements like RFC 1071 (written apart from checksumJs: 16-bit words, one at a time). */
const referenceChecksum = (bytes: Uint8Array, start: number, end: number, initial: number): number => {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= bytes.length)) {
    throw new RangeError(`checksum: bad range ${start}..${end} of ${bytes.length} bytes`);
  }
  if (!(Number.isInteger(initial) && initial >= 0 && initial < 2 ** 53)) throw new RangeError(`checksum: bad initial sum ${initial}`);
  let s = initial;
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let i = start;
  for (; i + 1 < end; i += 2) s += dv.getUint16(i);
  if (i < end) s += (bytes[i] as number) * 256;
  while (s > 0xffff) s = (s % 0x10000) + Math.floor(s / 0x10000);
  return ~s & 0xffff;
};

/** Base64 as the C runtime decodes it (written apart from mirage-kv's: a table, 4 characters a turn). */
const referenceBase64 = (text: string): Uint8Array => {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const digits: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if ("= \t\n\v\f\r".includes(c)) continue;
    const v = alphabet.indexOf(c);
    if (v < 0) throw new RangeError(`Cannot decode base64: bad character at ${digits.length}`);
    digits.push(v);
  }
  const out: number[] = [];
  for (let i = 0; i < digits.length; i += 4) {
    const g = digits.slice(i, i + 4);
    const word = g.reduce((w, d) => w * 64 + d, 0) * 64 ** (4 - g.length);
    for (let k = 0; k < g.length - 1; k++) out.push(Math.floor(word / 256 ** (2 - k)) % 256);
  }
  return new Uint8Array(out);
};

/** A Solo5 host in memory. */
export const fakeHost = (options: FakeHostOptions = {}): FakeHost => {
  const nets: FakeNet[] = [];
  const blocks: FakeBlock[] = [];
  for (const spec of options.nets ?? []) {
    const handle = nets.length;
    const mac = spec.mac ?? new Uint8Array([2, 0, 0, 0, 0, handle + 1]);
    nets.push({ name: spec.name, handle, mac: mac.slice(), mtu: spec.mtu ?? 1500, rx: [], tx: [], peer: undefined });
  }
  for (const spec of options.blocks ?? []) {
    const blockSize = spec.blockSize ?? 512;
    blocks.push({ name: spec.name, handle: nets.length + blocks.length, blockSize, data: new Uint8Array(blockSize * spec.blocks) });
  }
  const netByName = (name: string): FakeNet => {
    const n = nets.find((x) => x.name === name);
    if (n === undefined) throw new Error(`fake host: no net device ${name}`);
    return n;
  };
  for (const [a, b] of options.links ?? []) {
    const na = netByName(a);
    const nb = netByName(b);
    na.peer = nb;
    nb.peer = na;
  }
  const netAt = (h: number): FakeNet | undefined => nets.find((n) => n.handle === h);
  const blockAt = (h: number): FakeBlock | undefined => blocks.find((b) => b.handle === h);

  const faults = new Map<FaultOp, number>();
  const takeFault = (op: FaultOp): number | undefined => {
    const f = faults.get(op);
    if (f !== undefined) faults.delete(op);
    return f;
  };

  const listeners = new Set<() => void>();
  const activity = (): void => {
    for (const l of [...listeners]) l();
  };

  const consoleBytes: Uint8Array[] = [];
  /** Handles acquired: only they are reported ready, as the C runtime masks yield's set. */
  const acquired = new Set<number>();
  let rng = ((options.seed ?? 0x9e3779b9 + ++hostCount * 0x85ebca6b) | 0) >>> 0 || 1;
  const startMono = options.monoNs ?? 1_000_000_000n;
  const startWall = options.wallNs ?? BigInt(Date.UTC(2025, 0, 1)) * 1_000_000n;

  const checkBlockIo = (b: FakeBlock | undefined, offset: bigint, buf: Uint8Array): b is FakeBlock =>
    b !== undefined &&
    offset >= 0n &&
    offset % BigInt(b.blockSize) === 0n &&
    buf.length % b.blockSize === 0 &&
    offset + BigInt(buf.length) <= BigInt(b.data.length);

  const host: FakeHost = {
    mono: startMono,
    exits: [],
    checksumCalls: 0,

    consoleWrite(bytes) {
      consoleBytes.push(bytes.slice());
    },
    wallNs: () => startWall + (host.mono - startMono),
    monoNs: () => host.mono,
    yield(deadlineNs) {
      const ready = host.readySet();
      if (ready !== 0) return ready;
      if (deadlineNs !== FOREVER && deadlineNs > host.mono) host.mono = deadlineNs;
      return 0;
    },
    cmdline: () => options.cmdline ?? "",
    exit(code) {
      host.exits.push(code);
      return undefined as never;
    },

    netAcquire(name) {
      const n = nets.find((x) => x.name === name);
      if (n === undefined) return -1;
      acquired.add(n.handle);
      return n.handle;
    },
    netInfo(handle): HostNetInfo {
      const n = netAt(handle);
      if (n === undefined) throw new RangeError(`fake host: no net handle ${handle}`);
      return { mac: n.mac.slice(), mtu: n.mtu };
    },
    netRead(handle, buf) {
      const f = takeFault("netRead");
      if (f !== undefined) return f;
      const n = netAt(handle);
      if (n === undefined || buf.length < n.mtu + 14) return EINVAL;
      const frame = n.rx.shift();
      if (frame === undefined) return 0;
      // As a TAP read into a short buffer: the frame is cut.
      const len = Math.min(frame.length, buf.length);
      buf.set(frame.subarray(0, len));
      return len;
    },
    netWrite(handle, buf, len) {
      const f = takeFault("netWrite");
      if (f !== undefined) return f;
      const n = netAt(handle);
      if (n === undefined || len < 0 || len > buf.length || len > n.mtu + 14) return EINVAL;
      const frame = buf.slice(0, len);
      if (n.peer !== undefined) {
        n.peer.rx.push(frame);
        activity();
      } else n.tx.push(frame);
      return 0;
    },

    blockAcquire: (name) => blocks.find((b) => b.name === name)?.handle ?? -1,
    blockInfo(handle): HostBlockInfo {
      const b = blockAt(handle);
      if (b === undefined) throw new RangeError(`fake host: no block handle ${handle}`);
      return { capacity: BigInt(b.data.length), blockSize: b.blockSize };
    },
    blockRead(handle, offset, buf) {
      const f = takeFault("blockRead");
      if (f !== undefined) return f;
      const b = blockAt(handle);
      if (!checkBlockIo(b, offset, buf)) return EINVAL;
      const o = Number(offset);
      buf.set(b.data.subarray(o, o + buf.length));
      return 0;
    },
    blockWrite(handle, offset, buf) {
      const f = takeFault("blockWrite");
      if (f !== undefined) return f;
      const b = blockAt(handle);
      if (!checkBlockIo(b, offset, buf)) return EINVAL;
      b.data.set(buf, Number(offset));
      return 0;
    },

    randomSeed(n) {
      if (!Number.isInteger(n) || n < 1 || n > 256) throw new RangeError(`fake host: randomSeed(${n}): 1 to 256 bytes`);
      const out = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        rng ^= rng << 13;
        rng ^= rng >>> 17;
        rng ^= rng << 5;
        rng >>>= 0;
        out[i] = rng >>> 24;
      }
      return out;
    },

    checksum(bytes, start, end, initial) {
      host.checksumCalls++;
      return referenceChecksum(bytes, start, end, initial);
    },

    base64Decode: referenceBase64,

    advanceClock(ns) {
      if (ns < 0n) throw new RangeError("fake host: the monotonic clock does not go back");
      host.mono += ns;
    },
    inject(name, frame) {
      netByName(name).rx.push(frame.slice());
      activity();
    },
    sent: (name) => netByName(name).tx.slice(),
    readySet() {
      let r = 0;
      for (const n of nets) if (n.rx.length > 0 && acquired.has(n.handle)) r += readyBit(n.handle);
      return r;
    },
    disk(name) {
      const b = blocks.find((x) => x.name === name);
      if (b === undefined) throw new Error(`fake host: no block device ${name}`);
      return b.data;
    },
    fault(op, code) {
      faults.set(op, code);
    },
    consoleText() {
      let total = 0;
      for (const c of consoleBytes) total += c.length;
      const all = new Uint8Array(total);
      let off = 0;
      for (const c of consoleBytes) {
        all.set(c, off);
        off += c.length;
      }
      return utf8Decode(all);
    },
    onActivity(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return host;
};

// --- the C runtime's loop, in TypeScript ---

/** Lets every pending promise job run (one macrotask: Node drains microtasks before it). */
export const flushJobs = (): Promise<void> => {
  const g = globalThis as { setImmediate?: (f: () => void) => unknown; setTimeout?: (f: () => void, ms: number) => unknown };
  const { setImmediate, setTimeout } = g;
  if (setImmediate !== undefined) return new Promise((resolve) => setImmediate(() => resolve()));
  if (setTimeout !== undefined) return new Promise((resolve) => setTimeout(() => resolve(), 0));
  return (async () => {
    for (let i = 0; i < 256; i++) await null;
  })();
};

export type RunResult =
  /** The guest called exit. */
  | { readonly _tag: "Exited"; readonly code: number }
  /** It waits for frames and nothing will send any (a closed simulation). */
  | { readonly _tag: "Blocked" }
  /** `maxTurns` ran out. */
  | { readonly _tag: "Busy" };

export interface Simulation {
  readonly host: FakeHost;
  readonly loop: Loop;
  /**
   * Runs the C runtime's loop on virtual time (yield jumps the clock to the next deadline)
   * until the guest exits, blocks for good, or `maxTurns` ticks ran (default 100000).
   */
  run(options?: { readonly maxTurns?: number }): Promise<RunResult>;
  /**
   * Moves virtual time forward by `ns`, firing each timer due within the step at its deadline
   * (the clocks read exactly that deadline), in order, with promise jobs run after each; net
   * readiness is dispatched on the way. Never exits (an idle loop just stops).
   */
  advance(ns: bigint): Promise<void>;
  /**
   * Drives the loop in the background, on virtual time, whenever there is work: frames arriving
   * (from a link or `inject`) or timers. For tests that wait with real timers of their own.
   * Idle is not the end here: it waits for the next frame. Stop it with `stop`.
   */
  start(): void;
  stop(): Promise<void>;
}

const unwinding = (e: unknown): boolean => e === EXIT_UNWIND;

/** The C runtime's loop over a fake host (see host.ts for the C version). */
export const simulate = (host: FakeHost): Simulation => {
  const loop = loopOf(host);
  const exited = (): RunResult | undefined => {
    const code = loop.exitCode() ?? host.exits[0];
    return code === undefined ? undefined : { _tag: "Exited", code };
  };
  const step = (ready: number): void => {
    try {
      loop.step(ready);
    } catch (e) {
      if (!unwinding(e)) throw e;
    }
  };

  let running: Promise<void> | undefined;
  let stopRequested = false;
  let wake: (() => void) | undefined;

  const sim: Simulation = {
    host,
    loop,
    async run(options = {}) {
      const maxTurns = options.maxTurns ?? 100_000;
      let ready = 0;
      for (let turn = 0; turn < maxTurns; turn++) {
        await flushJobs();
        const done = exited();
        if (done !== undefined) return done;
        loop.tick(ready);
        ready = 0;
        // C: JS_IsJobPending -> run them and tick again before yielding; here: run them, then
        // take the deadline as it is after them.
        await flushJobs();
        const after = exited();
        if (after !== undefined) return after;
        const deadline = loop.nextDeadline();
        if (deadline === IDLE) continue; // the next tick ends the guest
        ready = host.yield(deadline);
        if (ready === 0 && deadline === FOREVER) return { _tag: "Blocked" };
      }
      return { _tag: "Busy" };
    },

    async advance(ns) {
      const target = host.mono + ns;
      for (;;) {
        await flushJobs();
        if (exited() !== undefined) return;
        const ready = host.readySet();
        const t = loop.nextTimer();
        const timerDue = t !== undefined && t <= target;
        if (ready === 0 && !timerDue && loop.nextDeadline() !== 0n) break;
        if (timerDue && (t as bigint) > host.mono) host.mono = t as bigint;
        step(ready);
      }
      host.mono = target;
      step(host.readySet());
      await flushJobs();
    },

    start() {
      if (running !== undefined) return;
      stopRequested = false;
      const off = host.onActivity(() => wake?.());
      running = (async () => {
        try {
          while (!stopRequested && exited() === undefined) {
            await flushJobs();
            step(host.readySet());
            await flushJobs();
            const d = loop.nextDeadline();
            if (host.readySet() !== 0 || d === 0n) continue;
            const t = loop.nextTimer();
            if (t !== undefined) {
              if (t > host.mono) host.mono = t;
              continue;
            }
            if (stopRequested) break;
            await new Promise<void>((resolve) => {
              wake = resolve;
            });
            wake = undefined;
          }
        } finally {
          off();
        }
      })();
    },

    async stop() {
      stopRequested = true;
      wake?.();
      const r = running;
      running = undefined;
      await r;
    },
  };
  return sim;
};
