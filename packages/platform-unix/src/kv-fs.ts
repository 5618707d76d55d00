// Key-value stores over a host directory (Mirage_kv RO/RW semantics, see @mirage/mirage-kv kv.ts).
//
// Key segments map to path components under the root. Safety:
// - a segment that is "", ".", "..", contains "/" or NUL, or starts with the reserved temp prefix
//   names nothing: reads give NotFound/undefined, writes NotFound, and nothing outside the root is
//   touched;
// - symlinks are followed only when their real path stays inside the root's real path; others
//   (and dangling ones) are invisible. Recursive operations (size, digest, lastModified of a
//   dictionary) skip symlinks that would loop. Entries that are neither files nor directories
//   (fifos, sockets, devices) are invisible too.
// Writes go to a temp file (".mirage-tmp-*", never listed) in the target's directory, then
// `rename` over the target, so a reader sees the old or the new value, never a mix. ENOSPC/EDQUOT/
// EFBIG give NoSpace, with the temp file and any directory created for it removed. Writes made
// through one store are serialised; the host directory changing behind its back is not guarded
// against beyond the realpath checks above (time-of-check races remain).
//
// Dictionaries are implicit: directories this store empties are pruned; an empty directory made by
// someone else shows as an empty dictionary.
import { promises as fsp, constants as fsc, type BigIntStats } from "node:fs";
import * as nodePath from "node:path";
import { createHash, randomBytes } from "node:crypto";
import { left, right, type Either } from "fp-ts/Either";
import {
  Key,
  KvErrors,
  dictionaryDigest,
  type EntryKind,
  type KvError,
  type KvOp,
  type KvRO,
  type KvRW,
  type KvWriteError,
} from "@mirage/mirage-kv";

/** Names starting with this are the store's own temp files: never listed, never addressable. */
export const TEMP_PREFIX = ".mirage-tmp-";

export interface FsKvOptions {
  /** fsync each written file and its directory before a write returns (default true). */
  readonly durable?: boolean;
  /**
   * Writes a fresh temp file (for fault injection in tests). The default creates `path`
   * exclusively, writes `data` and fsyncs when durable. On failure it may leave a partial file:
   * the store removes it.
   */
  readonly writeTempFile?: (path: string, data: Uint8Array) => Promise<void>;
}

export type FsKvOpenError =
  | { readonly _tag: "NotFound"; readonly path: string; readonly message: string }
  | { readonly _tag: "NotADirectory"; readonly path: string; readonly message: string }
  | { readonly _tag: "PermissionDenied"; readonly path: string; readonly message: string }
  | { readonly _tag: "StorageError"; readonly path: string; readonly code: string; readonly message: string };

// ---------------------------------------------------------------------------------------------
// Errors from the host

interface NodeError {
  readonly code?: string;
  readonly message: string;
}
const codeOf = (e: unknown): string | undefined => {
  const c = (e as NodeError | undefined)?.code;
  return typeof c === "string" ? c : undefined;
};
const isErrno = (e: unknown): boolean => e instanceof Error && codeOf(e) !== undefined;
const NO_SPACE = new Set(["ENOSPC", "EDQUOT", "EFBIG"]);
const GONE = new Set(["ENOENT", "ENOTDIR", "ENAMETOOLONG", "ELOOP"]);

const describe = (e: unknown): string => {
  switch (codeOf(e)) {
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EROFS":
      return "read-only file system";
    case "EIO":
      return "I/O error";
    default:
      return e instanceof Error ? e.message : String(e);
  }
};

/** Maps host failures of a read to KvError; rethrows what is not a host error (a bug). */
const readFailure = (op: KvOp, key: Key, e: unknown): Either<KvError, never> => {
  if (!isErrno(e)) throw e;
  if (GONE.has(codeOf(e) as string)) return left(KvErrors.notFound(op, key));
  return left(KvErrors.storage(op, key, codeOf(e) as string, describe(e)));
};
const writeFailure = (op: KvOp, key: Key, e: unknown): Either<KvWriteError, never> => {
  if (isErrno(e) && NO_SPACE.has(codeOf(e) as string)) return left(KvErrors.noSpace(op, key));
  return readFailure(op, key, e);
};

