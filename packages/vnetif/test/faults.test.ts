import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { mockClock } from "@mirage/mirage-clock";
import { macAddress, netPair } from "@mirage/mirage-net";
import { checkFaultProfile, createSwitch, faultProfiles, faultyNet, isPureTcpAck, type FaultProfile } from "../src/index.ts";
import { collect, frame, runIdle, send, seqOf, settle, TCP, tcpFrame } from "./helpers.ts";

const MS = 1_000_000n;

/** A two-port switch on a mock clock with `profile` on the link towards b. */
const link = (profile: FaultProfile, seed = 0, mtu = 1500) => {
  const clock = mockClock();
  const sw = createSwitch({ clock, seed, mtu });
  const a = sw.connect();
  const b = sw.connect({ faults: profile });
  const rx = collect(b);
  return { clock, sw, a, b, rx };
};

/** Sends `frames` from a to b, one every `gapNs` of virtual time (0: all at once), then runs to idle. */
const pump = async (l: ReturnType<typeof link>, frames: readonly Uint8Array[], gapNs = 0n): Promise<void> => {
  for (const f of frames) {
    await send(l.a, f);
    if (gapNs > 0n) await l.clock.advance(gapNs);
  }
  await runIdle(l.clock, l.sw);
};

const hex = (f: Uint8Array): string => Buffer.from(f).toString("hex");
const seqs = (frames: readonly Uint8Array[]): number[] => frames.map(seqOf);
const numbered = (l: ReturnType<typeof link>, n: number, size = 64): Uint8Array[] =>
  Array.from({ length: n }, (_, i) => frame(l.b.mac, l.a.mac, i, size));

const arbDelay = fc.oneof(
  fc.constant(undefined),
  fc.bigInt({ min: 0n, max: 5n * MS }),
  fc.tuple(fc.bigInt({ min: 0n, max: 3n * MS }), fc.bigInt({ min: 0n, max: 3n * MS })).map(([x, y]) => ({ minNs: x, maxNs: x + y })),
);

