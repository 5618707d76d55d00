// Pure-C guests booted on the mirage-spt tender: console, command line, clocks, yield, TLS,
// exit status, the seccomp sandbox, block devices (data persists across boots) and a network
// device on a TAP in a network namespace, answering the kernel's ARP and ping by hand.
import { execFileSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, has, runAsync, spt, start, tenderPath, testGuest } from "./spt-helpers.ts";

const linuxX64 = process.platform === "linux" && process.arch === "x64";
const d = linuxX64 ? describe : describe.skip;

let dir = "";
beforeAll(async () => {
  if (!linuxX64) return;
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "mirage-spt-"));
}, 120_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

d("hello guest on mirage-spt", () => {
  it("prints, echoes its command line, sleeps until the deadline and exits with the status asked for", () => {
    const r = spt([testGuest("hello"), "one", "two", "exit=7", "sleep=30"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(7);
    const lines = r.stdout.split("\n");
    expect(lines).toContain("hello from mirage-solo5 on spt");
    expect(lines).toContain("cmdline: [one two exit=7 sleep=30]");
    expect(r.stdout).toMatch(/^wall: ok \d{10}$/m);
    const wall = Number(/^wall: ok (\d+)$/m.exec(r.stdout)?.[1]);
    expect(Math.abs(wall - Date.now() / 1000)).toBeLessThan(60);
    expect(r.stdout).toMatch(/^yield: ok slept_ms=(\d+) ready=0$/m);
    expect(Number(/slept_ms=(\d+)/.exec(r.stdout)?.[1])).toBeGreaterThanOrEqual(30);
    expect(lines).toContain("yield(past): ok");
    expect(lines).toContain("tls: ok");
    expect(lines).toContain("constructor: ok");
    expect(r.stdout).toMatch(/^heap: ok \d+ MiB at 0x[0-9a-f]+$/m);
    expect(lines).toContain("bye 7");
  });

  it("exits 0 with an empty command line and the default 512 MiB", () => {
    const r = spt([testGuest("hello")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("cmdline: []");
    // 512 MiB minus the image, the low 1 MiB and the 2 MiB stack
    expect(Number(/^heap: ok (\d+) MiB/m.exec(r.stdout)?.[1])).toBeGreaterThanOrEqual(500);
  });

  it("honours --mem and accepts -- before the kernel", () => {
    const r = spt(["--mem=16", "--", testGuest("hello"), "exit=3"]);
    expect(r.code).toBe(3);
    expect(Number(/^heap: ok (\d+) MiB/m.exec(r.stdout)?.[1])).toBeLessThanOrEqual(14);
  });

  it("reports too little memory from inside the guest", () => {
    const r = spt(["--mem=3", testGuest("hello")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("not enough guest memory");
  });

  it("solo5_abort exits with 255", () => {
    const r = spt([testGuest("hello"), "abort"]);
    expect(r.code).toBe(255);
    expect(r.stdout).toContain("mirage-solo5: abort");
  });

  it("the seccomp filter kills a guest making a system call outside the allow-list", () => {
    const r = spt([testGuest("hello"), "forbidden"]);
    expect(r.signal).toBe("SIGSYS");
    expect(r.stdout).toContain("calling getpid");
    expect(r.stdout).not.toContain("still alive");
  });

  it("... and one writing to a descriptor it was not given (stderr)", () => {
    const r = spt([testGuest("hello"), "stderr"]);
    expect(r.signal).toBe("SIGSYS");
    expect(r.stdout).not.toContain("still alive");
  });

  it("the guest's code is read-only (mapped from the image file): a write to it is a SIGSEGV, not a change", () => {
    const before = readFileSync(testGuest("hello"));
    const r = spt([testGuest("hello"), "fault=wtext"]);
    expect(r.signal).toBe("SIGSEGV");
    expect(r.stdout).toContain("constructor: ok");
    expect(r.stdout).not.toContain("wrote text");
    expect(readFileSync(testGuest("hello")).equals(before)).toBe(true);
  });

  it("a NULL dereference in the guest is a SIGSEGV (nothing is mapped below the guest's lowest address)", () => {
    const r = spt([testGuest("hello"), "fault=null"]);
    expect(r.signal).toBe("SIGSEGV");
    expect(r.stdout).not.toContain("null read returned");
  });

  it("refuses to run directly on Linux", () => {
    const r = (() => {
      try {
        return { code: 0, out: execFileSync(testGuest("hello"), { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }) };
      } catch (e) {
        const err = e as { status: number; stderr: string };
        return { code: err.status, out: err.stderr };
      }
    })();
    expect(r.code).toBe(126);
    expect(r.out).toContain("Solo5 spt guest");
  });
});

d("block device", () => {
  it("writes sectors, and a second boot reads them back", () => {
    const disk = join(dir, "disk.img");
    writeFileSync(disk, Buffer.alloc(1 << 20));
    const w = spt(["--block:storage=" + disk, testGuest("block"), "write", "seed=42"]);
    expect(w.stdout).toContain("block: capacity=1048576 block_size=512 handle=1");
    expect(w.stdout).toContain("block: wrote 3 sectors");
    expect(w.code).toBe(0);
    const v = spt(["--block:storage=" + disk, testGuest("block"), "verify", "seed=42"]);
    expect(v.stdout).toContain("block: verified 3 sectors");
    expect(v.code).toBe(0);
    const other = spt(["--block:storage=" + disk, testGuest("block"), "verify", "seed=43"]);
    expect(other.stdout).toContain("verify MISMATCH");
    expect(other.code).toBe(1);
    // The bytes really are in the file, at the sectors' offsets; the rest is untouched.
    const bytes = readFileSync(disk);
    const nonzero = (from: number, to: number) => bytes.subarray(from, to).some((b) => b !== 0);
    expect(nonzero(0, 1024)).toBe(true);
    expect(nonzero(1024, (1 << 20) - 512)).toBe(false);
    expect(nonzero((1 << 20) - 512, 1 << 20)).toBe(true);
  });

  it("refuses partial, unaligned and out-of-range I/O and wrong-kind handles", () => {
    const disk = join(dir, "checks.img");
    writeFileSync(disk, Buffer.alloc(64 << 10));
    const r = spt(["--block:storage=" + disk, testGuest("block"), "checks"]);
    expect(r.stdout).not.toContain("FAILED");
    expect(r.stdout.match(/^check .*: ok$/gm)).toHaveLength(10);
    expect(r.code).toBe(0);
  });

  it("--block-sector-size sets the block size", () => {
    const disk = join(dir, "4k.img");
    writeFileSync(disk, Buffer.alloc(256 << 10));
    const r = spt(["--block-sector-size:storage=4096", "--block:storage=" + disk, testGuest("block"), "write", "checks", "seed=9"]);
    expect(r.stdout).toContain("block_size=4096");
    expect(r.code).toBe(0);
    const fd = openSync(disk, "r");
    const last = Buffer.alloc(4096);
    readSync(fd, last, 0, 4096, (256 << 10) - 4096);
    closeSync(fd);
    expect(last.some((b) => b !== 0)).toBe(true);
  });

  it("rejects a backing file that is not a whole number of sectors", () => {
    const disk = join(dir, "odd.img");
    writeFileSync(disk, Buffer.alloc(1000));
    const r = spt(["--block:storage=" + disk, testGuest("block")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/block device 'storage': .*odd\.img: backing storage size must be block aligned \(512 bytes\); it is 1000 bytes/);
    truncateSync(disk, 0);
    const empty = spt(["--block:storage=" + disk, testGuest("block")]);
    expect(empty.code).toBe(1);
  });
});

const netSkip = !linuxX64
  ? "not Linux x86_64"
  : process.getuid?.() !== 0
    ? "needs root (TAP devices and network namespaces need CAP_NET_ADMIN)"
    : !existsSync("/dev/net/tun")
      ? "no /dev/net/tun"
      : !has("ip")
        ? "no ip (iproute2)"
        : !has("ping")
          ? "no ping (iputils-ping)"
          : undefined;

(netSkip === undefined ? describe : describe.skip)(`network device on a TAP${netSkip ? ` (skipped: ${netSkip})` : ""}`, () => {
  const ns = `mirage-spt${process.pid}`;
  const tap = `mspt${process.pid % 100000}`;
  const subnet = 100 + (process.pid % 100);
  const hostIp = `10.78.${subnet}.1`;
  const guestIp = `10.78.${subnet}.2`;
  const ip = (...args: string[]) => execFileSync("ip", args, { stdio: ["ignore", "pipe", "pipe"] });
  const inNs = (...args: string[]) => ip("netns", "exec", ns, ...args);

  beforeAll(() => {
    ip("netns", "add", ns);
    inNs("sysctl", "-qw", "net.ipv6.conf.all.disable_ipv6=1", "net.ipv6.conf.default.disable_ipv6=1");
    inNs("ip", "link", "set", "lo", "up");
    inNs("ip", "tuntap", "add", "dev", tap, "mode", "tap");
    inNs("ip", "addr", "add", `${hostIp}/24`, "dev", tap);
    inNs("ip", "link", "set", tap, "up");
  });
  afterAll(() => {
    try {
      ip("netns", "del", ns);
    } catch {
      // already gone
    }
  });

  it("answers the kernel's ARP request and two pings; readiness comes through yield", async () => {
    const started = start("ip", ["netns", "exec", ns, tenderPath, `--net:service=${tap}`, "--net-mac:service=02:00:00:aa:bb:cc", testGuest("net"), `ip=${guestIp}`, "count=2", "timeout=15000"]);
    // Ping once the guest holds the TAP (before that the link has no carrier).
    await started.waitFor(/^net: ready mac/m);
    const guest = started.done;
    const ping = await runAsync("ip", ["netns", "exec", ns, "ping", "-c", "2", "-i", "0.3", "-w", "10", guestIp], 15_000);
    const r = await guest;
    const why = () => `guest (exit ${r.code} ${r.signal}):\n${r.stdout}${r.stderr}\nping (exit ${ping.code}):\n${ping.stdout}${ping.stderr}`;
    expect(r.stdout, why()).toContain(`net: ready mac=02:00:00:aa:bb:cc mtu=1500 ip=${guestIp} handle=1`);
    expect(r.stdout, why()).toContain("net: ready set=2");
    expect(r.stdout, why()).toContain(`net: arp reply to ${hostIp}`);
    expect(r.stdout, why()).toMatch(/net: echo reply seq=1\n/);
    expect(r.stdout, why()).toMatch(/net: echo reply seq=2\n/);
    expect(ping.stdout, why()).toMatch(/2 packets transmitted, 2 received/);
    expect(r.code, why()).toBe(0);
  });

  it("times out through yield's deadline when nobody talks to it", async () => {
    const t0 = Date.now();
    const r = await runAsync("ip", ["netns", "exec", ns, tenderPath, `--net:service=${tap}`, testGuest("net"), `ip=${guestIp}`, "timeout=300"]);
    expect(r.stdout).toContain("net: timeout");
    expect(r.code).toBe(3);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(300);
  });

  it("refuses an interface that does not exist, naming how to create it", () => {
    const r = spt([`--net:service=nosuch${process.pid % 1000}`, testGuest("net")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no network interface 'nosuch\d+' \(create it first/);
  });
});
