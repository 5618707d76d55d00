// The web/Node globals QuickJS 2021 lacks, installed before the application runs:
// setTimeout/setInterval (on the loop's timer heap), queueMicrotask, TextEncoder/TextDecoder,
// Event/EventTarget/DOMException/AbortController/AbortSignal, crypto.getRandomValues (ChaCha20
// seeded by the host), performance.now, console, Object.hasOwn and the `at` methods (the last
// three from polyfills.ts, which installs them earlier, when it is evaluated).
// Each is installed only where missing, so on Node this changes nothing.
//
// Core module: ES2022 only, no Node or DOM types.
import { chachaRng, type Random } from "@mirage/mirage-random";
import type { Host } from "./host.ts";
import { loopOf, type Loop, type Timer } from "./loop.ts";
import { installPolyfills } from "./polyfills.ts";
import { consoleLine } from "./console.ts";
import { DOMExceptionImpl, domException, makeAbortClasses } from "./abort.ts";
import { format, inspect } from "./format.ts";

// --- timers ---

/** Node's largest delay; anything outside 1..TIMEOUT_MAX ms (NaN, 0, negative, huge) is 1 ms. */
const TIMEOUT_MAX = 2 ** 31 - 1;

const delayNs = (delay: unknown): bigint => {
  let ms = Number(delay);
  if (!(ms >= 1 && ms <= TIMEOUT_MAX)) ms = 1;
  return BigInt(Math.round(ms * 1_000_000));
};

const describeArg = (v: unknown): string => (v === null ? "null" : typeof v === "object" ? "an instance of Object" : `type ${typeof v} (${inspect(v)})`);

/** What setTimeout/setInterval return: a Node-style Timeout that is also usable as a number. */
export interface Timeout {
  ref(): Timeout;
  unref(): Timeout;
  hasRef(): boolean;
  /** Restarts the countdown from now with the same delay (re-arming a fired timeout). */
  refresh(): Timeout;
  close(): Timeout;
  [Symbol.toPrimitive](): number;
}

export interface Timers {
  setTimeout(callback: (...args: unknown[]) => void, delay?: number, ...args: unknown[]): Timeout;
  setInterval(callback: (...args: unknown[]) => void, delay?: number, ...args: unknown[]): Timeout;
  clearTimeout(timeout: unknown): void;
  clearInterval(timeout: unknown): void;
  queueMicrotask(callback: () => void): void;
}

/** setTimeout and friends on a loop's timers, with Node's semantics (1 ms minimum). */
export const makeTimers = (loop: Loop): Timers => {
  let nextId = 1;
  /** Timeouts whose id was asked for (`+timeout`), so clearTimeout(id) finds them. */
  const byId = new Map<number, TimeoutImpl>();

  class TimeoutImpl implements Timeout {
    readonly id = nextId++;
    readonly timer: Timer;
    constructor(
      readonly delay: bigint,
      readonly repeat: boolean,
      readonly callback: (...args: unknown[]) => void,
      readonly args: unknown[],
    ) {
      this.timer = loop.timer(loop.now() + delay, () => this.fire());
    }
    private fire(): void {
      if (this.repeat) this.timer.reschedule(loop.now() + this.delay);
      else byId.delete(this.id);
      this.callback(...this.args);
    }
    ref(): Timeout {
      this.timer.ref();
      return this;
    }
    unref(): Timeout {
      this.timer.unref();
      return this;
    }
    hasRef(): boolean {
      return this.timer.hasRef();
    }
    refresh(): Timeout {
      this.timer.reschedule(loop.now() + this.delay);
      return this;
    }
    close(): Timeout {
      this.timer.cancel();
      byId.delete(this.id);
      return this;
    }
    [Symbol.toPrimitive](): number {
      if (this.timer.active) byId.set(this.id, this);
      return this.id;
    }
    get [Symbol.toStringTag](): string {
      return "Timeout";
    }
  }

  const make = (repeat: boolean, callback: unknown, delay: unknown, args: unknown[]): Timeout => {
    if (typeof callback !== "function") throw new TypeError(`The "callback" argument must be of type function. Received ${describeArg(callback)}`);
    return new TimeoutImpl(delayNs(delay), repeat, callback as (...a: unknown[]) => void, args);
  };

  const clear = (t: unknown): void => {
    if (t instanceof TimeoutImpl) {
      t.close();
      return;
    }
    if (typeof t === "number" || typeof t === "string") byId.get(Number(t))?.close();
  };

  return {
    setTimeout: (callback, delay, ...args) => make(false, callback, delay, args),
    setInterval: (callback, delay, ...args) => make(true, callback, delay, args),
    clearTimeout: clear,
    clearInterval: clear,
    queueMicrotask(callback) {
      if (typeof callback !== "function") throw new TypeError(`The "callback" argument must be of type function. Received ${describeArg(callback)}`);
      void Promise.resolve().then(() => {
        try {
          callback();
        } catch (e) {
          loop.reportUncaught(e);
        }
      });
    },
  };
};

// --- crypto ---

const INTEGER_ARRAYS = ["Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array", "Uint32Array", "BigInt64Array", "BigUint64Array"];

const typedArrayName = (v: unknown): string | undefined => {
  if (!ArrayBuffer.isView(v) || v instanceof DataView) return undefined;
  return Object.prototype.toString.call(v).slice(8, -1);
};

export interface Crypto {
  getRandomValues<T extends ArrayBufferView>(array: T): T;
  randomUUID(): string;
}

