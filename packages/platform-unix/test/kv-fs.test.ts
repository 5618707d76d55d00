import { afterAll, describe, expect, it } from "vitest";
import { mkdtemp, mkdir, readdir, readFile, rm, symlink, writeFile, utimes } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Key, type KvRO, type KvRW } from "@mirage/mirage-kv";
import { kvRoConformance, kvRwConformance } from "@mirage/mirage-kv/conformance";
import { fsKvRo, fsKvRoDevice, fsKvRw, fsKvRwDevice, TEMP_PREFIX, type FsKvOptions } from "../src/kv-fs.ts";

const dirs: string[] = [];
const freshDir = async (): Promise<string> => {
  const d = await mkdtemp(join(tmpdir(), "mirage-kv-fs-"));
  dirs.push(d);
  return d;
};
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

const unwrap = <E, A>(r: { _tag: "Left"; left: E } | { _tag: "Right"; right: A }): A => {
  if (r._tag === "Left") throw new Error(`unexpected Left: ${JSON.stringify(r.left)}`);
  return r.right;
};

const openRw = async (dir: string, opts: FsKvOptions = { durable: false }): Promise<KvRW> =>
  unwrap(await fsKvRw(dir, opts));

const writeTree = async (dir: string, files: ReadonlyArray<{ path: string; data: Uint8Array }>): Promise<void> => {
  for (const f of files) {
    const p = join(dir, ...Key.segments(Key.v(f.path)));
    await mkdir(join(p, ".."), { recursive: true });
    await writeFile(p, f.data);
  }
};

/** Every name under `dir`, recursively, as host paths relative to it. */
const rawTree = async (dir: string): Promise<string[]> =>
  (await readdir(dir, { recursive: true })).map(String).sort();

kvRoConformance("fsKvRo", async (files) => {
  const dir = await freshDir();
  await writeTree(dir, files);
  return unwrap(await fsKvRo(dir));
});

kvRoConformance("fsKvRw (read side)", async (files) => {
  const dir = await freshDir();
  await writeTree(dir, files);
  return openRw(dir);
});

kvRwConformance("fsKvRw", async () => openRw(await freshDir()), { numRuns: 40 });

describe("fsKvRw with fsync", () => {
  it("writes, renames and removes durably", async () => {
    const kv = await openRw(await freshDir(), {});
    expect(unwrap(await kv.set(Key.v("/a/b"), Uint8Array.of(1)))).toBeUndefined();
    expect(unwrap(await kv.allocate(Key.v("/a/c"), 3n))).toBeUndefined();
    expect(unwrap(await kv.rename(Key.v("/a"), Key.v("/z")))).toBeUndefined();
    expect(unwrap(await kv.list(Key.root)).map(([k, t]) => [Key.toString(k), t])).toEqual([["/z", "dictionary"]]);
    expect(unwrap(await kv.remove(Key.v("/z")))).toBeUndefined();
    expect(unwrap(await kv.list(Key.root))).toEqual([]);
  });
});

