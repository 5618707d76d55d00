// Solo5 spt benchmarks, each next to the same app on unix measured in the same run: boot time,
// image size, the smallest --mem that serves static-website, TCP echo throughput and HTTP
// requests/s over a TAP device (the same network path for both).
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { mirage } from "@mirage/mirage/testing";
import { linkJsImage, testGuest } from "@mirage/platform-solo5/image";
import { createLinuxPeer } from "../test/linux/netns.ts";
import { copyExample } from "../test/linux/work.ts";

const root = path.resolve(import.meta.dirname, "..");

/** The example `name` copied, configured for `target` (with `keys`) and built; the app's folder. */
export const build = (name: string, target: string, keys: string[] = []): string => {
  const app = copyExample(name, `bench-${target}${keys.join("")}`.replace(/[^a-z0-9-]/g, ""));
  for (const args of [["configure", "-t", target, ...keys], ["build"]]) {
    const r = mirage(app, args);
    if (r.status !== 0) throw new Error(`mirage ${args.join(" ")} failed in ${app}: ${r.stderr}`);
  }
  return app;
};

const tender = (): string => {
  const r = spawnSync(process.execPath, ["-e", 'import("@mirage/platform-solo5/image").then(m=>console.log(m.tenderPaths.spt))'], { cwd: import.meta.dirname, encoding: "utf8" });
  return r.stdout.trim();
};

export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

// The program that starts and times a run (bench/native/launch.c), built on first use.
const launcher = (() => {
  let built: string | undefined;
  return (): string => {
    if (built) return built;
    const src = path.join(import.meta.dirname, "native", "launch.c");
    const out = path.join(root, "node_modules", ".cache", "mirage-bench", "launch");
    if (!fs.existsSync(out) || fs.statSync(out).mtimeMs < fs.statSync(src).mtimeMs) {
      fs.mkdirSync(path.dirname(out), { recursive: true });
      const r = spawnSync("gcc", ["-O2", "-o", out, src], { encoding: "utf8" });
      if (r.status !== 0) throw new Error(`cannot build ${out}: ${r.stderr || r.error?.message}`);
    }
    return (built = out);
  };
})();

/** ms from spawn to the first stdout byte, and to exit, timed by the launcher (a posix_spawn,
 * not Node's fork of a large process, which here costs more than the boot it would time); the
 * spawn moment on CLOCK_MONOTONIC (the clock an spt guest reads) and what the program printed. */
