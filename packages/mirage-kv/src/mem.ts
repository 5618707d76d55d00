// An in-memory read-write store, for tests and for unikernels that want a scratch store.
import { left, right, type Either } from "fp-ts/Either";
import { Key } from "./key.ts";
import { KvErrors, type KvWriteError } from "./errors.ts";
import type { KvRW, NowNs } from "./kv.ts";
import {
  checkRange,
  emptyDict,
  lookup,
  totalSize,
  treeReader,
  valuePrefix,
  type DictNode,
  type Node,
  type ValueNode,
} from "./tree.ts";

export interface MemKvOptions {
  /** Stamps modification times. */
  readonly clock: NowNs;
  /** Total bytes of all values; a write that would exceed it fails with NoSpace and writes nothing. */
  readonly capacity?: number;
}

const ok: Either<never, void> = right(undefined);

export const memKv = (opts: MemKvOptions): KvRW => {
  const { clock, capacity } = opts;
  let root: DictNode = emptyDict();
  let used = 0;

  const fits = (delta: number): boolean => capacity === undefined || used + delta <= capacity;

  /** Binds `key` (not the root) to `node`, creating dictionaries; the caller checked the path. */
  const insert = (key: Key, node: Node): void => {
    let d = root;
    for (let i = 0; i < key.length - 1; i++) {
      const seg = key[i] as string;
      let next = d.children.get(seg);
      if (next === undefined || next.kind !== "dictionary") {
        next = emptyDict();
        d.children.set(seg, next);
      }
      d = next;
    }
    d.children.set(Key.basename(key), node);
  };

  /** Unbinds `key` (not the root) and prunes the dictionaries it leaves empty. */
  const detach = (key: Key): void => {
    const path: DictNode[] = [root];
    for (let i = 0; i < key.length - 1; i++) {
      const next = (path[i] as DictNode).children.get(key[i] as string);
      if (next === undefined || next.kind !== "dictionary") return;
      path.push(next);
    }
    (path[path.length - 1] as DictNode).children.delete(Key.basename(key));
    for (let i = path.length - 1; i > 0; i--) {
      if ((path[i] as DictNode).children.size > 0) break;
      (path[i - 1] as DictNode).children.delete(key[i - 1] as string);
    }
  };

  /** Common checks for writing a value at `key`: returns the current value node, if any. */
  const writable = (
    op: "set" | "set part of",
    key: Key,
  ): Either<KvWriteError, ValueNode | undefined> => {
    const n = lookup(root, key);
    if (n?.kind === "dictionary") return left(KvErrors.valueExpected(op, key));
    const p = valuePrefix(root, key);
    if (p !== undefined) return left(KvErrors.dictionaryExpected(op, p, key));
    return right(n);
  };

  const put = (key: Key, old: ValueNode | undefined, data: Uint8Array, mtime: bigint): void => {
    used += data.length - (old?.data.length ?? 0);
    insert(key, { kind: "value", data, mtime });
  };

  return {
    kind: "kv.rw",
    ...treeReader(() => root),
    disconnect: async () => {},

    set: async (key, data) => {
      const w = writable("set", key);
      if (w._tag === "Left") return w;
      if (!fits(data.length - (w.right?.data.length ?? 0))) return left(KvErrors.noSpace("set", key));
      put(key, w.right, data.slice(), clock.now());
      return ok;
    },

    setPartial: async (key, offset, data) => {
      checkRange(offset);
      const w = writable("set part of", key);
      if (w._tag === "Left") return w;
      const old = w.right?.data ?? new Uint8Array(0);
      const at = offset > BigInt(old.length) ? old.length : Number(offset);
      const size = Math.max(old.length, at + data.length);
      if (!fits(size - old.length)) return left(KvErrors.noSpace("set part of", key));
      const next = new Uint8Array(size);
      next.set(old);
      next.set(data, at);
      put(key, w.right, next, clock.now());
      return ok;
    },

    allocate: async (key, size, lastModified) => {
      checkRange(size);
      if (lookup(root, key) !== undefined) return left(KvErrors.alreadyPresent("allocate", key));
      const p = valuePrefix(root, key);
      if (p !== undefined) return left(KvErrors.dictionaryExpected("allocate", p, key));
      if (size > BigInt(Number.MAX_SAFE_INTEGER) || !fits(Number(size))) {
        return left(KvErrors.noSpace("allocate", key));
      }
      let data: Uint8Array;
      try {
        data = new Uint8Array(Number(size));
      } catch {
        return left(KvErrors.noSpace("allocate", key));
      }
      put(key, undefined, data, lastModified ?? clock.now());
      return ok;
    },

    remove: async (key) => {
      if (key.length === 0) {
        root = emptyDict();
        used = 0;
        return ok;
      }
      const n = lookup(root, key);
      if (n !== undefined) {
        used -= Number(totalSize(n));
        detach(key);
      }
      return ok;
    },

    rename: async (source, dest) => {
      const src = lookup(root, source);
      if (src === undefined) return left(KvErrors.notFound("rename", source));
      if (src.kind === "dictionary" && Key.isPrefix(source, dest)) {
        return left(KvErrors.renameSourcePrefix(source, dest));
      }
      const target = lookup(root, dest)?.kind === "dictionary" ? Key.add(dest, Key.basename(source)) : dest;
      if (Key.equal(target, source)) return ok;
      const p = valuePrefix(root, target);
      if (p !== undefined) return left(KvErrors.dictionaryExpected("rename", p, source));
      const t = lookup(root, target);
      if (t?.kind === "value") {
        if (src.kind === "dictionary") return left(KvErrors.valueExpected("rename", source));
        used -= t.data.length;
      } else if (t?.kind === "dictionary") {
        return src.kind === "value"
          ? left(KvErrors.valueExpected("rename", target, source))
          : left(KvErrors.alreadyPresent("rename", target));
      }
      detach(source);
      insert(target, src);
      return ok;
    },
  };
};

/** Device definition for config wiring (structurally a `DeviceDefinition<"kv.rw", ...>`). */
export const memKvDevice = {
  kind: "kv.rw" as const,
  connect: async (
    config: { readonly capacity?: number },
    _deps: {},
    ctx: { readonly pclock: NowNs },
  ): Promise<Either<never, KvRW>> => right(memKv({ clock: ctx.pclock, ...config })),
};
