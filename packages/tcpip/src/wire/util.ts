// Small byte helpers shared by the wire codecs.

/** Thrown (a bug in the caller) when an `emit` is handed a buffer too small for the repr. */
export const emitRoomCheck = (what: string, have: number, need: number): void => {
  if (have < need) {
    throw new RangeError(`Cannot emit ${what}: the buffer has ${have} bytes, it needs ${need}`);
  }
};

/** A DataView over exactly the bytes of `b` (never forget the offset). */
export const dataView = (b: Uint8Array): DataView => new DataView(b.buffer, b.byteOffset, b.byteLength);

/** Copies `src` to `dst` at `offset`, unless it is already there (emit into the buffer it came from). */
export const copyInto = (src: Uint8Array, dst: Uint8Array, offset: number): void => {
  if (src.buffer === dst.buffer && src.byteOffset === dst.byteOffset + offset) return;
  dst.set(src, offset);
};
