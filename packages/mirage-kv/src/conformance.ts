// The conformance suite every kv backend runs (mem, crunch, unix directory, solo5 ...).
//
// The reference is a deliberately naive model: a flat map from key to bytes, with dictionaries
// derived from the keys (see the semantics in kv.ts). Results are compared after normalising:
// values as hex, errors as their tag and key(s); messages and modification times are not part of
// the model (times are checked by separate, weaker properties).
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import type { Either } from "fp-ts/Either";
import { Key } from "./key.ts";
import type { KvWriteError } from "./errors.ts";
import type { EntryKind, KvRO, KvRW } from "./kv.ts";
import { dictionaryDigest, toHex, valueDigest } from "./digest.ts";

export interface ConformanceFile {
  readonly path: string;
  readonly data: Uint8Array;
}

// ---------------------------------------------------------------------------------------------
// Normalised results

type Norm =
  | { readonly ok: unknown }
  | { readonly err: string; readonly key?: string; readonly source?: string; readonly dest?: string };

const normErr = (e: KvWriteError): Norm => {
  switch (e._tag) {
    case "NoSpace":
      return { err: e._tag };
    case "RenameSourcePrefix":
      return { err: e._tag, source: Key.toString(e.source), dest: Key.toString(e.dest) };
    case "StorageError":
      return { err: e._tag, key: `${Key.toString(e.key)} (${e.message})` };
    default:
      return { err: e._tag, key: Key.toString(e.key) };
  }
};

const norm = <A>(r: Either<KvWriteError, A>, f: (a: A) => unknown = (a) => a): Norm =>
  r._tag === "Left" ? normErr(r.left) : { ok: f(r.right) };

const hex = (b: Uint8Array): string => toHex(b);
const normList = (l: ReadonlyArray<readonly [Key, EntryKind]>): unknown =>
  l.map(([k, kind]) => [Key.toString(k), kind]);

const ok = (v: unknown): Norm => ({ ok: v });
const err = (tag: string, key: Key): Norm => ({ err: tag, key: Key.toString(key) });

// ---------------------------------------------------------------------------------------------
// The model

const s = Key.toString;

class Model {
  /** Key.toString(key) -> [key, bytes]. */
  readonly files = new Map<string, readonly [Key, Uint8Array]>();

  static of(files: ReadonlyArray<ConformanceFile>): Model {
    const m = new Model();
    for (const f of files) {
      const k = Key.v(f.path);
      m.files.set(s(k), [k, f.data]);
    }
    return m;
  }

  kind(k: Key): EntryKind | undefined {
    if (this.files.has(s(k))) return "value";
    if (k.length === 0) return "dictionary";
    for (const [fk] of this.files.values()) if (fk.length > k.length && Key.isPrefix(k, fk)) return "dictionary";
    return undefined;
  }

  valuePrefix(k: Key): Key | undefined {
    for (let i = 1; i < k.length; i++) {
      const p = Key.ofSegments(k.slice(0, i));
      if (this.files.has(s(p))) return p;
    }
    return undefined;
  }

  /** Values at or under `k`. */
  under(k: Key): Array<readonly [Key, Uint8Array]> {
    return [...this.files.values()].filter(([fk]) => Key.isPrefix(k, fk));
  }

  children(k: Key): Array<readonly [Key, EntryKind]> {
    const names = new Map<string, EntryKind>();
    for (const [fk] of this.files.values()) {
      if (fk.length > k.length && Key.isPrefix(k, fk)) {
        const name = fk[k.length] as string;
        names.set(name, fk.length === k.length + 1 ? "value" : "dictionary");
      }
    }
    return [...names].map(([n, kind]) => [Key.add(k, n), kind] as const).sort((a, b) => Key.compare(a[0], b[0]));
  }

  digestOf(k: Key): Uint8Array {
    const v = this.files.get(s(k));
    if (v !== undefined) return valueDigest(v[1]);
    return dictionaryDigest(
      this.children(k).map(([ck, kind]) => ({ name: Key.basename(ck), kind, digest: this.digestOf(ck) })),
    );
  }

