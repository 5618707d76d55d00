// Benchmarks: each prints its figures next to a baseline measured in the same run, and the
// ratio. Nothing here asserts a speed. Run with `pnpm bench` (the TAP and veth parts need root).
import { execFileSync, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import * as path from "node:path";
import { isLeft } from "fp-ts/Either";
import { chachaRng } from "@mirage/mirage-random";
import { unixMClock, unixPClock, unixSleep } from "@mirage/platform-unix/clock";
import { fsKvRo } from "@mirage/platform-unix/kv-fs";
import { crunchedKv, type KvRO } from "@mirage/mirage-kv";
import { unixRandom } from "@mirage/platform-unix/random";
import { socketStack } from "@mirage/platform-unix/socket-stack";
import { tapNet } from "@mirage/platform-unix/tap";
import type { TcpFlow } from "@mirage/tcpip";
import { directStack } from "@mirage/tcpip/stack";
import { ipv4Address, ipv4Cidr } from "@mirage/tcpip/wire";
import { createSwitch } from "@mirage/vnetif";
import { StaticWebsite } from "../examples/static-website/unikernel.ts";
import { createLinuxPeer, canRunLinuxPeer } from "../test/linux/netns.ts";
import { must } from "../test/linux/exchange.ts";
import { hvtBedBench } from "./hvt-bed.ts";
import { solo5Bench } from "./solo5.ts";
import { virtioBench } from "./virtio.ts";

const MB = 1024 * 1024;
const clock = { mclock: unixMClock, sleep: unixSleep };
const mbits = (bytes: number, ns: bigint): number => (bytes * 8) / (Number(ns) / 1e9) / 1e6;
const fmt = (x: number): string => x.toFixed(x >= 100 ? 0 : 1);
const line = (what: string, ours: number, base: number, unit: string, baseName: string) =>
  console.log(`${what.padEnd(44)} ${fmt(ours).padStart(8)} ${unit}   ${baseName}: ${fmt(base).padStart(8)} ${unit}   ratio ${(ours / base).toFixed(2)}`);

/** Sends `bytes` on `flow` and reads until EOF; resolves with what was read. */
const pump = async (flow: TcpFlow, bytes: number): Promise<number> => {
  const chunk = new Uint8Array(64 * 1024).fill(0x5a);
  const reading = (async () => {
    let n = 0;
    for (;;) {
      const r = await flow.read();
      if (isLeft(r) || r.right._tag === "Eof") return n;
      n += r.right.data.length;
    }
  })();
  for (let sent = 0; sent < bytes; sent += chunk.length) await flow.write(chunk.subarray(0, Math.min(chunk.length, bytes - sent)));
  await flow.shutdown("write");
  const n = await reading;
  await flow.close();
  return n;
};

/** Two direct stacks in this process over a clean vnetif switch. */
const vnetifBulk = async (): Promise<void> => {
  const bytes = 100 * MB;
  const sw = createSwitch({ clock, seed: 1, defer: setImmediate });
  const ctx = (n: number) => ({ ...clock, random: chachaRng(new Uint8Array(32).fill(n)) });
  const a = directStack(sw.connect(), ctx(1), { cidr: must(ipv4Cidr.parse("10.0.0.1/24")) });
  const b = directStack(sw.connect(), ctx(2), { cidr: must(ipv4Cidr.parse("10.0.0.2/24")) });
  const got = new Promise<number>((resolve) => {
    void b.tcp.listen(9, (f) => resolve(pump(f, 0)));
  });
  const t0 = process.hrtime.bigint();
  const flow = must(await a.tcp.connect({ address: must(ipv4Address.parse("10.0.0.2")), port: 9 }));
  await pump(flow, bytes);
  const n = await got;
  const ours = mbits(n, process.hrtime.bigint() - t0);
  await a.disconnect();
  await b.disconnect();
  // Baseline: the same bytes through the host kernel's loopback with the socket stack.
  const s = socketStack({ bind: "127.0.0.1" });
  const got2 = new Promise<number>((resolve) => {
    void s.tcp.listen(39999, (f) => resolve(pump(f, 0)));
  });
  await new Promise((r) => setTimeout(r, 50));
  const t1 = process.hrtime.bigint();
  await pump(must(await s.tcp.connect({ address: ipv4Address.loopback, port: 39999 })), bytes);
  const n2 = await got2;
  const base = mbits(n2, process.hrtime.bigint() - t1);
  await s.disconnect();
  line("TCP, two direct stacks over vnetif (100 MB)", ours, base, "Mbit/s", "host loopback, same API");
};

const PEER = path.join(import.meta.dirname, "..", "test", "linux", "peer-tcp.cjs");

/** Our stack over a TAP device against Linux, next to Linux → Linux over a veth pair. */
const tapBulk = async (): Promise<void> => {
  const bytes = 200 * MB;
  const name = "mbench0";
  const net = must(await tapNet(name));
  const peer = createLinuxPeer(20, { adopt: name });
  const stack = directStack(net, { ...clock, random: unixRandom() }, { cidr: must(ipv4Cidr.parse(`${peer.guestIp}/24`)) });
  try {
    // Linux → us: the Linux client sends, we only read.
    const cpu0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    const done = new Promise<number>((resolve) => {
      void stack.tcp.listen(5201, (f) => resolve(pump(f, 0)));
    });
    const client = peer.spawn("node", [PEER, "connect", peer.guestIp, "5201", String(bytes)]);
    const n = await done;
    const dt = process.hrtime.bigint() - t0;
    const cpu = process.cpuUsage(cpu0);
    await client.exited();
    // Us → Linux: we send, the Linux server only reads (it sends 0 bytes).
    const server = peer.spawn("node", [PEER, "serve", "5202", "0"]);
    await server.waitFor(/listening/);
    const t1 = process.hrtime.bigint();
    const flow = must(await stack.tcp.connect({ address: must(ipv4Address.parse(peer.hostIp)), port: 5202 }));
    await pump(flow, bytes);
    await server.waitFor(/\}/);
    const dt1 = process.hrtime.bigint() - t1;
    // Baseline: Linux → Linux over a veth pair between two namespaces, same peer program.
    const ns2 = `mbench-veth-${process.pid}`;
    execFileSync("ip", ["netns", "add", ns2]);
    try {
      execFileSync("ip", ["link", "add", "mbv0", "type", "veth", "peer", "name", "mbv1", "netns", ns2]);
      execFileSync("ip", ["link", "set", "mbv0", "netns", peer.ns]);
      peer.run("ip", ["addr", "add", "10.78.0.1/24", "dev", "mbv0"]);
      peer.run("ip", ["link", "set", "mbv0", "up"]);
      execFileSync("ip", ["netns", "exec", ns2, "ip", "addr", "add", "10.78.0.2/24", "dev", "mbv1"]);
      execFileSync("ip", ["netns", "exec", ns2, "ip", "link", "set", "mbv1", "up"]);
      const sink = spawn("ip", ["netns", "exec", ns2, "node", PEER, "serve", "5203", "0"], { stdio: ["ignore", "pipe", "inherit"] });
      await new Promise((r) => sink.stdout.once("data", r));
      const t2 = process.hrtime.bigint();
      peer.run("node", [PEER, "connect", "10.78.0.2", "5203", String(bytes)], { timeoutMs: 120_000 });
      const dt2 = process.hrtime.bigint() - t2;
      sink.kill();
      const base = mbits(bytes, dt2);
      line("TCP bulk, Linux → our stack over TAP", mbits(n, dt), base, "Mbit/s", "Linux → Linux over veth");
      line("TCP bulk, our stack → Linux over TAP", mbits(bytes, dt1), base, "Mbit/s", "Linux → Linux over veth");
      const cpuNsPerByte = ((cpu.user + cpu.system) * 1000) / n;
      console.log(`${"  our CPU per byte received (this process)".padEnd(44)} ${cpuNsPerByte.toFixed(2).padStart(8)} ns/B`);
    } finally {
      execFileSync("ip", ["netns", "del", ns2]);
    }
  } finally {
    await stack.disconnect();
    peer.destroy();
  }
};

