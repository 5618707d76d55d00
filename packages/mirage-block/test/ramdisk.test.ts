import { describe, expect, it } from "vitest";
import { isLeft, isRight } from "fp-ts/Either";
import { blockError, checkRequest, ramdisk, ramdiskDevice } from "../src/index.ts";
import { blockConformance } from "../src/conformance.ts";

blockConformance("ramdisk", async ({ sectorSize, sizeSectors }) => ramdisk({ sectorSize, sizeSectors }));
blockConformance("ramdisk with odd sector sizes", async (g) => ramdisk(g), { sectorSizes: [2, 520], numRuns: 20 });

describe("ramdisk", () => {
  it("defaults to 512-byte sectors and starts zeroed", async () => {
    const d = ramdisk({ sizeSectors: 2n });
    expect(d.info()).toEqual({ readWrite: true, sectorSize: 512, sizeSectors: 2n });
    const buf = new Uint8Array(1024).fill(1);
    expect(isRight(await d.read(0n, [buf]))).toBe(true);
    expect(buf.every((x) => x === 0)).toBe(true);
  });

  it("a read-only ramdisk rejects writes with ReadOnly, before any other check", async () => {
    const d = ramdisk({ sizeSectors: 2, readOnly: true });
    expect(d.info().readWrite).toBe(false);
    const w = await d.write(0n, [new Uint8Array(512)]);
    expect(isLeft(w) && w.left).toMatchObject({ _tag: "ReadOnly", message: "Cannot write sector 0: the block device is read-only" });
    const bad = await d.write(5n, [new Uint8Array(3)]);
    expect(isLeft(bad) && bad.left._tag).toBe("ReadOnly");
    expect(isRight(await d.read(1n, [new Uint8Array(512)]))).toBe(true);
  });

  it("refuses impossible geometries as bugs", () => {
    expect(() => ramdisk({ sectorSize: 0, sizeSectors: 1 })).toThrow(/sector size must be a positive integer/);
    expect(() => ramdisk({ sizeSectors: -1 })).toThrow(/non-negative integer/);
    expect(() => ramdisk({ sizeSectors: 1.5 })).toThrow(/non-negative integer/);
  });
});

describe("ramdiskDevice", () => {
  it("connects with a config", async () => {
    const r = await ramdiskDevice.connect({ sizeSectors: 8, sectorSize: 4096 }, {}, undefined);
    expect(ramdiskDevice.kind).toBe("block");
    expect(isRight(r) && r.right.info()).toEqual({ readWrite: true, sectorSize: 4096, sizeSectors: 8n });
  });

  it("turns a bad config into an InvalidConfig error", async () => {
    const r = await ramdiskDevice.connect({ sizeSectors: -3 }, {}, undefined);
    expect(isLeft(r) && r.left).toEqual({
      _tag: "InvalidConfig",
      message: "Cannot create a ramdisk: the size in sectors must be a non-negative integer, not -3",
    });
  });
});

describe("block errors", () => {
  it("say what failed and why", () => {
    expect(blockError.outOfBounds("read", 9n, 1n, 8n).message).toBe("Cannot read sector 9: out of bounds (disk has 8 sectors)");
    expect(blockError.outOfBounds("write", 6n, 4n, 8n).message).toBe("Cannot write sectors 6-9: out of bounds (disk has 8 sectors)");
    expect(blockError.outOfBounds("read", 2n, 0n, 1n).message).toBe("Cannot read at sector 2: out of bounds (disk has 1 sector)");
    expect(blockError.unaligned("write", 3n, 1, 100, 512).message).toBe(
      "Cannot write at sector 3: buffer 1 has 100 bytes, not a multiple of the 512-byte sector size",
    );
    expect(blockError.noSpace(0n, 2n).message).toBe("Cannot write sectors 0-1: no space left on the host device");
  });

  it("checkRequest: Unaligned before OutOfBounds, empty requests allowed up to the end", () => {
    const info = { sectorSize: 512, sizeSectors: 4n };
    const u = checkRequest("read", info, 100n, [new Uint8Array(512), new Uint8Array(10)]);
    expect(isLeft(u) && u.left).toMatchObject({ _tag: "Unaligned", length: 10, sectorSize: 512 });
    expect(checkRequest("read", info, 4n, [])).toEqual({ _tag: "Right", right: { count: 0n, bytes: 0 } });
    const past = checkRequest("read", info, 5n, [new Uint8Array(0)]);
    expect(isLeft(past) && past.left._tag).toBe("OutOfBounds");
    expect(checkRequest("write", info, 1n, [new Uint8Array(1024), new Uint8Array(512)])).toEqual({
      _tag: "Right",
      right: { count: 3n, bytes: 1536 },
    });
  });
});
