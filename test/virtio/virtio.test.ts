// The virtio target for real: images built with `mirage configure -t virtio` / `mirage build`,
// booted by QEMU's emulator with plain `qemu-system-x86_64 -kernel` as a user would (and by
// `mirage run`), with virtio-blk over a file and virtio-net over a TAP whose other side is the
// Linux kernel in a network namespace.
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mirage } from "@mirage/mirage/testing";
import { linkJsImage, testGuest } from "@mirage/platform-solo5/image";
import { canRunLinuxPeer, createLinuxPeer, type LinuxPeer } from "../linux/netns.ts";
import { copyApp, copyExample } from "../linux/work.ts";
import { boot, canRunQemu, exitFor, QEMU, qemuArgs } from "./qemu.ts";

const virtioBuild = (app: string, name: string, configure: readonly string[] = []): string => {
  const c = mirage(app, ["configure", "-t", "virtio", ...configure]);
  expect(c.stderr).toBe("");
  const b = mirage(app, ["build"]);
  expect(b.stderr).toBe("");
  expect(b.stdout).toMatch(new RegExp(`built dist/${name}\\.virtio \\(virtio, [\\d.]+ KiB`));
  return path.join(app, "dist", `${name}.virtio`);
};
const example = (name: string): { app: string; image: string } => {
  const app = copyExample(name, "virtio");
  return { app, image: virtioBuild(app, name) };
};