/** Files below `dir` as crunch entries, as `mirage configure` embeds them. */
const crunchEntries = (dir: string, prefix = ""): Array<{ path: string; data: Uint8Array; mtimeNs: bigint }> =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? crunchEntries(path.join(dir, e.name), `${prefix}/${e.name}`) : [{ path: `${prefix}/${e.name}`, data: fs.readFileSync(path.join(dir, e.name)), mtimeNs: 0n }],
  );

/** wrk in a child process (this process serves, so nothing here may block the loop). */
const wrk = (port: number) =>
  new Promise<number>((resolve, reject) => {
    const c = spawn("wrk", ["-t2", "-c32", "-d5s", `http://127.0.0.1:${port}/`]);
    let out = "";
    c.stdout.on("data", (d) => (out += d));
    c.on("exit", () => {
      const m = /Requests\/sec:\s+([\d.]+)/.exec(out);
      if (m === null) reject(new Error(out));
      else resolve(Number(m[1]));
    });
  });

/**
 * static-website's job on the socket stack under wrk, next to Node's own http server serving
 * the same file the same way: from memory (crunched KV vs a Buffer) and from disk (directory
 * KV vs fs.readFile per request).
 */
const httpRps = async (): Promise<void> => {
  const htdocs = path.join(import.meta.dirname, "..", "examples", "static-website", "htdocs");
  const indexPath = path.join(htdocs, "index.html");
  const index = fs.readFileSync(indexPath);
  const node = (handler: http.RequestListener) =>
    new Promise<http.Server>((r) => {
      const srv = http.createServer(handler);
      srv.listen(0, "127.0.0.1", () => r(srv));
    });
  const portOf = (srv: http.Server) => (srv.address() as { port: number }).port;
  const ourSite = async (kv: KvRO, port: number) => {
    const stack = socketStack({ bind: "127.0.0.1" });
    void StaticWebsite.start({ stack, htdocs: kv, clock: unixPClock }, { port });
    await new Promise((r) => setTimeout(r, 100));
    return stack;
  };

  const mem = await ourSite(crunchedKv(crunchEntries(htdocs)), 38080);
  const nodeMem = await node((_req, res) => {
    res.writeHead(200, { "content-type": "text/html", "content-length": index.length });
    res.end(index);
  });
  line("HTTP GET /, in memory (crunched kv)", await wrk(38080), await wrk(portOf(nodeMem)), "req/s", "Node http, Buffer");
  nodeMem.close();
  await mem.disconnect();

  const kv = await fsKvRo(htdocs);
  if (kv._tag === "Left") throw new Error(kv.left.message);
  const disk = await ourSite(kv.right, 38082);
  const nodeDisk = await node((_req, res) => {
    fs.readFile(indexPath, (_e, data) => {
      res.writeHead(200, { "content-type": "text/html", "content-length": data.length });
      res.end(data);
    });
  });
  line("HTTP GET /, from disk (directory kv)", await wrk(38082), await wrk(portOf(nodeDisk)), "req/s", "Node http, fs.readFile");
  nodeDisk.close();
  await disk.disconnect();
};

const has = (tool: string): boolean => {
  try {
    execFileSync("sh", ["-c", `command -v ${tool}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};

console.log(`mirage-ts benchmarks — node ${process.version}, ${new Date().toISOString()}`);
await vnetifBulk();
const can = canRunLinuxPeer();
if (can.ok) await tapBulk();
else console.log(`TCP over TAP: skipped (${can.why})`);
if (has("wrk")) await httpRps();
else console.log("HTTP req/s: skipped (wrk is not installed: apt-get install wrk)");
await solo5Bench(can.ok && has("wrk"));
await virtioBench(can.ok && has("wrk"));
await hvtBedBench();
process.exit(0);
