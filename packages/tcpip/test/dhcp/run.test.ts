import { describe, expect, it } from "vitest";
import { mockClock, type MockClock } from "@mirage/mirage-clock";
import type { DhcpEvent } from "../../src/dhcp/client.ts";
import { runDhcp, type DhcpRunOptions, type DhcpTransport } from "../../src/dhcp/run.ts";
import { DhcpMessageType as T, DhcpRepr, type DhcpRepr as Repr } from "../../src/wire/dhcp.ts";
import { ipv4Address, type Ipv4Address } from "../../src/wire/ipv4.ts";
import { get } from "../wire/helpers.ts";
import { ADDR, MAC, reply, s, SERVER } from "./harness.ts";

interface Sent {
  readonly at: number;
  readonly dst: string;
  readonly type: number;
}

const typeName = (t: number): string => Object.entries(T).find(([, v]) => v === t)?.[0] ?? String(t);

/** A transport wired to a scripted server: `answer` maps each request to a reply (or none). */
const fakeNet = (clock: MockClock) => {
  const sent: Sent[] = [];
  let rx: ((b: Uint8Array, from?: Ipv4Address) => void) | undefined;
  const state = {
    answer: (m: Repr): Repr | undefined =>
      m.messageType === T.Discover ? reply(m, T.Offer) : m.messageType === T.Request ? reply(m, T.Ack) : undefined,
    failSends: false,
  };
  const deliver = (bytes: Uint8Array): void => rx?.(bytes, SERVER);
  const transport: DhcpTransport = {
    async send(dst, bytes) {
      if (state.failSends) throw new Error("link down");
      const m = get(DhcpRepr.decode(bytes));
      sent.push({ at: Number(clock.nowNs()) / 1e9, dst: ipv4Address.toString(dst), type: m.messageType });
      const r = state.answer(m);
      if (r !== undefined) {
        const out = new Uint8Array(DhcpRepr.bufferLen(r));
        DhcpRepr.emit(r, out);
        queueMicrotask(() => deliver(out));
      }
    },
    onReceive(cb) {
      rx = cb;
    },
  };
  return { sent, state, transport, deliver };
};

const setup = (over: Partial<DhcpRunOptions> = {}, silent = false) => {
  const clock = mockClock();
  const net = fakeNet(clock);
  const willing = net.state.answer;
  if (silent) net.state.answer = () => undefined;
  const events: DhcpEvent[] = [];
  const logs: string[] = [];
  const log = (level: string) => (msg: string) => void logs.push(`${level}: ${msg}`);
  const runner = runDhcp({
    mac: MAC,
    random: () => 0.5,
    transport: net.transport,
    mclock: clock.mclock,
    sleep: clock.sleep,
    onLease: (e) => void events.push(e),
    logger: { debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") },
    ...over,
  });
  return { clock, net, events, logs, runner, willing };
};

const settle = async (): Promise<void> => {
  for (let i = 0; i < 10; i++) await new Promise<void>((r) => setImmediate(r));
};

const sends = (xs: readonly Sent[]) => xs.map((x) => [x.at, typeName(x.type), x.dst]);

describe("runDhcp", () => {
  it("binds at once against a willing server, renews at T1 by unicast, keeps one timer", async () => {
    const { clock, net, events, runner } = setup();
    const lease = await runner.bound();
    expect(lease).toMatchObject({ cidr: { address: ADDR, prefixLen: 24 }, gateway: SERVER, server: SERVER, expiresAt: s(3600) });
    expect(events.map((e) => e._tag)).toEqual(["Bound"]);
    expect(sends(net.sent)).toEqual([
      [0, "Discover", "255.255.255.255"],
      [0, "Request", "255.255.255.255"],
    ]);
    expect(clock.pendingSleepers()).toBe(1);
    await clock.advance(s(1800));
    await settle();
    expect(sends(net.sent.slice(2))).toEqual([[1800, "Request", "192.168.56.1"]]);
    expect(events.map((e) => e._tag)).toEqual(["Bound", "Renewed"]);
    expect(events[1]).toMatchObject({ acquiredAt: s(1800), expiresAt: s(5400) });
    expect(clock.pendingSleepers()).toBe(1);
    expect(await runner.bound()).toMatchObject({ acquiredAt: s(1800) });
    runner.stop();
    expect(clock.pendingSleepers()).toBe(0);
  });

  it("retransmits on the virtual clock while nobody answers, then binds when the server wakes up", async () => {
    const { clock, net, events, runner, willing } = setup({}, true);
    await clock.advance(s(30));
    expect(sends(net.sent).map(([t]) => t)).toEqual([0, 4, 12, 28]);
    expect(clock.pendingSleepers()).toBe(1);
    net.state.answer = willing;
    await clock.advance(s(30));
    await settle();
    expect(sends(net.sent.slice(4))).toEqual([
      [60, "Discover", "255.255.255.255"],
      [60, "Request", "255.255.255.255"],
    ]);
    expect(events).toHaveLength(1);
    expect(runner.client.state()).toBe("Bound");
    runner.stop();
  });

  it("loses the lease when nobody answers renewals, tells the stack, and starts over", async () => {
    const { clock, net, events, runner } = setup();
    await runner.bound();
    net.state.answer = () => undefined;
    await clock.advance(s(3600));
    await settle();
    expect(events.map((e) => e._tag)).toEqual(["Bound", "Lost"]);
    expect(events[1]).toMatchObject({ reason: "Expired", cidr: { address: ADDR } });
    const after = sends(net.sent.slice(2));
    expect(after[0]).toEqual([1800, "Request", "192.168.56.1"]);
    expect(after.filter(([, , d]) => d === "255.255.255.255").map(([t, ty]) => [t, ty])).toEqual([
      [3150, "Request"],
      [3375, "Request"],
      [3487.5, "Request"],
      [3547.5, "Request"],
      [3600, "Discover"],
    ]);
    expect(runner.client.state()).toBe("Selecting");
    runner.stop();
  });

  it("counts malformed input and failed sends; a throwing handler is logged, not propagated", async () => {
    const { net, runner, logs } = setup({
      onLease: () => {
        throw new Error("boom");
      },
    });
    await runner.bound();
    net.deliver(new Uint8Array(10));
    net.deliver(new Uint8Array(300));
    expect(runner.stats()).toMatchObject({ rxMalformed: 2, rxAcks: 1 });
    expect(logs).toContain("error: the DHCP lease handler threw");
    net.state.failSends = true;
    await runner.release();
    expect(runner.stats()).toMatchObject({ txErrors: 1, txReleases: 1 });
  });

  it("release sends RELEASE to the server, reports Lost, and stops for good", async () => {
    const { clock, net, events, runner } = setup();
    await runner.bound();
    await runner.release();
    expect(sends(net.sent.slice(2))).toEqual([[0, "Release", "192.168.56.1"]]);
    expect(events.map((e) => e._tag)).toEqual(["Bound", "Lost"]);
    expect(clock.pendingSleepers()).toBe(0);
    net.deliver(new Uint8Array(300));
    await clock.advance(s(10_000));
    expect(net.sent).toHaveLength(3);
    expect(runner.stats().rxMalformed).toBe(0);
  });
});
