// The signature packages' conformance suites inside a virtio guest under QEMU's emulator: the app
// in test/solo5/conformance built with `mirage configure -t virtio`, block over virtio-blk on a
// file, the net suite over sixteen virtio-net devices on eight bridged TAP pairs in a network
// namespace (started with `mirage run`, which puts them on consecutive PCI slots in manifest
// order). A lying disk must fail the block suite, so a pass means something.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canRunLinuxPeer } from "../linux/netns.ts";
import { buildConformance, deviceSuites, NET_PAIRS, summary } from "../solo5/conformance-app.ts";
import { boot, canRunQemu, exitFor } from "./qemu.ts";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const BIN = path.join(ROOT, "packages", "mirage", "bin", "mirage.js");

const qemu = canRunQemu();
describe.skipIf(!qemu.ok)(`conformance inside a virtio guest${qemu.ok ? "" : ` (skipped: ${qemu.why})`}`, () => {
  describe("block, clock and random", () => {
    let image: string;
    let disk: string;
    beforeAll(() => {
      const app = buildConformance("virtio", "virtio");
      image = path.join(app, "dist", "conformance.virtio");
      disk = path.join(app, "disk.img");
      fs.writeFileSync(disk, new Uint8Array(1024 * 1024));
    }, 120_000);
    const devices = (): string[] => ["-drive", `file=${disk},if=none,format=raw,id=d0`, "-device", "virtio-blk-pci,drive=d0"];

    it("every suite passes against the virtio backends: N passed, 0 failed, status 0", () => {
      const r = boot(image, { devices: devices(), mem: 128, timeoutMs: 300_000 });
      const s = summary(r.stdout);
      expect(s.failLines).toEqual([]);
      expect(s.failed).toBe(0);
      expect(s.passed).toBe(s.passLines.length);
      for (const suite of deviceSuites) expect(s.passLines.filter((l) => l.startsWith(`PASS ${suite}`)).length, suite).toBeGreaterThanOrEqual(5);
      expect(r.status).toBe(0);
    }, 300_000);

    it("a lying disk fails the block suite in the guest, status 1", () => {
      const r = boot(image, { devices: devices(), mem: 128, append: "--lying-disk '--only=^block conformance'", timeoutMs: 300_000 });
      const s = summary(r.stdout);
      expect(s.failed).toBeGreaterThanOrEqual(3);
      expect(r.stdout).toMatch(/first difference at byte/);
      expect(r.status).toBe(exitFor(1));
    }, 300_000);
  });

  const can = canRunLinuxPeer();
  describe.skipIf(!can.ok)(`net over bridged TAP pairs${can.ok ? "" : ` (skipped: ${can.why})`}`, () => {
    const ns = `mirage-vconf${process.pid % 100000}`;
    const tap = (side: "a" | "b", i: number): string => `mv${process.pid % 100000}${side}${i}`;
    const ip = (...args: string[]): void => {
      const r = spawnSync("ip", args, { encoding: "utf8" });
      if (r.status !== 0) throw new Error(`ip ${args.join(" ")} failed: ${r.stderr.trim()}`);
    };
    let app: string;
    beforeAll(() => {
      app = buildConformance("virtio", "net-virtio", "net.config.ts");
      ip("netns", "add", ns);
      ip("netns", "exec", ns, "sysctl", "-qw", "net.ipv6.conf.all.disable_ipv6=1", "net.ipv6.conf.default.disable_ipv6=1");
      ip("-n", ns, "link", "set", "lo", "up");
      for (let i = 0; i < NET_PAIRS; i++) {
        const bridge = `mvbr${i}`;
        ip("-n", ns, "link", "add", bridge, "type", "bridge", "forward_delay", "0", "stp_state", "0");
        ip("-n", ns, "link", "set", bridge, "up");
        for (const side of ["a", "b"] as const) {
          ip("-n", ns, "tuntap", "add", "dev", tap(side, i), "mode", "tap");
          ip("-n", ns, "link", "set", tap(side, i), "master", bridge);
          ip("-n", ns, "link", "set", tap(side, i), "up");
        }
      }
    }, 120_000);
    afterAll(() => {
      spawnSync("ip", ["netns", "del", ns]);
    });

    it("the net suite passes between the guest's own virtio-net devices: N passed, 0 failed, status 0", () => {
      const nets = Array.from({ length: NET_PAIRS }, (_, i) => [`--net:a${i}=${tap("a", i)}`, `--net:b${i}=${tap("b", i)}`]).flat();
      const r = spawnSync("ip", ["netns", "exec", ns, process.execPath, BIN, "run", "--accel=tcg", "--mem=256", ...nets], { cwd: app, encoding: "utf8", timeout: 300_000 });
      const stdout = r.stdout.replace(/\r\n/g, "\n");
      const s = summary(stdout);
      expect(s.failLines).toEqual([]);
      expect(s.failed).toBe(0);
      expect(s.passLines.filter((l) => l.startsWith("PASS net conformance: solo5Net pairs")).length).toBeGreaterThanOrEqual(8);
      expect(stdout).toContain("a written frame arrives intact at the other side, both ways");
      expect(r.status).toBe(0);
    }, 300_000);
  });
});
