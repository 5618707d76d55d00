// hvt images: checked structurally here (ABI note says hvt, W^X segments, manifest, no
// floating-point instruction anywhere in the integer-only self-test) and booted on KVM: on an
// upstream solo5-hvt when one is at hand (SOLO5_HVT=/path/to/solo5-hvt, or solo5-hvt on PATH),
// else on build/mirage-hvt, the tender this package ships (native/hvt/tender.c). Boots here
// need a usable /dev/kvm; without one the QEMU test bed (test/hvt-bed) boots them. A nested
// KVM may die on SSE/x87, hence the integer-only image.
import { execFileSync, spawnSync } from "node:child_process";
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTender, tenderPaths } from "../native/ld/image.mjs";
import { readManifest } from "../native/manifest.mjs";
import { ensureBuilt, has, runAsync, spt, start, testGuest } from "./spt-helpers.ts";

const linuxX64 = process.platform === "linux" && process.arch === "x64";
const d = linuxX64 ? describe : describe.skip;

const upstreamHvt = (): string | undefined => {
  const env = process.env.SOLO5_HVT;
  if (env) return env;
  const r = spawnSync("sh", ["-c", "command -v solo5-hvt"], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : undefined;
};
const kvmUsable = (): string | undefined => {
  try {
    accessSync("/dev/kvm", constants.R_OK | constants.W_OK);
    return undefined;
  } catch (e) {
    return `no usable /dev/kvm (${(e as NodeJS.ErrnoException).code ?? e})`;
  }
};
const upstream = linuxX64 ? upstreamHvt() : undefined;
// Our tender is built up front (cheap when up to date) so it can probe KVM: opening /dev/kvm
// is not enough on every host, creating a VM or running SSE in it can still fail.
if (linuxX64) await buildTender("hvt");
const tender = upstream ?? tenderPaths.hvt;
const tenderName = upstream === undefined ? "mirage-hvt" : "solo5-hvt";
const kvmSkip = (): string | undefined => {
  const why = kvmUsable();
  if (why !== undefined || upstream !== undefined) return why;
  const r = spawnSync(tenderPaths.hvt, ["--check-kvm"], { encoding: "utf8", timeout: 10_000 });
  return r.status === 0 ? undefined : `KVM unusable: ${(r.stderr || r.error?.message || "").trim()}`;
};
const bootSkip = !linuxX64 ? "not Linux x86_64" : kvmSkip();

let dir = "";
beforeAll(async () => {
  if (!linuxX64) return;
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "mirage-hvt-"));
}, 120_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

