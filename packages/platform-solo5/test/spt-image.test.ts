// The image layout (static, non-PIE, W^X segments at 1 MiB, one PT_NOTE per Solo5 note) and
// the manifest note, checked with readelf and with our own note reader; the manifest
// generator's byte layout and its refusals.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MFT_ENTRY_SIZE, NOTE_TYPE_ABI1, NOTE_TYPE_MFT1, manifestAssembly, manifestErrors, manifestNote, readManifest, solo5Notes } from "../native/manifest.mjs";
import { ensureBuilt, has, testGuest } from "./spt-helpers.ts";

const linuxX64 = process.platform === "linux" && process.arch === "x64";
const withReadelf = linuxX64 && has("readelf");

let dir = "";
beforeAll(async () => {
  if (!linuxX64) return;
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "mirage-image-"));
}, 120_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Segment {
  type: string;
  offset: number;
  vaddr: number;
  filesz: number;
  memsz: number;
  flags: string;
}

/** `readelf -l -W` program headers. */
const segments = (image: string): { entry: number; type: string; segs: Segment[] } => {
  const out = execFileSync("readelf", ["-l", "-h", "-W", image], { encoding: "utf8" });
  const entry = Number(/Entry point address:\s+(0x[0-9a-f]+)/.exec(out)?.[1]);
  const type = /Type:\s+(\S+)/.exec(out)?.[1] ?? "";
  const segs: Segment[] = [];
  for (const m of out.matchAll(/^\s+([A-Z_]+)\s+(0x[0-9a-f]+) (0x[0-9a-f]+) 0x[0-9a-f]+ (0x[0-9a-f]+) (0x[0-9a-f]+) ([RWE ]{3})/gm)) {
    segs.push({ type: m[1] ?? "", offset: Number(m[2]), vaddr: Number(m[3]), filesz: Number(m[4]), memsz: Number(m[5]), flags: (m[6] ?? "").replace(/ /g, "") });
  }
  return { entry, type, segs };
};

(withReadelf ? describe : describe.skip)("image layout (readelf)", () => {
  for (const name of ["hello", "block", "net", "devices"]) {
    it(`${name}.spt: static ET_EXEC at 1 MiB, W^X, page-aligned segments, entry in the text`, () => {
      const { entry, type, segs } = segments(testGuest(name));
      expect(type).toBe("EXEC");
      const kinds = segs.map((s) => s.type);
      expect(kinds).not.toContain("INTERP");
      expect(kinds).not.toContain("DYNAMIC");
      const loads = segs.filter((s) => s.type === "LOAD");
      expect(loads.map((s) => s.flags)).toEqual(["RE", "R", "RW"]);
      for (const s of loads) {
        expect(s.flags.includes("W") && s.flags.includes("E")).toBe(false);
        expect(s.vaddr % 4096).toBe(0);
        expect(s.vaddr).toBeGreaterThanOrEqual(0x100000);
        expect(s.filesz).toBeGreaterThan(0); // Solo5's loader skips empty-file segments
      }
      for (let i = 1; i < loads.length; i++) {
        const prev = loads[i - 1] as Segment;
        expect((loads[i] as Segment).vaddr).toBeGreaterThanOrEqual(Math.ceil((prev.vaddr + prev.memsz) / 4096) * 4096);
      }
      const text = loads[0] as Segment;
      expect(entry).toBeGreaterThanOrEqual(text.vaddr);
      expect(entry).toBeLessThan(text.vaddr + text.memsz);
      expect(segs.filter((s) => s.type === "NOTE")).toHaveLength(2);
      expect(segs.find((s) => s.type === "GNU_STACK")?.flags).toBe("RW");
      const sym = execFileSync("readelf", ["-s", "-W", testGuest(name)], { encoding: "utf8" });
      expect(sym).toMatch(new RegExp(`${entry.toString(16).padStart(16, "0")}\\s+\\d+\\s+FUNC\\s+GLOBAL\\s+DEFAULT\\s+\\d+ _start`));
    });
  }

  it("readelf -n shows the ABI note (spt, version 2) and the manifest note, each in its own PT_NOTE", () => {
    const out = execFileSync("readelf", ["-n", "-W", testGuest("devices")], { encoding: "utf8" });
    expect(out).toMatch(/Displaying notes found in: \.note\.solo5\.abi\s+Owner\s+Data size\s+Description\s+Solo5\s+0x00000010\s+Unknown note type: \(0x31494241\)\s+description data: 02 00 00 00 02 00 00 00 00 00 00 00 00 00 00 00/);
    expect(out).toMatch(/Displaying notes found in: \.note\.solo5\.manifest\s+Owner\s+Data size\s+Description\s+Solo5\s+0x00000144\s+Unknown note type: \(0x3154464d\)/);
    const notes = solo5Notes(readFileSync(testGuest("devices")));
    expect(notes.map((n) => n.type).sort()).toEqual([NOTE_TYPE_ABI1, NOTE_TYPE_MFT1].sort());
    expect(new Set(notes.map((n) => n.phdr)).size).toBe(2);
  });

  it("readManifest reads back target, ABI version and devices in order", () => {
    expect(readManifest(readFileSync(testGuest("devices")))).toEqual({
      abi: { target: "spt", version: 2 },
      devices: [
        { name: "service", type: "NET_BASIC" },
        { name: "storage", type: "BLOCK_BASIC" },
      ],
    });
    expect(readManifest(readFileSync(testGuest("hello")))).toEqual({ abi: { target: "spt", version: 2 }, devices: [] });
  });

  it("manifest.mjs --print agrees", () => {
    const r = spawnSync(process.execPath, [join(import.meta.dirname, "..", "native", "manifest.mjs"), "--print", testGuest("block")], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ abi: { target: "spt", version: 2 }, devices: [{ name: "storage", type: "BLOCK_BASIC" }] });
  });
});

