// The examples as Solo5 hvt unikernels, booted for real on KVM inside the hvt test bed (bed.ts):
// QEMU's emulator runs a Linux guest whose kvm_amd gives /dev/kvm, and the tender boots our
// images there. All steps share one bed boot (~6 s of boot, then the steps).
// SOLO5_HVT=/path/to/solo5-hvt runs the same steps on an upstream tender (never built here).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { mirage } from "@mirage/mirage/testing";
import { linkJsImage, tenderPaths, testGuest } from "@mirage/platform-solo5/image";
import { copyApp, copyExample } from "../linux/work.ts";
import { bedUnavailable, makeTap, runInBed, type BedResult } from "./bed.ts";

const why = bedUnavailable();
const tender = process.env.SOLO5_HVT ?? tenderPaths.hvt;
const tenderName = process.env.SOLO5_HVT ? "solo5-hvt" : "mirage-hvt";

/** The app in `app` configured and built for hvt the user's way; the image's path. */
const hvtBuild = (app: string, name: string): string => {
  expect(mirage(app, ["configure", "-t", "hvt"]).stderr).toBe("");
  const b = mirage(app, ["build"]);
  expect(b.stderr).toBe("");
  return path.join(app, "dist", `${name}.hvt`);
};
const hvtImage = (name: string): string => hvtBuild(copyExample(name, "hvt-bed"), name);
const ours = process.env.SOLO5_HVT === undefined;
const curl = spawnSync("sh", ["-c", "command -v curl"], { encoding: "utf8" }).stdout.trim();

// Networking inside the bed: a TAP device in the bed's Linux, which is the peer (ping, curl,
// nc), and the unikernel at 10.0.0.2 behind it; traffic never leaves the QEMU guest.
const tap = `${makeTap("tap0")} && ip addr add 10.0.0.1/24 dev tap0 && ip link set tap0 up`;
/** Starts `command` in the background (log in LOG, pid in $pid) and waits for `ready` in it. */
const background = (command: string, log: string, ready: string): string =>
  `${command} > ${log} 2>&1 & pid=$!
i=0; until grep -q '${ready}' ${log}; do i=$((i+1)); [ $i -gt 600 ] && { echo "no '${ready}' in 60 s"; break; }; sleep 0.1; done`;
const stop = (log: string): string => `kill $pid; wait $pid; echo "== guest log"; cat ${log}`;
const sha256 = (file: string): string => createHash("sha256").update(fs.readFileSync(file)).digest("hex");
const faults = ["ud", "div", "gp", "null", "wtext"] as const;
const selfTest = testGuest("hello", "hvt");

