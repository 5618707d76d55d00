// A set of filled byte ranges, as offsets from a moving origin. The receive side uses it to
// track out-of-order data above RCV.NXT (origin RCV.NXT); the send side uses it as the SACK
// scoreboard (origin SND.UNA). Bounded: a range that would need a new entry beyond
// `maxRanges` is refused, so a peer cannot make us keep an unbounded list of holes.

export class Assembler {
  // [start0, end0, start1, end1, ...]: sorted, disjoint and not adjacent (touching ranges merge).
  private r: number[] = [];

  constructor(readonly maxRanges = 32) {}

  get isEmpty(): boolean {
    return this.r.length === 0;
  }

  /** Number of ranges. */
  get count(): number {
    return this.r.length >>> 1;
  }

  start(i: number): number {
    return this.r[2 * i] as number;
  }

  end(i: number): number {
    return this.r[2 * i + 1] as number;
  }

  clear(): void {
    this.r.length = 0;
  }

  /**
   * Marks `[start, end)` filled. Returns false (and changes nothing) when that would need one
   * range more than `maxRanges`; a range starting at 0 is always taken (it is about to be
   * popped). Returns true also when nothing was new (see `covers`).
   */
  add(start: number, end: number): boolean {
    if (end <= start) return true;
    const r = this.r;
    let i = 0;
    while (i < r.length && (r[i + 1] as number) < start) i += 2;
    let j = i;
    let s = start;
    let e = end;
    while (j < r.length && (r[j] as number) <= end) {
      s = Math.min(s, r[j] as number);
      e = Math.max(e, r[j + 1] as number);
      j += 2;
    }
    if (j === i && r.length >= 2 * this.maxRanges && start > 0) return false;
    r.splice(i, j - i, s, e);
    return true;
  }

  /** True if every offset of `[start, end)` is filled. */
  covers(start: number, end: number): boolean {
    const r = this.r;
    for (let i = 0; i < r.length; i += 2) {
      if ((r[i] as number) <= start && end <= (r[i + 1] as number)) return true;
    }
    return end <= start;
  }

  /** The index of the range holding `off`, or -1. */
  indexOf(off: number): number {
    const r = this.r;
    for (let i = 0; i < r.length; i += 2) {
      if ((r[i] as number) <= off && off < (r[i + 1] as number)) return i >>> 1;
    }
    return -1;
  }

  /** If a range starts at 0: removes it, moves the origin past it and returns its length. */
  popFront(): number {
    const r = this.r;
    if (r.length === 0 || r[0] !== 0) return 0;
    const n = r[1] as number;
    r.splice(0, 2);
    for (let i = 0; i < r.length; i++) r[i] = (r[i] as number) - n;
    return n;
  }

  /** Moves the origin forward by `n`: ranges below it are dropped, a range across it is cut. */
  shift(n: number): void {
    if (n <= 0) return;
    const r = this.r;
    let w = 0;
    for (let i = 0; i < r.length; i += 2) {
      const e = (r[i + 1] as number) - n;
      if (e <= 0) continue;
      r[w] = Math.max(0, (r[i] as number) - n);
      r[w + 1] = e;
      w += 2;
    }
    r.length = w;
  }

  /** Drops everything at or above `limit`, cutting a range across it. */
  truncate(limit: number): void {
    const r = this.r;
    let w = 0;
    for (let i = 0; i < r.length; i += 2) {
      const s = r[i] as number;
      if (s >= limit) break;
      r[w] = s;
      r[w + 1] = Math.min(limit, r[i + 1] as number);
      w += 2;
    }
    r.length = w;
  }

  /** Total bytes filled. */
  filled(): number {
    let n = 0;
    const r = this.r;
    for (let i = 0; i < r.length; i += 2) n += (r[i + 1] as number) - (r[i] as number);
    return n;
  }

  toArray(): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    for (let i = 0; i < this.r.length; i += 2) out.push([this.r[i] as number, this.r[i + 1] as number]);
    return out;
  }
}