describe("manifest note bytes", () => {
  it("lays out header, padding, version, entries (104 bytes each), reserved entry 0", () => {
    const b = manifestNote([
      { name: "service", type: "NET_BASIC" },
      { name: "storage", type: "block" },
    ]);
    expect(b.readUInt32LE(0)).toBe(6); // "Solo5\0"
    expect(b.readUInt32LE(4)).toBe(4 + 8 + 3 * MFT_ENTRY_SIZE); // descsz counts the 4 padding bytes
    expect(b.readUInt32LE(8)).toBe(0x3154464d);
    expect(b.toString("latin1", 12, 18)).toBe("Solo5\0");
    expect(b.length).toBe(20 + 4 + 8 + 3 * 104);
    expect(b.readUInt32LE(24)).toBe(1); // MFT version
    expect(b.readUInt32LE(28)).toBe(3); // entries, reserved one included
    const entry = (i: number) => b.subarray(32 + i * 104, 32 + (i + 1) * 104);
    expect(entry(0).readUInt32LE(68)).toBe(1 << 30);
    expect(entry(0)[0]).toBe(0);
    expect(entry(1).toString("latin1", 0, 8)).toBe("service\0");
    expect(entry(1).readUInt32LE(68)).toBe(2);
    expect(entry(2).toString("latin1", 0, 8)).toBe("storage\0");
    expect(entry(2).readUInt32LE(68)).toBe(1);
    // everything the tender fills in is zero, "attached" included
    for (let i = 0; i < 3; i++) expect(entry(i).subarray(72).every((x) => x === 0)).toBe(true);
  });

  it("a 67-character name fits, a 68-character one does not", () => {
    expect(manifestErrors([{ name: "a".repeat(67), type: "net" }])).toEqual([]);
    expect(manifestErrors([{ name: "a".repeat(68), type: "net" }])[0]).toMatch(/1 to 67 letters or digits/);
  });

  it("refuses bad names, duplicates, unknown types and more than 63 devices", () => {
    expect(manifestErrors([{ name: "my-net", type: "net" }])[0]).toMatch(/letters or digits/);
    expect(manifestErrors([{ name: "", type: "net" }])[0]).toMatch(/letters or digits/);
    expect(manifestErrors([{ name: "a", type: "net" }, { name: "a", type: "block" }])[0]).toMatch(/declared twice/);
    expect(manifestErrors([{ name: "a", type: "VIRTIO" as "net" }])[0]).toMatch(/not NET_BASIC or BLOCK_BASIC/);
    const many = Array.from({ length: 64 }, (_, i) => ({ name: `d${i}`, type: "net" as const }));
    expect(manifestErrors(many)[0]).toMatch(/at most 63 devices/);
    expect(manifestErrors(many.slice(0, 63))).toEqual([]);
    expect(() => manifestNote([{ name: "x y", type: "net" }])).toThrow(/invalid Solo5 manifest/);
  });

  it("emits assembler source for the note section", () => {
    const s = manifestAssembly([{ name: "service", type: "net" }]);
    expect(s).toContain('.section .note.solo5.manifest,"a",@note');
    expect(s).toContain("/*   service: NET_BASIC */");
    const bytes = [...s.matchAll(/0x([0-9a-f]{2})/g)].map((m) => parseInt(m[1] ?? "", 16));
    expect(Buffer.from(bytes)).toEqual(manifestNote([{ name: "service", type: "net" }]));
  });
});