describe.skipIf(why !== undefined)(`hvt examples on ${tenderName} in the KVM test bed${why ? ` (skipped: ${why})` : ""}`, () => {
  let bed: BedResult;
  let siteDir = "";
  beforeAll(async () => {
    const hello = hvtImage("hello");
    const kv = hvtImage("kv");
    const block = hvtImage("block");
    const site = hvtImage("static-website");
    const echo = hvtImage("network");
    siteDir = path.dirname(path.dirname(site));
    const oom = hvtBuild(copyApp(path.resolve(import.meta.dirname, "..", "solo5", "oom"), "oom-hvt-bed"), "oom");
    const thrower = path.join(path.dirname(oom), "uncaught.js");
    fs.writeFileSync(thrower, `function deep() { throw new TypeError("top-level failure"); }\ndeep();\n`);
    const uncaught = await linkJsImage({ target: "hvt", js: thrower, out: path.join(path.dirname(oom), "uncaught.hvt"), devices: [], module: false });
    const index = path.join(siteDir, "htdocs", "index.html");
    bed = await runInBed({
      tender,
      hostFiles: [hello, kv, block, site, echo, oom, uncaught, selfTest, index, curl],
      files: [{ path: "disk.img", data: new Uint8Array(64 * 512) }],
      steps: [
        { name: "kvm", script: "test -c /dev/kvm && echo kvm ready" },
        { name: "hello", script: `$HVT --mem=64 ${hello} --count=3 --interval-ms=300 --hello=from-hvt` },
        { name: "solo5-options", script: `$HVT --mem=64 ${hello} --solo5:quiet --solo5:debug --count=1 --interval-ms=1` },
        { name: "bad-arg", script: `$HVT --mem=64 ${hello} --count=lots` },
        { name: "kv", script: `$HVT --mem=64 ${kv}` },
        { name: "block-1", script: `$HVT --mem=64 --block:storage=disk.img ${block}` },
        { name: "block-2", script: `$HVT --mem=64 --block:storage=disk.img ${block} --sectors=8` },
        { name: "block-missing", script: `$HVT --mem=64 ${block}` },
        { name: "abort", script: `$HVT ${selfTest} abort` },
        { name: "exit-status", script: `$HVT ${selfTest} exit=7 sleep=50` },
        ...(ours ? [{ name: "check-kvm", script: "$HVT --check-kvm" }] : []),
        ...faults.map((kind) => ({ name: `fault-${kind}`, script: `$HVT ${selfTest} fault=${kind}`, timeoutSec: 60 })),
        { name: "oom", script: `$HVT --mem=32 ${oom}` },
        { name: "uncaught", script: `$HVT ${uncaught}` },
        { name: "tap", script: tap },
        {
          name: "static-website",
          script: `${background(`$HVT --mem=128 --net:service=tap0 ${site} --ipv4=10.0.0.2/24 --port=80`, "site.log", "serving on")}
echo "== ping"; ping -c 2 -W 5 10.0.0.2
echo "== index"; ${curl} -sS --max-time 60 -o index.out http://10.0.0.2/ && cmp index.out ${index} && echo "index identical"
echo "== blob"; ${curl} -sS --max-time 120 -o blob http://10.0.0.2/docs/blob.bin && sha256sum blob
${stop("site.log")}`,
          timeoutSec: 240,
        },
        { name: "bad-ipv4", script: `$HVT --mem=128 --net:service=tap0 ${site} --ipv4=300.1.1.1/24` },
        {
          name: "echo",
          script: `${background(`$HVT --mem=128 --net:service=tap0 ${echo} --ipv4=10.0.0.2/24 --port=7`, "echo.log", "echoing on")}
echo "== reply"; echo "hello unikernel" | nc -w 3 10.0.0.2 7
${stop("echo.log")}`,
          timeoutSec: 120,
        },
      ],
      timeoutMs: 400_000,
    });
  }, 600_000);

  it("boots with a usable /dev/kvm inside the bed", () => {
    expect(bed.step("kvm").output).toBe("kvm ready\n");
  });

  it("hello logs its lines a sleep apart and exits 0", () => {
    const r = bed.step("hello");
    const lines = r.output.trim().split("\n");
    expect(lines, r.output).toHaveLength(3);
    for (const l of lines) expect(l).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z INFO  \[hello\] from-hvt$/);
    const times = lines.map((l) => Date.parse(l.slice(0, 24)));
    expect((times[2] ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(600);
    expect(r.status).toBe(0);
  });

  it("consumes the Solo5 guest options before the unikernel's arguments", () => {
    const r = bed.step("solo5-options");
    expect(r.output).toMatch(/^mirage-solo5: hvt, memory 64 MiB, heap \d+ MiB, devices: none$/m);
    expect(r.output).toMatch(/INFO  \[hello\] Hello World!/);
    expect(r.status).toBe(0);
  });

  it("a bad runtime argument stops the boot with exit 64 and names it", () => {
    const r = bed.step("bad-arg");
    expect(r.output).toContain('hello: invalid value "lots" for --count: expected an integer from 0 to 1000 (--count=INT)');
    expect(r.status).toBe(64);
  });

  it("kv reads the crunched directory and verifies the copies", () => {
    const r = bed.step("kv");
    expect(r.output).toContain("[kv] read /docs/notes.md");
    expect(r.output).toContain("verified 3 files (181 bytes) copied to the read-write store");
    expect(r.status).toBe(0);
  });

  it("block writes and verifies its sectors, and the data survives a second boot", () => {
    const first = bed.step("block-1");
    expect(first.output).toContain("disk: 64 sectors of 512 bytes, read-write");
    expect(first.output).toContain("boot 1: wrote and verified 16 sectors");
    expect(first.status).toBe(0);
    const second = bed.step("block-2");
    expect(second.output).toContain("found the data of boot 1 intact");
    expect(second.output).toMatch(/reading past the end is refused: Cannot read sector 64: out of bounds/);
    expect(second.status).toBe(0);
  });

  it("a manifest device left unattached stops the boot, naming it", () => {
    const r = bed.step("block-missing");
    expect(r.output).toMatch(/storage/);
    expect(r.status).not.toBe(0);
  });

  it("the C self-test: abort exits 255 after its message, an exit status comes through", () => {
    const a = bed.step("abort");
    expect(a.output).toContain("mirage-solo5: abort");
    expect(a.status).toBe(255);
    const e = bed.step("exit-status");
    expect(e.output).toContain("hello from mirage-solo5 on hvt");
    expect(e.output).toMatch(/^yield: ok slept_ms=\d+ ready=0$/m);
    expect(e.status).toBe(7);
  });

  it.skipIf(!ours)("mirage-hvt --check-kvm runs its SSE/x87 probe guest on the bed's KVM", () => {
    expect(bed.step("check-kvm")).toMatchObject({ output: "KVM ok: a guest ran, SSE and x87 included\n", status: 0 });
  });

  // The exception table in the hvt bindings (native/x86/traps.c) reports the fault and halts.
  const reported: Record<Exclude<(typeof faults)[number], "wtext">, RegExp> = {
    ud: /^mirage-solo5: CPU exception #UD \(invalid opcode, vector 6\) at rip=0x[0-9a-f]+ error=0x0$/m,
    div: /^mirage-solo5: CPU exception #DE \(divide error, vector 0\) at rip=0x[0-9a-f]+ error=0x0$/m,
    gp: /^mirage-solo5: CPU exception #GP \(general protection, vector 13\) at rip=0x[0-9a-f]+ error=0x0$/m,
    null: /^mirage-solo5: CPU exception #PF \(page fault, vector 14\) at rip=0x[0-9a-f]+ error=0x[0-9a-f]+ cr2=0x0 \(a NULL pointer dereference\)$/m,
  };
  for (const [kind, report] of Object.entries(reported)) {
    it(`a CPU fault in C (${kind}) prints the vector, rip and registers, and exits 255`, () => {
      const r = bed.step(`fault-${kind}`);
      expect(r.output).toMatch(report);
      expect(r.output).toMatch(/^mirage-solo5:  rflags=[0-9a-f]{16} cs=0008 ss=0010$/m);
      expect(r.output).not.toContain("still running after the fault");
      expect(r.status).toBe(255);
    });
  }

  it("a write to the guest's own code is stopped (W^X), the tender says so", () => {
    const r = bed.step("fault-wtext");
    expect(r.output).not.toContain("wrote text");
    if (ours) expect(r.output).toMatch(/the guest wrote to its code or read-only data, which the tender maps read-only \(W\^X\)/);
    expect(r.status).not.toBe(0);
  });

  it("out of memory ends the job with a clear message and status 1", () => {
    const r = bed.step("oom");
    expect(r.output).toContain("[oom] holding 16 MiB");
    expect(r.output).toContain("oom: the job failed: out of memory");
    expect(r.status).toBe(1);
  });

  it("an uncaught exception prints its stack and exits 1", () => {
    const r = bed.step("uncaught");
    expect(r.output).toContain("Uncaught TypeError: top-level failure");
    expect(r.output).toMatch(/at deep/);
    expect(r.status).toBe(1);
  });

  it("static-website over a TAP in the bed: ping, curl byte for byte (sha256 of a 300 KB file)", () => {
    expect(bed.step("tap").status).toBe(0);
    const r = bed.step("static-website");
    expect(r.output).toContain("INFO  [http] serving on http://10.0.0.2:80/");
    expect(r.output).toMatch(/2 packets transmitted, 2 packets received/);
    expect(r.output).toContain("index identical\n");
    const blob = path.join(siteDir, "htdocs", "docs", "blob.bin");
    expect(fs.statSync(blob).size).toBe(300_000);
    expect(r.output).toContain(`${sha256(blob)}  blob\n`);
  });

  it("static-website: a bad --ipv4 stops the boot with exit 64", () => {
    const r = bed.step("bad-ipv4");
    expect(r.output).toContain('invalid value "300.1.1.1/24" for --ipv4');
    expect(r.status).toBe(64);
  });

  it("network echoes what a TCP client in the bed sends", () => {
    const r = bed.step("echo");
    expect(r.output).toContain("INFO  [network] echoing on TCP port 7");
    expect(r.output).toMatch(/== reply\nhello unikernel\n/);
  });
});

// The bed's own mechanics, independent of any tender: a step's status, output and timeout.
describe.skipIf(why !== undefined || process.env.MIRAGE_HVT_BED === "direct")("the hvt test bed", () => {
  it("reports each step's output and status, and kills a step past its timeout", async () => {
    const r = await runInBed({
      tender: "/bin/true",
      files: [{ path: "data/x.txt", data: "bytes in\n" }],
      steps: [
        { name: "cat", script: "cat data/x.txt; printf 'no newline'" },
        { name: "fails", script: "echo out; echo err >&2; exit 3" },
        { name: "hangs", script: "sleep 60", timeoutSec: 1 },
        { name: "after", script: "echo still running" },
      ],
    });
    expect(r.step("cat")).toMatchObject({ output: "bytes in\nno newline", status: 0 });
    expect(r.step("fails")).toMatchObject({ output: "out\nerr\n", status: 3 });
    expect(r.step("hangs").status).toBe(137);
    expect(r.step("after").output).toBe("still running\n");
  }, 120_000);
});
