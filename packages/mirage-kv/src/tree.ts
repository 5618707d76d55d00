// An in-memory tree and the read side of the signature over it, shared by the mem and crunch
// stores. Internal: not exported from the package index.
import { left, right, type Either } from "fp-ts/Either";
import { Key } from "./key.ts";
import { KvErrors, type KvError } from "./errors.ts";
import type { EntryKind, KvRO } from "./kv.ts";
import { dictionaryDigest, valueDigest } from "./digest.ts";

export interface ValueNode {
  readonly kind: "value";
  readonly data: Uint8Array;
  readonly mtime: bigint;
}
export interface DictNode {
  readonly kind: "dictionary";
  readonly children: Map<string, Node>;
}
export type Node = ValueNode | DictNode;

export const emptyDict = (): DictNode => ({ kind: "dictionary", children: new Map() });

/** The node at `key`, or undefined (including when the path runs through a value). */
export const lookup = (root: DictNode, key: Key): Node | undefined => {
  let node: Node = root;
  for (const seg of key) {
    if (node.kind !== "dictionary") return undefined;
    const next: Node | undefined = node.children.get(seg);
    if (next === undefined) return undefined;
    node = next;
  }
  return node;
};

/** The shortest proper prefix of `key` bound to a value, if any. */
export const valuePrefix = (root: DictNode, key: Key): Key | undefined => {
  let node: Node = root;
  for (let i = 0; i < key.length - 1; i++) {
    if (node.kind !== "dictionary") return undefined;
    const next: Node | undefined = node.children.get(key[i] as string);
    if (next === undefined) return undefined;
    if (next.kind === "value") return Key.ofSegments(key.slice(0, i + 1));
    node = next;
  }
  return undefined;
};

const sortedNames = (d: DictNode): string[] =>
  [...d.children.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

export const totalSize = (node: Node): bigint => {
  if (node.kind === "value") return BigInt(node.data.length);
  let n = 0n;
  for (const c of node.children.values()) n += totalSize(c);
  return n;
};

export const latestMtime = (node: Node): bigint => {
  if (node.kind === "value") return node.mtime;
  let t = 0n;
  for (const c of node.children.values()) {
    const m = latestMtime(c);
    if (m > t) t = m;
  }
  return t;
};

export const nodeDigest = (node: Node, cache?: WeakMap<Node, Uint8Array>): Uint8Array => {
  const hit = cache?.get(node);
  if (hit !== undefined) return hit;
  const d =
    node.kind === "value"
      ? valueDigest(node.data)
      : dictionaryDigest(
          [...node.children].map(([name, c]) => ({ name, kind: c.kind, digest: nodeDigest(c, cache) })),
        );
  cache?.set(node, d);
  return d;
};

export const checkRange = (offset: bigint, length?: number): void => {
  if (offset < 0n) throw new RangeError(`Invalid offset ${offset}: must be >= 0`);
  if (length !== undefined && (!Number.isSafeInteger(length) || length < 0)) {
    throw new RangeError(`Invalid length ${length}: must be a non-negative integer`);
  }
};

/** Bytes [offset, offset+length) of `data`, clipped; a fresh copy. */
export const slicePartial = (data: Uint8Array, offset: bigint, length: number): Uint8Array => {
  if (offset >= BigInt(data.length)) return new Uint8Array(0);
  const start = Number(offset);
  return data.slice(start, Math.min(data.length, start + length));
};

/** The read half of the signature over a tree (the tree may change between calls). */
export const treeReader = (
  getRoot: () => DictNode,
  digestCache?: WeakMap<Node, Uint8Array>,
): Omit<KvRO, "kind" | "disconnect"> => {
  const at = (key: Key): Node | undefined => lookup(getRoot(), key);
  const value = (op: "get" | "get part of", key: Key): Either<KvError, Uint8Array> => {
    const n = at(key);
    if (n === undefined) return left(KvErrors.notFound(op, key));
    if (n.kind === "dictionary") return left(KvErrors.valueExpected(op, key));
    return right(n.data);
  };
  return {
    exists: async (key) => right(at(key)?.kind),
    get: async (key) => {
      const v = value("get", key);
      return v._tag === "Right" ? right(v.right.slice()) : v;
    },
    getPartial: async (key, offset, length) => {
      checkRange(offset, length);
      const v = value("get part of", key);
      return v._tag === "Right" ? right(slicePartial(v.right, offset, length)) : v;
    },
    list: async (key) => {
      const n = at(key);
      if (n === undefined) return left(KvErrors.notFound("list", key));
      if (n.kind === "value") return left(KvErrors.dictionaryExpected("list", key));
      return right(
        sortedNames(n).map((name): readonly [Key, EntryKind] => [
          Key.add(key, name),
          (n.children.get(name) as Node).kind,
        ]),
      );
    },
    lastModified: async (key) => {
      const n = at(key);
      return n === undefined ? left(KvErrors.notFound("read the modification time of", key)) : right(latestMtime(n));
    },
    digest: async (key) => {
      const n = at(key);
      return n === undefined ? left(KvErrors.notFound("digest", key)) : right(nodeDigest(n, digestCache).slice());
    },
    size: async (key) => {
      const n = at(key);
      return n === undefined ? left(KvErrors.notFound("size", key)) : right(totalSize(n));
    },
  };
};