describe("fault injection", () => {
  test.prop(
    [
      fc.array(fc.integer({ min: 14, max: 1514 }), { minLength: 1, maxLength: 60 }),
      arbDelay,
      fc.bigInt({ min: 0n, max: 2n * MS }),
      fc.integer(),
    ],
    { numRuns: 40 },
  )("without loss or reordering, every frame arrives once, in order, byte-exact (any delay, jitter, pacing)", async (sizes, delayNs, gapNs, seed) => {
    const l = link(delayNs === undefined ? {} : { delayNs }, seed);
    const sent = sizes.map((s, i) => {
      const f = new Uint8Array(s);
      f.set(l.b.mac, 0);
      f.set(l.a.mac, 6);
      for (let j = 12; j < s; j++) f[j] = (i * 131 + j * 7) & 0xff;
      return f;
    });
    await pump(l, sent, gapNs);
    expect(l.rx.map(hex)).toEqual(sent.map(hex));
    expect(l.sw.portStats(l.b)?.delivered).toBe(sent.length);
  });

  it("with a fixed delay, a frame arrives exactly that much later on the mock clock", async () => {
    const l = link({ delayNs: 5n * MS });
    await send(l.a, frame(l.b.mac, l.a.mac, 1));
    await settle();
    expect(l.rx.length).toBe(0);
    expect(l.sw.nextDeadlineNs()).toBe(5n * MS);
    await l.clock.advance(5n * MS - 1n);
    expect(l.rx.length).toBe(0);
    await l.clock.advance(1n);
    await settle();
    expect(seqs(l.rx)).toEqual([1]);
  });

  it("same seed, same fate; another seed, another fate", async () => {
    const run = async (seed: number) => {
      const l = link(faultProfiles.mixed, seed);
      await pump(l, numbered(l, 400), 100_000n);
      return { got: l.rx.map(hex), stats: l.sw.portStats(l.b) };
    };
    const x = await run(42);
    const y = await run(42);
    const z = await run(43);
    expect(y.got).toEqual(x.got);
    expect(y.stats).toEqual(x.stats);
    expect(z.got).not.toEqual(x.got);
    // the profile did things
    const s = x.stats;
    expect(s !== undefined && s.dropped.loss > 0 && s.duplicated > 0 && s.reordered > 0).toBe(true);
  });

  it("loses frames at the configured rate (10k frames, 4 sigma)", async () => {
    const l = link({ loss: 0.1 }, 7);
    for (let i = 0; i < 10_000; i++) void send(l.a, frame(l.b.mac, l.a.mac, i));
    await settle();
    const s = l.sw.portStats(l.b);
    const lost = s?.dropped.loss ?? -1;
    expect(lost).toBeGreaterThan(1000 - 120);
    expect(lost).toBeLessThan(1000 + 120);
    expect(l.rx.length).toBe(10_000 - lost);
    // survivors in order
    const got = seqs(l.rx);
    expect(got).toEqual([...got].sort((p, q) => p - q));
  });

  it("corrupts bytes but never the length, only at or after the offset", async () => {
    const l = link({ corrupt: { probability: 1, bytes: 3, offset: 14 } });
    const sent = numbered(l, 200, 100);
    await pump(l, sent);
    expect(l.rx.length).toBe(200);
    l.rx.forEach((f, i) => {
      const orig = sent[i] as Uint8Array;
      expect(f.length).toBe(orig.length);
      const diff = [...f.keys()].filter((k) => f[k] !== orig[k]);
      expect(diff.length).toBe(3);
      expect(Math.min(...diff)).toBeGreaterThanOrEqual(14);
    });
    expect(l.sw.portStats(l.b)?.corrupted).toBe(200);
  });

  it("corrupting a frame on one port leaves the copies flooded to others intact", async () => {
    const clock = mockClock();
    const sw = createSwitch({ clock });
    const a = sw.connect();
    const rxB = collect(sw.connect({ faults: { corrupt: { probability: 1, bytes: 4 } } }));
    const rxC = collect(sw.connect());
    const f = frame(macAddress.broadcast, a.mac, 9, 80);
    await send(a, f);
    await settle();
    expect(hex(rxC[0] ?? new Uint8Array())).toBe(hex(f));
    expect(hex(rxB[0] ?? new Uint8Array())).not.toBe(hex(f));
  });

  it("duplicates: probability 1 delivers each frame twice, in order", async () => {
    const l = link({ duplicate: 1 });
    const sent = numbered(l, 50);
    await pump(l, sent);
    expect(seqs(l.rx)).toEqual(sent.flatMap((_, i) => [i, i]));
    expect(l.rx.every((f, i) => hex(f) === hex(sent[i >> 1] as Uint8Array))).toBe(true);
    expect(l.sw.portStats(l.b)?.duplicated).toBe(50);
    expect(l.sw.portStats(l.b)?.delivered).toBe(100);
  });

  it("mtu: drops frames above mtu + 14 and counts them", async () => {
    const l = link({ mtu: 576 });
    const sizes = [60, 589, 590, 591, 1000, 1514, 590];
    await pump(
      l,
      sizes.map((s, i) => frame(l.b.mac, l.a.mac, i, s)),
    );
    expect(l.rx.map((f) => f.length)).toEqual([60, 589, 590, 590]);
    expect(l.sw.portStats(l.b)?.dropped.mtu).toBe(3);
    expect(l.b.mtu).toBe(1500); // the port does not know: a path-MTU black hole
  });

  it("blackout: drops exactly the frames that enter inside the window, on the mock clock", async () => {
    const l = link({ blackout: { fromNs: 10n * MS, untilNs: 20n * MS } });
    await pump(l, numbered(l, 30), 1n * MS); // frame i enters at i ms
    const expected = Array.from({ length: 30 }, (_, i) => i).filter((i) => i < 10 || i >= 20);
    expect(seqs(l.rx)).toEqual(expected);
    expect(l.sw.portStats(l.b)?.dropped.blackout).toBe(10);
  });

  it("blackout windows count from the switch's creation, several allowed", async () => {
    const clock = mockClock(1_000n * MS);
    const sw = createSwitch({ clock, faults: { blackout: [{ fromNs: 0n, untilNs: 1n * MS }, { fromNs: 3n * MS, untilNs: 4n * MS }] } });
    const a = sw.connect();
    const b = sw.connect();
    const rx = collect(b);
    for (let i = 0; i < 5; i++) {
      await send(a, frame(b.mac, a.mac, i));
      await clock.advance(1n * MS);
    }
    await settle();
    expect(seqs(rx)).toEqual([1, 2, 4]);
    expect(sw.nowNs()).toBe(5n * MS);
  });

  it("reorder: held-back frames are overtaken, and every frame still arrives", async () => {
    const l = link({ reorder: { probability: 0.3, maxDelayNs: 1n * MS } }, 3);
    const sent = numbered(l, 200);
    for (const f of sent) await send(l.a, f);
    await settle();
    const early = l.rx.length;
    const held = l.sw.portStats(l.b)?.reordered ?? 0;
    expect(held).toBeGreaterThan(20);
    expect(early).toBe(200 - held); // the held-back ones wait for the clock
    await runIdle(l.clock, l.sw);
    const got = seqs(l.rx);
    expect([...got].sort((p, q) => p - q)).toEqual(sent.map((_, i) => i));
    expect(got).not.toEqual(sent.map((_, i) => i));
  });

  it("jitter never reorders a link by itself", async () => {
    const l = link({ delayNs: { minNs: 0n, maxNs: 5n * MS } }, 11);
    const sent = numbered(l, 300);
    await pump(l, sent, 100_000n);
    expect(seqs(l.rx)).toEqual(sent.map((_, i) => i));
    // 0 or 1 ns: a zero-delay frame must not overtake a 1 ns one still in flight
    const m = link({ delayNs: { minNs: 0n, maxNs: 1n } }, 11);
    const burst = numbered(m, 100);
    await pump(m, burst);
    expect(seqs(m.rx)).toEqual(burst.map((_, i) => i));
  });

  it("trailing junk: appends 1..maxBytes bytes, never past the receiver's largest frame", async () => {
    const l = link({ trailingJunk: { probability: 1, maxBytes: 8 } });
    const sent = [...numbered(l, 100, 60), frame(l.b.mac, l.a.mac, 100, 1514), frame(l.b.mac, l.a.mac, 101, 1510)];
    await pump(l, sent);
    expect(l.rx.length).toBe(sent.length);
    l.rx.forEach((f, i) => {
      const orig = sent[i] as Uint8Array;
      expect(hex(f.subarray(0, orig.length))).toBe(hex(orig));
      if (orig.length < 1514) {
        expect(f.length - orig.length).toBeGreaterThanOrEqual(1);
        expect(f.length - orig.length).toBeLessThanOrEqual(Math.min(8, 1514 - orig.length));
      } else expect(f.length).toBe(1514);
    });
    expect(l.sw.portStats(l.b)?.junked).toBe(101);
  });

  it("ackOnlyLoss drops only pure TCP ACKs over IPv4", async () => {
    const l = link({ ackOnlyLoss: 1 });
    const { a, b } = l;
    const { ACK, SYN, FIN, RST, PSH } = TCP;
    const cases: [string, Uint8Array, boolean][] = [
      ["pure ACK", tcpFrame(b.mac, a.mac, { flags: ACK }), true],
      ["pure ACK with PSH", tcpFrame(b.mac, a.mac, { flags: ACK | PSH }), true],
      ["pure ACK, IP options", tcpFrame(b.mac, a.mac, { flags: ACK, ihl: 24 }), true],
      ["pure ACK, TCP options (SACK, timestamps)", tcpFrame(b.mac, a.mac, { flags: ACK, doff: 32 }), true],
      ["pure ACK with Ethernet padding", tcpFrame(b.mac, a.mac, { flags: ACK, pad: 6 }), true],
      ["ACK with 1 byte of data", tcpFrame(b.mac, a.mac, { flags: ACK, payload: 1 }), false],
      ["ACK with 1400 bytes", tcpFrame(b.mac, a.mac, { flags: ACK | PSH, payload: 1400 }), false],
      ["SYN", tcpFrame(b.mac, a.mac, { flags: SYN }), false],
      ["SYN-ACK", tcpFrame(b.mac, a.mac, { flags: SYN | ACK }), false],
      ["FIN-ACK", tcpFrame(b.mac, a.mac, { flags: FIN | ACK }), false],
      ["RST-ACK", tcpFrame(b.mac, a.mac, { flags: RST | ACK }), false],
      ["no ACK flag", tcpFrame(b.mac, a.mac, { flags: 0 }), false],
      ["UDP", tcpFrame(b.mac, a.mac, { flags: ACK, proto: 17 }), false],
      ["IPv6 ethertype", tcpFrame(b.mac, a.mac, { flags: ACK, ethertype: 0x86dd }), false],
      ["later fragment", tcpFrame(b.mac, a.mac, { flags: ACK, fragOffset: 185 }), false],
    ];
    for (const [name, f, pure] of cases) expect(isPureTcpAck(f), name).toBe(pure);
    await pump(
      l,
      cases.map(([, f]) => f),
    );
    const kept = cases.filter(([, , pure]) => !pure).map(([, f]) => hex(f));
    expect(l.rx.map(hex)).toEqual(kept);
    expect(l.sw.portStats(l.b)?.dropped.ackLoss).toBe(cases.length - kept.length);
  });

  test.prop([fc.uint8Array({ maxLength: 120 })])("isPureTcpAck is total on garbage", (bytes) => {
    expect(typeof isPureTcpAck(bytes)).toBe("boolean");
    const f = new Uint8Array(bytes.length + 14);
    f.set(bytes, 14);
    f[12] = 0x08;
    f[13] = 0;
    expect(typeof isPureTcpAck(f)).toBe("boolean");
  });

  it("applies a switch-wide profile to every port without its own; setFaults changes it later", async () => {
    const clock = mockClock();
    const sw = createSwitch({ clock, faults: { loss: 1 } });
    const a = sw.connect({ faults: {} });
    const b = sw.connect();
    const ra = collect(a);
    const rb = collect(b);
    await send(a, frame(b.mac, a.mac, 1));
    await send(b, frame(a.mac, b.mac, 2));
    await settle();
    expect([seqs(ra), seqs(rb)]).toEqual([[2], []]);
    sw.setFaults(b, {});
    await send(a, frame(b.mac, a.mac, 3));
    await settle();
    expect(seqs(rb)).toEqual([3]);
    expect(() => sw.setFaults(netPair()[0], {})).toThrow(/not a port of this switch/);
  });

  it("every named profile is valid and lets traffic through", async () => {
    for (const [name, profile] of Object.entries(faultProfiles)) {
      expect(() => checkFaultProfile(profile), name).not.toThrow();
      const l = link(profile, 1);
      await pump(l, numbered(l, 100, 100), 100_000n);
      expect(l.rx.length, name).toBeGreaterThan(40);
    }
  });

  it("refuses bad profiles with a RangeError naming the field", () => {
    const bad: [FaultProfile, RegExp][] = [
      [{ loss: 1.5 }, /loss must be a probability/],
      [{ duplicate: -0.1 }, /duplicate/],
      [{ reorder: { probability: 0.1, maxDelayNs: 0n } }, /maxDelayNs/],
      [{ corrupt: { probability: 0.1, bytes: 0 } }, /corrupt.bytes/],
      [{ delayNs: { minNs: 5n, maxNs: 1n } }, /delayNs/],
      [{ delayNs: -1n }, /delayNs/],
      [{ blackout: { fromNs: 5n, untilNs: 1n } }, /blackout/],
      [{ mtu: 1.5 }, /mtu/],
      [{ trailingJunk: { probability: 1, maxBytes: 0 } }, /maxBytes/],
    ];
    for (const [p, re] of bad) expect(() => checkFaultProfile(p)).toThrow(re);
    const sw = createSwitch({ clock: mockClock() });
    expect(() => sw.connect({ faults: { loss: 2 } })).toThrow(/^Cannot use the fault profile: loss/);
  });
});