d("hvt images", () => {
  it("carry the hvt ABI note (target 1, version 2) and the manifest", () => {
    expect(readManifest(readFileSync(testGuest("hello", "hvt")))).toEqual({ abi: { target: "hvt", version: 2 }, devices: [] });
    expect(readManifest(readFileSync(testGuest("devices", "hvt")))).toEqual({
      abi: { target: "hvt", version: 2 },
      devices: [
        { name: "service", type: "NET_BASIC" },
        { name: "storage", type: "BLOCK_BASIC" },
      ],
    });
  });

  (has("readelf") ? it : it.skip)("are static ET_EXEC with R-X, R, RW segments at 1 MiB", () => {
    const out = execFileSync("readelf", ["-l", "-h", "-W", testGuest("hello", "hvt")], { encoding: "utf8" });
    expect(out).toMatch(/Type:\s+EXEC/);
    const loads = [...out.matchAll(/^\s+LOAD\s+0x[0-9a-f]+ (0x[0-9a-f]+) .* ([RWE ]{3}) 0x1000$/gm)].map((m) => [Number(m[1]), (m[2] ?? "").replace(/ /g, "")]);
    expect(loads.map((l) => l[1])).toEqual(["RE", "R", "RW"]);
    expect(loads[0]?.[0]).toBe(0x100000);
    expect(out).not.toMatch(/INTERP|DYNAMIC/);
  });

  for (const name of ["hello", "block", "net"]) {
    (has("objdump") ? it : it.skip)(`${name}.hvt contains no SSE or x87 instruction (integer-only bindings and test guests)`, () => {
      const asm = execFileSync("objdump", ["-d", "--no-show-raw-insn", testGuest(name, "hvt")], { encoding: "utf8", maxBuffer: 64 << 20 });
      const fp = asm.split("\n").filter((l) => /%xmm|%ymm|%zmm|%st\b|%st\(|\bf(ld|st|add|mul|div|sub|xch|init|nstcw|ldcw)\w*\s|\b(movs[sd]|cvt\w+|ldmxcsr|stmxcsr|fxsave|fxrstor|xsave|xrstor)\b/.test(l));
      expect(fp).toEqual([]);
      expect(asm).toMatch(/out\s+%eax,\(%dx\)|out\s+%eax,\$0x5/); // hypercalls are port I/O
    });
  }

  it("are refused by mirage-spt with the target named", () => {
    const r = spt([testGuest("hello", "hvt")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/built for the hvt target, not spt \(use a tender for hvt\)/);
  });
});

(bootSkip === undefined ? describe : describe.skip)(`hvt boot on ${tenderName}${bootSkip ? ` (skipped: ${bootSkip})` : ""}`, () => {
  const run = (args: string[]) => spawnSync(tender, args, { encoding: "utf8", timeout: 30_000 });

  it("the integer-only self-test prints, sleeps, uses TLS and exits with its status", () => {
    const r = run([testGuest("hello", "hvt"), "x", "exit=4", "sleep=30"]);
    expect(r.stdout).toContain("hello from mirage-solo5 on hvt");
    expect(r.stdout).toContain("cmdline: [x exit=4 sleep=30]");
    expect(r.stdout).toMatch(/^wall: ok \d+$/m);
    expect(r.stdout).toMatch(/^yield: ok slept_ms=\d+ ready=0$/m);
    expect(r.stdout).toContain("tls: ok");
    expect(r.stdout).toContain("constructor: ok");
    expect(r.stdout).toMatch(/^heap: ok \d+ MiB/m);
    expect(r.status).toBe(4);
  });

  it("block I/O through hypercalls: written on hvt, read back on spt", () => {
    const disk = join(dir, "hvt-block.img");
    writeFileSync(disk, Buffer.alloc(1 << 20));
    const w = run([`--block:storage=${disk}`, testGuest("block", "hvt"), "write", "checks", "seed=11"]);
    expect(w.stdout).toContain("block: wrote 3 sectors");
    expect(w.stdout.match(/^check .*: ok$/gm)).toHaveLength(10);
    expect(w.status).toBe(0);
    const v = spt([`--block:storage=${disk}`, testGuest("block"), "verify", "seed=11"]);
    expect(v.stdout).toContain("block: verified 3 sectors");
  });

  const netSkip = process.getuid?.() !== 0 ? "needs root" : !has("ip") || !has("ping") ? "needs ip and ping" : undefined;
  (netSkip === undefined ? it : it.skip)(`net through hypercalls: answers ARP and pings on a TAP${netSkip ? ` (skipped: ${netSkip})` : ""}`, async () => {
    const ns = `mirage-hvt${process.pid}`;
    const tap = `mhv${process.pid % 100000}`;
    const ip = (...a: string[]) => execFileSync("ip", a, { stdio: ["ignore", "pipe", "pipe"] });
    ip("netns", "add", ns);
    try {
      const inNs = (...a: string[]) => ip("netns", "exec", ns, ...a);
      inNs("sysctl", "-qw", "net.ipv6.conf.all.disable_ipv6=1", "net.ipv6.conf.default.disable_ipv6=1");
      inNs("ip", "tuntap", "add", "dev", tap, "mode", "tap");
      inNs("ip", "addr", "add", "10.81.0.1/24", "dev", tap);
      inNs("ip", "link", "set", tap, "up");
      const g = start("ip", ["netns", "exec", ns, tender, `--net:service=${tap}`, testGuest("net", "hvt"), "ip=10.81.0.2", "count=2", "timeout=15000"]);
      await g.waitFor(/^net: ready mac/m);
      const ping = await runAsync("ip", ["netns", "exec", ns, "ping", "-c", "2", "-i", "0.3", "-w", "10", "10.81.0.2"], 15_000);
      const r = await g.done;
      const why = () => `guest (exit ${r.code}):\n${r.stdout}${r.stderr}\nping:\n${ping.stdout}${ping.stderr}`;
      expect(ping.stdout, why()).toMatch(/2 packets transmitted, 2 received/);
      expect(r.stdout, why()).toContain("net: echo reply seq=2");
      expect(r.code, why()).toBe(0);
    } finally {
      ip("netns", "del", ns);
    }
  });

  it("attaches the manifest's devices", () => {
    const disk = join(dir, "hvt.img");
    writeFileSync(disk, Buffer.alloc(64 << 10));
    // The tender wants a TAP for the net device; without one, the block device alone is refused
    // for the missing net device: that is the manifest being enforced.
    const r = run([`--block:storage=${disk}`, testGuest("devices", "hvt")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/service.*not attached/);
  });

  it("abort exits with 255 after the guest's message", () => {
    const r = run([testGuest("hello", "hvt"), "abort"]);
    expect(r.stdout).toContain("mirage-solo5: abort");
    expect(r.status).toBe(255);
  });
});

// Our tender's own checks: these refusals happen before KVM is touched.
d("mirage-hvt refuses", () => {
  const hvt = (args: string[]) => spawnSync(tenderPaths.hvt, args, { encoding: "utf8", timeout: 30_000 });

  it("an spt image, naming its target", () => {
    const r = hvt([testGuest("hello", "spt")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/hello\.spt: built for the spt target, not hvt \(use a tender for spt/);
    expect(r.stdout).toBe("");
  });

  it("a file that is not a Solo5 image", () => {
    const bogus = join(dir, "bogus.elf");
    writeFileSync(bogus, `#!/bin/sh\n${"echo not an ELF\n".repeat(8)}`);
    const r = hvt([bogus]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/bogus\.elf: not an ELF file/);
  });

  it("a manifest device left unattached, saying how to attach it", () => {
    const disk = join(dir, "refuse.img");
    writeFileSync(disk, Buffer.alloc(64 << 10));
    const r = hvt([`--block:storage=${disk}`, testGuest("devices", "hvt")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/declares network device 'service' but it is not attached: add --net:service=TAPIF/);
    expect(r.stdout).toBe("");
  });

  it("a device the manifest does not declare, or declares with another type", () => {
    const r = hvt(["--net:nope=tap0", testGuest("devices", "hvt")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/--net:nope=tap0: .* declares no network device named 'nope' \(declared: service \(net\), storage \(block\)\)/);
    const t = hvt([`--block:service=${join(dir, "x.img")}`, testGuest("devices", "hvt")]);
    expect(t.status).toBe(1);
    expect(t.stderr).toMatch(/device 'service' is a network device/);
  });

  for (const bad of ["--mem=0", "--mem=1", "--mem=abc", "--mem=12x", "--mem=", "--mem=-4", "--mem=99999"]) {
    it(`bad memory size ${bad}`, () => {
      const r = hvt([bad, testGuest("hello", "hvt")]);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`${bad}: expected --mem=MB, a whole number of MiB from 2 to 4096`);
      expect(r.stdout).toBe("");
    });
  }

  it("an unknown option and a missing KERNEL", () => {
    const r = hvt(["--frobnicate", testGuest("hello", "hvt")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/unknown option '--frobnicate'/);
    const m = hvt([]);
    expect(m.status).toBe(1);
    expect(m.stderr).toMatch(/missing KERNEL operand/);
  });
});

(bootSkip === undefined && upstream === undefined ? describe : describe.skip)("mirage-hvt boots", () => {
  const hvt = (args: string[]) => spawnSync(tenderPaths.hvt, args, { encoding: "utf8", timeout: 30_000 });

  it("with --mem: the guest's heap follows the memory size", () => {
    const r = hvt(["--mem=64", testGuest("hello", "hvt")]);
    expect(r.status, r.stderr).toBe(0);
    const heap = Number(/^heap: ok (\d+) MiB/m.exec(r.stdout)?.[1]);
    expect(heap).toBeGreaterThan(32);
    expect(heap).toBeLessThan(64);
  });

  it("a guest command line with many words, byte for byte", () => {
    const words = Array.from({ length: 50 }, (_, i) => `w${i}=${"x".repeat(i)}`);
    const r = hvt([testGuest("hello", "hvt"), ...words, "sleep=1"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`cmdline: [${words.join(" ")} sleep=1]`);
  });
});
