// A byte ring for the TCP send and receive buffers: fixed capacity, storage allocated on first
// use (a listener's half-open sockets cost no buffer memory), never grows.

/**
 * `capacity` bounds what `append` takes; `physical` (>= capacity) is the storage size. The
 * receive side keeps a little slack beyond its capacity so that a window edge rounded up to the
 * window-scale unit always has room behind it (`writeAt` may use it, `append` never does).
 */
export class ByteRing {
  private buf: Uint8Array | undefined;
  private head = 0;
  private len = 0;

  constructor(
    readonly capacity: number,
    readonly physical: number = capacity,
  ) {
    if (!Number.isInteger(capacity) || capacity < 1 || physical < capacity) {
      throw new RangeError(`Cannot create a byte ring of ${capacity} bytes (storage ${physical})`);
    }
  }

  /** Readable bytes. */
  get length(): number {
    return this.len;
  }

  /** Room left for `append`. */
  get free(): number {
    return this.capacity - this.len;
  }

  private storage(): Uint8Array {
    if (this.buf === undefined) this.buf = new Uint8Array(this.physical);
    return this.buf;
  }

  /** Empties the ring, and forgets bytes written past the readable ones (storage is kept). */
  clear(): void {
    this.head = 0;
    this.len = 0;
  }

  /** Appends up to `n` bytes of `src` from `off`, bounded by `capacity`; returns how many. */
  append(src: Uint8Array, off: number, n: number): number {
    const k = Math.min(n, this.capacity - this.len);
    if (k <= 0) return 0;
    this.writeAt(this.len, src, off, k);
    this.len += k;
    return k;
  }

  /**
   * Copies up to `n` bytes of `src` from `off` to the position `at` bytes past the first readable
   * byte, without making them readable (see `commit`). Bounded by the physical storage; returns
   * how many bytes were written.
   */
  writeAt(at: number, src: Uint8Array, off: number, n: number): number {
    const k = Math.min(n, this.physical - at);
    if (k <= 0) return 0;
    const b = this.storage();
    let pos = this.head + at;
    if (pos >= this.physical) pos -= this.physical;
    const first = Math.min(k, this.physical - pos);
    b.set(src.subarray(off, off + first), pos);
    if (k > first) b.set(src.subarray(off + first, off + k), 0);
    return k;
  }

  /** Makes `n` bytes written by `writeAt` just past the readable ones readable. */
  commit(n: number): void {
    this.len = Math.min(this.physical, this.len + n);
  }

  /** Drops `n` readable bytes from the front. */
  consume(n: number): void {
    const k = Math.min(n, this.len);
    this.len -= k;
    // Never rewind `head` to 0 when empty: bytes written past the readable ones (out-of-order
    // data, see `writeAt`) are placed relative to it.
    this.head += k;
    if (this.head >= this.physical) this.head -= this.physical;
  }

  /** Copies up to `n` readable bytes from the front into `into` at `off` and consumes them. */
  read(into: Uint8Array, off = 0, n = into.length - off): number {
    const k = Math.min(n, this.len);
    if (k <= 0) return 0;
    this.copyOut(0, k, into, off);
    this.consume(k);
    return k;
  }

  /** Copies `n` bytes starting `at` bytes past the front into `into` at `off`. */
  copyOut(at: number, n: number, into: Uint8Array, off: number): void {
    const b = this.storage();
    let pos = this.head + at;
    if (pos >= this.physical) pos -= this.physical;
    const first = Math.min(n, this.physical - pos);
    into.set(b.subarray(pos, pos + first), off);
    if (n > first) into.set(b.subarray(0, n - first), off + first);
  }

  /**
   * `n` bytes starting `at` bytes past the front: a view into the ring when they are contiguous,
   * else a copy into `scratch` (at least `n` long). Valid until the ring is next changed.
   */
  peek(at: number, n: number, scratch: Uint8Array): Uint8Array {
    const b = this.storage();
    let pos = this.head + at;
    if (pos >= this.physical) pos -= this.physical;
    if (pos + n <= this.physical) return b.subarray(pos, pos + n);
    this.copyOut(at, n, scratch, 0);
    return scratch.subarray(0, n);
  }
}
