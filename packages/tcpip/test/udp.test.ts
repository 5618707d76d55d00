import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { mockClock } from "@mirage/mirage-clock";
import { macAddress, type Net } from "@mirage/mirage-net";
import { createSwitch, faultProfiles, pcapMemory, pcapWriter, type FaultProfile } from "@mirage/vnetif";
import type { Either } from "fp-ts/Either";
import { directIpStack, type DirectIpStack } from "../src/ip-stack.ts";
import { UDP_MAX_PAYLOAD } from "../src/udp.ts";
import type { UdpDatagram, UdpWriteError } from "../src/signatures.ts";
import { ipv4Address } from "../src/wire/ipv4.ts";
import { bytes, cidr, ctxOf, ethFrame, get, ip, ipPacket, MS, SECOND, send, settle, stackPair, udpPacket } from "./ipv4-helpers.ts";

const A = ip("10.0.0.1");
const B = ip("10.0.0.2");

const which = (tool: string): boolean => {
  try {
    execFileSync("which", [tool], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};
const hasTshark = which("tshark");

/** Copies of what a listener got. */
const inbox = async (stack: DirectIpStack, port: number) => {
  const got: { src: string; dst: string; data: Uint8Array }[] = [];
  const r = await stack.udp.listen(port, (d: UdpDatagram) =>
    got.push({ src: `${ipv4Address.toString(d.src.address)}:${d.src.port}`, dst: `${ipv4Address.toString(d.dst.address)}:${d.dst.port}`, data: d.data.slice() }),
  );
  expect(r._tag).toBe("Right");
  return got;
};

describe("UDP listen", () => {
  it("refuses invalid and busy ports; unlisten frees the port", async () => {
    const { a } = stackPair();
    expect(await a.udp.listen(0, () => {})).toMatchObject({ _tag: "Left", left: { _tag: "InvalidPort", port: 0 } });
    expect(await a.udp.listen(65536, () => {})).toMatchObject({ _tag: "Left", left: { _tag: "InvalidPort" } });
    expect((await a.udp.listen(53, () => {}))._tag).toBe("Right");
    expect(await a.udp.listen(53, () => {})).toMatchObject({ _tag: "Left", left: { _tag: "PortInUse", port: 53 } });
    a.udp.unlisten(53);
    expect((await a.udp.listen(53, () => {}))._tag).toBe("Right");
  });
});

describe("UDP between two stacks", () => {
  it("carries datagrams both ways; an unset source port is ephemeral", async () => {
    const { a, b } = stackPair();
    const atB = await inbox(b, 7);
    const atA = await inbox(a, 5000);
    expect(get(await a.udp.write({ address: B, port: 7 }, bytes(12)))).toBeUndefined();
    expect(get(await b.udp.write({ address: A, port: 5000 }, bytes(3, 1), { srcPort: 7 }))).toBeUndefined();
    await settle();
    expect(atB.length).toBe(1);
    expect(atB[0]?.data).toEqual(bytes(12));
    expect(atB[0]?.dst).toBe("10.0.0.2:7");
    const srcPort = Number(atB[0]?.src.split(":")[1]);
    expect(srcPort).toBeGreaterThanOrEqual(49152);
    expect(atB[0]?.src).toBe(`10.0.0.1:${srcPort}`);
    expect(atA).toEqual([{ src: "10.0.0.2:7", dst: "10.0.0.1:5000", data: bytes(3, 1) }]);
    // Empty datagrams are datagrams too.
    await a.udp.write({ address: B, port: 7 }, new Uint8Array(0), { srcPort: 5000 });
    await settle();
    expect(atB[1]).toEqual({ src: "10.0.0.1:5000", dst: "10.0.0.2:7", data: new Uint8Array(0) });
    expect(a.stats().udp.tx.datagrams).toBe(2);
    expect(b.stats().udp.rx).toMatchObject({ datagrams: 2, delivered: 2 });
  });

  it("a 20 KB datagram is fragmented by IP and reassembled; 65507 bytes is the largest", async () => {
    const { a, b } = stackPair();
    const atB = await inbox(b, 9);
    const big = bytes(20_000, 5);
    expect((await a.udp.write({ address: B, port: 9 }, big))._tag).toBe("Right");
    await settle();
    expect(atB.length).toBe(1);
    expect(atB[0]?.data).toEqual(big);
    expect(a.stats().ipv4.tx.fragments).toBe(Math.ceil((20_000 + 8) / 1480));
    expect(b.stats().ipv4.rx.reassembly.reassembled).toBe(1);
    const max = bytes(UDP_MAX_PAYLOAD, 6);
    expect((await a.udp.write({ address: B, port: 9 }, max))._tag).toBe("Right");
    await settle();
    expect(atB[1]?.data).toEqual(max);
    expect(await a.udp.write({ address: B, port: 9 }, new Uint8Array(UDP_MAX_PAYLOAD + 1))).toMatchObject({
      _tag: "Left",
      left: { _tag: "TooLarge", size: 65508 },
    });
  });

  it("a datagram to a closed port comes back as ICMP port unreachable at the sender", async () => {
    const { a, b } = stackPair();
    expect((await a.udp.write({ address: B, port: 9999 }, bytes(40)))._tag).toBe("Right");
    await settle();
    expect(b.stats().udp.rx.dropped.noListener).toBe(1);
    expect(b.stats().icmp.tx.destUnreachable).toBe(1);
    expect(a.stats().icmp.rx).toMatchObject({ destUnreachable: 1, portUnreachable: 1 });
  });

  it("broadcasts reach listeners and never draw ICMP errors", async () => {
    const { a, b } = stackPair();
    const atB = await inbox(b, 67);
    await a.udp.write({ address: ipv4Address.broadcast, port: 67 }, bytes(5), { srcPort: 68 });
    await a.udp.write({ address: ip("10.0.0.255"), port: 67 }, bytes(6), { srcPort: 68 });
    await a.udp.write({ address: ip("10.0.0.255"), port: 1234 }, bytes(6), { srcPort: 68 });
    await settle();
    expect(atB.map((d) => d.dst)).toEqual(["255.255.255.255:67", "10.0.0.255:67"]);
    expect(b.stats().icmp.tx).toMatchObject({ destUnreachable: 0, suppressed: 1 });
  });

  it("write errors: no route, ARP timeout (as NoRoute), disconnected; bad ports are bugs", async () => {
    const { a, clock } = stackPair();
    expect(await a.udp.write({ address: ip("8.8.8.8"), port: 53 }, bytes(1))).toMatchObject({ _tag: "Left", left: { _tag: "NoRoute" } });
    let r: Either<UdpWriteError, void> | undefined;
    void a.udp.write({ address: ip("10.0.0.77"), port: 53 }, bytes(1)).then((x) => (r = x));
    await settle();
    await clock.advance(3n * SECOND);
    await settle();
    expect(r).toMatchObject({ _tag: "Left", left: { _tag: "NoRoute", message: expect.stringMatching(/ARP/) } });
    await expect(a.udp.write({ address: B, port: 0 }, bytes(1))).rejects.toThrow(RangeError);
    await a.disconnect();
    expect(await a.udp.write({ address: B, port: 7 }, bytes(1))).toMatchObject({ _tag: "Left", left: { _tag: "Disconnected" } });
    expect(a.stats().udp.tx.errors).toBe(3);
  });

  it("a throwing handler is counted and logged; the stack carries on", async () => {
    const { a, b } = stackPair();
    await b.udp.listen(7, () => {
      throw new Error("app bug");
    });
    await a.udp.write({ address: B, port: 7 }, bytes(1));
    await a.udp.write({ address: B, port: 7 }, bytes(1));
    await settle();
    expect(b.stats().udp.rx.handlerErrors).toBe(2);
  });
});

describe("UDP receive checks", () => {
  /** Stack B (10.0.0.2) on a switch port; the test writes raw frames from another port. */
  const setup = async () => {
    const clock = mockClock();
    const sw = createSwitch({ clock });
    const peer = sw.connect();
    const stack = directIpStack(sw.connect(), ctxOf(clock), { cidr: cidr("10.0.0.2/24") });
    void peer.listen(() => {});
    const got = await inbox(stack, 7);
    const inject = async (udp: Uint8Array, o: { protocol?: number } = {}) => {
      await send(peer, ethFrame(stack.ethernet.mac, peer.mac, 0x0800, ipPacket({ src: A, dst: B, protocol: o.protocol ?? 17, payload: udp })));
      await settle(2);
    };
    return { clock, sw, peer, stack, got, inject };
  };

  it("a zero checksum means none; a bad one is dropped and counted; short and malformed ones too", async () => {
    const s = await setup();
    await s.inject(udpPacket(A, B, 1000, 7, bytes(9), false));
    expect(s.got.length).toBe(1);
    const bad = udpPacket(A, B, 1000, 7, bytes(9));
    bad[10] = (bad[10] as number) ^ 0x40;
    await s.inject(bad);
    await s.inject(new Uint8Array(7));
    const shortLen = udpPacket(A, B, 1000, 7, bytes(9), false);
    shortLen[5] = 7;
    await s.inject(shortLen);
    const longLen = udpPacket(A, B, 1000, 7, bytes(9), false);
    longLen[5] = 40;
    await s.inject(longLen);
    await s.inject(udpPacket(A, B, 1000, 0, bytes(9)));
    expect(s.got.length).toBe(1);
    expect(s.stack.stats().udp.rx).toMatchObject({
      datagrams: 6,
      delivered: 1,
      dropped: { badChecksum: 1, truncated: 2, malformed: 2, noListener: 0 },
    });
  });

  test.prop(
    [
      fc.array(
        fc.oneof(
          // anything at all
          fc.uint8Array({ maxLength: 120 }),
          // an Ethernet header for us with a random EtherType-ish body
          fc.tuple(fc.constantFrom(0x0800, 0x0806, 0x86dd, 0x1234), fc.uint8Array({ maxLength: 120 }), fc.boolean()).map(([t, body, bc]) => ({ t, body, bc })),
          // a valid IPv4 header for us carrying random bytes as UDP, ICMP or a fragment
          fc
            .tuple(fc.constantFrom(1, 17, 6, 99), fc.uint8Array({ maxLength: 100 }), fc.nat({ max: 0xffff }), fc.boolean(), fc.nat({ max: 20 }))
            .map(([protocol, payload, ident, more, off]) => ({ protocol, payload, ident, more, off })),
        ),
        { maxLength: 40 },
      ),
    ],
    { numRuns: 60 },
  )("garbage on the wire is dropped and counted, never thrown; the stack still works afterwards", async (junk) => {
    const s = await setup();
    const mac = s.stack.ethernet.mac;
    let sent = 0;
    for (const j of junk) {
      let frame: Uint8Array;
      if (j instanceof Uint8Array) frame = j;
      else if ("t" in j) frame = ethFrame(j.bc ? macAddress.broadcast : mac, s.peer.mac, j.t, j.body);
      else
        frame = ethFrame(
          mac,
          s.peer.mac,
          0x0800,
          ipPacket({ src: A, dst: B, protocol: j.protocol, payload: j.payload, ident: j.ident, moreFrags: j.more, fragOffset: j.off * 8 }),
        );
      await send(s.peer, frame);
      sent++;
    }
    await settle(2);
    const st = s.stack.stats();
    // Runts never reach the stack (the switch counts them); everything else is seen once and accounted for.
    const runts = junk.filter((j) => j instanceof Uint8Array && j.length < 14).length;
    expect(st.ethernet.rxFrames).toBe(sent - runts);
    const e = st.ethernet;
    expect(e.rxDelivered + e.rxDropped.notForUs + e.rxDropped.ownSource + e.rxDropped.unknownEthertype + e.rxDropped.truncated).toBe(e.rxFrames);
    expect(e.rxDropped.handlerError).toBe(0);
    // Still alive: a good datagram gets through (after any junk fragment state).
    await s.inject(udpPacket(A, B, 1000, 7, bytes(4)));
    expect(s.got.at(-1)?.data).toEqual(bytes(4));
  });
});

// -----------------------------------------------------------------------------------------------
// Over vnetif with faults

interface Run {
  readonly sent: Map<string, Uint8Array>;
  readonly received: Uint8Array[];
  readonly a: DirectIpStack;
  readonly b: DirectIpStack;
  readonly pcap: Uint8Array;
}

/** A payload that names itself: index, length, then a pattern; `key` recovers the index. */
const payload = (i: number, n: number): Uint8Array => {
  const p = bytes(n, i);
  new DataView(p.buffer).setUint32(0, i);
  return p;
};
const key = (p: Uint8Array): string => `${new DataView(p.buffer, p.byteOffset).getUint32(0)}/${p.length}`;

/** A sends `count` datagrams to B (every 5th one 3000 bytes: 3 fragments) through a switch with `profile` towards B. */
const exchange = async (profile: FaultProfile, count: number, seed = 1): Promise<Run> => {
  const clock = mockClock(1_700_000_000n * SECOND);
  const sw = createSwitch({ clock, seed });
  const mem = pcapMemory();
  sw.capture(pcapWriter(mem.sink, { precision: "ns" }), { point: "delivery" });
  const netA: Net = sw.connect();
  const netB: Net = sw.connect();
  const a = directIpStack(netA, ctxOf(clock, 1), { cidr: cidr("10.0.0.1/24") });
  const b = directIpStack(netB, ctxOf(clock, 2), { cidr: cidr("10.0.0.2/24") });
  const received: Uint8Array[] = [];
  await b.udp.listen(7, (d) => received.push(d.data.slice()));
  // Resolve ARP on a clean link first: ARP has no checksum, and this test is about UDP.
  get(await a.icmp.ping(B));
  sw.setFaults(netB, profile);
  const sent = new Map<string, Uint8Array>();
  const writes: Promise<unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const p = payload(i, i % 5 === 4 ? 3000 : 200 + (i % 7) * 100);
    sent.set(key(p), p);
    writes.push(a.udp.write({ address: B, port: 7 }, p, { srcPort: 4000 }));
    if (i % 10 === 9) await clock.advance(MS);
  }
  await Promise.all(writes);
  // Run the switch dry (delays, reordering), then past the reassembly timeout.
  for (let guard = 0; guard < 10_000 && (sw.pending() > 0 || sw.nextDeadlineNs() !== undefined); guard++) {
    await settle(1);
    const d = sw.nextDeadlineNs();
    if (d !== undefined) await clock.advance(d > sw.nowNs() ? d - sw.nowNs() : 0n);
  }
  await settle();
  await clock.advance(11n * SECOND);
  await settle();
  return { sent, received, a, b, pcap: mem.bytes() };
};

const verify = (run: Run): void => {
  for (const r of run.received) {
    const s = run.sent.get(key(r));
    expect(s, `a datagram nobody sent arrived: ${key(r)}`).toBeDefined();
    expect(r).toEqual(s);
  }
  expect(run.b.stats().ipv4.rx.reassembly.inProgress).toBe(0);
};

describe("UDP over vnetif with faults", () => {
  const N = 200;

  it("clean: everything arrives, in order", async () => {
    const run = await exchange(faultProfiles.clean, N);
    verify(run);
    expect(run.received.map(key)).toEqual([...run.sent.keys()]);
  });

  it("loss: what arrives is intact; a lost fragment loses its datagram, whose pieces time out", async () => {
    const run = await exchange({ loss: 0.05 }, N);
    verify(run);
    expect(run.received.length).toBeLessThan(N);
    expect(run.received.length).toBeGreaterThan(N * 0.8);
    expect(new Set(run.received.map(key)).size).toBe(run.received.length);
  });

  it("reorder: everything arrives, fragments reassembled across the reordering", async () => {
    const run = await exchange({ reorder: { probability: 0.3, maxDelayNs: 2n * MS } }, N);
    verify(run);
    expect(new Set(run.received.map(key))).toEqual(new Set(run.sent.keys()));
    expect(run.received.map(key)).not.toEqual([...run.sent.keys()]);
  });

  it("duplicate: every datagram arrives, some twice (UDP does not deduplicate), fragments deduplicated", async () => {
    const run = await exchange({ duplicate: 0.2 }, N);
    verify(run);
    expect(new Set(run.received.map(key))).toEqual(new Set(run.sent.keys()));
    expect(run.received.length).toBeGreaterThan(N);
    expect(run.b.stats().ipv4.rx.reassembly.duplicates).toBeGreaterThan(0);
  });

  it("corrupt: corrupted datagrams are never delivered (IP and UDP checksums catch them)", async () => {
    const run = await exchange({ corrupt: { probability: 0.2, offset: 14 } }, N);
    verify(run);
    const st = run.b.stats();
    expect(run.received.length).toBeLessThan(N);
    expect(st.ipv4.rx.dropped.badChecksum + st.udp.rx.dropped.badChecksum).toBeGreaterThan(0);
  });

  it("mixed (loss, duplicates, reordering, corruption, junk, jitter): only intact datagrams", async () => {
    const run = await exchange(faultProfiles.mixed, N, 7);
    verify(run);
    expect(run.received.length).toBeGreaterThan(N * 0.8);
  });

  describe("pcap", () => {
    const dir = mkdtempSync(join(tmpdir(), "tcpip-udp-pcap-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const name = "a capture of a lossy run is written to a file and tshark reads it back";
    it.skipIf(!hasTshark)(hasTshark ? name : `${name} (skipped: tshark is not installed; apt-get install tshark)`, async () => {
      const run = await exchange({ loss: 0.05, reorder: { probability: 0.1, maxDelayNs: MS } }, 50);
      const file = join(dir, "udp-lossy.pcap");
      writeFileSync(file, run.pcap);
      const rows = execFileSync(
        "tshark",
        ["-r", file, "-T", "fields", "-E", "aggregator=|", "-e", "frame.protocols", "-e", "ip.src", "-e", "udp.dstport", "-e", "ip.flags.mf", "-e", "icmp.type", "-e", "_ws.malformed"],
        { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
      )
        .trim()
        .split("\n")
        .map((l) => l.split("\t"));
      expect(rows.length).toBeGreaterThan(50);
      expect(rows.some((r) => r[0]?.includes("arp"))).toBe(true);
      // Datagrams to port 7 as tshark reassembles them: exactly those B delivered.
      const udp = rows.filter((r) => !r[0]?.includes("icmp") && r[2] === "7");
      expect(udp.length).toBe(run.received.length);
      expect(rows.filter((r) => r[0]?.includes("ip")).every((r) => r[1]?.startsWith("10.0.0."))).toBe(true);
      expect(rows.some((r) => r[3] === "1" || r[3] === "True")).toBe(true);
      // B's "fragment reassembly time exceeded" for each datagram that lost a later fragment.
      const timeExceeded = rows.filter((r) => r[4]?.startsWith("11")).length;
      expect(timeExceeded).toBe(run.b.stats().icmp.tx.timeExceeded);
      expect(rows.filter((r) => (r[5] ?? "") !== "").length).toBe(0);
    });
  });
});