describe("fsKvRo / fsKvRw opening", () => {
  it("refuses a missing root (RO) with a message, creates it (RW)", async () => {
    const dir = join(await freshDir(), "nested", "store");
    const ro = await fsKvRo(dir);
    expect(ro._tag === "Left" && ro.left).toEqual({
      _tag: "NotFound",
      path: dir,
      message: `Cannot open kv directory ${dir}: no such directory`,
    });
    const rw = await fsKvRw(dir);
    expect(rw._tag).toBe("Right");
    expect((await fsKvRo(dir))._tag).toBe("Right");
  });

  it("refuses a root that is a file", async () => {
    const f = join(await freshDir(), "file");
    await writeFile(f, "x");
    const ro = await fsKvRo(f);
    expect(ro._tag === "Left" && ro.left._tag).toBe("NotADirectory");
    const rw = await fsKvRw(f);
    expect(rw._tag === "Left" && rw.left._tag).toBe("NotADirectory");
    const under = await fsKvRw(join(f, "sub"));
    expect(under._tag === "Left" && under.left._tag).toBe("NotADirectory");
  });

  it("connects as devices", async () => {
    const dir = await freshDir();
    await writeFile(join(dir, "hello.txt"), "hi");
    const ro = unwrap(await fsKvRoDevice.connect({ root: dir }, {}, undefined));
    expect(ro.kind).toBe("kv.ro");
    expect(new TextDecoder().decode(unwrap(await ro.get(Key.v("/hello.txt"))))).toBe("hi");
    expect("set" in ro).toBe(false);
    const rw = unwrap(await fsKvRwDevice.connect({ root: join(dir, "rw"), durable: false }, {}, undefined));
    expect(rw.kind).toBe("kv.rw");
    const missing = await fsKvRoDevice.connect({ root: join(dir, "nope") }, {}, undefined);
    expect(missing._tag === "Left" && missing.left.message).toMatch(/^Cannot open kv directory .*: no such directory$/);
  });

  it("reports the host mtime in nanoseconds", async () => {
    const dir = await freshDir();
    await writeFile(join(dir, "f"), "x");
    await utimes(join(dir, "f"), 1_000, 1_600_000_000.5);
    const kv = unwrap(await fsKvRo(dir));
    expect(unwrap(await kv.lastModified(Key.v("/f")))).toBe(1_600_000_000_500_000_000n);
  });
});