export const timeRun = (cmd: string, args: string[]): Promise<{ first: number; exit: number; t0: bigint; stdout: string }> =>
  new Promise((resolve, reject) => {
    const c = spawn(launcher(), [cmd, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    c.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    c.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    c.on("exit", () => {
      const m = /launch: t0=(\d+) first=(\d+) exit=(\d+) status=(\d+)/.exec(stderr);
      if (!m || m[4] !== "0") return reject(new Error(`${cmd} ${args.join(" ")} failed: ${stderr.trim()}`));
      const [t0, first, exit] = [BigInt(m[1] ?? 0), BigInt(m[2] ?? 0), BigInt(m[3] ?? 0)];
      resolve({ first: first === 0n ? NaN : Number(first - t0) / 1e6, exit: Number(exit - t0) / 1e6, t0, stdout });
    });
  });

const BOOT_STEPS = ["start", "context", "read", "evaluated", "first-output"] as const;
const STEP_LABELS: Record<(typeof BOOT_STEPS)[number], string> = {
  start: "spawn, tender, image load → guest start",
  context: "QuickJS runtime and context",
  read: "bytecode read (JS_ReadObject)",
  evaluated: "module evaluation of the bundle",
  "first-output": "→ first console write",
};

/** Median ms of each boot step of a boot-trace image (native/runtime/main.c), from the spawn. */
const bootBreakdown = async (spt: string, image: string, args: string[], runs: number): Promise<Array<[string, number]>> => {
  const steps: number[][] = BOOT_STEPS.map(() => []);
  for (let i = 0; i < runs; i++) {
    const r = await timeRun(spt, [image, ...args]);
    const line = /^mirage-boot-trace:(.*)$/m.exec(r.stdout)?.[1];
    if (line === undefined) throw new Error(`${image} printed no boot trace:\n${r.stdout}`);
    const at = Object.fromEntries([...line.matchAll(/(\S+)=(\d+)/g)].map((m) => [m[1], BigInt(m[2] ?? "0")]));
    let prev = r.t0;
    BOOT_STEPS.forEach((step, k) => {
      const t = at[step] ?? prev;
      steps[k]?.push(Number(t - prev) / 1e6);
      prev = t;
    });
  }
  return BOOT_STEPS.map((step, k) => [STEP_LABELS[step], median(steps[k] ?? [])]);
};

export const row = (what: string, ours: string, base: string, ratio: string) => console.log(`${what.padEnd(44)} ${ours.padStart(12)}   ${base.padEnd(34)} ${ratio}`);

export const solo5Bench = async (linux: boolean): Promise<void> => {
  const spt = tender();
  // Boot: hello with one line and no sleep.
  const helloSpt = build("hello", "spt");
  const helloUnix = build("hello", "unix");
  const args = ["--count=1", "--interval-ms=0"];
  const runs = 15;
  const s: Array<{ first: number; exit: number }> = [];
  const u: Array<{ first: number; exit: number }> = [];
  for (let i = 0; i < runs; i++) {
    s.push(await timeRun(spt, [path.join(helloSpt, "dist", "hello.spt"), ...args]));
    u.push(await timeRun(path.join(helloUnix, "dist", "hello"), args));
  }
  const [sf, se, uf, ue] = [median(s.map((x) => x.first)), median(s.map((x) => x.exit)), median(u.map((x) => x.first)), median(u.map((x) => x.exit))];
  // The floor: a C guest on the same tender (the package's own test guest, the same work as
  // Solo5's test_hello), and upstream's test_hello on upstream's tender when both are given.
  const c: Array<{ first: number; exit: number }> = [];
  for (let i = 0; i < runs; i++) c.push(await timeRun(spt, [testGuest("hello", "spt"), "sleep=0"]));
  const [cf, ce] = [median(c.map((x) => x.first)), median(c.map((x) => x.exit))];
  row("boot hello on spt: start → first line (median)", `${sf.toFixed(1)} ms`, `C hello guest, same tender: ${cf.toFixed(1)} ms`, `ratio ${(sf / cf).toFixed(2)}`);
  row("", "", `node dist/hello: ${uf.toFixed(1)} ms`, `ratio ${(sf / uf).toFixed(2)}`);
  row("boot hello on spt: start → exit (median)", `${se.toFixed(1)} ms`, `C hello guest, same tender: ${ce.toFixed(1)} ms`, `ratio ${(se / ce).toFixed(2)}`);
  row("", "", `node dist/hello: ${ue.toFixed(1)} ms`, `ratio ${(se / ue).toFixed(2)}`);
  const upstream = { tender: process.env.SOLO5_SPT, hello: process.env.SOLO5_TEST_HELLO };
  if (upstream.tender && upstream.hello) {
    const o: number[] = [];
    const t: number[] = [];
    for (let i = 0; i < runs; i++) {
      o.push((await timeRun(upstream.tender, [path.join(helloSpt, "dist", "hello.spt"), ...args])).first);
      t.push((await timeRun(upstream.tender, [upstream.hello])).first);
    }
    row("hello.spt on $SOLO5_SPT → first line", `${median(o).toFixed(1)} ms`, `$SOLO5_TEST_HELLO there: ${median(t).toFixed(1)} ms`, `ratio ${(median(o) / median(t)).toFixed(2)}`);
  } else {
    console.log("upstream Solo5 boot comparison: skipped (set SOLO5_SPT to a solo5-spt and SOLO5_TEST_HELLO to its test_hello.spt)");
  }
  // Where hello's boot goes: the same bundle linked with a boot trace.
  const traced = path.join(helloSpt, "mirage", "hello-trace.spt");
  await linkJsImage({ target: "spt", js: path.join(helloSpt, "mirage", "solo5", "bundle.js"), out: traced, workDir: path.join(helloSpt, "mirage", "trace"), module: true, bootTrace: true });
  for (const [what, ms] of await bootBreakdown(spt, traced, args, runs)) row(`  ${what}`, `${ms.toFixed(2)} ms`, "", "");
  const siteSpt = build("static-website", "spt");
  const kib = (f: string) => `${(fs.statSync(f).size / 1024).toFixed(0)} KiB`;
  row("image size: hello.spt", kib(path.join(helloSpt, "dist", "hello.spt")), `unix bundle: ${kib(path.join(helloUnix, "dist", "hello"))}`, "");
  row("image size: static-website.spt", kib(path.join(siteSpt, "dist", "static-website.spt")), "", "");
  if (!linux) {
    console.log("spt network benchmarks: skipped (need root and /dev/net/tun)");
    return;
  }
  const peer = createLinuxPeer(21);
  try {
    const site = path.join(siteSpt, "dist", "static-website.spt");
    // Smallest --mem (MB) that boots static-website and serves a page: bisect 1..64.
    const serves = async (mem: number): Promise<boolean> => {
      const g = peer.spawn(spt, [`--mem=${mem}`, `--net:service=${peer.tap}`, site, `--ipv4=${peer.guestIp}/24`, "--port=80"]);
      try {
        await g.waitFor(/serving on/, 5000);
        const out = await peer.runAsync("curl", ["-sS", "--max-time", "5", "-o", "/dev/null", "-w", "%{http_code}", `http://${peer.guestIp}/docs/blob.bin`]);
        return out === "200";
      } catch {
        return false;
      } finally {
        g.child.kill("SIGKILL");
        await g.exited();
      }
    };
    let lo = 1;
    let hi = 64;
    if (!(await serves(hi))) throw new Error("static-website does not serve with --mem=64");
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (await serves(mid)) hi = mid;
      else lo = mid + 1;
    }
    row("smallest --mem serving static-website", `${hi} MB`, "", "");

    // HTTP requests/s and TCP echo throughput over the TAP: spt guest vs the unix artefact on
    // the direct stack (same TAP, same Linux client).
    const siteUnix = build("static-website", "unix", ["--net=direct"]);
    const echoSpt = build("network", "spt");
    const echoUnix = build("network", "unix", ["--net=direct"]);
    const withGuest = async <A>(cmd: string, cmdArgs: string[], ready: RegExp, f: (pid: number) => Promise<A>): Promise<A> => {
      const g = peer.spawn(cmd, cmdArgs);
      try {
        await g.waitFor(ready, 10_000);
        return await f(g.child.pid ?? -1);
      } finally {
        g.child.kill("SIGKILL");
        await g.exited();
      }
    };
    const wrk = async () => {
      const out = await peer.runAsync("wrk", ["-t2", "-c16", "-d4s", `http://${peer.guestIp}/`], { timeoutMs: 30_000 });
      return Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN);
    };
    const net = [`--ipv4=${peer.guestIp}/24`];
    const rpsSpt = await withGuest(spt, [`--net:service=${peer.tap}`, site, ...net, "--port=80"], /serving on/, wrk);
    const rpsUnix = await withGuest(path.join(siteUnix, "dist", "static-website"), [`--interface=${peer.tap}`, ...net, "--port=80"], /serving on/, wrk);
    row("HTTP GET / over TAP, static-website on spt", `${rpsSpt.toFixed(0)} req/s`, `same app on unix: ${rpsUnix.toFixed(0)} req/s`, `ratio ${(rpsSpt / rpsUnix).toFixed(2)}`);
    // Memory: the process's peak resident set (VmHWM) after at least 1,000 requests. `ip netns
    // exec` execs the program, so the child's pid is the tender's (or node's) own.
    const peakRss = async (pid: number): Promise<{ mib: number; requests: number }> => {
      const out = await peer.runAsync("wrk", ["-t1", "-c4", "-d2s", `http://${peer.guestIp}/`], { timeoutMs: 30_000 });
      const requests = Number(/(\d+) requests in/.exec(out)?.[1] ?? NaN);
      const kb = Number(/^VmHWM:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? NaN);
      return { mib: kb / 1024, requests };
    };
    const memSpt = await withGuest(spt, [`--net:service=${peer.tap}`, site, ...net, "--port=80"], /serving on/, peakRss);
    const memUnix = await withGuest(path.join(siteUnix, "dist", "static-website"), [`--interface=${peer.tap}`, ...net, "--port=80"], /serving on/, peakRss);
    if (memSpt.requests < 1000 || memUnix.requests < 1000) throw new Error(`the memory load ran fewer than 1,000 requests (${memSpt.requests}, ${memUnix.requests})`);
    row("peak RSS, static-website on spt (default --mem)", `${memSpt.mib.toFixed(1)} MiB`, `same app on unix (node): ${memUnix.mib.toFixed(1)} MiB`, `ratio ${(memSpt.mib / memUnix.mib).toFixed(2)}`);
    const PEER = path.join(root, "test", "linux", "peer-tcp.cjs");
    const bytes = 20 * 1024 * 1024;
    const echo = async () => {
      const t0 = process.hrtime.bigint();
      await peer.runAsync("node", [PEER, "connect", peer.guestIp, "7", String(bytes)], { timeoutMs: 120_000 });
      return (bytes * 2 * 8) / (Number(process.hrtime.bigint() - t0) / 1e9) / 1e6;
    };
    const mbSpt = await withGuest(spt, [`--net:service=${peer.tap}`, path.join(echoSpt, "dist", "network.spt"), ...net, "--port=7"], /echoing/, echo);
    const mbUnix = await withGuest(path.join(echoUnix, "dist", "network"), [`--interface=${peer.tap}`, ...net, "--port=7"], /echoing/, echo);
    row("TCP echo 20 MB each way over TAP, spt", `${mbSpt.toFixed(0)} Mbit/s`, `same app on unix: ${mbUnix.toFixed(0)} Mbit/s`, `ratio ${(mbSpt / mbUnix).toFixed(2)}`);
  } finally {
    peer.destroy();
  }
};