  // Reads, as normalised results.
  exists(k: Key): Norm {
    return ok(this.kind(k));
  }
  get(k: Key): Norm {
    const kind = this.kind(k);
    if (kind === undefined) return err("NotFound", k);
    if (kind === "dictionary") return err("ValueExpected", k);
    return ok(hex((this.files.get(s(k)) as readonly [Key, Uint8Array])[1]));
  }
  getPartial(k: Key, offset: bigint, length: number): Norm {
    const kind = this.kind(k);
    if (kind === undefined) return err("NotFound", k);
    if (kind === "dictionary") return err("ValueExpected", k);
    const data = (this.files.get(s(k)) as readonly [Key, Uint8Array])[1];
    if (offset >= BigInt(data.length)) return ok("");
    return ok(hex(data.slice(Number(offset), Number(offset) + length)));
  }
  list(k: Key): Norm {
    const kind = this.kind(k);
    if (kind === undefined) return err("NotFound", k);
    if (kind === "value") return err("DictionaryExpected", k);
    return ok(normList(this.children(k)));
  }
  size(k: Key): Norm {
    if (this.kind(k) === undefined) return err("NotFound", k);
    return ok(this.under(k).reduce((n, [, d]) => n + BigInt(d.length), 0n));
  }
  digest(k: Key): Norm {
    if (this.kind(k) === undefined) return err("NotFound", k);
    return ok(hex(this.digestOf(k)));
  }

  // Writes: return the normalised result and apply on success.
  private writeCheck(k: Key): Norm | undefined {
    if (this.kind(k) === "dictionary") return err("ValueExpected", k);
    const p = this.valuePrefix(k);
    if (p !== undefined) return err("DictionaryExpected", p);
    return undefined;
  }
  set(k: Key, data: Uint8Array): Norm {
    const e = this.writeCheck(k);
    if (e !== undefined) return e;
    this.files.set(s(k), [k, data.slice()]);
    return ok(undefined);
  }
  setPartial(k: Key, offset: bigint, data: Uint8Array): Norm {
    const e = this.writeCheck(k);
    if (e !== undefined) return e;
    const old = this.files.get(s(k))?.[1] ?? new Uint8Array(0);
    const at = offset > BigInt(old.length) ? old.length : Number(offset);
    const next = new Uint8Array(Math.max(old.length, at + data.length));
    next.set(old);
    next.set(data, at);
    this.files.set(s(k), [k, next]);
    return ok(undefined);
  }
  allocate(k: Key, size: bigint): Norm {
    if (this.kind(k) !== undefined) return err("AlreadyPresent", k);
    const p = this.valuePrefix(k);
    if (p !== undefined) return err("DictionaryExpected", p);
    this.files.set(s(k), [k, new Uint8Array(Number(size))]);
    return ok(undefined);
  }
  remove(k: Key): Norm {
    for (const [fk] of this.under(k)) this.files.delete(s(fk));
    return ok(undefined);
  }
  rename(source: Key, dest: Key): Norm {
    const sk = this.kind(source);
    if (sk === undefined) return err("NotFound", source);
    if (sk === "dictionary" && Key.isPrefix(source, dest)) {
      return { err: "RenameSourcePrefix", source: s(source), dest: s(dest) };
    }
    const target = this.kind(dest) === "dictionary" ? Key.add(dest, Key.basename(source)) : dest;
    if (Key.equal(target, source)) return ok(undefined);
    const p = this.valuePrefix(target);
    if (p !== undefined) return err("DictionaryExpected", p);
    const tk = this.kind(target);
    if (tk === "value" && sk === "dictionary") return err("ValueExpected", source);
    if (tk === "dictionary") return sk === "value" ? err("ValueExpected", target) : err("AlreadyPresent", target);
    const moved = this.under(source);
    this.remove(target);
    for (const [fk] of moved) this.files.delete(s(fk));
    for (const [fk, d] of moved) {
      const nk = Key.append(target, Key.ofSegments(fk.slice(source.length)));
      this.files.set(s(nk), [nk, d]);
    }
    return ok(undefined);
  }
}

// ---------------------------------------------------------------------------------------------
// Checks shared by both suites

