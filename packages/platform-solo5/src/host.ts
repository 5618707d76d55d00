// The contract between the guest's C runtime and the TypeScript side: the source of truth.
//
// Core module: ES2022 only (it runs inside QuickJS 2021-03-27), no Node or DOM types.
//
// ## What the C runtime installs
//
// Before it evaluates the application's bytecode, the C runtime defines one global object,
// `globalThis.__mirage_host`, whose methods are the `Host` interface below. Every method is
// synchronous and cheap; none keeps a reference to a buffer after it returns.
//
// Value conventions (QuickJS C API):
// - `bigint` arguments/results: `JS_ToBigInt64` / `JS_NewBigInt64` (`JS_NewBigUint64` for
//   `wallNs`/`monoNs` is fine: the values stay below 2^63).
// - `number` arguments: `JS_ToInt32` for handles, lengths and offsets; `JS_ToFloat64` for
//   `checksum`'s `initial` (an integer below 2^53).
// - `Uint8Array` arguments: `JS_GetTypedArrayBuffer(ctx, v, &off, &len, NULL)` then
//   `JS_GetArrayBuffer` for the base pointer; always honour the view's byte offset and length.
//   A non-Uint8Array argument is a bug on the JS side: throw a TypeError.
// - Errors of the device (Solo5 `SOLO5_R_EINVAL`, `SOLO5_R_EUNSPEC`) are negative numbers, never
//   exceptions; exceptions are for misuse (wrong argument types, out-of-range views).
//
// ## What the C runtime calls
//
// After evaluating the module (and running its pending jobs), the runtime looks up
// `globalThis.__mirage_loop` (installed by `runLoop` or by importing `./runtime.ts`), an object
// with `tick(ready: number): bigint` and `rejection(promise, reason, handled: boolean): void`,
// then runs this loop (`simulate()` in testing.ts is the same loop in TypeScript):
//
//     ready = 0
//     for (;;) {
//       while (JS_ExecutePendingJob(rt, &ctx) > 0) {}   // < 0: print the exception, exit(1)
//       deadline = tick(ready); ready = 0;              // BigInt64
//       if (JS_IsJobPending(rt)) continue;              // tick resolved promises: run them first
//       if (deadline < 0) exit(0);                      // not reached: tick calls exit itself
//       solo5_yield(deadline, &set);                    // a past deadline just polls
//       ready = (double)set;
//     }
//
// - `tick(ready)` dispatches net readiness (bit h of `ready` set = handle h has frames), fires
//   at most ONE due timer (so promise jobs run between timer callbacks, as on Node), and returns
//   the next monotonic deadline in ns: a past one (0n) when more work is due at once,
//   `FOREVER` (2^63-1) when only waiting for frames, and when nothing at all is pending it calls
//   `exit(status)` itself (`IDLE`, -1n, is only returned if `exit` returned). A tick that ran a
//   timer or read frames never ends the guest (what ran may have queued jobs): it returns 0n at
//   worst, so the runtime runs the jobs and ticks again.
// - `ready` is a JS number used as a bit set: bit h (h < 53) is handle h, exactly as
//   `solo5_handle_set_t` (convert with `(double)set`; handles >= 53 cannot be reported). Mask it
//   with the handles acquired through `netAcquire`: a device nobody acquired would otherwise be
//   reported ready forever (nothing reads it) and the loop would spin.
// - `rejection` is the QuickJS host promise-rejection tracker
//   (`JS_SetHostPromiseRejectionTracker`): call it with `handled = false` when a promise is
//   rejected with no handler and with `handled = true` when one is attached later. A rejection
//   still unhandled when the next tick starts stops the guest with exit(1), as on Node.
// - If no `__mirage_loop` exists after evaluation, the application is done: exit(0).
//
// The same loop is in charge when exit happens: `exit` may be called from any JS call (a timer,
// a promise job, `tick`); it flushes the console and never returns (`solo5_exit`).

/** What `netInfo` answers: `solo5_net_info` (`mac_address`, `mtu`). */
export interface HostNetInfo {
  /** Six bytes, a fresh array. */
  readonly mac: Uint8Array;
  /** Largest payload after the Ethernet header; frames are up to `mtu + 14` bytes. */
  readonly mtu: number;
}

/** What `blockInfo` answers: `solo5_block_info` (`capacity`, `block_size`). */
export interface HostBlockInfo {
  /** Bytes, a multiple of `blockSize`. */
  readonly capacity: bigint;
  readonly blockSize: number;
}

/**
 * `globalThis.__mirage_host`, installed by the C runtime. There is no `copy` helper:
 * QuickJS 2021's `TypedArray.prototype.set` between same-typed arrays is already a memmove.
 */
export interface Host {
  /** Writes raw bytes (UTF-8 text) to the console: `solo5_console_write`. No newline added. */
  consoleWrite(bytes: Uint8Array): void;
  /** Wall clock, ns since the Unix epoch: `solo5_clock_wall`. */
  wallNs(): bigint;
  /** Monotonic clock, ns since an arbitrary origin: `solo5_clock_monotonic`. Non-decreasing. */
  monoNs(): bigint;
  /**
   * Blocks until the monotonic clock reaches `deadlineNs` or a device is ready:
   * `solo5_yield(deadline, &set)`. Returns the ready set as a bit set (bit h = handle h).
   * The C runtime's loop calls it between ticks; JS code never needs to (it would stall the
   * promise jobs), but a runtime written in JS (testing.ts) does.
   */
  yield(deadlineNs: bigint): number;
  /** The tender's command line for the guest (`solo5_start_info.cmdline`), "" when none. */
  cmdline(): string;
  /** Flushes the console and stops the guest with this status: `solo5_exit`. Never returns. */
  exit(code: number): never;

