// Interoperability with upstream Solo5, opt-in: SOLO5_SRC=/path/to/a/built/solo5/tree (never
// part of this repository; build it yourself: ./configure.sh && make). Then:
//   - our images run on upstream solo5-spt (same output and exit status as on mirage-spt);
//   - upstream's own test images run on mirage-spt (same exit status as on solo5-spt);
//   - solo5-elftool reads our ABI and manifest notes, and its generated manifest note is
//     byte-identical to ours.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linkJsImage, quickjsRecipe } from "../native/ld/image.mjs";
import { manifestNote } from "../native/manifest.mjs";
import { ensureBuilt, spt, tenderPath, testGuest } from "./spt-helpers.ts";

const src = process.env.SOLO5_SRC;
const upstreamSpt = src ? join(src, "tenders", "spt", "solo5-spt") : "";
const elftool = src ? join(src, "elftool", "solo5-elftool") : "";
const skip = src === undefined ? "set SOLO5_SRC to a built upstream Solo5 tree" : !existsSync(upstreamSpt) ? `${upstreamSpt} not built` : undefined;

let dir = "";
beforeAll(async () => {
  if (skip !== undefined) return;
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "mirage-upstream-"));
}, 120_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const runWith = (tender: string, args: string[]) => {
  const r = spawnSync(tender, args, { encoding: "utf8", timeout: 30_000 });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
};

(skip === undefined ? describe : describe.skip)(`upstream Solo5 interoperability${skip ? ` (skipped: ${skip})` : ""}`, () => {
  it("our hello image behaves the same on solo5-spt", () => {
    const ours = runWith(tenderPath, [testGuest("hello"), "a", "exit=5", "sleep=10"]);
    const theirs = runWith(upstreamSpt, [testGuest("hello"), "a", "exit=5", "sleep=10"]);
    expect(theirs.code).toBe(5);
    const stable = (s: string) => s.replace(/wall: ok \d+/, "wall").replace(/slept_ms=\d+/, "slept");
    expect(stable(theirs.stdout)).toBe(stable(ours.stdout));
    expect(runWith(upstreamSpt, [testGuest("hello"), "forbidden"]).signal).toBe("SIGSYS");
  });

  it("our block image writes on solo5-spt and reads back on mirage-spt (and the other way round)", () => {
    const disk = join(dir, "x.img");
    writeFileSync(disk, Buffer.alloc(1 << 20));
    expect(runWith(upstreamSpt, [`--block:storage=${disk}`, testGuest("block"), "write", "checks", "seed=77"]).code).toBe(0);
    expect(spt([`--block:storage=${disk}`, testGuest("block"), "verify", "seed=77"]).code).toBe(0);
    expect(spt([`--block:storage=${disk}`, testGuest("block"), "write", "seed=78"]).code).toBe(0);
    expect(runWith(upstreamSpt, [`--block:storage=${disk}`, testGuest("block"), "verify", "seed=78"]).code).toBe(0);
  });

  for (const t of ["test_hello", "test_time", "test_tls", "test_globals", "test_ssp", "test_seccomp", "test_wnox", "test_xnow", "test_zeropage", "test_exception"]) {
    const image = join(src ?? "", "tests", t, `${t}.spt`);
    (existsSync(image) ? it : it.skip)(`upstream ${t}.spt: same exit on mirage-spt as on solo5-spt`, () => {
      const theirs = runWith(upstreamSpt, ["--mem=2", image, "Hello_Solo5"]);
      const ours = runWith(tenderPath, ["--mem=2", image, "Hello_Solo5"]);
      expect([ours.code, ours.signal]).toEqual([theirs.code, theirs.signal]);
    });
  }

  (quickjsRecipe() !== undefined ? it : it.skip)("a QuickJS image (runtime + host functions + loop) runs on solo5-spt", async () => {
    const js = join(dir, "q.js");
    writeFileSync(
      js,
      `const h = globalThis.__mirage_host; const say = (s) => h.consoleWrite(String(s) + "\\n");
       say("cmdline=" + h.cmdline()); let n = 0;
       globalThis.__mirage_loop = { tick() { n++; if (n === 3) h.exit(6); return h.monoNs() + 1000000n; }, rejection() {} };`,
    );
    const img = await linkJsImage({ target: "spt", js, out: join(dir, "q.spt") });
    const r = runWith(upstreamSpt, [img, "via", "upstream"]);
    expect(r.stdout).toBe("cmdline=via upstream\n");
    expect(r.code).toBe(6);
  });

  it("upstream test_blk.spt passes on mirage-spt", () => {
    const image = join(src ?? "", "tests", "test_blk", "test_blk.spt");
    const disk = join(dir, "blk.img");
    writeFileSync(disk, Buffer.alloc(4 << 20));
    const r = runWith(tenderPath, [`--block:storage=${disk}`, image]);
    expect(r.stdout).toContain("SUCCESS");
    expect(r.code).toBe(0);
  });

  (existsSync(elftool) ? it : it.skip)("solo5-elftool reads our notes and generates the same manifest bytes", () => {
    const abi = JSON.parse(execFileSync(elftool, ["query-abi", testGuest("devices")], { encoding: "utf8" }));
    expect(abi).toEqual({ type: "solo5.abi", target: "spt", version: 2 });
    const mft = JSON.parse(execFileSync(elftool, ["query-manifest", testGuest("devices")], { encoding: "utf8" }));
    expect(mft.devices).toEqual([
      { name: "service", type: "NET_BASIC" },
      { name: "storage", type: "BLOCK_BASIC" },
    ]);
    const devices = [
      { name: "service", type: "NET_BASIC" as const },
      { name: "storage", type: "BLOCK_BASIC" as const },
      { name: "x".repeat(67), type: "NET_BASIC" as const },
    ];
    writeFileSync(join(dir, "m.json"), JSON.stringify({ type: "solo5.manifest", version: 1, devices }));
    execFileSync(elftool, ["gen-manifest", join(dir, "m.json"), join(dir, "m.c")]);
    const cc = join(src ?? "", "toolchain", "bin", "x86_64-solo5-none-static-cc");
    execFileSync(existsSync(cc) ? cc : "cc", ["-c", join(dir, "m.c"), "-o", join(dir, "m.o")]);
    execFileSync("objcopy", ["-O", "binary", "--only-section=.note.solo5.manifest", join(dir, "m.o"), join(dir, "m.bin")]);
    expect(readFileSync(join(dir, "m.bin"))).toEqual(manifestNote(devices));
  });
});
