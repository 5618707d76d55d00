// Two direct stacks in one process over the vnetif switch: 10 MB each way at once, SHA-256
// compared, under each fault profile. Timing is real (unix clocks); faults are seeded.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { unixMClock, unixSleep } from "@mirage/platform-unix/clock";
import { chachaRng } from "@mirage/mirage-random";
import type { TcpFlow } from "@mirage/tcpip";
import { directStack } from "@mirage/tcpip/stack";
import { ipv4Address, ipv4Cidr } from "@mirage/tcpip/wire";
import { createSwitch, faultProfiles, type FaultProfile } from "@mirage/vnetif";
import { payload } from "../linux/data.ts";
import { exchange, must } from "../linux/exchange.ts";

const MB = 1024 * 1024;
const clock = { mclock: unixMClock, sleep: unixSleep };

const pair = (faults: FaultProfile, seed: number) => {
  // A small MTU is a path-MTU black hole if the ports still claim 1500 (no PMTU discovery
  // yet): give the whole link that MTU, so each stack's MSS follows it.
  const sw = createSwitch({ clock, seed, faults, defer: setImmediate, ...(faults.mtu === undefined ? {} : { mtu: faults.mtu }) });
  const ctx = (n: number) => ({ ...clock, random: chachaRng(new Uint8Array(32).fill(n + seed)) });
  const a = directStack(sw.connect(), ctx(1), { cidr: must(ipv4Cidr.parse("10.0.0.1/24")) });
  const b = directStack(sw.connect(), ctx(2), { cidr: must(ipv4Cidr.parse("10.0.0.2/24")) });
  return { sw, a, b };
};

const transfer = async (faults: FaultProfile, seed: number, bytes: number) => {
  const { sw, a, b } = pair(faults, seed);
  try {
    const accepted = new Promise<TcpFlow>((resolve) => {
      void b.tcp.listen(80, resolve);
    });
    const client = must(await a.tcp.connect({ address: must(ipv4Address.parse("10.0.0.2")), port: 80 }));
    const [x, y] = await Promise.all([exchange(client, bytes), accepted.then((f) => exchange(f, bytes))]);
    return { x, y, stats: sw.stats() };
  } finally {
    await a.disconnect();
    await b.disconnect();
  }
};

const expected = createHash("sha256").update(payload(10 * MB)).digest("hex");

describe("two direct stacks over vnetif, 10 MB each way", () => {
  for (const [name, profile] of Object.entries(faultProfiles)) {
    it(`${name}: both directions arrive intact`, async () => {
      const { x, y } = await transfer(profile, 7, 10 * MB);
      expect(x.receivedBytes).toBe(10 * MB);
      expect(y.receivedBytes).toBe(10 * MB);
      expect(x.received).toBe(expected);
      expect(y.received).toBe(expected);
    }, 120_000);
  }
});