  /** The handle of the manifest's net device of this name, or -1 (`solo5_net_acquire`). */
  netAcquire(name: string): number;
  netInfo(handle: number): HostNetInfo;
  /**
   * Reads one frame into `buf` (`solo5_net_read`); returns its length, 0 when none is waiting
   * (`SOLO5_R_AGAIN`), < 0 on error. `buf` holds at least `mtu + 14` bytes.
   */
  netRead(handle: number, buf: Uint8Array): number;
  /** Sends the first `len` bytes of `buf` as one frame (`solo5_net_write`): 0, or < 0 on error. */
  netWrite(handle: number, buf: Uint8Array, len: number): number;

  /** The handle of the manifest's block device of this name, or -1 (`solo5_block_acquire`). */
  blockAcquire(name: string): number;
  blockInfo(handle: number): HostBlockInfo;
  /**
   * Reads `buf.length` bytes at byte `offset` (`solo5_block_read`, in as many calls of
   * `block_size` as it takes): 0, or < 0 on error. The caller guarantees `offset` is a multiple
   * of `blockSize`, `buf.length` a multiple of `blockSize`, and `offset + buf.length <= capacity`.
   */
  blockRead(handle: number, offset: bigint, buf: Uint8Array): number;
  /** Writes all of `buf` at byte `offset` (`solo5_block_write`); same rules as `blockRead`. */
  blockWrite(handle: number, offset: bigint, buf: Uint8Array): number;

  /**
   * `n` bytes of entropy (1 <= n <= 256) for seeding, a fresh array: RDSEED/RDRAND in the
   * guest (hvt, virtio), or from the tender (spt: getrandom on the host).
   */
  randomSeed(n: number): Uint8Array;

  /**
   * The Internet checksum (RFC 1071) of `bytes[start, end)`, computed natively: the
   * ones'-complement of the ones'-complement sum of big-endian 16-bit words (an odd last byte
   * padded with zero), starting from the partial sum `initial` (an integer 0 <= initial < 2^53;
   * fold it with end-around carry). Returns a number in 0..0xffff, exactly what
   * `checksumJs` in @mirage/tcpip/wire returns. The JS side always passes
   * `0 <= start <= end <= bytes.length`; anything else is a RangeError.
   */
  checksum(bytes: Uint8Array, start: number, end: number, initial: number): number;

  /**
   * Standard base64 decoded natively, exactly as `base64Decode` of @mirage/mirage-kv does for
   * what the CLI generates: '=' and ASCII whitespace skipped anywhere, any other character
   * outside the alphabet a RangeError. A fresh array.
   */
  base64Decode(text: string): Uint8Array;
}

/** The global the C runtime defines. */
export const HOST_GLOBAL = "__mirage_host";
/** The global the TypeScript side defines for the C runtime: `{ tick, rejection }`. */
export const LOOP_GLOBAL = "__mirage_loop";

/** `tick`'s answer when it is waiting for frames only: INT64_MAX. */
export const FOREVER = 0x7fff_ffff_ffff_ffffn;
/** `tick`'s answer when nothing is pending (after calling `exit`). */
export const IDLE = -1n;

/** What the C runtime calls: see the top of this file. */
export interface LoopEntry {
  tick(ready: number): bigint;
  rejection(promise: unknown, reason: unknown, handled: boolean): void;
}

const METHODS = [
  "consoleWrite",
  "wallNs",
  "monoNs",
  "yield",
  "cmdline",
  "exit",
  "netAcquire",
  "netInfo",
  "netRead",
  "netWrite",
  "blockAcquire",
  "blockInfo",
  "blockRead",
  "blockWrite",
  "randomSeed",
  "checksum",
  "base64Decode",
] as const satisfies ReadonlyArray<keyof Host>;

/** The names of the host's methods missing from `value` (empty: it is a Host). */
export const missingHostMethods = (value: unknown): string[] => {
  if (typeof value !== "object" || value === null) return [...METHODS];
  const o = value as Record<string, unknown>;
  return METHODS.filter((m) => typeof o[m] !== "function");
};

/**
 * The host the C runtime installed. Outside a guest (or with a runtime from another version)
 * this is a bug in how the image was built: it throws, naming what is missing.
 */
export const getHost = (g: object = globalThis): Host => {
  const value = (g as Record<string, unknown>)[HOST_GLOBAL];
  if (value === undefined) {
    throw new Error(`Cannot start the Solo5 runtime: globalThis.${HOST_GLOBAL} is missing (this module runs only inside a guest image built by mirage)`);
  }
  const missing = missingHostMethods(value);
  if (missing.length > 0) {
    throw new Error(`Cannot start the Solo5 runtime: globalThis.${HOST_GLOBAL} lacks ${missing.join(", ")} (the C runtime and the TypeScript side disagree)`);
  }
  return value as Host;
};

/** Bit `h` of a ready set: whether handle `h` is ready (`ready` as from `yield`). */
export const isReady = (ready: number, handle: number): boolean =>
  handle < 31 ? (ready & (1 << handle)) !== 0 : Math.floor(ready / 2 ** handle) % 2 === 1;

/** The ready set with bit `h` set. */
export const readyBit = (handle: number): number => 2 ** handle;
