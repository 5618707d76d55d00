// The Internet checksum (RFC 1071) and the IPv4 pseudo-header sum.
//
// `checksum` is the hot spot of the whole stack: inside a Solo5 guest it is backed by a native
// helper with the same contract, so keep every caller going through it. `checksum` is a live
// binding: `setChecksumImpl` (called once at boot by @mirage/platform-solo5) replaces what every
// importer calls, at no cost per call; `checksumJs` stays the portable reference.
import type { Ipv4Address } from "./ipv4.ts";

/**
 * Folds a non-negative partial sum (any safe integer) into 16 bits with end-around carry.
 * A non-zero sum never folds to 0 (it gives 0xffff, the ones'-complement "negative zero").
 */
export const fold = (sum: number): number => {
  let s = sum;
  while (s > 0xffff) s = (s % 0x10000) + Math.floor(s / 0x10000);
  return s;
};

/**
 * The Internet checksum of `bytes[start, end)`: the ones'-complement of the ones'-complement
 * sum of the big-endian 16-bit words (an odd last byte is padded with a zero byte), starting
 * from `initial` (a partial sum such as `pseudoHeaderSum(...)`; any non-negative safe integer).
 *
 * Over a region that includes a correct checksum field it returns 0: that is how to verify.
 * Out-of-range `start`/`end` are clamped to the array.
 */
export const checksumJs = (bytes: Uint8Array, start = 0, end = bytes.length, initial = 0): number => {
  const lo = start < 0 ? 0 : start;
  const hi = end > bytes.length ? bytes.length : end;
  let s = initial;
  let i = lo;
  // 8 bytes a turn; a double holds the sum of 2^37 words exactly, so fold only at the end.
  const last8 = hi - 7;
  for (; i < last8; i += 8) {
    s +=
      (((bytes[i] as number) << 8) | (bytes[i + 1] as number)) +
      (((bytes[i + 2] as number) << 8) | (bytes[i + 3] as number)) +
      (((bytes[i + 4] as number) << 8) | (bytes[i + 5] as number)) +
      (((bytes[i + 6] as number) << 8) | (bytes[i + 7] as number));
  }
  const last2 = hi - 1;
  for (; i < last2; i += 2) s += ((bytes[i] as number) << 8) | (bytes[i + 1] as number);
  if (i < hi) s += (bytes[i] as number) << 8;
  return ~fold(s) & 0xffff;
};

/** The signature of `checksum` and of its replacements. */
export type ChecksumFn = (bytes: Uint8Array, start?: number, end?: number, initial?: number) => number;

/** The Internet checksum, as `checksumJs` defines it; native inside a Solo5 guest. */
export let checksum: ChecksumFn = checksumJs;

/**
 * Replaces the implementation behind `checksum` (`undefined` restores `checksumJs`). The
 * replacement must return exactly what `checksumJs` returns for every argument.
 */
export const setChecksumImpl = (impl: ChecksumFn | undefined): void => {
  checksum = impl ?? checksumJs;
};

/** The ones'-complement sum (folded, not complemented) of a range: `~checksum(...) & 0xffff`. */
export const onesSum = (bytes: Uint8Array, start = 0, end = bytes.length, initial = 0): number =>
  ~checksum(bytes, start, end, initial) & 0xffff;

/**
 * The (unfolded) sum of the IPv4 pseudo-header for TCP and UDP: source, destination, zero,
 * protocol, and `length` (the TCP/UDP header plus payload, in bytes).
 */
export const pseudoHeaderSum = (src: Ipv4Address, dst: Ipv4Address, protocol: number, length: number): number =>
  (src >>> 16) + (src & 0xffff) + (dst >>> 16) + (dst & 0xffff) + (protocol & 0xff) + (length & 0xffff);
