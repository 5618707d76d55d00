// Structured keys: a path of segments, as in Mirage_kv.Key.
//
// A key is a frozen array of non-empty segments, none containing "/". It is a plain value:
// compare with `Key.equal`, order with `Key.compare`, print with `Key.toString`. Segments are
// opaque: "." and ".." are ordinary segments here (a backend that maps keys to host paths, such
// as the unix directory store, must refuse them).

declare const keyBrand: unique symbol;

/** A structured key. Build one with `Key.v`, `Key.add`, `Key.ofSegments` or `Key.root`. */
export type Key = ReadonlyArray<string> & { readonly [keyBrand]: true };

const make = (segments: ReadonlyArray<string>): Key => Object.freeze(segments.slice()) as unknown as Key;

/** Throws: a bad segment is a programming error, not a storage error. */
const checkSegment = (segment: string): string => {
  if (segment === "" || segment.includes("/")) {
    throw new RangeError(`Cannot build key: ${JSON.stringify(segment)} is not a valid segment`);
  }
  return segment;
};

const root: Key = make([]);

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const Key = {
  /** The empty key: the top-level dictionary. */
  root,

  /**
   * Parses a path: splits on "/" and drops empty segments, so `"a/b"`, `"/a/b"` and `"//a/b/"`
   * are the same key. Total.
   */
  v: (path: string): Key => make(path.split("/").filter((s) => s !== "")),

  /** The key with the given segments. Throws a RangeError on an empty segment or one containing "/". */
  ofSegments: (segments: ReadonlyArray<string>): Key => make(segments.map(checkSegment)),

  /** `key/segment`. Throws a RangeError on an empty segment or one containing "/". */
  add: (key: Key, segment: string): Key => make([...key, checkSegment(segment)]),

  /** `a/b`. */
  append: (a: Key, b: Key): Key => make([...a, ...b]),

  /** The key without its last segment; `parent(root)` is `root`. */
  parent: (key: Key): Key => make(key.slice(0, -1)),

  /** The last segment; `basename(root)` is `""`. `add(parent(k), basename(k))` is `k` for k ≠ root. */
  basename: (key: Key): string => key[key.length - 1] ?? "",

  segments: (key: Key): ReadonlyArray<string> => key,

  isRoot: (key: Key): boolean => key.length === 0,

  /** "/a/b"; the root is "/". */
  toString: (key: Key): string => "/" + key.join("/"),

  equal: (a: Key, b: Key): boolean => a.length === b.length && a.every((s, i) => s === b[i]),

  /** Segment-wise, by UTF-16 code units; a key sorts before the keys under it. */
  compare: (a: Key, b: Key): number => {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      const c = compareStrings(a[i] as string, b[i] as string);
      if (c !== 0) return c;
    }
    return a.length - b.length;
  },

  /** Whether `prefix` is `key` or one of its ancestors (the root is a prefix of every key). */
  isPrefix: (prefix: Key, key: Key): boolean =>
    prefix.length <= key.length && prefix.every((s, i) => s === key[i]),
} as const;
