// What third-party modules may need while they are being evaluated, before any host exists:
// ES2022 intrinsics QuickJS 2021 lacks (Object.hasOwn: @noble/hashes calls it at import time;
// the `at` methods) and TextEncoder/TextDecoder. Importing this module installs them (where
// missing) on evaluation, so it must be evaluated first: the generated main imports it before
// anything else (ES modules evaluate depth-first in import order), as runtime.ts does.
// `installGlobals` (globals.ts) adds the rest, which needs the host: timers, crypto, console...
//
// Core module: ES2022 only, no Node or DOM types. Its only import has no imports itself.
import { TextDecoderImpl, TextEncoderImpl } from "./text.ts";

/** `Object.hasOwn` (ES2022). */
export const hasOwn = (o: unknown, key: PropertyKey): boolean => {
  if (o === null || o === undefined) throw new TypeError("Cannot convert undefined or null to object");
  return Object.prototype.hasOwnProperty.call(Object(o), key);
};

/** `Array.prototype.at` and friends (ES2022), for `this` array-like. */
export function at(this: ArrayLike<unknown> | string, index: number): unknown {
  const o = typeof this === "string" ? this : Object(this);
  const len = Number(o.length) >>> 0;
  let k = Math.trunc(Number(index)) || 0;
  if (k < 0) k += len;
  if (k < 0 || k >= len) return undefined;
  return typeof o === "string" ? o.charAt(k) : o[k];
}

const define = (o: object, name: string, value: unknown): void => {
  Object.defineProperty(o, name, { value, writable: true, configurable: true, enumerable: false });
};

/**
 * Installs, where missing, the intrinsics of this realm (Object.hasOwn; Array, String and
 * TypedArray `at`) and TextEncoder/TextDecoder on `target`. Returns what it installed.
 */
export const installPolyfills = (target: object = globalThis): string[] => {
  const installed: string[] = [];
  if (typeof (Object as unknown as Record<string, unknown>)["hasOwn"] !== "function") {
    define(Object, "hasOwn", hasOwn);
    installed.push("Object.hasOwn");
  }
  const typedArrayProto = Object.getPrototypeOf(Uint8Array.prototype) as object;
  for (const [name, proto] of [
    ["Array", Array.prototype],
    ["String", String.prototype],
    ["TypedArray", typedArrayProto],
  ] as const) {
    if (typeof (proto as unknown as Record<string, unknown>)["at"] !== "function") {
      define(proto, "at", at);
      installed.push(`${name}.prototype.at`);
    }
  }
  const g = target as Record<string, unknown>;
  for (const [name, value] of [
    ["TextEncoder", TextEncoderImpl],
    ["TextDecoder", TextDecoderImpl],
  ] as const) {
    if (g[name] === undefined) {
      define(g, name, value);
      installed.push(name);
    }
  }
  return installed;
};

installPolyfills();
