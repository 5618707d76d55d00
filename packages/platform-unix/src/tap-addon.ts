// Loading the TAP addon (native/tap.c, built into build/tap.node by `pnpm install`).
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { left, right, type Either } from "fp-ts/Either";

declare const watcherBrand: unique symbol;
/** A uv_poll handle on the addon side. */
export type TapWatcher = { readonly [watcherBrand]: true };

/** Poll interest for `setEvents`. */
export const READABLE = 1;
export const WRITABLE = 2;

/** Errors the addon throws: a Node-style system error. */
export interface TapSystemError extends Error {
  readonly code: string;
  readonly errno: number;
  readonly syscall: string;
}

export interface TapAddon {
  /** Opens /dev/net/tun and attaches to (or creates) the TAP device `name`, non-blocking. */
  open(name: string): { readonly fd: number; readonly name: string };
  /** One frame into `buf`; 0 when none is queued. */
  read(fd: number, buf: Uint8Array): number;
  /** The first `len` bytes of `buf` as one frame; -1 when the device would block. */
  write(fd: number, buf: Uint8Array, len: number): number;
  close(fd: number): void;
  getMtu(name: string): number;
  setSndbuf(fd: number, bytes: number): void;
  /** `callback(status, events)` runs on Node's loop when the fd is ready (status < 0: a libuv error). */
  watch(fd: number, callback: (status: number, events: number) => void): TapWatcher;
  /** READABLE | WRITABLE; 0 stops polling. */
  setEvents(watcher: TapWatcher, events: number): void;
  /** Whether the active watcher keeps the process alive. */
  setRef(watcher: TapWatcher, on: boolean): void;
  unwatch(watcher: TapWatcher): void;
}

export const isTapSystemError = (e: unknown): e is TapSystemError =>
  e instanceof Error && typeof (e as Partial<TapSystemError>).code === "string";

/** Where the addon may be, best first. */
const candidates = (): string[] => {
  const out: string[] = [];
  const env = process.env["MIRAGE_TAP_ADDON"];
  if (env !== undefined && env !== "") out.push(env);
  // This source tree: packages/platform-unix/src/../build/tap.node.
  out.push(fileURLToPath(new URL("../build/tap.node", import.meta.url)));
  // Inside a bundle: next to it, or in the installed package.
  out.push(fileURLToPath(new URL("./tap.node", import.meta.url)));
  try {
    out.push(createRequire(import.meta.url).resolve("@mirage/platform-unix/tap.node"));
  } catch {
    // not resolvable from here
  }
  return out;
};

let loaded: Either<string, TapAddon> | undefined;

/** The addon, loaded once; a Left says why it is unavailable and what to do. */
export const loadTapAddon = (): Either<string, TapAddon> => {
  if (loaded !== undefined) return loaded;
  if (process.platform !== "linux") {
    loaded = left(`TAP devices need Linux (this is ${process.platform})`);
    return loaded;
  }
  const tried = candidates();
  const path = tried.find((p) => existsSync(p));
  if (path === undefined) {
    loaded = left(
      `the TAP addon is not built (looked for ${tried.join(", ")}): run \`pnpm install\` or ` +
        "`node native/build.mjs` in packages/platform-unix, or set MIRAGE_TAP_ADDON to its path",
    );
    return loaded;
  }
  try {
    const m: { exports: unknown } = { exports: {} };
    process.dlopen(m, path);
    loaded = right(m.exports as TapAddon);
  } catch (e) {
    loaded = left(`cannot load the TAP addon ${path}: ${e instanceof Error ? e.message : String(e)} (rebuild it: node native/build.mjs)`);
  }
  return loaded;
};