const ignore = async (p: Promise<unknown>): Promise<void> => {
  try {
    await p;
  } catch {
    // best effort
  }
};

const asBytes = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

const checkOffset = (offset: bigint): void => {
  if (offset < 0n) throw new RangeError(`Invalid offset ${offset}: must be >= 0`);
};

// ---------------------------------------------------------------------------------------------
// The store

type Resolved =
  /** Cannot name anything here: bad segment, escaping or dangling symlink, fifo, ... */
  | { readonly tag: "invalid" }
  /** A proper prefix of the key is a value. */
  | { readonly tag: "underValue"; readonly prefix: Key }
  /** `dir` (a real directory) exists, `rest` (non-empty) under it does not. */
  | { readonly tag: "missing"; readonly dir: string; readonly rest: ReadonlyArray<string> }
  /** `link` is the entry's own path (a symlink or not), `real` its real path. */
  | { readonly tag: "value"; readonly link: string; readonly real: string; readonly stats: BigIntStats }
  | { readonly tag: "dictionary"; readonly link: string; readonly real: string };

interface Entry {
  readonly name: string;
  readonly kind: EntryKind;
  readonly real: string;
}

const validSegment = (s: string): boolean =>
  s !== "" && s !== "." && s !== ".." && !s.includes("/") && !s.includes("\0") && !s.startsWith(TEMP_PREFIX);

let tempCounter = 0;
const tempName = (tag = ""): string =>
  `${TEMP_PREFIX}${tag}${process.pid}-${++tempCounter}-${randomBytes(4).toString("hex")}`;

const defaultWriteTempFile =
  (durable: boolean) =>
  async (path: string, data: Uint8Array): Promise<void> => {
    const fh = await fsp.open(path, "wx", 0o644);
    try {
      let off = 0;
      while (off < data.length) {
        const { bytesWritten } = await fh.write(data, off, data.length - off);
        off += bytesWritten;
      }
      if (durable) await fh.sync();
    } finally {
      await fh.close();
    }
  };

class FsStore {
  private chain: Promise<unknown> = Promise.resolve();
  readonly durable: boolean;
  private readonly writeTempFile: (path: string, data: Uint8Array) => Promise<void>;

  constructor(
    private readonly root: string,
    opts: FsKvOptions,
  ) {
    this.durable = opts.durable ?? true;
    this.writeTempFile = opts.writeTempFile ?? defaultWriteTempFile(this.durable);
  }

  /** Runs write operations one at a time. */
  exclusive<T>(f: () => Promise<T>): Promise<T> {
    const r = this.chain.then(f, f);
    this.chain = r.catch(() => undefined);
    return r;
  }

  private inside(real: string): boolean {
    return real === this.root || real.startsWith(this.root + nodePath.sep);
  }

  /** Follows a symlink at `p` if it stays inside the root; undefined when it must not be used. */
  private async follow(p: string): Promise<{ real: string; stats: BigIntStats } | undefined> {
    let real: string;
    try {
      real = await fsp.realpath(p);
    } catch (e) {
      if (GONE.has(codeOf(e) ?? "")) return undefined;
      throw e;
    }
    if (!this.inside(real)) return undefined;
    return { real, stats: await fsp.stat(real, { bigint: true }) };
  }