describe("fsKv path safety", () => {
  const outsideSetup = async (): Promise<{ root: string; outside: string; ro: KvRO; rw: KvRW }> => {
    const base = await freshDir();
    const root = join(base, "root");
    const outside = join(base, "outside");
    await mkdir(join(root, "inner"), { recursive: true });
    await mkdir(outside);
    await writeFile(join(outside, "secret"), "s3cret");
    await writeFile(join(root, "inner", "f"), "in");
    await symlink("/etc", join(root, "etc"));
    await symlink(outside, join(root, "out"));
    await symlink(join(outside, "secret"), join(root, "secretlink"));
    await symlink(join(root, "nowhere"), join(root, "dangling"));
    await symlink("../inner", join(root, "inner", "loop")); // points back at its own directory
    await symlink("inner/f", join(root, "alias")); // inside: followed
    return { root, outside, ro: unwrap(await fsKvRo(root)), rw: await openRw(root) };
  };

  it("never reads through '..' segments", async () => {
    const base = await freshDir();
    await mkdir(join(base, "root"));
    await writeFile(join(base, "sibling"), "outside");
    for (const kv of [unwrap(await fsKvRo(join(base, "root"))), await openRw(join(base, "root"))]) {
      for (const k of [Key.ofSegments(["..", "sibling"]), Key.ofSegments([".."]), Key.ofSegments(["."])]) {
        expect(unwrap(await kv.exists(k))).toBeUndefined();
        const g = await kv.get(k);
        expect(g._tag === "Left" && g.left._tag).toBe("NotFound");
        const l = await kv.list(k);
        expect(l._tag === "Left" && l.left._tag).toBe("NotFound");
      }
      const nul = Key.ofSegments(["a\0b"]);
      expect((await kv.get(nul))._tag).toBe("Left");
    }
  });

  it("never writes or deletes through '..' segments", async () => {
    const base = await freshDir();
    await mkdir(join(base, "root"));
    await writeFile(join(base, "sibling"), "outside");
    const kv = await openRw(join(base, "root"));
    const k = Key.ofSegments(["..", "sibling"]);
    for (const r of [
      await kv.set(k, Uint8Array.of(1)),
      await kv.setPartial(k, 0n, Uint8Array.of(1)),
      await kv.allocate(k, 1n),
      await kv.remove(k),
      await kv.rename(k, Key.v("/x")),
      await kv.set(Key.ofSegments(["..", "new"]), Uint8Array.of(1)),
    ]) {
      expect(r._tag === "Left" && r.left._tag).toBe("NotFound");
    }
    await kv.set(Key.v("/mine"), Uint8Array.of(1));
    expect((await kv.rename(Key.v("/mine"), Key.ofSegments(["..", "sibling"])))._tag).toBe("Left");
    expect(await readFile(join(base, "sibling"), "utf8")).toBe("outside");
    expect((await readdir(base)).sort()).toEqual(["root", "sibling"]);
  });

  it("does not follow symlinks leaving the root, for reads", async () => {
    const { ro, rw } = await outsideSetup();
    for (const kv of [ro, rw]) {
      expect(unwrap(await kv.exists(Key.v("/etc")))).toBeUndefined();
      expect((await kv.get(Key.v("/etc/passwd")))._tag).toBe("Left");
      expect((await kv.list(Key.v("/etc")))._tag).toBe("Left");
      expect((await kv.get(Key.v("/out/secret")))._tag).toBe("Left");
      expect((await kv.get(Key.v("/secretlink")))._tag).toBe("Left");
      expect(unwrap(await kv.exists(Key.v("/dangling")))).toBeUndefined();
      const names = unwrap(await kv.list(Key.root)).map(([k, t]) => [Key.toString(k), t]);
      expect(names).toEqual([
        ["/alias", "value"],
        ["/inner", "dictionary"],
      ]);
      // Symlinks inside the root are followed; a loop is listed but not walked forever.
      expect(new TextDecoder().decode(unwrap(await kv.get(Key.v("/alias"))))).toBe("in");
      expect(unwrap(await kv.exists(Key.v("/inner/loop/f")))).toBe("value");
      expect(unwrap(await kv.size(Key.root))).toBe(4n);
      expect(unwrap(await kv.digest(Key.root)).length).toBe(32);
    }
  });

  it("does not write or delete through symlinks leaving the root", async () => {
    const { root, outside, rw } = await outsideSetup();
    expect((await rw.set(Key.v("/out/new"), Uint8Array.of(1)))._tag).toBe("Left");
    expect((await rw.set(Key.v("/out/secret"), Uint8Array.of(1)))._tag).toBe("Left");
    expect((await rw.set(Key.v("/secretlink"), Uint8Array.of(1)))._tag).toBe("Left");
    expect((await rw.setPartial(Key.v("/secretlink"), 0n, Uint8Array.of(1)))._tag).toBe("Left");
    expect((await rw.set(Key.v("/dangling/x"), Uint8Array.of(1)))._tag).toBe("Left");
    expect((await rw.allocate(Key.v("/out/a"), 1n))._tag).toBe("Left");
    expect((await rw.remove(Key.v("/out/secret")))._tag).toBe("Left");
    expect((await rw.rename(Key.v("/out/secret"), Key.v("/stolen")))._tag).toBe("Left");
    expect((await rw.rename(Key.v("/inner/f"), Key.v("/out/f")))._tag).toBe("Left");
    expect(await readdir(outside)).toEqual(["secret"]);
    expect(await readFile(join(outside, "secret"), "utf8")).toBe("s3cret");
    // Removing the root removes the links, never what they point to.
    expect(unwrap(await rw.remove(Key.root))).toBeUndefined();
    expect(await readdir(root)).toEqual([]);
    expect(await readFile(join(outside, "secret"), "utf8")).toBe("s3cret");
    expect((await readdir("/etc")).length).toBeGreaterThan(0);
  });
});

