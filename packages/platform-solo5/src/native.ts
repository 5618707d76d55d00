// Native helpers behind the same TypeScript functions: inside the guest, @mirage/tcpip's
// `checksum` (the stack's hot loop, ~20x slower interpreted by QuickJS) calls the C runtime's.
//
// Byte copies need no helper: QuickJS 2021's `TypedArray.prototype.set` between arrays of the
// same type is already a memmove (js_typed_array_set_internal), so `dst.set(src.subarray(..))`
// is the fast path and the host contract has no `copy`.
//
// Core module: ES2022 only (it runs inside QuickJS), no Node or DOM types.
import { setChecksumImpl, type ChecksumFn } from "@mirage/tcpip/wire";
import type { Host } from "./host.ts";

/**
 * `checksum` over the host's native helper: defaults filled and the range clamped as
 * `checksumJs` does, so the C side only ever sees `0 <= start <= end <= bytes.length`.
 */
export const nativeChecksum = (host: Host): ChecksumFn => {
  const native = host.checksum;
  return (bytes, start = 0, end = bytes.length, initial = 0) => {
    const len = bytes.length;
    const lo = start < 0 ? 0 : start > len ? len : start;
    const hi = end > len ? len : end < lo ? lo : end;
    return native.call(host, bytes, lo, hi, initial);
  };
};

/** Points @mirage/tcpip's `checksum` at the host's helper (for every module of the bundle). */
export const installNativeHelpers = (host: Host): void => {
  setChecksumImpl(nativeChecksum(host));
};