  async resolve(key: Key): Promise<Resolved> {
    if (!key.every(validSegment)) return { tag: "invalid" };
    let dir = this.root;
    if (key.length === 0) return { tag: "dictionary", link: dir, real: dir };
    for (let i = 0; i < key.length; i++) {
      const link = nodePath.join(dir, key[i] as string);
      let stats: BigIntStats;
      try {
        stats = await fsp.lstat(link, { bigint: true });
      } catch (e) {
        if (codeOf(e) === "ENOENT") return { tag: "missing", dir, rest: key.slice(i) };
        if (GONE.has(codeOf(e) ?? "")) return { tag: "invalid" };
        throw e;
      }
      let real = link;
      if (stats.isSymbolicLink()) {
        const f = await this.follow(link);
        if (f === undefined) return { tag: "invalid" };
        ({ real, stats } = f);
      }
      const last = i === key.length - 1;
      if (stats.isDirectory()) {
        if (last) return { tag: "dictionary", link, real };
        dir = real;
      } else if (stats.isFile()) {
        if (last) return { tag: "value", link, real, stats };
        return { tag: "underValue", prefix: Key.ofSegments(key.slice(0, i + 1)) };
      } else {
        return { tag: "invalid" };
      }
    }
    /* c8 ignore next */
    throw new Error("unreachable");
  }