describe("faultyNet", () => {
  it("applies the profile on both directions by default, each with its own stream", async () => {
    const clock = mockClock();
    const [x, y] = netPair();
    const fx = faultyNet(x, { loss: 0.5 }, { clock, seed: 5 });
    const ry = collect(y);
    const rx = collect(fx);
    for (let i = 0; i < 400; i++) {
      await send(fx, frame(y.mac, x.mac, i));
      await send(y, frame(x.mac, y.mac, i));
    }
    await settle();
    const s = fx.faultStats();
    expect(s.tx.dropped.loss + ry.length).toBe(400);
    expect(s.rx.dropped.loss + rx.length).toBe(400);
    expect(s.tx.dropped.loss).toBeGreaterThan(140);
    expect(s.rx.dropped.loss).toBeGreaterThan(140);
    expect(s.tx.delivered).toBe(ry.length);
    expect(fx.stats().txPkts).toBe(400);
    expect(fx.stats().rxPkts).toBe(rx.length);
  });

  it("direction 'rx' leaves sent frames alone; 'tx' leaves received ones alone", async () => {
    const clock = mockClock();
    for (const direction of ["rx", "tx"] as const) {
      const [x, y] = netPair();
      const fx = faultyNet(x, { loss: 1 }, { clock, direction });
      const ry = collect(y);
      const rx = collect(fx);
      await send(fx, frame(y.mac, x.mac, 1));
      await send(y, frame(x.mac, y.mac, 2));
      await settle();
      expect([rx.length, ry.length], direction).toEqual(direction === "rx" ? [0, 1] : [1, 0]);
    }
  });

  it("delays on the mock clock and reproduces with a seed", async () => {
    const run = async () => {
      const clock = mockClock();
      const [x, y] = netPair();
      const fy = faultyNet(y, faultProfiles.mixed, { clock, seed: 9, direction: "rx" });
      const got = collect(fy);
      for (let i = 0; i < 200; i++) await send(x, frame(y.mac, x.mac, i, 80));
      await settle();
      for (let i = 0; i < 20; i++) await clock.advance(1n * MS);
      await settle();
      return got.map(hex);
    };
    const first = await run();
    expect(first.length).toBeGreaterThan(150);
    expect(await run()).toEqual(first);
  });

  it("counts a frame the wrapped interface refuses as an error", async () => {
    const clock = mockClock();
    const [x] = netPair();
    const fx = faultyNet(x, { delayNs: 1n * MS }, { clock });
    await send(fx, frame(macAddress.broadcast, x.mac, 1));
    await x.disconnect();
    await clock.advance(1n * MS);
    await settle();
    expect(fx.faultStats().tx.dropped.error).toBe(1);
  });
});
