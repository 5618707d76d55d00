// A full disk returns NoSpace and loses nothing: run against a real filesystem that is full,
// a tiny tmpfs mounted for the test (needs root, as CI has; skipped otherwise, saying why).
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { isLeft, isRight } from "fp-ts/Either";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Key } from "@mirage/mirage-kv";
import { fileBlockDevice } from "../src/block-file.ts";
import { fsKvRw } from "../src/kv-fs.ts";

const isRoot = process.getuid?.() === 0;
const mnt = fs.mkdtempSync(path.join(os.tmpdir(), "mirage-full-"));
let mounted = false;

beforeAll(() => {
  if (!isRoot) return;
  execFileSync("mount", ["-t", "tmpfs", "-o", "size=256k,nr_inodes=64", "tmpfs", mnt]);
  mounted = true;
});

afterAll(() => {
  if (mounted) execFileSync("umount", [mnt]);
  fs.rmSync(mnt, { recursive: true, force: true });
});

const fill = (dir: string): void => {
  // Take the remaining space so the next allocation fails with ENOSPC.
  try {
    fs.writeFileSync(path.join(dir, "ballast"), new Uint8Array(1024 * 1024));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOSPC") throw e;
  }
};

describe.skipIf(!isRoot)("on a full filesystem (tmpfs of 256 KiB)", () => {
  it("kv: set returns NoSpace, the old value stays and no temp file is left", async () => {
    const root = path.join(mnt, "kv");
    const kv = await fsKvRw(root, { durable: false });
    if (isLeft(kv)) throw new Error(kv.left.message);
    const store = kv.right;
    expect(isRight(await store.set(Key.v("/keep"), new TextEncoder().encode("old value")))).toBe(true);
    fill(mnt);
    const r = await store.set(Key.v("/keep"), new Uint8Array(64 * 1024));
    expect(isLeft(r) && r.left._tag).toBe("NoSpace");
    const n = await store.set(Key.v("/new/deep/key"), new Uint8Array(64 * 1024));
    expect(isLeft(n) && n.left._tag).toBe("NoSpace");
    const back = await store.get(Key.v("/keep"));
    expect(isRight(back) && new TextDecoder().decode(back.right)).toBe("old value");
    expect(fs.readdirSync(root)).toEqual(["keep"]);
    fs.rmSync(path.join(mnt, "ballast"));
  });

  it("block: writing into a sparse image on a full filesystem returns NoSpace, not a crash", async () => {
    const image = path.join(mnt, "disk.img");
    const c = await fileBlockDevice.connect({ path: image, createSectors: 2048 }, {}, undefined);
    if (isLeft(c)) throw new Error(c.left.message);
    const disk = c.right;
    fill(mnt);
    const results = [];
    for (let s = 0n; s < 2048n; s += 64n) results.push(await disk.write(s, [new Uint8Array(64 * 512).fill(7)]));
    const tags = new Set(results.map((r) => (isLeft(r) ? r.left._tag : "ok")));
    expect(tags.has("NoSpace")).toBe(true);
    expect([...tags].every((t) => t === "ok" || t === "NoSpace")).toBe(true);
    await disk.disconnect();
    fs.rmSync(path.join(mnt, "ballast"), { force: true });
  });
});