const qemu = canRunQemu();
describe.skipIf(!qemu.ok)(`virtio guests under QEMU's emulator${qemu.ok ? "" : ` (skipped: ${qemu.why})`}`, () => {
  describe("the bindings' C test guest", () => {
    const hello = testGuest("hello", "virtio");

    it("boots, reads its command line and clocks, sleeps, and powers off with status 0", () => {
      const r = boot(hello, { append: "sleep=50" });
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^hello from mirage-solo5 on virtio$/m);
      expect(r.stdout).toContain("cmdline: [sleep=50]");
      const wall = Number(/^wall: ok (\d+)$/m.exec(r.stdout)?.[1]);
      expect(Math.abs(wall - Date.now() / 1000)).toBeLessThan(5); // the CMOS clock is the host's
      expect(r.stdout).toMatch(/^yield: ok slept_ms=5\d ready=0$/m);
      for (const l of ["tls: ok", "constructor: ok", "bye 0"]) expect(r.stdout).toContain(l);
      expect(r.stdout).not.toMatch(/SeaBIOS|\x1b/); // the firmware's banner stays off the console
    });

    it("carries an exit status to the host through isa-debug-exit", () => {
      expect(boot(hello, { append: "exit=3" }).status).toBe(exitFor(3));
      expect(boot(hello, { append: "abort" }).status).toBe(255);
    });

    it.each([
      ["ud", /CPU exception #UD \(invalid opcode, vector 6\) at rip=0x[0-9a-f]+/],
      ["div", /CPU exception #DE \(divide error, vector 0\)/],
      ["gp", /CPU exception #GP \(general protection, vector 13\)/],
      ["null", /CPU exception #PF \(page fault, vector 14\) at rip=0x[0-9a-f]+ error=0x0 cr2=0x0 \(a NULL pointer dereference\)/],
      ["wtext", /CPU exception #PF \(page fault, vector 14\) at rip=0x[0-9a-f]+ error=0x3 cr2=0x[0-9a-f]+ \(a write to read-only memory: code or constant data\)/],
    ])("a CPU exception in C (fault=%s) is reported with registers and stops the guest, status 255, no hang", (kind, message) => {
      const r = boot(hello, { append: `fault=${kind}`, timeoutMs: 30_000 });
      expect(r.signal).toBeNull();
      expect(r.stdout).toMatch(message);
      expect(r.stdout).toMatch(/^mirage-solo5:\s+rax=[0-9a-f]{16} rbx=/m);
      expect(r.stdout).not.toContain("still running after the fault");
      expect(r.status).toBe(255);
    });

    it("a manifest device with no virtio device behind it stops the boot, naming it and saying what to add", () => {
      const r = boot(testGuest("block", "virtio"), { append: "checks" });
      expect(r.status).toBe(exitFor(1));
      expect(r.stdout).toContain("mirage-solo5: no virtio-blk PCI device for 'storage' (add -drive file=FILE,if=none,format=raw,id=ID -device virtio-blk-pci,drive=ID");
    });
  });

  describe("examples booted with plain qemu-system-x86_64 -kernel", () => {
    let hello: string;
    beforeAll(() => {
      hello = example("hello").image;
    }, 120_000);

    it("hello logs its lines with sleeps between them and exits 0", () => {
      const t0 = Date.now();
      const r = boot(hello, { append: "--count=3 --interval-ms=100 '--hello=from virtio'" });
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      const lines = r.stdout.trim().split("\n");
      expect(lines).toHaveLength(3);
      for (const l of lines) expect(l).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z INFO  \[hello\] from virtio$/);
      expect(Date.now() - t0).toBeGreaterThanOrEqual(300);
    });

    it("a bad runtime argument stops the boot naming it (status 64), --solo5:debug prints the boot line", () => {
      const bad = boot(hello, { append: "--count=lots" });
      expect(bad.status).toBe(exitFor(64));
      expect(bad.stdout).toContain('hello: invalid value "lots" for --count');
      const d = boot(hello, { append: "--solo5:debug --count=1 --interval-ms=1" });
      expect(d.status).toBe(0);
      expect(d.stdout).toMatch(/^mirage-solo5: virtio, memory \d+ MiB, heap \d+ MiB, devices: none$/m);
    });

    it("kv reads its crunched directory", () => {
      const r = boot(example("kv").image);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain("[kv] read /docs/notes.md");
      expect(r.stdout).toContain("verified 3 files (181 bytes) copied to the read-write store");
    }, 120_000);

    it("block verifies its sectors on a virtio-blk disk, and the data survives a second boot", () => {
      const { app, image } = example("block");
      const disk = path.join(app, "disk.img");
      fs.writeFileSync(disk, new Uint8Array(64 * 512));
      const devices = ["-drive", `file=${disk},if=none,format=raw,id=d0`, "-device", "virtio-blk-pci,drive=d0"];
      const first = boot(image, { devices });
      expect(first.status, first.stdout + first.stderr).toBe(0);
      expect(first.stdout).toContain("disk: 64 sectors of 512 bytes, read-write");
      expect(first.stdout).toContain("boot 1: wrote and verified 16 sectors");
      const second = boot(image, { devices, append: "--sectors=8" });
      expect(second.status).toBe(0);
      expect(second.stdout).toContain("found the data of boot 1 intact");
      expect(second.stdout).toMatch(/reading past the end is refused: Cannot read sector 64: out of bounds/);
    }, 120_000);
  });

  describe("guest failures end the run with a message and a status, never a hang", () => {
    it("out of memory: 'out of memory' and status 1, after using the heap -m gave it", () => {
      const oom = virtioBuild(copyApp(path.resolve(import.meta.dirname, "..", "solo5", "oom"), "oom-virtio"), "oom");
      const r = boot(oom, { mem: 32, timeoutMs: 60_000 });
      expect(r.signal).toBeNull();
      expect(r.stdout).toMatch(/\[oom\] holding 1\d MiB/);
      expect(r.stdout).toContain("oom: the job failed: out of memory");
      expect(r.status).toBe(exitFor(1));
    }, 120_000);

    it("an uncaught exception: the error and its stack, status 1", async () => {
      const dir = path.resolve(import.meta.dirname, "..", ".work", "uncaught-virtio");
      fs.mkdirSync(dir, { recursive: true });
      const js = path.join(dir, "uncaught.js");
      fs.writeFileSync(js, `function deep() { throw new TypeError("top-level failure"); }\ndeep();\n`);
      const image = await linkJsImage({ target: "virtio", js, out: path.join(dir, "uncaught.virtio"), devices: [], module: false });
      const r = boot(image, { timeoutMs: 30_000 });
      expect(r.stdout).toContain("TypeError: top-level failure");
      expect(r.stdout).toMatch(/at deep/);
      expect(r.status).toBe(exitFor(1));
    }, 60_000);
  });

  describe("mirage run -t virtio", () => {
    it("boots the image in QEMU with the config's devices, prints the command, and returns the guest's status", () => {
      const { app } = example("block");
      const disk = path.join(app, "disk.img");
      fs.writeFileSync(disk, new Uint8Array(64 * 512));
      const r = mirage(app, ["run", "--accel=tcg", `--block:storage=${disk}`]);
      expect(r.stderr).toContain(`mirage: ${QEMU} -accel tcg -cpu qemu64,+rdrand -m 64 `);
      expect(r.stderr).toContain(`-drive file=${disk},if=none,format=raw,id=blk0 -device virtio-blk-pci,drive=blk0,addr=0x3 -kernel ${path.join(app, "dist", "block.virtio")}`);
      expect(r.stdout).toContain("boot 1: wrote and verified 16 sectors");
      expect(r.status).toBe(0);
      const missing = mirage(app, ["run"]);
      expect(missing.status).toBe(64);
      expect(missing.stderr).toContain("declares block device 'storage' but it is not attached: add --block:storage=FILE");
      const bad = mirage(app, ["run", `--block:storage=${disk}`, "--", "--sectors=lots"]);
      expect(bad.status).toBe(64);
    }, 120_000);
  });

  const can = canRunLinuxPeer();
  describe.skipIf(!can.ok)(`static-website and network over virtio-net, Linux as the client${can.ok ? "" : ` (skipped: ${can.why})`}`, () => {
    let peer: LinuxPeer;
    let site: { app: string; image: string };
    let big: Buffer;
    beforeAll(() => {
      // 10 MB of deterministic bytes in the site, crunched into the image with the rest.
      const app = copyExample("static-website", "virtio");
      big = Buffer.alloc(10 * 1000 * 1000);
      let x = 0x2545f491;
      for (let i = 0; i < big.length; i++) {
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        big[i] = x & 0xff;
      }
      fs.writeFileSync(path.join(app, "htdocs", "big.bin"), big);
      site = { app, image: virtioBuild(app, "static-website") };
      peer = createLinuxPeer(27);
    }, 300_000);
    afterAll(() => peer?.destroy());

    const net = (): string[] => ["-netdev", `tap,id=n0,ifname=${peer.tap},script=no,downscript=no`, "-device", "virtio-net-pci,netdev=n0"];

    it("static-website: ping, curl byte for byte, and a 10 MB download with the right SHA-256", async () => {
      const guest = peer.spawn(QEMU, qemuArgs(site.image, { mem: 128, devices: net(), append: `--ipv4=${peer.guestIp}/24 --port=80` }));
      try {
        await guest.waitFor(/serving on http:\/\/10\.77\.27\.2:80\//);
        expect(await peer.runAsync("ping", ["-c", "3", "-i", "0.2", "-W", "2", peer.guestIp])).toMatch(/3 received/);
        expect(await peer.runAsync("curl", ["-sS", "--max-time", "10", `http://${peer.guestIp}/`])).toBe(fs.readFileSync(path.join(site.app, "htdocs", "index.html"), "utf8"));
        const blob = path.join(site.app, "blob.download");
        await peer.runAsync("curl", ["-sS", "--max-time", "30", "-o", blob, `http://${peer.guestIp}/docs/blob.bin`]);
        expect(fs.readFileSync(blob).equals(fs.readFileSync(path.join(site.app, "htdocs", "docs", "blob.bin")))).toBe(true);
        const out = path.join(site.app, "big.download");
        await peer.runAsync("curl", ["-sS", "--max-time", "240", "-o", out, `http://${peer.guestIp}/big.bin`], { timeoutMs: 250_000 });
        const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");
        expect(sha(fs.readFileSync(out))).toBe(sha(big));
      } finally {
        guest.child.kill("SIGKILL");
      }
    }, 300_000);

    it("static-website: a bad --ipv4 stops the boot with status 64", async () => {
      const guest = peer.spawn(QEMU, qemuArgs(site.image, { mem: 128, devices: net(), append: "--ipv4=300.1.1.1/24" }));
      expect(await guest.exited()).toBe(exitFor(64));
      expect(guest.output()).toContain('invalid value "300.1.1.1/24" for --ipv4');
    }, 60_000);

    it("network: echoes a Linux client", async () => {
      const echo = example("network").image;
      const guest = peer.spawn(QEMU, qemuArgs(echo, { devices: net(), append: `--ipv4=${peer.guestIp}/24 --port=7` }));
      try {
        await guest.waitFor(/echoing on TCP port 7/);
        const script = `const s=require("net").connect(7,"${peer.guestIp}",()=>s.end("hello unikernel"));let b="";s.on("data",d=>b+=d);s.on("end",()=>console.log(b))`;
        expect((await peer.runAsync("node", ["-e", script])).trim()).toBe("hello unikernel");
      } finally {
        guest.child.kill("SIGKILL");
      }
    }, 120_000);
  });
});
