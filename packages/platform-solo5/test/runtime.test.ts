// The C runtime of QuickJS guests (native/runtime): globalThis.__mirage_host as src/host.ts
// defines it, and the event loop it drives (__mirage_loop.tick / rejection), in real images
// booted on mirage-spt. The JS programs here use the host directly (no bundle), so a failure
// points at the C side. Needs the QuickJS part (build/quickjs-guest.json).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linkJsImage, quickjsRecipe } from "../native/ld/image.mjs";
import { ensureBuilt, has, runAsync, spt, start, tenderPath } from "./spt-helpers.ts";

const linuxX64 = process.platform === "linux" && process.arch === "x64";
const skip = !linuxX64 ? "not Linux x86_64" : quickjsRecipe() === undefined ? "the QuickJS part is not built (node native/build.mjs)" : undefined;

let dir = "";
beforeAll(async () => {
  if (skip !== undefined) return;
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "mirage-runtime-"));
}, 120_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// Helpers every program starts with: ASCII/UTF-8 output through consoleWrite.
const PRELUDE = `
const h = globalThis.__mirage_host;
const utf8 = (s) => { const out = []; for (const ch of s) { let c = ch.codePointAt(0);
  if (c < 0x80) out.push(c); else if (c < 0x800) out.push(0xc0 | c >> 6, 0x80 | c & 63);
  else if (c < 0x10000) out.push(0xe0 | c >> 12, 0x80 | c >> 6 & 63, 0x80 | c & 63);
  else out.push(0xf0 | c >> 18, 0x80 | c >> 12 & 63, 0x80 | c >> 6 & 63, 0x80 | c & 63); }
  return new Uint8Array(out); };
const say = (s) => h.consoleWrite(utf8(String(s) + "\\n"));
`;

let counter = 0;
/** Links `source` (PRELUDE prepended) into an spt image and returns its path. */
const image = async (source: string, options: { devices?: { name: string; type: "NET_BASIC" | "BLOCK_BASIC" }[]; module?: boolean; bootTrace?: boolean } = {}): Promise<string> => {
  const n = counter++;
  const js = join(dir, `p${n}.js`);
  writeFileSync(js, PRELUDE + source);
  return linkJsImage({ target: "spt", js, out: join(dir, `p${n}.spt`), devices: options.devices ?? [], module: options.module ?? false, bootTrace: options.bootTrace ?? false });
};