  /** Visible entries of the real directory `dir`, sorted by name. */
  async entries(dir: string): Promise<Entry[]> {
    const out: Entry[] = [];
    for (const d of await fsp.readdir(dir, { withFileTypes: true })) {
      const name = d.name;
      if (!validSegment(name)) continue;
      const p = nodePath.join(dir, name);
      if (d.isFile()) out.push({ name, kind: "value", real: p });
      else if (d.isDirectory()) out.push({ name, kind: "dictionary", real: p });
      else if (d.isSymbolicLink()) {
        const f = await this.follow(p);
        if (f === undefined) continue;
        if (f.stats.isFile()) out.push({ name, kind: "value", real: f.real });
        else if (f.stats.isDirectory()) out.push({ name, kind: "dictionary", real: f.real });
      }
    }
    return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  /** Real directories from the root down to `dir`: the walk must not re-enter them. */
  private ancestors(dir: string): Set<string> {
    const s = new Set<string>();
    for (let p = dir; this.inside(p); p = nodePath.dirname(p)) {
      s.add(p);
      if (p === this.root) break;
    }
    return s;
  }

  /** Folds over a dictionary tree; symlinks back into the current path are skipped. */
  async fold<A>(
    dir: string,
    onValue: (real: string) => Promise<A>,
    onDict: (children: ReadonlyArray<readonly [Entry, A]>) => A,
    stack: Set<string> = this.ancestors(dir),
  ): Promise<A> {
    const children: Array<readonly [Entry, A]> = [];
    for (const e of await this.entries(dir)) {
      if (e.kind === "value") children.push([e, await onValue(e.real)]);
      else if (!stack.has(e.real)) {
        stack.add(e.real);
        children.push([e, await this.fold(e.real, onValue, onDict, stack)]);
        stack.delete(e.real);
      }
    }
    return onDict(children);
  }

  async fileDigest(real: string): Promise<Uint8Array> {
    const h = createHash("sha256");
    const fh = await fsp.open(real, "r");
    try {
      const buf = Buffer.alloc(64 * 1024);
      for (;;) {
        const { bytesRead } = await fh.read(buf, 0, buf.length, null);
        if (bytesRead === 0) break;
        h.update(buf.subarray(0, bytesRead));
      }
    } finally {
      await fh.close();
    }
    return asBytes(h.digest());
  }

  // -------------------------------------------------------------------------------------------
  // Writing helpers

  /** Creates `names` under the real directory `dir`; returns the deepest one and the first created. */
  async mkdirs(dir: string, names: ReadonlyArray<string>): Promise<{ dir: string; created?: string }> {
    let created: string | undefined;
    let d = dir;
    try {
      for (const n of names) {
        d = nodePath.join(d, n);
        await fsp.mkdir(d);
        created ??= d;
      }
    } catch (e) {
      if (created !== undefined) await this.prune(d, nodePath.dirname(created));
      throw e;
    }
    return created === undefined ? { dir: d } : { dir: d, created };
  }

  /** Removes empty directories from `dir` upwards, stopping at `stop` (default: the root), exclusive. */
  async prune(dir: string, stop: string = this.root): Promise<void> {
    for (let d = dir; d !== stop && d !== this.root && this.inside(d); d = nodePath.dirname(d)) {
      try {
        await fsp.rmdir(d);
      } catch {
        return;
      }
    }
  }

  async syncDir(dir: string): Promise<void> {
    if (!this.durable) return;
    const fh = await fsp.open(dir, "r");
    try {
      await fh.sync();
    } catch (e) {
      if (codeOf(e) !== "EINVAL") throw e; // some file systems cannot fsync a directory
    } finally {
      await fh.close();
    }
  }

  /** Writes `data` to a temp file in `dir` and renames it to `target`; removes the temp file on failure. */
  async replace(dir: string, target: string, data: Uint8Array): Promise<void> {
    const tmp = nodePath.join(dir, tempName());
    try {
      await this.writeTempFile(tmp, data);
      await fsp.rename(tmp, target);
    } catch (e) {
      await ignore(fsp.rm(tmp, { force: true }));
      throw e;
    }
    await this.syncDir(dir);
  }

  /** Checks for set/setPartial; the current value when there is one. */
  async writable(op: KvOp, key: Key): Promise<Either<KvWriteError, Resolved & { tag: "value" | "missing" }>> {
    const r = await this.resolve(key);
    switch (r.tag) {
      case "invalid":
        return left(KvErrors.notFound(op, key));
      case "dictionary":
        return left(KvErrors.valueExpected(op, key));
      case "underValue":
        return left(KvErrors.dictionaryExpected(op, r.prefix, key));
      default:
        return right(r);
    }
  }

  /** set / setPartial once checked: `data(old)` computes the new value. */
  async write(
    r: Resolved & { tag: "value" | "missing" },
    data: (old: Uint8Array) => Uint8Array,
    readOld: boolean,
  ): Promise<void> {
    if (r.tag === "value") {
      const old = readOld ? asBytes(await fsp.readFile(r.real)) : new Uint8Array(0);
      await this.replace(nodePath.dirname(r.real), r.real, data(old));
      return;
    }
    const { dir, created } = await this.mkdirs(r.dir, r.rest.slice(0, -1));
    try {
      await this.replace(dir, nodePath.join(dir, r.rest[r.rest.length - 1] as string), data(new Uint8Array(0)));
    } catch (e) {
      if (created !== undefined) await this.prune(dir, nodePath.dirname(created));
      throw e;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Opening

const openRoot = async (root: string): Promise<Either<FsKvOpenError, string>> => {
  const path = nodePath.resolve(root);
  const fail = (e: unknown): Either<FsKvOpenError, never> => {
    const code = codeOf(e) ?? "EUNKNOWN";
    if (code === "ENOENT") {
      return left({ _tag: "NotFound", path, message: `Cannot open kv directory ${path}: no such directory` });
    }
    if (code === "ENOTDIR") {
      return left({ _tag: "NotADirectory", path, message: `Cannot open kv directory ${path}: not a directory` });
    }
    if (code === "EACCES" || code === "EPERM") {
      return left({ _tag: "PermissionDenied", path, message: `Cannot open kv directory ${path}: permission denied` });
    }
    return left({ _tag: "StorageError", path, code, message: `Cannot open kv directory ${path}: ${describe(e)}` });
  };
  try {
    const real = await fsp.realpath(path);
    const st = await fsp.stat(real);
    if (!st.isDirectory()) {
      return left({ _tag: "NotADirectory", path, message: `Cannot open kv directory ${path}: not a directory` });
    }
    await fsp.access(real, fsc.R_OK | fsc.X_OK);
    return right(real);
  } catch (e) {
    if (!isErrno(e)) throw e;
    return fail(e);
  }
};

const readSide = (st: FsStore): Omit<KvRO, "kind" | "disconnect"> => ({
  exists: async (key) => {
    try {
      const r = await st.resolve(key);
      return right(r.tag === "value" || r.tag === "dictionary" ? r.tag : undefined);
    } catch (e) {
      return readFailure("exists", key, e);
    }
  },

  get: async (key) => {
    try {
      const r = await st.resolve(key);
      if (r.tag === "dictionary") return left(KvErrors.valueExpected("get", key));
      if (r.tag !== "value") return left(KvErrors.notFound("get", key));
      return right(asBytes(await fsp.readFile(r.real)));
    } catch (e) {
      return readFailure("get", key, e);
    }
  },

  getPartial: async (key, offset, length) => {
    checkOffset(offset);
    if (!Number.isSafeInteger(length) || length < 0) throw new RangeError(`Invalid length ${length}`);
    try {
      const r = await st.resolve(key);
      if (r.tag === "dictionary") return left(KvErrors.valueExpected("get part of", key));
      if (r.tag !== "value") return left(KvErrors.notFound("get part of", key));
      if (offset >= r.stats.size) return right(new Uint8Array(0));
      const n = Math.min(length, Number(r.stats.size - offset));
      const buf = new Uint8Array(n);
      const fh = await fsp.open(r.real, "r");
      let got = 0;
      try {
        while (got < n) {
          const { bytesRead } = await fh.read(buf, got, n - got, Number(offset) + got); // offset < size: a safe integer
          if (bytesRead === 0) break;
          got += bytesRead;
        }
      } finally {
        await fh.close();
      }
      return right(buf.subarray(0, got));
    } catch (e) {
      return readFailure("get part of", key, e);
    }
  },

  list: async (key) => {
    try {
      const r = await st.resolve(key);
      if (r.tag === "value") return left(KvErrors.dictionaryExpected("list", key));
      if (r.tag !== "dictionary") return left(KvErrors.notFound("list", key));
      return right((await st.entries(r.real)).map((e) => [Key.add(key, e.name), e.kind] as const));
    } catch (e) {
      return readFailure("list", key, e);
    }
  },

  lastModified: async (key) => {
    const op = "read the modification time of";
    try {
      const r = await st.resolve(key);
      if (r.tag === "value") return right(r.stats.mtimeNs);
      if (r.tag !== "dictionary") return left(KvErrors.notFound(op, key));
      return right(
        await st.fold(
          r.real,
          async (p) => (await fsp.stat(p, { bigint: true })).mtimeNs,
          (cs) => cs.reduce((m, [, t]) => (t > m ? t : m), 0n),
        ),
      );
    } catch (e) {
      return readFailure(op, key, e);
    }
  },

  digest: async (key) => {
    try {
      const r = await st.resolve(key);
      if (r.tag === "value") return right(await st.fileDigest(r.real));
      if (r.tag !== "dictionary") return left(KvErrors.notFound("digest", key));
      return right(
        await st.fold(
          r.real,
          (p) => st.fileDigest(p),
          (cs) => dictionaryDigest(cs.map(([e, digest]) => ({ name: e.name, kind: e.kind, digest }))),
        ),
      );
    } catch (e) {
      return readFailure("digest", key, e);
    }
  },

  size: async (key) => {
    try {
      const r = await st.resolve(key);
      if (r.tag === "value") return right(r.stats.size);
      if (r.tag !== "dictionary") return left(KvErrors.notFound("size", key));
      return right(
        await st.fold(
          r.real,
          async (p) => (await fsp.stat(p, { bigint: true })).size,
          (cs) => cs.reduce((n, [, s]) => n + s, 0n),
        ),
      );
    } catch (e) {
      return readFailure("size", key, e);
    }
  },
});

/** A read-only store over the host directory `root`, which must exist. */
export const fsKvRo = async (root: string, opts: FsKvOptions = {}): Promise<Either<FsKvOpenError, KvRO>> => {
  const r = await openRoot(root);
  if (r._tag === "Left") return r;
  const st = new FsStore(r.right, opts);
  return right({ kind: "kv.ro", ...readSide(st), disconnect: async () => {} });
};

const done: Either<never, void> = right(undefined);

/** A read-write store over the host directory `root`, created (with its parents) if missing. */
export const fsKvRw = async (root: string, opts: FsKvOptions = {}): Promise<Either<FsKvOpenError, KvRW>> => {
  const path = nodePath.resolve(root);
  try {
    await fsp.mkdir(path, { recursive: true });
  } catch (e) {
    if (!isErrno(e)) throw e;
    if (codeOf(e) !== "EEXIST" && codeOf(e) !== "ENOTDIR") {
      const code = codeOf(e) as string;
      const message = `Cannot create kv directory ${path}: ${describe(e)}`;
      return left(
        code === "EACCES" || code === "EPERM"
          ? { _tag: "PermissionDenied", path, message }
          : { _tag: "StorageError", path, code, message },
      );
    }
  }
  const r = await openRoot(path);
  if (r._tag === "Left") return r;
  try {
    await fsp.access(r.right, fsc.W_OK);
  } catch {
    return left({ _tag: "PermissionDenied", path, message: `Cannot open kv directory ${path}: not writable` });
  }
  const st = new FsStore(r.right, opts);
  const x = <T>(f: () => Promise<T>): Promise<T> => st.exclusive(f);

  const kv: KvRW = {
    kind: "kv.rw",
    ...readSide(st),
    disconnect: async () => {
      await x(async () => undefined);
    },

    set: (key, data) =>
      x(async () => {
        const copy = data.slice();
        try {
          const w = await st.writable("set", key);
          if (w._tag === "Left") return w;
          await st.write(w.right, () => copy, false);
          return done;
        } catch (e) {
          return writeFailure("set", key, e);
        }
      }),

    setPartial: (key, offset, data) => {
      checkOffset(offset);
      const copy = data.slice();
      return x(async () => {
        try {
          const w = await st.writable("set part of", key);
          if (w._tag === "Left") return w;
          await st.write(
            w.right,
            (old) => {
              const at = offset > BigInt(old.length) ? old.length : Number(offset);
              const next = new Uint8Array(Math.max(old.length, at + copy.length));
              next.set(old);
              next.set(copy, at);
              return next;
            },
            true,
          );
          return done;
        } catch (e) {
          return writeFailure("set part of", key, e);
        }
      });
    },

    allocate: (key, size, lastModified) => {
      checkOffset(size);
      return x(async () => {
        try {
          const r = await st.resolve(key);
          if (r.tag === "invalid") return left(KvErrors.notFound("allocate", key));
          if (r.tag === "value" || r.tag === "dictionary") return left(KvErrors.alreadyPresent("allocate", key));
          if (r.tag === "underValue") return left(KvErrors.dictionaryExpected("allocate", r.prefix, key));
          if (size > BigInt(Number.MAX_SAFE_INTEGER)) return left(KvErrors.noSpace("allocate", key));
          const { dir, created } = await st.mkdirs(r.dir, r.rest.slice(0, -1));
          const target = nodePath.join(dir, r.rest[r.rest.length - 1] as string);
          const tmp = nodePath.join(dir, tempName());
          try {
            const fh = await fsp.open(tmp, "wx", 0o644);
            try {
              await fh.truncate(Number(size));
              if (lastModified !== undefined) {
                const secs = Number(lastModified / 1000n) / 1e6;
                await fh.utimes(Date.now() / 1000, secs);
              }
              if (st.durable) await fh.sync();
            } finally {
              await fh.close();
            }
            // link, unlike rename, refuses to replace an entry that appeared meanwhile.
            await fsp.link(tmp, target);
          } catch (e) {
            await ignore(fsp.rm(tmp, { force: true }));
            if (created !== undefined) await st.prune(dir, nodePath.dirname(created));
            if (codeOf(e) === "EEXIST") return left(KvErrors.alreadyPresent("allocate", key));
            throw e;
          }
          await ignore(fsp.rm(tmp, { force: true }));
          await st.syncDir(dir);
          return done;
        } catch (e) {
          return writeFailure("allocate", key, e);
        }
      });
    },

    remove: (key) =>
      x(async () => {
        try {
          const r = await st.resolve(key);
          if (r.tag === "invalid") return left(KvErrors.notFound("remove", key));
          if (r.tag === "missing" || r.tag === "underValue") return done;
          if (key.length === 0) {
            for (const name of await fsp.readdir(r.real)) {
              await fsp.rm(nodePath.join(r.real, name), { recursive: true, force: true });
            }
            return done;
          }
          const parent = nodePath.dirname(r.link);
          if (r.tag === "value" || r.link !== r.real) {
            await fsp.unlink(r.link); // a file, or a symlink (never its target)
          } else {
            // Make the whole dictionary disappear at once, then delete it at leisure.
            const doomed = nodePath.join(parent, tempName("rm-"));
            await fsp.rename(r.link, doomed);
            await fsp.rm(doomed, { recursive: true, force: true });
          }
          await st.prune(parent);
          await st.syncDir(parent);
          return done;
        } catch (e) {
          return writeFailure("remove", key, e);
        }
      }),

    rename: (source, dest) =>
      x(async () => {
        try {
          const rs = await st.resolve(source);
          if (rs.tag !== "value" && rs.tag !== "dictionary") return left(KvErrors.notFound("rename", source));
          if (rs.tag === "dictionary" && Key.isPrefix(source, dest)) {
            return left(KvErrors.renameSourcePrefix(source, dest));
          }
          const rd = await st.resolve(dest);
          const target = rd.tag === "dictionary" ? Key.add(dest, Key.basename(source)) : dest;
          if (Key.equal(target, source)) return done;
          const rt = rd.tag === "dictionary" ? await st.resolve(target) : rd;
          let to: string;
          switch (rt.tag) {
            case "invalid":
              return left(KvErrors.notFound("rename", target, source));
            case "underValue":
              return left(KvErrors.dictionaryExpected("rename", rt.prefix, source));
            case "value":
              if (rs.tag === "dictionary") return left(KvErrors.valueExpected("rename", source));
              to = rt.link;
              await fsp.rename(rs.link, to);
              break;
            case "dictionary":
              return rs.tag === "value"
                ? left(KvErrors.valueExpected("rename", target, source))
                : left(KvErrors.alreadyPresent("rename", target));
            case "missing": {
              const { dir, created } = await st.mkdirs(rt.dir, rt.rest.slice(0, -1));
              to = nodePath.join(dir, rt.rest[rt.rest.length - 1] as string);
              try {
                await fsp.rename(rs.link, to);
              } catch (e) {
                if (created !== undefined) await st.prune(dir, nodePath.dirname(created));
                throw e;
              }
            }
          }
          await st.prune(nodePath.dirname(rs.link));
          await st.syncDir(nodePath.dirname(to));
          if (nodePath.dirname(to) !== nodePath.dirname(rs.link)) await ignore(st.syncDir(nodePath.dirname(rs.link)));
          return done;
        } catch (e) {
          return writeFailure("rename", source, e);
        }
      }),
  };
  return right(kv);
};

// ---------------------------------------------------------------------------------------------
// Devices (structurally `DeviceDefinition`s; config is JSON from config.ts)

export interface FsKvConfig {
  /** Host directory; relative paths are resolved against the working directory. */
  readonly root: string;
  /** fsync on every write (default true). */
  readonly durable?: boolean;
}

export const fsKvRoDevice = {
  kind: "kv.ro" as const,
  connect: async (config: FsKvConfig, _deps: {}, _ctx: unknown): Promise<Either<FsKvOpenError, KvRO>> =>
    fsKvRo(config.root, config.durable === undefined ? {} : { durable: config.durable }),
};

export const fsKvRwDevice = {
  kind: "kv.rw" as const,
  connect: async (config: FsKvConfig, _deps: {}, _ctx: unknown): Promise<Either<FsKvOpenError, KvRW>> =>
    fsKvRw(config.root, config.durable === undefined ? {} : { durable: config.durable }),
};
