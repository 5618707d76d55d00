// Our direct stack and Linux with loss, delay and reordering between them.
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unixMClock, unixSleep } from "@mirage/platform-unix/clock";
import { unixRandom } from "@mirage/platform-unix/random";
import { tapNet } from "@mirage/platform-unix/tap";
import type { TcpFlow } from "@mirage/tcpip";
import { directStack, type DirectStack } from "@mirage/tcpip/stack";
import { ipv4Cidr } from "@mirage/tcpip/wire";
import { faultyNet } from "@mirage/vnetif";
import { exchange, must } from "./exchange.ts";
import { canRunLinuxPeer, createLinuxPeer, hasNetem, type LinuxPeer } from "./netns.ts";

const can = canRunLinuxPeer();
const PEER = path.join(import.meta.dirname, "peer-tcp.cjs");
const MB = 1024 * 1024;

// Loss, delay and reordering between Linux and us: netem on the kernel side where the kernel
// has it; otherwise (this machine's VM kernel has no sch_netem) the same faults injected on our
// side of the TAP, in both directions, with vnetif's seeded faultyNet. Linux is the peer either way.
const netem = can.ok && hasNetem();
describe.skipIf(!can.ok)(`direct stack with Linux through ${netem ? "netem" : "injected faults"}: 1% loss, 2±1 ms delay, 5% reordering`, () => {
  let peer: LinuxPeer;
  let stack: DirectStack;

  beforeAll(async () => {
    const name = `mflt${process.pid % 100000}`;
    const tap = must(await tapNet(name));
    peer = createLinuxPeer(13, { adopt: name });
    const clock = { mclock: unixMClock, sleep: unixSleep };
    const profile = { loss: 0.01, delayNs: { minNs: 1_000_000n, maxNs: 3_000_000n }, reorder: { probability: 0.05, maxDelayNs: 2_000_000n } };
    const net = netem ? tap : faultyNet(tap, profile, { clock, seed: 42, direction: "both" });
    if (netem) peer.run("tc", ["qdisc", "add", "dev", peer.tap, "root", "netem", "delay", "2ms", "1ms", "loss", "1%", "reorder", "5%", "50%"]);
    const cidr = must(ipv4Cidr.parse(`${peer.guestIp}/24`));
    stack = directStack(net, { mclock: unixMClock, sleep: unixSleep, random: unixRandom() }, { cidr });
  });

  afterAll(async () => {
    await stack?.disconnect();
    peer?.destroy();
  });

  it("50 MB each way arrive intact (SHA-256), both directions at once", async () => {
    const port = 5003;
    const accepted = new Promise<TcpFlow>((resolve) => {
      void stack.tcp.listen(port, resolve);
    });
    const client = peer.spawn("node", [PEER, "connect", peer.guestIp, String(port), String(50 * MB)]);
    const ours = await exchange(await accepted, 50 * MB);
    const theirs = JSON.parse(await client.waitFor(/\}\s*$/, 170_000)) as { sent: string; received: string };
    expect(ours.received).toBe(theirs.sent);
    expect(theirs.received).toBe(ours.sent);
  }, 240_000);
});