(skip === undefined ? describe : describe.skip)(`QuickJS runtime on spt${skip ? ` (skipped: ${skip})` : ""}`, () => {
  it("host basics: console (UTF-8 bytes), command line, clocks, yield, exit status", async () => {
    const img = await image(`
      say("cmdline=[" + h.cmdline() + "]");
      say("wall=" + h.wallNs());
      const a = h.monoNs(), b = h.monoNs();
      say("mono=" + (typeof a) + " " + (b >= a));
      const t0 = h.monoNs();
      const ready = h.yield(t0 + 25000000n);
      say("yield=" + ready + " " + (typeof ready) + " slept=" + ((h.monoNs() - t0) >= 25000000n));
      say("past=" + h.yield(0n));
      say("héllo ✓ 𝄞");
      h.consoleWrite("a string also works\\n");
      h.exit(42);
      say("not reached");
    `);
    const r = spt([img, "--port=8080", "x"]);
    expect(r.code).toBe(42);
    expect(r.stdout).toContain("cmdline=[--port=8080 x]\n");
    const wall = Number(/^wall=(\d+)$/m.exec(r.stdout)?.[1]) / 1e6;
    expect(Math.abs(wall - Date.now())).toBeLessThan(60_000);
    expect(r.stdout).toContain("mono=bigint true\n");
    expect(r.stdout).toContain("yield=0 number slept=true\n");
    expect(r.stdout).toContain("past=0\n");
    expect(r.stdout).toContain("héllo ✓ 𝄞\n");
    expect(r.stdout).toContain("a string also works\n");
    expect(r.stdout).not.toContain("not reached");
  });

  it("a boot-trace image prints each boot step once, in order, on the host's monotonic clock; other images print none", async () => {
    const source = `say("first"); Promise.resolve().then(() => { say("job"); h.exit(3); });`;
    const traced = await image(source, { bootTrace: true });
    const before = process.hrtime.bigint(); // CLOCK_MONOTONIC, the clock spt's guest reads
    const r = spt([traced]);
    const after = process.hrtime.bigint();
    expect(r.code).toBe(3);
    const lines = r.stdout.split("\n").filter((l) => l.startsWith("mirage-boot-trace:"));
    expect(lines).toHaveLength(1);
    expect(r.stdout.indexOf("job\n")).toBeLessThan(r.stdout.indexOf("mirage-boot-trace:"));
    const at = Object.fromEntries([...(lines[0] ?? "").matchAll(/(\S+)=(\d+)/g)].map((m) => [m[1], BigInt(m[2] ?? "0")]));
    // The job exits, so the first round of jobs never completes: that step is left out.
    expect(Object.keys(at).sort()).toEqual(["context", "evaluated", "first-output", "read", "start"]);
    const steps = ["start", "context", "read", "evaluated"].map((k) => at[k] ?? 0n);
    expect(steps.every((t, i) => t > before && t < after && (i === 0 || t >= (steps[i - 1] ?? 0n)))).toBe(true);
    // The first console write happened during evaluation ("first").
    expect(at["first-output"] ?? 0n).toBeGreaterThanOrEqual(at["read"] ?? 0n);
    expect(at["first-output"] ?? 0n).toBeLessThanOrEqual(at["evaluated"] ?? 0n);

    const plain = spt([await image(source)]);
    expect(plain.code).toBe(3);
    expect(plain.stdout).toBe("first\njob\n");
  });

  it("the loop: jobs first, then tick(ready) with deadlines, jobs between ticks, exit from a tick", async () => {
    const img = await image(`
      Promise.resolve().then(() => say("job before any tick"));
      let n = 0, next = h.monoNs() + 5000000n;
      const start = h.monoNs();
      globalThis.__mirage_loop = {
        tick(ready) {
          if (typeof ready !== "number") say("BAD ready " + typeof ready);
          if (h.monoNs() >= next) {
            n++;
            say("tick " + n);
            Promise.resolve().then(() => say("job after tick " + n));
            next += 5000000n;
          }
          if (n === 3) { say("elapsed>=15ms " + ((h.monoNs() - start) >= 15000000n)); h.exit(7); }
          return next;
        },
        rejection() {},
      };
    `);
    const r = spt([img]);
    expect(r.stdout).toBe(
      ["job before any tick", "tick 1", "job after tick 1", "tick 2", "job after tick 2", "tick 3", "elapsed>=15ms true", ""].join("\n"),
    );
    expect(r.code).toBe(7);
  });

  it("no __mirage_loop: the application is done once its jobs are (exit 0)", async () => {
    const img = await image(`
      (async () => { for (let i = 0; i < 3; i++) { await null; say("step " + i); } })();
    `);
    const r = spt([img]);
    expect(r.stdout).toBe("step 0\nstep 1\nstep 2\n");
    expect(r.code).toBe(0);
  });

  it("tick returning -1n (idle) exits 0; a number deadline is accepted too", async () => {
    const img = await image(`
      let n = 0;
      globalThis.__mirage_loop = { tick() { n++; say("tick " + n); return n === 1 ? 0 : n === 2 ? h.monoNs() + 1000n : -1n; }, rejection() {} };
    `);
    const r = spt([img]);
    expect(r.stdout).toBe("tick 1\ntick 2\ntick 3\n");
    expect(r.code).toBe(0);
    const img2 = await image(`
      let n = 0;
      globalThis.__mirage_loop = { tick() { n++; if (n === 3) h.exit(5); return 0; }, rejection() {} };
    `);
    expect(spt([img2]).code).toBe(5);
  });

  it("unhandled rejections go to __mirage_loop.rejection (handled=false, then true when caught late)", async () => {
    const img = await image(`
      globalThis.__mirage_loop = {
        tick() { return -1n; },
        rejection(p, reason, handled) { say("rejection " + (reason && reason.message) + " handled=" + handled + " promise=" + (p instanceof Promise)); },
      };
      const p = Promise.reject(new Error("late"));
      Promise.reject(new Error("never"));
      Promise.resolve().then(() => p.catch(() => say("caught late")));
    `);
    const r = spt([img]);
    expect(r.stdout).toContain("rejection late handled=false promise=true\n");
    expect(r.stdout).toContain("rejection never handled=false promise=true\n");
    expect(r.stdout).toContain("rejection late handled=true promise=true\n");
    expect(r.stdout).toContain("caught late\n");
    expect(r.code).toBe(0);
  });

  it("an uncaught exception (or, without a loop, an unhandled rejection) stops the guest with status 1", async () => {
    const top = await image(`function deep() { throw new TypeError("top-level failure"); }\ndeep();`);
    const r = spt([top]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Uncaught TypeError: top-level failure");
    expect(r.stdout).toMatch(/at deep/);
    const job = await image(`Promise.resolve().then(() => { null.x; });`);
    const j = spt([job]);
    expect(j.code).toBe(1);
    expect(j.stdout).toMatch(/Uncaught \(in promise\) TypeError: cannot read property 'x' of null/);
    const handled = await image(`const p = Promise.reject(new Error("x")); Promise.resolve().then(() => p.catch(() => say("handled")));`);
    expect(spt([handled])).toMatchObject({ code: 0, stdout: "handled\n" });
    const tick = await image(`globalThis.__mirage_loop = { tick() { throw new RangeError("in tick"); }, rejection() {} };`);
    const t = spt([tick]);
    expect(t.code).toBe(1);
    expect(t.stdout).toContain("Uncaught RangeError: in tick");
  });

  it("ES module bytecode runs too", async () => {
    const img = await image(`say("module " + (typeof import.meta)); export const x = 1;`, { module: true });
    const r = spt([img]);
    expect(r.stdout).toBe("module object\n");
    expect(r.code).toBe(0);
  });

  it("checksum matches the reference (RFC 1071) on random data, ranges and partial sums", async () => {
    const img = await image(`
      const ref = (b, s, e, init) => { let sum = init; let i = s;
        for (; i + 1 < e; i += 2) sum += (b[i] << 8) | b[i + 1];
        if (i < e) sum += b[i] << 8;
        while (sum > 0xffff) sum = (sum % 0x10000) + Math.floor(sum / 0x10000);
        return ~sum & 0xffff; };
      let seed = 12345; const rnd = () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 8;
      let bad = 0, runs = 0;
      for (let t = 0; t < 400; t++) {
        const n = rnd() % 3000;
        const b = new Uint8Array(n + 16);
        for (let i = 0; i < b.length; i++) b[i] = rnd() & 255;
        const view = b.subarray(rnd() % 16);
        const s = view.length ? rnd() % view.length : 0, e = s + (view.length - s ? rnd() % (view.length - s + 1) : 0);
        const init = t % 3 === 0 ? 0 : t % 3 === 1 ? rnd() : 2 ** 52 + rnd();
        runs++;
        if (h.checksum(view, s, e, init) !== ref(view, s, e, init)) { bad++; say("mismatch n=" + view.length + " s=" + s + " e=" + e + " init=" + init); }
      }
      say("runs=" + runs + " bad=" + bad);
      const ip = new Uint8Array([0x45,0,0,0x54,0,0,0x40,0,0x40,1,0,0,10,0,0,1,10,0,0,2]);
      const c = h.checksum(ip, 0, 20, 0); ip[10] = c >> 8; ip[11] = c & 255;
      say("verify=" + h.checksum(ip, 0, 20, 0));
      for (const [args, name] of [[[ip, 5, 4, 0], "end<start"], [[ip, 0, 21, 0], "end>length"], [[ip, -1, 3, 0], "start<0"]]) {
        try { h.checksum(...args); say(name + " no error"); } catch (e) { say(name + " " + e.constructor.name); }
      }
      try { h.checksum([1, 2], 0, 2, 0); } catch (e) { say("array " + e.constructor.name); }
    `);
    const r = spt([img]);
    expect(r.stdout).toContain("runs=400 bad=0\n");
    expect(r.stdout).toContain("verify=0\n");
    expect(r.stdout).toContain("end<start RangeError\nend>length RangeError\nstart<0 RangeError\n");
    expect(r.stdout).toContain("array TypeError\n");
    expect(r.code).toBe(0);
  });

  it("randomSeed gives fresh bytes, 1..256 of them", async () => {
    const img = await image(`
      const a = h.randomSeed(32), b = h.randomSeed(32);
      say("len=" + a.length + " " + (a instanceof Uint8Array) + " differ=" + a.some((x, i) => x !== b[i]));
      say("one=" + h.randomSeed(1).length + " max=" + h.randomSeed(256).length);
      for (const n of [0, 257]) { try { h.randomSeed(n); say(n + " ok"); } catch (e) { say(n + " " + e.constructor.name); } }
    `);
    const r = spt([img]);
    expect(r.stdout).toBe("len=32 true differ=true\none=1 max=256\n0 RangeError\n257 RangeError\n");
  });

  it("block devices through the host: multi-block I/O, persistence, errors as negative numbers", async () => {
    const img = await image(
      `
      const hd = h.blockAcquire("storage");
      say("handle=" + hd + " unknown=" + h.blockAcquire("nosuch") + " asnet=" + h.netAcquire("storage"));
      const info = h.blockInfo(hd);
      say("capacity=" + info.capacity + " " + (typeof info.capacity) + " blockSize=" + info.blockSize);
      const mode = h.cmdline();
      const buf = new Uint8Array(3 * info.blockSize);
      if (mode === "write") {
        for (let i = 0; i < buf.length; i++) buf[i] = (i * 7 + 3) & 255;
        say("write=" + h.blockWrite(hd, BigInt(info.blockSize), buf));
        const last = new Uint8Array(info.blockSize).fill(0xee);
        say("last=" + h.blockWrite(hd, info.capacity - BigInt(info.blockSize), last));
      } else {
        const big = new Uint8Array(buf.length + 8);
        const view = big.subarray(8); // a view with a byte offset
        say("read=" + h.blockRead(hd, BigInt(info.blockSize), view));
        let ok = true; for (let i = 0; i < view.length; i++) if (view[i] !== ((i * 7 + 3) & 255)) ok = false;
        say("content=" + ok + " before=" + big.subarray(0, 8).every((x) => x === 0));
        say("unaligned=" + h.blockRead(hd, 1n, new Uint8Array(info.blockSize)));
        say("partial=" + h.blockRead(hd, 0n, new Uint8Array(100)));
        say("beyond=" + h.blockRead(hd, info.capacity, new Uint8Array(info.blockSize)));
        try { h.blockInfo(5); } catch (e) { say("bad handle " + e.constructor.name); }
      }
    `,
      { devices: [{ name: "storage", type: "BLOCK_BASIC" }] },
    );
    const disk = join(dir, "js.img");
    writeFileSync(disk, Buffer.alloc(64 << 10));
    const w = spt([`--block:storage=${disk}`, img, "write"]);
    expect(w.stdout).toContain("handle=1 unknown=-1 asnet=-1\n");
    expect(w.stdout).toContain(`capacity=${64 << 10} bigint blockSize=512\n`);
    expect(w.stdout).toContain("write=0\nlast=0\n");
    expect(w.code).toBe(0);
    const bytes = readFileSync(disk);
    expect(bytes[512]).toBe(3);
    expect(bytes[512 + 1]).toBe(10);
    expect(bytes[(64 << 10) - 1]).toBe(0xee);
    const r = spt([`--block:storage=${disk}`, img, "read"]);
    expect(r.stdout).toContain("read=0\ncontent=true before=true\n");
    expect(r.stdout).toContain("unaligned=-2\npartial=-2\nbeyond=-2\n");
    expect(r.stdout).toContain("bad handle RangeError\n");
    expect(r.code).toBe(0);
  });

  it("allocates from the Solo5 heap (--mem sized)", async () => {
    const img = await image(`
      const a = new Uint8Array(64 * 1024 * 1024); a[a.length - 1] = 1;
      say("big=" + a.length);
      try { new Uint8Array(Number(h.cmdline()) * 1024 * 1024); say("huge ok"); } catch (e) { say("huge " + e.constructor.name); }
    `);
    const r = spt(["--mem=128", img, "200"]);
    expect(r.stdout).toContain("big=67108864\n");
    expect(r.stdout).toMatch(/huge (RangeError|InternalError)\n/); // QuickJS: "out of memory"
    expect(r.code).toBe(0);
  });

  const netSkip = process.getuid?.() !== 0 ? "needs root" : !existsSync("/dev/net/tun") ? "no /dev/net/tun" : !has("ip") || !has("ping") ? "needs ip and ping" : undefined;
  (netSkip === undefined ? it : it.skip)(`net through the loop: a JS ARP/ICMP responder answers the kernel's pings${netSkip ? ` (skipped: ${netSkip})` : ""}`, async () => {
    const img = await image(
      `
      const hn = h.netAcquire("service");
      const { mac, mtu } = h.netInfo(hn);
      const ip = [10, 79, 0, 2];
      const buf = new Uint8Array(mtu + 14);
      let replies = 0, readyTicks = 0;
      const eq = (a, off, b) => b.every((x, i) => a[off + i] === x);
      const handle = (f, n) => {
        const type = (f[12] << 8) | f[13];
        if (type === 0x0806 && f[21] === 1 && eq(f, 38, ip)) {
          const out = new Uint8Array(42);
          out.set(f.subarray(6, 12), 0); out.set(mac, 6); out[12] = 8; out[13] = 6;
          out.set([0, 1, 8, 0, 6, 4, 0, 2], 14); out.set(mac, 22); out.set(ip, 28);
          out.set(f.subarray(22, 32), 32);
          h.netWrite(hn, out, 42);
        } else if (type === 0x0800 && f[23] === 1 && eq(f, 30, ip) && f[14 + ((f[14] & 15) * 4)] === 8) {
          const ihl = (f[14] & 15) * 4, total = (f[16] << 8) | f[17];
          const out = f.slice(0, 14 + total);
          out.set(f.subarray(6, 12), 0); out.set(mac, 6);
          out.set(f.subarray(30, 34), 26); out.set(f.subarray(26, 30), 30);
          out[24] = 0; out[25] = 0; const c = h.checksum(out, 14, 14 + ihl, 0); out[24] = c >> 8; out[25] = c & 255;
          const icmp = 14 + ihl; out[icmp] = 0; out[icmp + 2] = 0; out[icmp + 3] = 0;
          const k = h.checksum(out, icmp, 14 + total, 0); out[icmp + 2] = k >> 8; out[icmp + 3] = k & 255;
          if (h.netWrite(hn, out, out.length) === 0) replies++;
        }
      };
      const deadline = h.monoNs() + 15000000000n;
      say("up mac=" + Array.from(mac, (x) => x.toString(16).padStart(2, "0")).join(":") + " mtu=" + mtu);
      globalThis.__mirage_loop = {
        tick(ready) {
          if (ready & (1 << hn)) {
            readyTicks++;
            for (let n; (n = h.netRead(hn, buf)) > 0; ) handle(buf, n);
          }
          if (replies >= 3) { say("replies=" + replies + " readyTicks>0=" + (readyTicks > 0)); h.exit(0); }
          if (h.monoNs() > deadline) { say("timeout"); h.exit(3); }
          return deadline;
        },
        rejection() {},
      };
    `,
      { devices: [{ name: "service", type: "NET_BASIC" }] },
    );
    const ns = `mirage-rt${process.pid}`;
    const tap = `mrt${process.pid % 100000}`;
    const ipc = (...a: string[]) => execFileSync("ip", a, { stdio: ["ignore", "pipe", "pipe"] });
    ipc("netns", "add", ns);
    try {
      const inNs = (...a: string[]) => ipc("netns", "exec", ns, ...a);
      inNs("sysctl", "-qw", "net.ipv6.conf.all.disable_ipv6=1", "net.ipv6.conf.default.disable_ipv6=1");
      inNs("ip", "tuntap", "add", "dev", tap, "mode", "tap");
      inNs("ip", "addr", "add", "10.79.0.1/24", "dev", tap);
      inNs("ip", "link", "set", tap, "up");
      const started = start("ip", ["netns", "exec", ns, tenderPath, `--net:service=${tap}`, "--net-mac:service=02:00:00:00:00:2a", img]);
      await started.waitFor(/^up /m);
      const guest = started.done;
      const ping = await runAsync("ip", ["netns", "exec", ns, "ping", "-c", "3", "-i", "0.2", "-w", "10", "10.79.0.2"], 15_000);
      const r = await guest;
      const why = () => `guest (exit ${r.code} ${r.signal}):\n${r.stdout}${r.stderr}\nping (exit ${ping.code}):\n${ping.stdout}${ping.stderr}`;
      expect(r.stdout, why()).toContain("up mac=02:00:00:00:00:2a mtu=1500\n");
      expect(ping.stdout, why()).toMatch(/3 packets transmitted, 3 received/);
      expect(r.stdout, why()).toContain("replies=3 readyTicks>0=true\n");
      expect(r.code, why()).toBe(0);
    } finally {
      ipc("netns", "del", ns);
    }
  });
});
