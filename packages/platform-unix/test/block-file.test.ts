import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isLeft, isRight, type Either } from "fp-ts/Either";
import type { Block } from "@mirage/mirage-block";
import { blockConformance } from "@mirage/mirage-block/conformance";
import { fileBlock, fileBlockDevice } from "../src/block-file.ts";

let dir = "";
let n = 0;
const fresh = (): string => join(dir, `disk-${++n}.img`);
const unwrap = <E, A>(e: Either<E, A>): A => {
  if (isLeft(e)) throw new Error(`expected Right, got ${JSON.stringify(e.left)}`);
  return e.right;
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mirage-block-file-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

blockConformance("unix file", async ({ sectorSize, sizeSectors }) => {
  const path = fresh();
  await writeFile(path, new Uint8Array(sectorSize * sizeSectors));
  return unwrap(await fileBlock(path, { sectorSize }));
});

blockConformance(
  "unix file via fileBlockDevice (created on connect)",
  async ({ sectorSize, sizeSectors }) => unwrap(await fileBlockDevice.connect({ path: fresh(), sectorSize, createSectors: sizeSectors }, {}, undefined)),
  { numRuns: 15 },
);

describe("fileBlock", () => {
  const sector = (fill: number, size = 512): Uint8Array => new Uint8Array(size).fill(fill);

  it("keeps data across disconnect and reconnect, in the host file", async () => {
    const path = fresh();
    await writeFile(path, new Uint8Array(512 * 4));
    const a = unwrap(await fileBlock(path));
    expect(isRight(await a.write(1n, [sector(0x11), sector(0x22)]))).toBe(true);
    await a.disconnect();
    const b = unwrap(await fileBlock(path));
    const back = [new Uint8Array(512), new Uint8Array(512)];
    expect(isRight(await b.read(1n, back))).toBe(true);
    expect(back[0]?.every((x) => x === 0x11)).toBe(true);
    expect(back[1]?.every((x) => x === 0x22)).toBe(true);
    await b.disconnect();
    const raw = await readFile(path);
    expect(raw[512]).toBe(0x11);
    expect(raw[1024]).toBe(0x22);
    expect(raw[0]).toBe(0);
  });

  it("read-only: reports readWrite false, rejects writes with ReadOnly, still reads", async () => {
    const path = fresh();
    await writeFile(path, new Uint8Array(4096 * 2).fill(7));
    const d = unwrap(await fileBlock(path, { sectorSize: 4096, readOnly: true }));
    expect(d.info()).toEqual({ readWrite: false, sectorSize: 4096, sizeSectors: 2n });
    const w = await d.write(0n, [sector(1, 4096)]);
    expect(isLeft(w) && w.left).toEqual({ _tag: "ReadOnly", message: "Cannot write sector 0: the block device is read-only" });
    const buf = new Uint8Array(4096);
    expect(isRight(await d.read(1n, [buf]))).toBe(true);
    expect(buf.every((x) => x === 7)).toBe(true);
    await d.disconnect();
    expect((await readFile(path)).every((x) => x === 7)).toBe(true);
  });

  it("refuses a file whose size is not a multiple of the sector size", async () => {
    const path = fresh();
    await writeFile(path, new Uint8Array(1000));
    const r = await fileBlock(path);
    expect(isLeft(r) && r.left).toEqual({
      _tag: "Unaligned",
      length: 1000,
      sectorSize: 512,
      message: `Cannot open disk image "${path}": its size (1000 bytes) is not a multiple of the 512-byte sector size`,
    });
  });

  it("reports a missing file as NotFound and a directory as IoError", async () => {
    const path = join(dir, "nope.img");
    const r = await fileBlock(path);
    expect(isLeft(r) && r.left).toEqual({ _tag: "NotFound", path, message: `Cannot open disk image "${path}": no such file` });
    const d = await fileBlock(dir, { readOnly: true });
    expect(isLeft(d) && d.left._tag).toBe("IoError");
    expect(isLeft(d) && d.left.message).toMatch(/^Cannot open disk image ".*": /);
  });

  it("rejects a bad sector size", async () => {
    const r = await fileBlock(fresh(), { sectorSize: 0 });
    expect(isLeft(r) && r.left._tag).toBe("InvalidConfig");
  });

  it("gives IoError when the image shrinks under it", async () => {
    const path = fresh();
    await writeFile(path, new Uint8Array(512 * 4));
    const d = unwrap(await fileBlock(path));
    await writeFile(path, new Uint8Array(512));
    const r = await d.read(2n, [new Uint8Array(512)]);
    expect(isLeft(r) && r.left._tag).toBe("IoError");
    expect(isLeft(r) && r.left.message).toMatch(/ends at byte 1024/);
    await d.disconnect();
  });

  it("an empty image is a disk of zero sectors", async () => {
    const path = fresh();
    await writeFile(path, new Uint8Array(0));
    const d: Block = unwrap(await fileBlock(path));
    expect(d.info().sizeSectors).toBe(0n);
    const r = await d.read(0n, [new Uint8Array(512)]);
    expect(isLeft(r) && r.left.message).toBe("Cannot read sector 0: out of bounds (disk has 0 sectors)");
    await d.disconnect();
  });
});

describe("fileBlockDevice", () => {
  it("creates a zeroed image of createSectors sectors when missing, and leaves an existing one alone", async () => {
    const path = fresh();
    const d = unwrap(await fileBlockDevice.connect({ path, sectorSize: 4096, createSectors: 3 }, {}, undefined));
    expect(fileBlockDevice.kind).toBe("block");
    expect(d.info()).toEqual({ readWrite: true, sectorSize: 4096, sizeSectors: 3n });
    expect((await stat(path)).size).toBe(3 * 4096);
    expect(isRight(await d.write(0n, [new Uint8Array(4096).fill(9)]))).toBe(true);
    await d.disconnect();
    const again = unwrap(await fileBlockDevice.connect({ path, sectorSize: 4096, createSectors: 10 }, {}, undefined));
    expect(again.info().sizeSectors).toBe(3n);
    const buf = new Uint8Array(4096);
    await again.read(0n, [buf]);
    expect(buf[0]).toBe(9);
    await again.disconnect();
  });

  it("without createSectors a missing image is NotFound; bad configs are InvalidConfig", async () => {
    const path = join(dir, "missing.img");
    const r = await fileBlockDevice.connect({ path }, {}, undefined);
    expect(isLeft(r) && r.left._tag).toBe("NotFound");
    const bad = await fileBlockDevice.connect({ path, createSectors: -1 }, {}, undefined);
    expect(isLeft(bad) && bad.left._tag).toBe("InvalidConfig");
    const noDir = await fileBlockDevice.connect({ path: join(dir, "no", "such", "dir.img"), createSectors: 1 }, {}, undefined);
    expect(isLeft(noDir) && noDir.left._tag).toBe("NotFound");
  });

  it("opens read-only on request", async () => {
    const path = fresh();
    const d = unwrap(await fileBlockDevice.connect({ path, createSectors: 1, readOnly: true }, {}, undefined));
    expect(d.info().readWrite).toBe(false);
    await d.disconnect();
  });
});