/** Compares every read of `store` against `model`, for the given extra keys too. */
const checkAgainstModel = async (store: KvRO, model: Model, extra: ReadonlyArray<Key> = []): Promise<void> => {
  const keys = new Map<string, Key>([["/", Key.root]]);
  for (const [fk] of model.files.values()) {
    for (let i = 0; i <= fk.length; i++) {
      const p = Key.ofSegments(fk.slice(0, i));
      keys.set(s(p), p);
    }
    const under = Key.add(fk, "zz");
    keys.set(s(under), under);
    const sibling = Key.add(Key.parent(fk), "zz");
    keys.set(s(sibling), sibling);
  }
  for (const k of extra) keys.set(s(k), k);

  for (const k of keys.values()) {
    const at = `at ${s(k)}`;
    expect(norm(await store.exists(k)), at).toEqual(model.exists(k));
    expect(norm(await store.get(k), hex), at).toEqual(model.get(k));
    expect(norm(await store.list(k), normList), at).toEqual(model.list(k));
    expect(norm(await store.size(k)), at).toEqual(model.size(k));
    expect(norm(await store.digest(k), hex), at).toEqual(model.digest(k));
    const kind = model.kind(k);
    const len = kind === "value" ? (model.files.get(s(k)) as readonly [Key, Uint8Array])[1].length : 4;
    for (const [off, n] of [[0, len], [0, 0], [1, 2], [len, 3], [len + 5, 1], [Math.max(0, len - 2), 10]] as const) {
      expect(norm(await store.getPartial(k, BigInt(off), n), hex), `${at} [${off}, +${n}]`).toEqual(
        model.getPartial(k, BigInt(off), n),
      );
    }
    const lm = await store.lastModified(k);
    if (kind === undefined) {
      expect(norm(lm), at).toEqual(err("NotFound", k));
    } else {
      expect(lm._tag, at).toBe("Right");
      if (lm._tag === "Right" && kind === "dictionary") {
        // The latest of the values under it.
        let latest = 0n;
        for (const [fk] of model.under(k)) {
          const t = await store.lastModified(fk);
          if (t._tag === "Right" && t.right > latest) latest = t.right;
        }
        if (model.under(k).length > 0) expect(lm.right, at).toBe(latest);
      }
    }
  }
};

// Names valid on every backend (no ".", "..", NUL or reserved prefixes), some non-ASCII.
const segmentArb = fc.constantFrom("a", "b", "c", "x y", "é", ".h", "Ab");

const filesArb: fc.Arbitrary<ConformanceFile[]> = fc
  .array(
    fc.record({
      segs: fc.array(segmentArb, { minLength: 1, maxLength: 3 }),
      data: fc.uint8Array({ maxLength: 48 }),
    }),
    { maxLength: 10 },
  )
  .map((raw) => {
    const kept: Array<{ segs: string[]; data: Uint8Array }> = [];
    for (const f of raw) {
      const k = Key.ofSegments(f.segs);
      const clash = kept.some(({ segs }) => {
        const o = Key.ofSegments(segs);
        return Key.isPrefix(o, k) || Key.isPrefix(k, o);
      });
      if (!clash) kept.push(f);
    }
    return kept.map(({ segs, data }) => ({ path: "/" + segs.join("/"), data }));
  });

// ---------------------------------------------------------------------------------------------
// RO suite

export interface RoConformanceOptions {
  readonly numRuns?: number;
}

/**
 * Read-only conformance: `make(files)` must build a store holding exactly `files` (paths are
 * "/a/b" strings, never clashing: no path is a prefix of another).
 */
