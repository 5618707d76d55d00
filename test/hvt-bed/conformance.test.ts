// The signature packages' conformance suites inside an hvt guest, on KVM in the test bed (bed.ts):
// the same app and expectations as the spt run (../solo5/conformance.test.ts), built with
// `mirage configure -t hvt`. Block runs against a file in the bed, net over eight pairs of TAPs,
// each pair on its own bridge in the bed's Linux (IPv6 off, so the kernel sends nearly nothing;
// STP and the forwarding delay are turned off through sysfs, which busybox's brctl cannot).
// SOLO5_HVT=/path/to/solo5-hvt runs them on an upstream tender.
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { tenderPaths } from "@mirage/platform-solo5/image";
import { buildConformance, deviceSuites, NET_PAIRS, summary } from "../solo5/conformance-app.ts";
import { bedUnavailable, makeTap, runInBed, type BedResult } from "./bed.ts";

const why = bedUnavailable();
const tender = process.env.SOLO5_HVT ?? tenderPaths.hvt;
const tenderName = process.env.SOLO5_HVT ? "solo5-hvt" : "mirage-hvt";

const pairs = Array.from({ length: NET_PAIRS }, (_, i) => i);
// iproute2's forms first (a host in direct mode), busybox's where its ip lacks them (the bed).
const bridges = [
  "sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1",
  ...pairs.map((i) => `{ ip link add br${i} type bridge 2>/dev/null || brctl addbr br${i}; } && echo 0 > /sys/class/net/br${i}/bridge/stp_state && echo 0 > /sys/class/net/br${i}/bridge/forward_delay && ip link set br${i} up`),
  ...pairs.flatMap((i) => ["a", "b"].map((s) => `${makeTap(`${s}${i}`)} && ip link set ${s}${i} master br${i} && ip link set ${s}${i} up`)),
].join(" &&\n");

describe.skipIf(why !== undefined)(`conformance suites inside an hvt guest on ${tenderName} in the KVM test bed${why ? ` (skipped: ${why})` : ""}`, () => {
  let bed: BedResult;
  beforeAll(async () => {
    const image = (dir: string, name: string) => path.join(dir, "dist", `${name}.hvt`);
    const devices = image(buildConformance("hvt", "hvt"), "conformance");
    const net = image(buildConformance("hvt", "net-hvt", "net.config.ts"), "net-conformance");
    const nets = pairs.map((i) => `--net:a${i}=a${i} --net:b${i}=b${i}`).join(" ");
    bed = await runInBed({
      tender,
      hostFiles: [devices, net],
      // Room for the largest window the block suite asks for (48 sectors of 4096 bytes), and more.
      files: [{ path: "disk.img", data: new Uint8Array(1024 * 1024) }],
      steps: [
        { name: "devices", script: `$HVT --mem=128 --block:storage=disk.img ${devices}`, timeoutSec: 300 },
        { name: "lying-disk", script: `$HVT --mem=128 --block:storage=disk.img ${devices} --lying-disk '--only=^block\\ conformance'`, timeoutSec: 300 },
        { name: "bridges", script: bridges },
        { name: "net", script: `$HVT --mem=128 ${nets} ${net}`, timeoutSec: 300 },
      ],
      timeoutMs: 900_000,
    });
  }, 1_000_000);

  it("block, clocks and random pass against the hvt backends: N passed, 0 failed, exit 0", () => {
    const r = bed.step("devices");
    const s = summary(r.output);
    expect(s.failLines).toEqual([]);
    expect(s.failed).toBe(0);
    expect(s.passed).toBe(s.passLines.length);
    for (const suite of deviceSuites) expect(s.passLines.filter((l) => l.startsWith(`PASS ${suite}`)).length, suite).toBeGreaterThanOrEqual(5);
    expect(s.passLines.some((l) => /model-based/.test(l))).toBe(true);
    expect(r.status).toBe(0);
  });

  it("a lying disk fails the block suite in the hvt guest, exit 1", () => {
    const r = bed.step("lying-disk");
    const s = summary(r.output);
    expect(s.failed).toBeGreaterThanOrEqual(3);
    expect(r.output).toMatch(/first difference at byte/);
    expect(r.status).toBe(1);
  });

  it("the net suite passes between the guest's own devices over bridged TAPs: N passed, 0 failed, exit 0", () => {
    expect(bed.step("bridges")).toMatchObject({ output: "", status: 0 });
    const r = bed.step("net");
    const s = summary(r.output);
    expect(s.failLines).toEqual([]);
    expect(s.failed).toBe(0);
    expect(s.passLines.filter((l) => l.startsWith("PASS net conformance: solo5Net pairs")).length).toBeGreaterThanOrEqual(NET_PAIRS);
    expect(r.output).toContain("a written frame arrives intact at the other side, both ways");
    expect(r.status).toBe(0);
  });
});