/** Web Crypto's random part over a generator (the guest's: ChaCha20 seeded by the host). */
export const makeCrypto = (random: Random): Crypto => {
  const crypto: Crypto = {
    getRandomValues<T extends ArrayBufferView>(array: T): T {
      const name = typedArrayName(array);
      if (name === undefined || !INTEGER_ARRAYS.includes(name)) {
        throw new (domException())("The data argument must be an integer-type TypedArray", "TypeMismatchError");
      }
      if (array.byteLength > 65536) {
        throw new (domException())(`The ArrayBufferView's byte length (${array.byteLength}) exceeds the number of bytes of entropy available via this API (65536)`, "QuotaExceededError");
      }
      random.fill(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
      return array;
    },
    randomUUID(): string {
      const b = random.generate(16);
      b[6] = ((b[6] as number) & 0x0f) | 0x40;
      b[8] = ((b[8] as number) & 0x3f) | 0x80;
      const h = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
    },
  };
  return crypto;
};

// --- console ---

export interface ConsoleLike {
  log(...args: unknown[]): void;
  info(...args: unknown[]): void;
  debug(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
  trace(...args: unknown[]): void;
  dir(value: unknown, options?: { depth?: number }): void;
  assert(condition: unknown, ...args: unknown[]): void;
}

/** A console writing whole lines through `writeLine` (the guest has one console for all levels). */
export const makeConsole = (writeLine: (line: string) => void): ConsoleLike => {
  const out = (...args: unknown[]): void => writeLine(format(...args));
  return {
    log: out,
    info: out,
    debug: out,
    warn: out,
    error: out,
    trace(...args) {
      const stack = new Error().stack ?? "";
      const frames = stack.split("\n").filter((l) => /^\s+at /.test(l));
      writeLine(`Trace${args.length > 0 ? `: ${format(...args)}` : ""}${frames.length > 0 ? `\n${frames.slice(1).join("\n")}` : ""}`);
    },
    dir(value, options) {
      writeLine(inspect(value, options?.depth === undefined ? {} : { depth: options.depth }));
    },
    assert(condition, ...args) {
      if (condition) return;
      writeLine(args.length === 0 ? "Assertion failed" : `Assertion failed: ${format(...args)}`);
    },
  };
};

// --- installation ---

export interface InstallOptions {
  /** Where globals go (default globalThis). Intrinsics (Object.hasOwn, `at`) are always the realm's. */
  readonly target?: object;
  /** Seed for crypto's generator (default 32 bytes of `host.randomSeed`). */
  readonly seed?: Uint8Array;
}

const define = (o: object, name: string, value: unknown, enumerable = false): void => {
  Object.defineProperty(o, name, { value, writable: true, configurable: true, enumerable });
};

export { at, hasOwn } from "./polyfills.ts";

/**
 * Installs the globals QuickJS lacks on `target` (default globalThis), each only where missing.
 * Returns the names it installed (`console.log`, `Object.hasOwn`, ... for members).
 */
export const installGlobals = (host: Host, options: InstallOptions = {}): string[] => {
  const g = (options.target ?? globalThis) as Record<string, unknown>;
  const installed: string[] = [];
  const loop = loopOf(host);
  const missing = (name: string): boolean => g[name] === undefined;
  const put = (name: string, value: unknown, enumerable = false): void => {
    if (!missing(name)) return;
    define(g, name, value, enumerable);
    installed.push(name);
  };

  const timers = makeTimers(loop);
  put("setTimeout", timers.setTimeout, true);
  put("clearTimeout", timers.clearTimeout, true);
  put("setInterval", timers.setInterval, true);
  put("clearInterval", timers.clearInterval, true);
  put("queueMicrotask", timers.queueMicrotask, true);

  installed.push(...installPolyfills(g));

  const origin = loop.now();
  const perfNow = (): number => Number(loop.now() - origin) / 1e6;
  put("DOMException", DOMExceptionImpl);
  const abort = makeAbortClasses(
    {
      unrefTimer: (ms, fn) => loop.timer(loop.now() + BigInt(ms) * 1_000_000n, fn).unref(),
      reportError: (e) => loop.reportUncaught(e),
    },
    perfNow,
  );
  put("Event", abort.Event);
  put("EventTarget", abort.EventTarget);
  put("AbortController", abort.AbortController);
  put("AbortSignal", abort.AbortSignal);

  const existingCrypto = g["crypto"] as Record<string, unknown> | undefined;
  if (existingCrypto === undefined || typeof existingCrypto["getRandomValues"] !== "function") {
    const seed = options.seed ?? host.randomSeed(32);
    const c = makeCrypto(chachaRng(seed));
    seed.fill(0);
    if (existingCrypto === undefined) put("crypto", c);
    else {
      define(existingCrypto, "getRandomValues", c.getRandomValues);
      installed.push("crypto.getRandomValues");
      if (typeof existingCrypto["randomUUID"] !== "function") {
        define(existingCrypto, "randomUUID", c.randomUUID);
        installed.push("crypto.randomUUID");
      }
    }
  }

  if (missing("performance")) {
    const timeOrigin = Number(host.wallNs()) / 1e6;
    put("performance", {
      timeOrigin,
      now: perfNow,
      toJSON: () => ({ timeOrigin }),
    });
  }

  const writeLine = consoleLine(host);
  const consoleImpl = makeConsole(writeLine);
  if (missing("console")) put("console", consoleImpl);
  else {
    const c = g["console"] as Record<string, unknown>;
    for (const [name, fn] of Object.entries(consoleImpl)) {
      if (typeof c[name] !== "function") {
        define(c, name, fn);
        installed.push(`console.${name}`);
      }
    }
  }

  return installed;
};