export const kvRoConformance = (
  name: string,
  make: (files: ReadonlyArray<ConformanceFile>) => Promise<KvRO>,
  opts: RoConformanceOptions = {},
): void => {
  const numRuns = opts.numRuns ?? 40;

  describe(`${name}: kv.ro conformance`, () => {
    it("an empty store has an empty root dictionary", async () => {
      const kv = await make([]);
      expect(norm(await kv.exists(Key.root))).toEqual(ok("dictionary"));
      expect(norm(await kv.list(Key.root), normList)).toEqual(ok([]));
      expect(norm(await kv.get(Key.root))).toEqual(err("ValueExpected", Key.root));
      expect(norm(await kv.size(Key.root))).toEqual(ok(0n));
      expect(norm(await kv.get(Key.v("/missing")))).toEqual(err("NotFound", Key.v("/missing")));
      await kv.disconnect();
    });

    it("answers like the model on a small fixed tree, with messages", async () => {
      const files = [
        { path: "/index.html", data: Uint8Array.of(60, 104, 49, 62) },
        { path: "/css/site.css", data: new Uint8Array(300).map((_, i) => i & 0xff) },
        { path: "/css/print/p.css", data: new Uint8Array(0) },
      ];
      const kv = await make(files);
      await checkAgainstModel(kv, Model.of(files), [Key.v("/css/site.css/x/y"), Key.v("/nope/deeper")]);
      const e = await kv.get(Key.v("/a/b"));
      expect(e._tag === "Left" && e.left.message).toBe("Cannot get /a/b: not found");
      const l = await kv.list(Key.v("/index.html"));
      expect(l._tag === "Left" && l.left.message).toMatch(/^Cannot list \/index.html: /);
      const p = await kv.getPartial(Key.v("/css/site.css"), 298n, 10);
      expect(p._tag === "Right" && [...p.right]).toEqual([298 & 0xff, 299 & 0xff]);
      await kv.disconnect();
    });

    it("answers every read like the model on random trees", async () => {
      await fc.assert(
        fc.asyncProperty(filesArb, async (files) => {
          const kv = await make(files);
          await checkAgainstModel(kv, Model.of(files));
          await kv.disconnect();
        }),
        { numRuns },
      );
    });

    it("does not let callers mutate stored values through returned buffers", async () => {
      const kv = await make([{ path: "/f", data: Uint8Array.of(1, 2, 3) }]);
      const a = await kv.get(Key.v("/f"));
      if (a._tag === "Right") a.right.fill(9);
      expect(norm(await kv.get(Key.v("/f")), hex)).toEqual(ok("010203"));
      await kv.disconnect();
    });
  });
};

// ---------------------------------------------------------------------------------------------
// RW suite: model-based

type Cmd = fc.AsyncCommand<Model, KvRW>;

// Few names and shallow trees, so that commands keep hitting the same keys and their prefixes.
const keyArb: fc.Arbitrary<Key> = fc
  .oneof(fc.array(fc.constantFrom("a", "b", "c"), { maxLength: 2 }), fc.array(fc.constantFrom("a", "b"), { maxLength: 3 }))
  .map((segs) => Key.ofSegments(segs));

/**
 * A key chosen when the command runs: most of the time one that exists in the model then (a value
 * or a dictionary, so renames and removes mostly hit something), else the generated one.
 */
interface KeyRef {
  readonly generated: Key;
  readonly pick: number | null;
}
const keyRefArb: fc.Arbitrary<KeyRef> = fc.record({
  generated: keyArb,
  pick: fc.option(fc.nat(), { freq: 3 }),
});
const resolveRef = (m: Model, r: KeyRef): Key => {
  if (r.pick === null) return r.generated;
  const keys = new Map<string, Key>();
  for (const [fk] of m.files.values()) {
    for (let i = 1; i <= fk.length; i++) {
      const p = Key.ofSegments(fk.slice(0, i));
      keys.set(s(p), p);
    }
  }
  const sorted = [...keys.values()].sort(Key.compare);
  return sorted[r.pick % Math.max(1, sorted.length)] ?? r.generated;
};

const dataArb = fc.uint8Array({ maxLength: 12 });
const offsetArb = fc.bigInt({ min: 0n, max: 16n });

/** A command over keys resolved at run time; `label` names them for the counterexample. */
const cmd = <K extends ReadonlyArray<KeyRef>>(
  refs: K,
  label: (...keys: Key[]) => string,
  apply: (m: Model, ...keys: Key[]) => Norm,
  run: (r: KvRW, ...keys: Key[]) => Promise<Norm>,
): Cmd => {
  let shown = label(...refs.map((r) => r.generated));
  return {
    check: () => true,
    run: async (m, r) => {
      const keys = refs.map((ref) => resolveRef(m, ref));
      shown = label(...keys);
      const actual = await run(r, ...keys);
      const expected = apply(m, ...keys);
      expect(actual, shown).toEqual(expected);
    },
    toString: () => shown,
  };
};

