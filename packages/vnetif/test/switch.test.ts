import { describe, expect, it } from "vitest";
import { macAddress, type Net } from "@mirage/mirage-net";
import { mockClock } from "@mirage/mirage-clock";
import { createSwitch } from "../src/index.ts";
import { collect, frame, mac, send, seqOf, settle } from "./helpers.ts";

const fourPorts = () => {
  const sw = createSwitch({ clock: mockClock() });
  const ports = [sw.connect(), sw.connect(), sw.connect(), sw.connect()] as const;
  const rx = ports.map(collect);
  return { sw, ports, rx };
};

const seqs = (frames: readonly Uint8Array[]): number[] => frames.map(seqOf);

describe("learning switch", () => {
  it("gives ports distinct default MACs 02:00:00:00:00:01, ...", () => {
    const { ports } = fourPorts();
    expect(ports.map((p) => macAddress.toString(p.mac))).toEqual(["02:00:00:00:00:01", "02:00:00:00:00:02", "02:00:00:00:00:03", "02:00:00:00:00:04"]);
    expect(ports.every((p) => p.kind === "net" && p.mtu === 1500)).toBe(true);
  });

  it("sends unicast to a port's MAC only to that port", async () => {
    const { ports, rx } = fourPorts();
    const [a, b] = ports;
    await send(a, frame(b.mac, a.mac, 1));
    await send(b, frame(a.mac, b.mac, 2));
    await settle();
    expect(rx.map(seqs)).toEqual([[2], [1], [], []]);
  });

  it("floods broadcast and multicast to every port but the sender", async () => {
    const { ports, rx } = fourPorts();
    const [a, , c] = ports;
    await send(a, frame(macAddress.broadcast, a.mac, 1));
    await send(c, frame(mac("01:00:5e:00:00:fb"), c.mac, 2));
    await settle();
    expect(rx.map(seqs)).toEqual([[2], [1, 2], [1], [1, 2]]);
  });

  it("floods unknown unicast, then learns the source MAC and forwards to it only", async () => {
    const { sw, ports, rx } = fourPorts();
    const [a, b, c, d] = ports;
    const x = mac("02:aa:00:00:00:01"); // a host behind port c (say, a bridge)
    await send(a, frame(x, a.mac, 1)); // unknown: flooded
    await settle();
    expect(rx.map(seqs)).toEqual([[], [1], [1], [1]]);
    await send(c, frame(a.mac, x, 2)); // c now known as x's port
    await send(b, frame(x, b.mac, 3));
    await send(d, frame(x, d.mac, 4));
    await settle();
    expect(rx.map(seqs)).toEqual([[2], [1], [1, 3, 4], [1]]);
    expect(sw.macTable().get("02:aa:00:00:00:01")).toBe(2);
    // x moves to port d
    await send(d, frame(macAddress.broadcast, x, 5));
    await send(a, frame(x, a.mac, 6));
    await settle();
    expect(seqs(rx[3] ?? [])).toEqual([1, 6]);
    expect(seqs(rx[2] ?? [])).toEqual([1, 3, 4, 5]);
    expect(sw.macTable().get("02:aa:00:00:00:01")).toBe(3);
  });

  it("never sends a frame back out of the port it came from", async () => {
    const { sw, ports, rx } = fourPorts();
    const [a] = ports;
    await send(a, frame(a.mac, a.mac, 1)); // to itself: filtered
    const y = mac("02:bb:00:00:00:01");
    await send(a, frame(macAddress.broadcast, y, 2)); // y learned on a
    await send(a, frame(y, a.mac, 3)); // to y, which is behind a: filtered
    await settle();
    expect(rx.map(seqs)).toEqual([[], [2], [2], [2]]);
    expect(sw.stats().filtered).toBe(2);
    expect(sw.stats().flooded).toBe(1);
  });

  it("does not let learning override a port's own MAC, nor learn multicast sources", async () => {
    const { sw, ports, rx } = fourPorts();
    const [a, b, c] = ports;
    await send(c, frame(macAddress.broadcast, b.mac, 1)); // c spoofs b
    await send(c, frame(macAddress.broadcast, mac("03:00:00:00:00:09"), 2));
    await send(a, frame(b.mac, a.mac, 3));
    await settle();
    expect(seqs(rx[1] ?? [])).toEqual([1, 2, 3]);
    expect(seqs(rx[2] ?? [])).toEqual([]);
    expect(sw.macTable().get("02:00:00:00:00:02")).toBe(1);
    expect(sw.macTable().has("03:00:00:00:00:09")).toBe(false);
  });

  it("forgets a disconnected port: its frames flood, in-flight frames to it are counted", async () => {
    const { sw, ports, rx } = fourPorts();
    const [a, b] = ports;
    const inFlight = send(a, frame(b.mac, a.mac, 1));
    await b.disconnect();
    await inFlight;
    await send(a, frame(b.mac, a.mac, 2)); // unknown now: flooded to c and d
    await settle();
    expect(rx.map(seqs)).toEqual([[], [], [2], [2]]);
    expect(sw.portStats(b)?.dropped.disconnected).toBe(1);
    expect(sw.portStats(b)?.connected).toBe(false);
    expect(sw.macTable().has(macAddress.toString(b.mac))).toBe(false);
  });

  it("delivers on a later turn, never inside write or inside the writer's onFrame", async () => {
    const sw = createSwitch({ clock: mockClock() });
    const a = sw.connect();
    const b = sw.connect();
    let depth = 0;
    let maxDepth = 0;
    let bounces = 0;
    const onFrame = (self: Net, peer: Net) => (f: Uint8Array) => {
      depth++;
      maxDepth = Math.max(maxDepth, depth);
      const n = seqOf(f);
      if (n < 50) {
        bounces++;
        void send(self, frame(peer.mac, self.mac, n + 1));
      }
      depth--;
    };
    void a.listen(onFrame(a, b));
    void b.listen(onFrame(b, a));
    const w = send(a, frame(b.mac, a.mac, 0));
    expect(b.stats().rxPkts).toBe(0);
    await w;
    await settle();
    expect(bounces).toBe(50);
    expect(maxDepth).toBe(1);
  });

  it("keeps order and bytes for many frames of every size, and counts them", async () => {
    const sw = createSwitch({ clock: mockClock(), mtu: 9000 });
    const a = sw.connect();
    const b = sw.connect();
    const rx = collect(b);
    const sent: Uint8Array[] = [];
    for (let i = 0; i < 2000; i++) {
      const f = frame(b.mac, a.mac, i, 18 + ((i * 7919) % (9014 - 18 + 1)));
      sent.push(f);
      void send(a, f);
    }
    await settle();
    expect(rx.length).toBe(sent.length);
    rx.forEach((f, i) => expect(Buffer.from(f).equals(Buffer.from(sent[i] ?? new Uint8Array()))).toBe(true));
    const total = sent.reduce((s, f) => s + f.length, 0);
    expect(b.stats()).toEqual({ rxBytes: BigInt(total), rxPkts: 2000, txBytes: 0n, txPkts: 0, rxDropped: 0 });
    expect(sw.portStats(b)).toMatchObject({ delivered: 2000, deliveredBytes: total, port: 1, mac: "02:00:00:00:00:02" });
    sw.resetStats();
    expect(sw.portStats(b)?.delivered).toBe(0);
  });

  it("counts frames for a port with no listener, and runts, as dropped", async () => {
    const sw = createSwitch({ clock: mockClock() });
    const a = sw.connect();
    const b = sw.connect();
    const c = sw.connect();
    collect(c);
    await send(a, frame(b.mac, a.mac, 1));
    await send(a, new Uint8Array(5)); // a runt: flooded, dropped by every receiver
    await settle();
    expect(sw.portStats(b)?.dropped).toMatchObject({ noListener: 1, runt: 1 });
    expect(b.stats().rxDropped).toBe(2);
    expect(sw.portStats(c)?.dropped.runt).toBe(1);
    expect(sw.stats().received).toBe(2);
  });

  it("drops frames larger than the receiving port's MTU", async () => {
    const sw = createSwitch({ clock: mockClock() });
    const a = sw.connect({ mtu: 9000 });
    const b = sw.connect({ mtu: 1500 });
    const rx = collect(b);
    await send(a, frame(b.mac, a.mac, 1, 1514));
    await send(a, frame(b.mac, a.mac, 2, 1515));
    await settle();
    expect(seqs(rx)).toEqual([1]);
    expect(sw.portStats(b)?.dropped.mtu).toBe(1);
  });

  it("refuses a duplicate or multicast port MAC, and a bad MTU, as bugs", () => {
    const sw = createSwitch({ clock: mockClock() });
    sw.connect({ mac: mac("02:00:00:00:00:02") });
    expect(() => sw.connect({ mac: mac("02:00:00:00:00:02") })).toThrow(/another port has MAC 02:00:00:00:00:02/);
    expect(() => sw.connect({ mac: mac("01:00:00:00:00:02") })).toThrow(/unicast/);
    expect(() => sw.connect({ mtu: -5 })).toThrow(/MTU/);
    // default MACs skip the taken one
    expect(macAddress.toString(sw.connect().mac)).toBe("02:00:00:00:00:01");
    expect(macAddress.toString(sw.connect().mac)).toBe("02:00:00:00:00:03");
    expect(() => createSwitch({ clock: mockClock(), seed: Number.NaN })).toThrow(/seed/);
  });

  it("delivers zero-delay frames without the clock moving", async () => {
    const clock = mockClock();
    const sw = createSwitch({ clock });
    const a = sw.connect();
    const b = sw.connect();
    const rx = collect(b);
    await send(a, frame(b.mac, a.mac, 1));
    await Promise.resolve();
    await Promise.resolve();
    expect(seqs(rx)).toEqual([1]);
    expect(clock.nowNs()).toBe(0n);
    expect(sw.pending()).toBe(0);
  });

  it("with a macrotask defer, endless ping-pong between two ports does not starve timers", async () => {
    const sw = createSwitch({ clock: mockClock(), defer: (f) => setImmediate(f) });
    const a = sw.connect();
    const b = sw.connect();
    let bounces = 0;
    const echo = (self: Net, peer: Net) => (f: Uint8Array) => {
      bounces++;
      void send(self, frame(peer.mac, self.mac, seqOf(f) + 1));
    };
    void a.listen(echo(a, b));
    void b.listen(echo(b, a));
    await send(a, frame(b.mac, a.mac, 0));
    await Promise.resolve();
    await Promise.resolve();
    expect(bounces).toBe(0); // not on a microtask
    await new Promise((r) => setTimeout(r, 20)); // a timer fires while frames keep bouncing
    await a.disconnect();
    await b.disconnect();
    expect(bounces).toBeGreaterThan(10);
  });
});