describe("fsKv temp files and atomicity", () => {
  it("hides temp files from list and refuses keys with the reserved prefix", async () => {
    const dir = await freshDir();
    await mkdir(join(dir, "d"));
    await writeFile(join(dir, `${TEMP_PREFIX}leftover`), "x");
    await writeFile(join(dir, "d", `${TEMP_PREFIX}other`), "x");
    await writeFile(join(dir, "d", "real"), "y");
    const kv = await openRw(dir);
    expect(unwrap(await kv.list(Key.root)).map(([k]) => Key.toString(k))).toEqual(["/d"]);
    expect(unwrap(await kv.list(Key.v("/d"))).map(([k]) => Key.toString(k))).toEqual(["/d/real"]);
    expect(unwrap(await kv.size(Key.root))).toBe(1n);
    const k = Key.v(`/${TEMP_PREFIX}leftover`);
    expect(unwrap(await kv.exists(k))).toBeUndefined();
    expect((await kv.get(k))._tag).toBe("Left");
    expect((await kv.set(k, Uint8Array.of(1)))._tag).toBe("Left");
    expect(await readFile(join(dir, `${TEMP_PREFIX}leftover`), "utf8")).toBe("x");
  });

  it("leaves no temp files behind after successful writes", async () => {
    const dir = await freshDir();
    const kv = await openRw(dir);
    await kv.set(Key.v("/a/b"), Uint8Array.of(1, 2, 3));
    await kv.setPartial(Key.v("/a/b"), 1n, Uint8Array.of(9));
    await kv.allocate(Key.v("/a/c"), 4n);
    await kv.set(Key.v("/d/e/f"), Uint8Array.of(1));
    await kv.remove(Key.v("/d"));
    expect(await rawTree(dir)).toEqual(["a", "a/b", "a/c"]);
    expect([...(await readFile(join(dir, "a", "b")))]).toEqual([1, 9, 3]);
  });

  const failingWriter =
    (code: string) =>
    async (path: string, data: Uint8Array): Promise<void> => {
      await writeFile(path, data.subarray(0, Math.floor(data.length / 2)));
      throw Object.assign(new Error(`${code}: injected`), { code });
    };

  it("ENOSPC gives NoSpace, keeps the old value and leaves no temp file or new directory", async () => {
    const dir = await freshDir();
    const good = await openRw(dir);
    await good.set(Key.v("/a/b"), Uint8Array.of(1, 2, 3, 4));
    const before = await rawTree(dir);
    const bad = await openRw(dir, { durable: false, writeTempFile: failingWriter("ENOSPC") });
    const r = await bad.set(Key.v("/a/b"), Uint8Array.of(5, 6, 7, 8, 9, 10));
    expect(r._tag === "Left" && r.left).toEqual({ _tag: "NoSpace", message: "Cannot set /a/b: no space left" });
    expect((await bad.setPartial(Key.v("/a/b"), 2n, Uint8Array.of(0, 0, 0)))._tag).toBe("Left");
    const fresh = await bad.set(Key.v("/x/y/z"), Uint8Array.of(1, 2));
    expect(fresh._tag === "Left" && fresh.left._tag).toBe("NoSpace");
    expect(await rawTree(dir)).toEqual(before);
    expect([...unwrap(await good.get(Key.v("/a/b")))]).toEqual([1, 2, 3, 4]);
    expect(unwrap(await good.exists(Key.v("/x")))).toBeUndefined();
  });

  it("any failing write leaves the old value (other errors are StorageError)", async () => {
    const dir = await freshDir();
    const good = await openRw(dir);
    await good.set(Key.v("/v"), Uint8Array.of(7));
    const bad = await openRw(dir, { durable: false, writeTempFile: failingWriter("EIO") });
    const r = await bad.set(Key.v("/v"), Uint8Array.of(8, 8));
    expect(r._tag === "Left" && r.left._tag).toBe("StorageError");
    expect(r._tag === "Left" && r.left.message).toBe("Cannot set /v: I/O error");
    expect([...unwrap(await good.get(Key.v("/v")))]).toEqual([7]);
    expect(await rawTree(dir)).toEqual(["v"]);
  });

  it("concurrent writes through one store are serialised", async () => {
    const kv = await openRw(await freshDir());
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => kv.setPartial(Key.v("/log"), BigInt(i), Uint8Array.of(i))),
    );
    expect([...unwrap(await kv.get(Key.v("/log")))]).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });
});