const hexS = (d: Uint8Array): string => (d.length === 0 ? "''" : hex(d));
const k0 = (ks: Key[]): Key => ks[0] as Key;
const k1 = (ks: Key[]): Key => ks[1] as Key;

const commandArbs: Array<fc.Arbitrary<Cmd>> = [
  ...[1, 2].map(() =>
    fc.tuple(keyRefArb, dataArb).map(([ref, d]) =>
      cmd(
        [ref],
        (...ks) => `set ${s(k0(ks))} ${hexS(d)}`,
        (m, ...ks) => m.set(k0(ks), d),
        async (r, ...ks) => norm(await r.set(k0(ks), d)),
      ),
    ),
  ),
  fc.tuple(keyRefArb, offsetArb, dataArb).map(([ref, o, d]) =>
    cmd(
      [ref],
      (...ks) => `setPartial ${s(k0(ks))} @${o} ${hexS(d)}`,
      (m, ...ks) => m.setPartial(k0(ks), o, d),
      async (r, ...ks) => norm(await r.setPartial(k0(ks), o, d)),
    ),
  ),
  fc.tuple(keyRefArb, fc.bigInt({ min: 0n, max: 12n })).map(([ref, n]) =>
    cmd(
      [ref],
      (...ks) => `allocate ${s(k0(ks))} ${n}`,
      (m, ...ks) => m.allocate(k0(ks), n),
      async (r, ...ks) => norm(await r.allocate(k0(ks), n)),
    ),
  ),
  keyRefArb.map((ref) =>
    cmd(
      [ref],
      (...ks) => `remove ${s(k0(ks))}`,
      (m, ...ks) => m.remove(k0(ks)),
      async (r, ...ks) => norm(await r.remove(k0(ks))),
    ),
  ),
  ...[1, 2].map(() =>
    fc.tuple(keyRefArb, keyRefArb).map(([a, b]) =>
      cmd(
        [a, b],
        (...ks) => `rename ${s(k0(ks))} ${s(k1(ks))}`,
        (m, ...ks) => m.rename(k0(ks), k1(ks)),
        async (r, ...ks) => norm(await r.rename(k0(ks), k1(ks))),
      ),
    ),
  ),
  keyRefArb.map((ref) =>
    cmd(
      [ref],
      (...ks) => `get ${s(k0(ks))}`,
      (m, ...ks) => m.get(k0(ks)),
      async (r, ...ks) => norm(await r.get(k0(ks)), hex),
    ),
  ),
  fc.tuple(keyRefArb, offsetArb, fc.nat(16)).map(([ref, o, n]) =>
    cmd(
      [ref],
      (...ks) => `getPartial ${s(k0(ks))} @${o} +${n}`,
      (m, ...ks) => m.getPartial(k0(ks), o, n),
      async (r, ...ks) => norm(await r.getPartial(k0(ks), o, n), hex),
    ),
  ),
  keyRefArb.map((ref) =>
    cmd(
      [ref],
      (...ks) => `list ${s(k0(ks))}`,
      (m, ...ks) => m.list(k0(ks)),
      async (r, ...ks) => norm(await r.list(k0(ks)), normList),
    ),
  ),
  keyRefArb.map((ref) =>
    cmd(
      [ref],
      (...ks) => `exists ${s(k0(ks))}`,
      (m, ...ks) => m.exists(k0(ks)),
      async (r, ...ks) => norm(await r.exists(k0(ks))),
    ),
  ),
  keyRefArb.map((ref) =>
    cmd(
      [ref],
      (...ks) => `size ${s(k0(ks))}`,
      (m, ...ks) => m.size(k0(ks)),
      async (r, ...ks) => norm(await r.size(k0(ks))),
    ),
  ),
  keyRefArb.map((ref) =>
    cmd(
      [ref],
      (...ks) => `digest ${s(k0(ks))}`,
      (m, ...ks) => m.digest(k0(ks)),
      async (r, ...ks) => norm(await r.digest(k0(ks)), hex),
    ),
  ),
];

