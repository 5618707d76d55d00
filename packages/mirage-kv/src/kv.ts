// The key-value store signatures, after Mirage_kv v6 (RO and RW).
//
// A store is a tree of nested dictionaries whose leaves are byte values. Dictionaries are
// implicit: a key is a dictionary when it is the root or a strict prefix of a key bound to a
// value; a dictionary disappears with its last value. (The unix directory store prunes the
// directories it empties; an empty directory created behind its back shows as an empty
// dictionary.) A value and a dictionary never share a key, and nothing lives under a value.
//
// Reads never fail with DictionaryExpected except `list` on a value: a key under a value simply
// does not exist (NotFound / `undefined`).
import type { Either } from "fp-ts/Either";
import type { Key } from "./key.ts";
import type { KvError, KvWriteError } from "./errors.ts";

export type EntryKind = "value" | "dictionary";

export interface KvRO {
  readonly kind: "kv.ro" | "kv.rw";

  /** `"value"`, `"dictionary"` (always for the root) or `undefined` when `key` is unbound. */
  exists(key: Key): Promise<Either<KvError, EntryKind | undefined>>;

  /** The value bound to `key`. ValueExpected on a dictionary, NotFound when unbound. */
  get(key: Key): Promise<Either<KvError, Uint8Array>>;

  /**
   * Up to `length` bytes of the value from `offset`: short at the end, empty past it. Same errors
   * as `get`. A negative `offset` or `length` is a caller bug (the promise rejects with a RangeError).
   */
  getPartial(key: Key, offset: bigint, length: number): Promise<Either<KvError, Uint8Array>>;

  /**
   * The entries of the dictionary `key`, as absolute keys (`Key.add(key, name)`) with their kind,
   * sorted by `Key.compare`. DictionaryExpected on a value, NotFound when unbound.
   */
  list(key: Key): Promise<Either<KvError, ReadonlyArray<readonly [Key, EntryKind]>>>;

  /**
   * Nanoseconds since the Unix epoch. For a value, its last modification; for a dictionary, the
   * latest of the values under it (0n for an empty root). NotFound when unbound.
   */
  lastModified(key: Key): Promise<Either<KvError, bigint>>;

  /**
   * For a value, SHA-256 of its bytes. For a dictionary, a Merkle digest of its entries (see
   * `dictionaryDigest`), so equal trees have equal digests on every backend. NotFound when unbound.
   */
  digest(key: Key): Promise<Either<KvError, Uint8Array>>;

  /** Byte length of a value; for a dictionary, the total of the values under it. NotFound when unbound. */
  size(key: Key): Promise<Either<KvError, bigint>>;

  /** Releases the store. Never fails; the store must not be used afterwards. */
  disconnect(): Promise<void>;
}

export interface KvRW extends KvRO {
  readonly kind: "kv.rw";

  /**
   * Binds `key` to a copy of `data`, creating the dictionaries above it. ValueExpected(key) when
   * `key` is a dictionary (or the root), DictionaryExpected(p) when a prefix `p` of `key` is a
   * value, NoSpace when it does not fit (nothing written). Durable when it returns.
   */
  set(key: Key, data: Uint8Array): Promise<Either<KvWriteError, void>>;

  /**
   * Writes `data` into the value at `offset`, keeping the bytes after it. An offset past the end
   * appends (no zero fill: the write starts at min(offset, size)). An unbound key is created as
   * if empty. Same errors as `set`. A negative offset is a caller bug (RangeError).
   */
  setPartial(key: Key, offset: bigint, data: Uint8Array): Promise<Either<KvWriteError, void>>;

  /**
   * Removes the value or the whole dictionary at `key`; the root empties the store. Removing an
   * unbound key succeeds and does nothing.
   */
  remove(key: Key): Promise<Either<KvWriteError, void>>;

  /**
   * Moves `source` to `dest`, keeping modification times. In order:
   * - NotFound(source) when `source` is unbound;
   * - RenameSourcePrefix(source, dest) when `source` is a dictionary and `dest` is it or inside it;
   * - when `dest` is a dictionary, the target is `dest/basename(source)` (moved inside), else `dest`;
   * - a target equal to `source` is a no-op;
   * - DictionaryExpected(p) when a prefix `p` of the target is a value;
   * - target is a value: a value source replaces it, a dictionary source gives ValueExpected(source);
   * - target is a dictionary (only after moving inside): ValueExpected(target) for a value source,
   *   AlreadyPresent(target) for a dictionary source;
   * - otherwise the value or the whole dictionary moves, creating dictionaries above the target.
   */
  rename(source: Key, dest: Key): Promise<Either<KvWriteError, void>>;

  /**
   * Binds `key` to `size` zero bytes, with `lastModified` (ns since epoch) when given.
   * AlreadyPresent(key) when `key` is bound (value, dictionary or the root), DictionaryExpected(p)
   * when a prefix is a value, NoSpace when it does not fit.
   */
  allocate(key: Key, size: bigint, lastModified?: bigint): Promise<Either<KvWriteError, void>>;
}

/** What stores need from a clock: the POSIX time in nanoseconds (a `PClock` fits). */
export interface NowNs {
  now(): bigint;
}
