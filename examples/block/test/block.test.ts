import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ramdisk } from "@mirage/mirage-block";
import { configureLogs, type LogRecord } from "@mirage/mirage-logs";
import { mirage, runArtefact } from "@mirage/mirage/testing";
import { BlockExample } from "../unikernel.ts";

const app = path.resolve(import.meta.dirname, "..");

describe("block, in-process on a ramdisk", () => {
  it("verifies its sectors, and a second boot finds the first one's data", async () => {
    const seen: string[] = [];
    configureLogs({ sink: (r: LogRecord) => seen.push(r.msg) });
    const disk = ramdisk({ sizeSectors: 32 });
    await BlockExample.start({ disk }, { sectors: 8 });
    expect(seen).toContain("boot 1: wrote and verified 8 sectors");
    expect(seen.some((m) => m.startsWith("reading past the end is refused: ") && m.includes("32"))).toBe(true);
    await BlockExample.start({ disk }, { sectors: 8 });
    expect(seen).toContain("found the data of boot 1 intact");
    expect(seen).toContain("boot 2: wrote and verified 8 sectors");
  });

  it("notices a sector that lost its data", async () => {
    const disk = ramdisk({ sizeSectors: 32 });
    configureLogs({ sink: () => {} });
    await BlockExample.start({ disk }, { sectors: 4 });
    await disk.write(3n, [new Uint8Array(512)]);
    await expect(BlockExample.start({ disk }, { sectors: 4 })).rejects.toThrow("sector 3 lost the previous boot's data");
  });
});

describe("block, built for unix on a file", () => {
  beforeAll(() => {
    fs.rmSync(path.join(app, "disk.img"), { force: true });
    mirage(app, ["clean"]);
    expect(mirage(app, ["configure", "-t", "unix"]).stderr).toBe("");
    expect(mirage(app, ["build"]).stderr).toBe("");
  });

  it("creates the disk, and its data survives a second boot", () => {
    const first = runArtefact(app, "block");
    expect(first.status).toBe(0);
    expect(first.stdout).toContain("disk: 64 sectors of 512 bytes, read-write");
    expect(first.stdout).toContain("boot 1: wrote and verified 16 sectors");
    expect(fs.statSync(path.join(app, "disk.img")).size).toBe(64 * 512);
    const second = runArtefact(app, "block", ["--sectors=8"]);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain("found the data of boot 1 intact");
    expect(second.stdout).toContain("boot 2: wrote and verified 8 sectors");
    expect(second.stdout).toMatch(/reading past the end is refused: .*64/);
  });

  it("a job failure exits 1 with the reason", () => {
    const r = runArtefact(app, "block", ["--sectors=100"]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("block: the job failed: --sectors=100 does not fit: the disk has 64 sectors");
  });

  it("a device that cannot connect stops the boot naming the device", () => {
    fs.writeFileSync(path.join(app, "disk.img"), new Uint8Array(1000));
    try {
      const r = runArtefact(app, "block");
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(/^block: Cannot connect device disk \(blockOfFile\("\.\/disk\.img"\)\): .*1000/m);
    } finally {
      fs.rmSync(path.join(app, "disk.img"), { force: true });
    }
  });
});