export interface RwConformanceOptions {
  /** A fresh store holding at most `bytes` bytes of values, if the backend has a capacity. */
  readonly makeWithCapacity?: (bytes: number) => Promise<KvRW>;
  /** Runs of the model-based property (default 60). */
  readonly numRuns?: number;
  /** How far a stored `allocate(..., lastModified)` may be from the asked time (default 1 ms). */
  readonly mtimeToleranceNs?: bigint;
}

/** Read-write conformance: `make()` must return a fresh, empty store each time. */
export const kvRwConformance = (
  name: string,
  make: () => Promise<KvRW>,
  opts: RwConformanceOptions = {},
): void => {
  const numRuns = opts.numRuns ?? 60;
  const tolerance = opts.mtimeToleranceNs ?? 1_000_000n;
  const k = Key.v;
  const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
  const getHex = async (kv: KvRO, key: Key): Promise<Norm> => norm(await kv.get(key), hex);
  const done = ok(undefined);

  describe(`${name}: kv.rw conformance`, () => {
    it("agrees with the model on random command sequences", async () => {
      await fc.assert(
        fc.asyncProperty(fc.commands(commandArbs, { maxCommands: 50, size: "medium" }), async (cmds) => {
          const real = await make();
          const model = new Model();
          await fc.asyncModelRun(async () => ({ model, real }), cmds);
          await checkAgainstModel(real, model);
          await real.disconnect();
        }),
        { numRuns },
      );
    });

    it("set creates parent dictionaries and refuses to overwrite or go through the wrong kind", async () => {
      const kv = await make();
      expect(norm(await kv.set(k("/a/b/c"), bytes(1)))).toEqual(done);
      expect(norm(await kv.exists(k("/a")))).toEqual(ok("dictionary"));
      expect(norm(await kv.exists(k("/a/b")))).toEqual(ok("dictionary"));
      expect(norm(await kv.set(k("/a/b"), bytes(2)))).toEqual(err("ValueExpected", k("/a/b")));
      expect(norm(await kv.set(Key.root, bytes(2)))).toEqual(err("ValueExpected", Key.root));
      expect(norm(await kv.set(k("/a/b/c/d"), bytes(2)))).toEqual(err("DictionaryExpected", k("/a/b/c")));
      expect(norm(await kv.list(k("/a/b/c")))).toEqual(err("DictionaryExpected", k("/a/b/c")));
      const e = await kv.set(k("/a/b/c/d"), bytes(2));
      expect(e._tag === "Left" && e.left.message).toBe("Cannot set /a/b/c/d: /a/b/c is a value, not a dictionary");
      expect(await getHex(kv, k("/a/b/c"))).toEqual(ok("01"));
      await kv.disconnect();
    });

    it("setPartial overwrites in place, appends past the end and creates missing values", async () => {
      const kv = await make();
      await kv.set(k("/f"), bytes(1, 2, 3, 4));
      expect(norm(await kv.setPartial(k("/f"), 1n, bytes(9)))).toEqual(done);
      expect(await getHex(kv, k("/f"))).toEqual(ok("01090304"));
      expect(norm(await kv.setPartial(k("/f"), 3n, bytes(7, 7)))).toEqual(done);
      expect(await getHex(kv, k("/f"))).toEqual(ok("0109030707"));
      expect(norm(await kv.setPartial(k("/f"), 100n, bytes(5)))).toEqual(done);
      expect(await getHex(kv, k("/f"))).toEqual(ok("010903070705"));
      expect(norm(await kv.setPartial(k("/d/new"), 4n, bytes(6)))).toEqual(done);
      expect(await getHex(kv, k("/d/new"))).toEqual(ok("06"));
      expect(norm(await kv.setPartial(k("/d"), 0n, bytes(6)))).toEqual(err("ValueExpected", k("/d")));
      await kv.disconnect();
    });

    it("remove takes values and whole dictionaries, the root empties the store, missing keys are fine", async () => {
      const kv = await make();
      await kv.set(k("/a/x"), bytes(1));
      await kv.set(k("/a/y/z"), bytes(2));
      await kv.set(k("/b"), bytes(3));
      expect(norm(await kv.remove(k("/a/y")))).toEqual(done);
      expect(norm(await kv.exists(k("/a/y")))).toEqual(ok(undefined));
      expect(norm(await kv.exists(k("/a/y/z")))).toEqual(ok(undefined));
      expect(norm(await kv.remove(k("/a/x")))).toEqual(done);
      expect(norm(await kv.exists(k("/a")))).toEqual(ok(undefined)); // dictionaries are implicit
      expect(norm(await kv.remove(k("/nope/deeper")))).toEqual(done);
      await kv.set(k("/c/d"), bytes(4));
      expect(norm(await kv.remove(Key.root))).toEqual(done);
      expect(norm(await kv.list(Key.root), normList)).toEqual(ok([]));
      expect(norm(await kv.exists(Key.root))).toEqual(ok("dictionary"));
      expect(norm(await kv.set(k("/again"), bytes(5)))).toEqual(done);
      expect(await getHex(kv, k("/again"))).toEqual(ok("05"));
      await kv.disconnect();
    });

    it("rename follows the Mirage_kv rules", async () => {
      const kv = await make();
      await kv.set(k("/v1"), bytes(1));
      await kv.set(k("/v2"), bytes(2));
      await kv.set(k("/d/x"), bytes(3));
      await kv.set(k("/e/y"), bytes(4));
      // moving the last value out of a dictionary makes it disappear
      await kv.set(k("/p/q/r"), bytes(5));
      expect(norm(await kv.rename(k("/p/q/r"), k("/top")))).toEqual(done);
      expect(norm(await kv.exists(k("/p")))).toEqual(ok(undefined));
      expect(norm(await kv.remove(k("/top")))).toEqual(done);
      // value onto value replaces
      expect(norm(await kv.rename(k("/v1"), k("/v2")))).toEqual(done);
      expect(await getHex(kv, k("/v2"))).toEqual(ok("01"));
      expect(norm(await kv.exists(k("/v1")))).toEqual(ok(undefined));
      // value onto a dictionary moves inside
      expect(norm(await kv.rename(k("/v2"), k("/d")))).toEqual(done);
      expect(await getHex(kv, k("/d/v2"))).toEqual(ok("01"));
      // dictionary into another dictionary moves inside
      expect(norm(await kv.rename(k("/e"), k("/d")))).toEqual(done);
      expect(await getHex(kv, k("/d/e/y"))).toEqual(ok("04"));
      // dictionary to a fresh key moves the whole tree, creating parents
      expect(norm(await kv.rename(k("/d"), k("/n/m")))).toEqual(done);
      expect(norm(await kv.list(k("/n/m")), normList)).toEqual(
        ok([["/n/m/e", "dictionary"], ["/n/m/v2", "value"], ["/n/m/x", "value"]]),
      );
      expect(norm(await kv.exists(k("/d")))).toEqual(ok(undefined));
      // into its own subtree
      expect(norm(await kv.rename(k("/n"), k("/n/m/q")))).toEqual({
        err: "RenameSourcePrefix",
        source: "/n",
        dest: "/n/m/q",
      });
      expect(norm(await kv.rename(k("/n"), k("/n")))).toMatchObject({ err: "RenameSourcePrefix" });
      expect(norm(await kv.rename(Key.root, k("/z")))).toMatchObject({ err: "RenameSourcePrefix" });
      // missing source
      expect(norm(await kv.rename(k("/ghost"), k("/z")))).toEqual(err("NotFound", k("/ghost")));
      // dictionary onto a value
      await kv.set(k("/val"), bytes(9));
      expect(norm(await kv.rename(k("/n"), k("/val")))).toEqual(err("ValueExpected", k("/n")));
      // through a value
      expect(norm(await kv.rename(k("/n/m/x"), k("/val/x")))).toEqual(err("DictionaryExpected", k("/val")));
      // to its own parent: a no-op
      expect(norm(await kv.rename(k("/n/m/x"), k("/n/m")))).toEqual(done);
      expect(await getHex(kv, k("/n/m/x"))).toEqual(ok("03"));
      await kv.disconnect();
    });

    it("allocate fills zeros, keeps a given time and refuses existing keys", async () => {
      const kv = await make();
      const t = 1_600_000_000_123_456_789n;
      expect(norm(await kv.allocate(k("/z/f"), 5n, t))).toEqual(done);
      expect(await getHex(kv, k("/z/f"))).toEqual(ok("0000000000"));
      const lm = await kv.lastModified(k("/z/f"));
      expect(lm._tag).toBe("Right");
      if (lm._tag === "Right") {
        const diff = lm.right > t ? lm.right - t : t - lm.right;
        expect(diff <= tolerance, `lastModified ${lm.right} vs ${t}`).toBe(true);
      }
      expect(norm(await kv.allocate(k("/z/f"), 1n))).toEqual(err("AlreadyPresent", k("/z/f")));
      expect(norm(await kv.allocate(k("/z"), 1n))).toEqual(err("AlreadyPresent", k("/z")));
      expect(norm(await kv.allocate(Key.root, 1n))).toEqual(err("AlreadyPresent", Key.root));
      expect(norm(await kv.allocate(k("/z/f/g"), 1n))).toEqual(err("DictionaryExpected", k("/z/f")));
      expect(norm(await kv.allocate(k("/empty"), 0n))).toEqual(done);
      expect(norm(await kv.size(k("/empty")))).toEqual(ok(0n));
      await kv.disconnect();
    });

    it("lastModified moves forward after set and dictionaries report their latest value", async () => {
      const kv = await make();
      await kv.set(k("/d/a"), bytes(1));
      const t1 = await kv.lastModified(k("/d/a"));
      await kv.set(k("/d/b"), bytes(2));
      await kv.set(k("/d/a"), bytes(3));
      const t2 = await kv.lastModified(k("/d/a"));
      const tb = await kv.lastModified(k("/d/b"));
      const td = await kv.lastModified(k("/d"));
      const tr = await kv.lastModified(Key.root);
      if (t1._tag === "Left" || t2._tag === "Left" || tb._tag === "Left" || td._tag === "Left" || tr._tag === "Left") {
        throw new Error("lastModified failed");
      }
      expect(t2.right >= t1.right).toBe(true);
      expect(t2.right >= tb.right).toBe(true);
      expect(td.right).toBe(t2.right > tb.right ? t2.right : tb.right);
      expect(tr.right).toBe(td.right);
      expect(norm(await kv.lastModified(k("/nope")))).toEqual(err("NotFound", k("/nope")));
      await kv.disconnect();
    });

    it("keeps its own copy of written data", async () => {
      const kv = await make();
      const d = bytes(1, 2);
      await kv.set(k("/f"), d);
      d[0] = 9;
      expect(await getHex(kv, k("/f"))).toEqual(ok("0102"));
      await kv.disconnect();
    });

    const makeCap = opts.makeWithCapacity;
    it.skipIf(makeCap === undefined)("NoSpace leaves the store unchanged", async () => {
      if (makeCap === undefined) return;
      const kv = await makeCap(10);
      expect(norm(await kv.set(k("/a"), new Uint8Array(6).fill(1)))).toEqual(done);
      expect(norm(await kv.set(k("/b/c"), new Uint8Array(6).fill(2)))).toEqual({ err: "NoSpace" });
      expect(norm(await kv.exists(k("/b")))).toEqual(ok(undefined));
      expect(norm(await kv.setPartial(k("/a"), 4n, new Uint8Array(8)))).toEqual({ err: "NoSpace" });
      expect(norm(await kv.allocate(k("/z"), 5n))).toEqual({ err: "NoSpace" });
      expect(norm(await kv.exists(k("/z")))).toEqual(ok(undefined));
      expect(await getHex(kv, k("/a"))).toEqual(ok("010101010101"));
      // Replacing counts the old value as freed.
      expect(norm(await kv.set(k("/a"), new Uint8Array(10)))).toEqual(done);
      expect(norm(await kv.remove(k("/a")))).toEqual(done);
      expect(norm(await kv.allocate(k("/z"), 10n))).toEqual(done);
      const e = await kv.set(k("/y"), bytes(1));
      expect(e._tag === "Left" && e.left.message).toBe("Cannot set /y: no space left");
      await kv.disconnect();
    });
  });
};
