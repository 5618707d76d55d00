// Read-only store over files embedded in the bundle. The build step generates a module that
// calls `crunchedKv` (or wires `crunchDevice`) with the files of a host directory.
import { left, right, type Either } from "fp-ts/Either";
import { Key } from "./key.ts";
import type { KvRO } from "./kv.ts";
import { emptyDict, treeReader, type DictNode, type Node } from "./tree.ts";

export interface CrunchEntry {
  /** "/dir/file": parsed with `Key.v`. */
  readonly path: string;
  readonly data: Uint8Array;
  /** Modification time, ns since the Unix epoch. */
  readonly mtimeNs: bigint;
}

/**
 * A read-only store over `entries`. The data is not copied at build time (reads return copies).
 * Throws a RangeError when two entries have the same path, one path lies under another, or a path
 * is the root: the generator is wrong.
 */
export const crunchedKv = (entries: ReadonlyArray<CrunchEntry>): KvRO => {
  const root: DictNode = emptyDict();
  for (const e of entries) {
    const key = Key.v(e.path);
    const bad = (why: string): never => {
      throw new RangeError(`Cannot crunch ${JSON.stringify(e.path)}: ${why}`);
    };
    if (key.length === 0) bad("the root cannot be a value");
    let d = root;
    for (let i = 0; i < key.length - 1; i++) {
      const seg = key[i] as string;
      let next: Node | undefined = d.children.get(seg);
      if (next === undefined) {
        next = emptyDict();
        d.children.set(seg, next);
      } else if (next.kind === "value") {
        bad(`${Key.toString(Key.ofSegments(key.slice(0, i + 1)))} is a file`);
      }
      d = next as DictNode;
    }
    const name = Key.basename(key);
    if (d.children.has(name)) bad("duplicate path or directory");
    d.children.set(name, { kind: "value", data: e.data, mtime: e.mtimeNs });
  }
  return { kind: "kv.ro", ...treeReader(() => root, new WeakMap()), disconnect: async () => {} };
};

export interface CrunchConfigError {
  readonly _tag: "InvalidCrunch";
  readonly message: string;
}

/** Device definition for config wiring (structurally a `DeviceDefinition<"kv.ro", ...>`). */
export const crunchDevice = {
  kind: "kv.ro" as const,
  connect: async (
    config: { readonly entries: ReadonlyArray<CrunchEntry> },
    _deps: {},
    _ctx: unknown,
  ): Promise<Either<CrunchConfigError, KvRO>> => {
    try {
      return right(crunchedKv(config.entries));
    } catch (e) {
      return left({ _tag: "InvalidCrunch", message: e instanceof Error ? e.message : String(e) });
    }
  },
};

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/**
 * Decodes standard base64 (padding optional, whitespace ignored), for generated modules that embed
 * data as strings; no `atob` in every guest. Throws a RangeError on other characters.
 */
export const base64Decode = (s: string): Uint8Array => {
  const clean = s.replace(/[\s=]/g, "");
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    const v = B64.indexOf(clean[i] as string);
    if (v < 0) throw new RangeError(`Cannot decode base64: bad character at ${i}`);
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
};
