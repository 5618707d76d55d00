// Our direct stack against the Linux kernel, over a TAP device in a network namespace: the
// kernel pings us, exchanges bulk TCP with us both ways (also through netem loss, delay and
// reordering), and shows with `ss -ti` which TCP options it negotiated with us.
import { createHash } from "node:crypto";
import * as path from "node:path";
import { isLeft } from "fp-ts/Either";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unixMClock, unixSleep } from "@mirage/platform-unix/clock";
import { unixRandom } from "@mirage/platform-unix/random";
import { tapNet } from "@mirage/platform-unix/tap";
import type { TcpFlow } from "@mirage/tcpip";
import { directStack, type DirectStack } from "@mirage/tcpip/stack";
import { ipv4Address, ipv4Cidr } from "@mirage/tcpip/wire";
import { payload } from "./data.ts";
import { exchange, must } from "./exchange.ts";
import { canRunLinuxPeer, createLinuxPeer, type LinuxPeer } from "./netns.ts";

const can = canRunLinuxPeer();
const PEER = path.join(import.meta.dirname, "peer-tcp.cjs");
const MB = 1024 * 1024;
const digestOf = (n: number): string => createHash("sha256").update(payload(n)).digest("hex");

describe.skipIf(!can.ok)(`direct stack with the Linux kernel as the peer${can.ok ? "" : ` (skipped: ${can.why})`}`, () => {
  let peer: LinuxPeer;
  let stack: DirectStack;
  const subnet = 11;

  beforeAll(async () => {
    const name = `mdir${process.pid % 100000}`;
    const net = must(await tapNet(name));
    peer = createLinuxPeer(subnet, { adopt: name });
    const cidr = must(ipv4Cidr.parse(`${peer.guestIp}/24`));
    stack = directStack(net, { mclock: unixMClock, sleep: unixSleep, random: unixRandom() }, { cidr, gateway: must(ipv4Address.parse(peer.hostIp)) });
  });

  afterAll(async () => {
    await stack?.disconnect();
    peer?.destroy();
  });

  it("answers the kernel's ping", async () => {
    const out = await peer.runAsync("ping", ["-c", "3", "-i", "0.2", "-W", "2", peer.guestIp]);
    expect(out).toMatch(/3 packets transmitted, 3 received, 0% packet loss/);
  });

  it("Linux → our stack: 50 MB each way over one connection, SHA-256 equal", async () => {
    const port = 5001;
    const accepted = new Promise<TcpFlow>((resolve) => {
      void stack.tcp.listen(port, resolve);
    });
    const client = peer.spawn("node", [PEER, "connect", peer.guestIp, String(port), String(50 * MB)]);
    const ours = await exchange(await accepted, 50 * MB);
    const theirs = JSON.parse(await client.waitFor(/\}\s*$/, 120_000)) as { sent: string; received: string; receivedBytes: number };
    expect(ours.receivedBytes).toBe(50 * MB);
    expect(ours.received).toBe(theirs.sent);
    expect(theirs.receivedBytes).toBe(50 * MB);
    expect(theirs.received).toBe(ours.sent);
    stack.tcp.unlisten(port);
  }, 180_000);

  it("our stack → Linux: 50 MB each way, SHA-256 equal", async () => {
    const port = 5002;
    const server = peer.spawn("node", [PEER, "serve", String(port), String(50 * MB)]);
    await server.waitFor(/listening/);
    const flow = must(await stack.tcp.connect({ address: must(ipv4Address.parse(peer.hostIp)), port }));
    const ours = await exchange(flow, 50 * MB);
    const theirs = JSON.parse((await server.waitFor(/\{.*\}\s*$/s, 120_000)).replace(/^listening\s*/, "")) as { sent: string; received: string };
    expect(ours.received).toBe(digestOf(50 * MB));
    expect(theirs.received).toBe(ours.sent);
  }, 180_000);

  it("negotiates window scaling, timestamps and SACK with Linux (ss -ti and the handshake on the wire)", async () => {
    const port = 5004;
    let held: TcpFlow | undefined;
    const accepted = new Promise<TcpFlow>((resolve) => {
      void stack.tcp.listen(port, (f) => {
        held = f;
        resolve(f);
      });
    });
    const capture = peer.spawn("tshark", ["-l", "-i", peer.tap, "-f", `tcp port ${port}`, "-c", "3", "-T", "fields", "-E", "separator=|",
      "-e", "tcp.flags.str", "-e", "tcp.options.sack_perm", "-e", "tcp.options.wscale.shift", "-e", "tcp.options.timestamp.tsval", "-e", "tcp.options.timestamp.tsecr"]);
    await capture.waitFor(/Capturing on/);
    const client = peer.spawn("node", ["-e", `const s=require("net").connect(${port},"${peer.guestIp}",()=>console.log("up"));setTimeout(()=>s.end(),3000)`]);
    await client.waitFor(/up/);
    await accepted;
    // The kernel's own view of the connection: window scaling both ways (ours is 3 or more).
    const ss = await peer.runAsync("ss", ["-tin", "state", "established", "dst", peer.guestIp]);
    expect(ss).toMatch(/wscale:\d+,[1-9]\d*/);
    // This VM kernel's tcp_info does not flag ts/sack to ss even between two Linux sockets,
    // so the handshake itself shows them: both SYNs offer SACK and timestamps, and Linux's
    // ACK echoes our TSval, which it does only once timestamps are agreed (RFC 7323).
    await capture.exited();
    const rows = capture.output().split("\n").filter((l) => l.includes("|")).map((l) => l.split("|"));
    const [syn, synAck, ack] = rows;
    expect(syn?.[0]).toMatch(/S/);
    expect(synAck?.[0]).toMatch(/A.*S|S.*A/);
    for (const r of [syn, synAck]) {
      expect(r?.[1]).not.toBe("");
      expect(r?.[2]).not.toBe("");
      expect(r?.[3]).not.toBe("");
    }
    expect(ack?.[4]).toBe(synAck?.[3]);
    await held?.close();
    stack.tcp.unlisten(port);
  }, 30_000);
});
