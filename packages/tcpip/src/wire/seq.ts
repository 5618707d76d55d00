// TCP sequence numbers: 32-bit, wrapping, compared by signed distance (RFC 793 §3.3, RFC 1982).
//
// Never compare or add sequence numbers with raw operators: go through these helpers. The
// brand makes `a + 1` a plain number that does not type-check as a SeqNumber.

declare const seqBrand: unique symbol;

/** An integer in 0..2^32-1. */
export type SeqNumber = number & { readonly [seqBrand]: true };

/** Any integer, reduced modulo 2^32. */
export const seqNumber = (n: number): SeqNumber => (n >>> 0) as SeqNumber;

/** `a + n` modulo 2^32 (`n` may be negative). */
export const seqAdd = (a: SeqNumber, n: number): SeqNumber => ((a + n) >>> 0) as SeqNumber;

/** The signed distance from `b` to `a`, in -2^31..2^31-1: `seqAdd(b, seqSub(a, b)) === a`. */
export const seqSub = (a: SeqNumber, b: SeqNumber): number => (a - b) | 0;

export const seqLt = (a: SeqNumber, b: SeqNumber): boolean => ((a - b) | 0) < 0;
export const seqLe = (a: SeqNumber, b: SeqNumber): boolean => ((a - b) | 0) <= 0;
export const seqGt = (a: SeqNumber, b: SeqNumber): boolean => ((a - b) | 0) > 0;
export const seqGe = (a: SeqNumber, b: SeqNumber): boolean => ((a - b) | 0) >= 0;

export const seqMax = (a: SeqNumber, b: SeqNumber): SeqNumber => (seqGe(a, b) ? a : b);
export const seqMin = (a: SeqNumber, b: SeqNumber): SeqNumber => (seqLe(a, b) ? a : b);

/** `start <= x < start + len` in sequence space (`len` in 0..2^31). */
export const seqInWindow = (x: SeqNumber, start: SeqNumber, len: number): boolean => {
  const d = (x - start) | 0;
  return d >= 0 && d < len;
};
