import { describe, expect, it } from "vitest";
import { mockClock } from "@mirage/mirage-clock";
import { macAddress, netPair, type MacAddress } from "@mirage/mirage-net";
import { ArpCache, arpLayer } from "../src/arp.ts";
import { ethernetLayer } from "../src/ethernet.ts";
import { ArpRepr, type ArpRepr as ArpReprT } from "../src/wire/arp.ts";
import { ipv4Address } from "../src/wire/ipv4.ts";
import { collect, ctxOf, ethFrame, get, ip, mac, MS, SECOND, send, settle } from "./ipv4-helpers.ts";

const US = mac("02:00:00:00:00:01");
const PEER = mac("02:00:00:00:00:02");
const THIRD = mac("02:00:00:00:00:03");
const ME = ip("10.0.0.1");
const P = ip("10.0.0.2");
const Q = ip("10.0.0.3");
const ZERO = new Uint8Array(6) as MacAddress;

const arp = (operation: "request" | "reply", sha: MacAddress, spa: string, tha: MacAddress, tpa: string): ArpReprT => ({
  operation,
  senderHardwareAddr: sha,
  senderProtocolAddr: ip(spa),
  targetHardwareAddr: tha,
  targetProtocolAddr: ip(tpa),
});

const cache = (config = {}) => {
  const c = new ArpCache<string>(US, config);
  c.setAddresses([ME]);
  return c;
};

describe("ARP cache (sans-IO)", () => {
  it("a miss queues the write and asks once; later misses only queue; the 17th is refused and counted", () => {
    const c = cache();
    const q = c.query(P, 0n, "w0");
    expect(q).toEqual({ _tag: "Queued", request: arp("request", US, "10.0.0.1", ZERO, "10.0.0.2") });
    for (let i = 1; i < 16; i++) expect(c.query(P, 10n, `w${i}`)).toEqual({ _tag: "Queued", request: undefined });
    expect(c.query(P, 10n, "w16")).toEqual({ _tag: "Overflow", reason: "queue" });
    expect(c.stats()).toMatchObject({ queueOverflow: 1, txRequests: 1, entries: 1, pending: 1 });
    expect(c.pollAt()).toBe(SECOND);
  });

  it("retries 1 s apart, then fails every waiter at 3 s (3 requests)", () => {
    const c = cache();
    c.query(P, 0n, "a");
    c.query(P, 500n * MS, "b");
    expect(c.poll(SECOND - 1n)).toEqual({ requests: [], failed: [] });
    expect(c.poll(SECOND).requests).toEqual([arp("request", US, "10.0.0.1", ZERO, "10.0.0.2")]);
    expect(c.pollAt()).toBe(2n * SECOND);
    expect(c.poll(2n * SECOND).requests.length).toBe(1);
    expect(c.poll(3n * SECOND - 1n)).toEqual({ requests: [], failed: [] });
    expect(c.poll(3n * SECOND)).toEqual({ requests: [], failed: [{ ip: P, waiters: ["a", "b"] }] });
    expect(c.pollAt()).toBeUndefined();
    expect(c.stats()).toMatchObject({ txRequests: 3, timeouts: 1, entries: 0 });
    // A later query starts over.
    expect(c.query(P, 4n * SECOND, "c")._tag).toBe("Queued");
    expect(c.stats().txRequests).toBe(4);
  });

  it("a reply releases the waiters; the entry lives exactly 60 s", () => {
    const c = cache();
    c.query(P, 0n, "a");
    const r = c.input(arp("reply", PEER, "10.0.0.2", US, "10.0.0.1"), 100n);
    expect(r).toEqual({ resolved: { ip: P, mac: PEER, waiters: ["a"] } });
    expect(c.lookup(P, 100n + 60n * SECOND - 1n)).toEqual(PEER);
    expect(c.lookup(P, 100n + 60n * SECOND)).toBeUndefined();
    expect(c.query(P, 100n + 60n * SECOND, "b")._tag).toBe("Queued");
    expect(c.pollAt()).toBe(61n * SECOND + 100n);
  });

  it("an entry used in its last 5 s is refreshed once, by a request unicast to the MAC we have", () => {
    const c = cache();
    c.input(arp("request", PEER, "10.0.0.2", ZERO, "10.0.0.1"), 0n);
    expect(c.lookup(P, 55n * SECOND - 1n)).toEqual(PEER);
    expect(c.hasRefreshes()).toBe(false);
    expect(c.lookup(P, 55n * SECOND)).toEqual(PEER);
    expect(c.lookup(P, 56n * SECOND)).toEqual(PEER);
    expect(c.takeRefreshes()).toEqual([{ dst: PEER, request: arp("request", US, "10.0.0.1", ZERO, "10.0.0.2") }]);
    expect(c.takeRefreshes()).toEqual([]);
    // The answer renews the entry for 60 s from then.
    c.input(arp("reply", PEER, "10.0.0.2", US, "10.0.0.1"), 57n * SECOND);
    expect(c.lookup(P, 100n * SECOND)).toEqual(PEER);
    expect(c.hasRefreshes()).toBe(false);
    expect(c.lookup(P, 112n * SECOND)).toEqual(PEER);
    expect(c.takeRefreshes().length).toBe(1);
    expect(c.stats()).toMatchObject({ txRefreshes: 2, txRequests: 2 });
    // Unanswered, the entry still expires on time.
    expect(c.lookup(P, 117n * SECOND)).toBeUndefined();
  });

  it("answers requests for our address and learns the asker (merge rule: not merged, so added)", () => {
    const c = cache();
    const r = c.input(arp("request", PEER, "10.0.0.2", ZERO, "10.0.0.1"), 0n);
    expect(r).toEqual({ reply: arp("reply", US, "10.0.0.1", PEER, "10.0.0.2") });
    expect(c.lookup(P, 0n)).toEqual(PEER);
    expect(c.stats()).toMatchObject({ rxRequests: 1, txReplies: 1, learned: 1, updated: 0 });
  });

  it("does not learn from requests or replies for other hosts, but updates entries it has", () => {
    const c = cache();
    expect(c.input(arp("request", PEER, "10.0.0.2", ZERO, "10.0.0.3"), 0n)).toEqual({});
    expect(c.input(arp("reply", PEER, "10.0.0.2", THIRD, "10.0.0.3"), 0n)).toEqual({});
    expect(c.lookup(P, 0n)).toBeUndefined();
    expect(c.stats()).toMatchObject({ rxNotForUs: 1, learned: 0 });
    c.input(arp("request", PEER, "10.0.0.2", ZERO, "10.0.0.1"), 0n);
    // The peer moves to another MAC: its broadcast request for someone else updates us...
    c.input(arp("request", THIRD, "10.0.0.2", ZERO, "10.0.0.9"), 5n * SECOND);
    expect(c.lookup(P, 5n * SECOND)).toEqual(THIRD);
    // ...and so does a gratuitous ARP, which also refreshes the lifetime.
    c.input(arp("request", PEER, "10.0.0.2", ZERO, "10.0.0.2"), 30n * SECOND);
    expect(c.lookup(P, 89n * SECOND)).toEqual(PEER);
    expect(c.stats()).toMatchObject({ learned: 1, updated: 2 });
  });

  it("a gratuitous ARP resolves pending waiters", () => {
    const c = cache();
    c.query(Q, 0n, "x");
    expect(c.input(arp("request", THIRD, "10.0.0.3", ZERO, "10.0.0.3"), 1n)).toEqual({ resolved: { ip: Q, mac: THIRD, waiters: ["x"] } });
  });

  it("ignores our own MAC, multicast senders, and anyone claiming our address (counted)", () => {
    const c = cache();
    expect(c.input(arp("request", US, "10.0.0.7", ZERO, "10.0.0.1"), 0n)).toEqual({});
    expect(c.input(arp("request", macAddress.broadcast, "10.0.0.7", ZERO, "10.0.0.1"), 0n)).toEqual({});
    expect(c.input(arp("reply", PEER, "10.0.0.1", US, "10.0.0.1"), 0n)).toEqual({});
    expect(c.entries()).toEqual([]);
    expect(c.stats()).toMatchObject({ rxOwnMac: 1, rxBadSender: 1, rxConflicts: 1, learned: 0, txReplies: 0 });
  });

  it("answers an RFC 5227 probe (sender 0.0.0.0) without learning from it", () => {
    const c = cache();
    const r = c.input(arp("request", PEER, "0.0.0.0", ZERO, "10.0.0.1"), 0n);
    expect(r).toEqual({ reply: arp("reply", US, "10.0.0.1", PEER, "0.0.0.0") });
    expect(c.entries()).toEqual([]);
  });

  it("a full cache evicts the oldest resolved entry; full of pending ones it refuses", () => {
    const c = cache({ maxEntries: 2 });
    c.input(arp("request", PEER, "10.0.0.2", ZERO, "10.0.0.1"), 0n);
    c.input(arp("request", THIRD, "10.0.0.3", ZERO, "10.0.0.1"), 1n);
    c.input(arp("request", mac("02:00:00:00:00:04"), "10.0.0.4", ZERO, "10.0.0.1"), 2n);
    expect(c.entries().map((e) => ipv4Address.toString(e.ip))).toEqual(["10.0.0.3", "10.0.0.4"]);
    const d = cache({ maxEntries: 1 });
    d.query(P, 0n, "a");
    expect(d.query(Q, 0n, "b")).toEqual({ _tag: "Overflow", reason: "table" });
    expect(d.stats().tableFull).toBe(1);
  });

  it("an announcement is a broadcast-style request with sender = target", () => {
    expect(cache().announcement(ME)).toEqual(arp("request", US, "10.0.0.1", ZERO, "10.0.0.1"));
  });
});

describe("ARP layer over a Net", () => {
  const setup = () => {
    const clock = mockClock();
    const [net, peer] = netPair();
    const eth = ethernetLayer(net);
    void net.listen(eth.input);
    const layer = arpLayer(eth, ctxOf(clock));
    const frames = collect(peer);
    const arps = () => frames.filter((f) => f[12] === 0x08 && f[13] === 0x06).map((f) => get(ArpRepr.decode(f.subarray(14))));
    return { clock, net, peer, eth, layer, frames, arps };
  };
  const arpFrame = (dst: MacAddress, r: ArpReprT): Uint8Array => {
    const b = new Uint8Array(46); // padded to the Ethernet minimum, as on a real wire
    ArpRepr.emit(r, b);
    return ethFrame(dst, r.senderHardwareAddr, 0x0806, b);
  };

  it("announces a new address with a gratuitous ARP, once", async () => {
    const { layer, arps } = setup();
    layer.setAddresses([ME]);
    layer.setAddresses([ME]);
    await settle();
    expect(arps()).toEqual([arp("request", US, "10.0.0.1", ZERO, "10.0.0.1")]);
    expect(layer.stats().txGratuitous).toBe(1);
  });

  it("resolves through a request and the peer's reply", async () => {
    const { layer, peer, arps, frames } = setup();
    layer.setAddresses([ME]);
    const pending = layer.resolve(P);
    await settle();
    expect(arps()[1]).toEqual(arp("request", US, "10.0.0.1", ZERO, "10.0.0.2"));
    expect(frames[1]?.subarray(0, 6)).toEqual(macAddress.broadcast);
    await send(peer, arpFrame(US, arp("reply", PEER, "10.0.0.2", US, "10.0.0.1")));
    expect(await pending).toEqual({ _tag: "Right", right: PEER });
    expect(layer.lookup(P)).toEqual(PEER);
  });

  it("answers a request for our address, unicast to the asker", async () => {
    const { layer, peer, frames } = setup();
    layer.setAddresses([ME]);
    await send(peer, arpFrame(macAddress.broadcast, arp("request", PEER, "10.0.0.2", ZERO, "10.0.0.1")));
    await settle();
    const reply = frames[1] as Uint8Array;
    expect(reply.subarray(0, 6)).toEqual(PEER);
    expect(get(ArpRepr.decode(reply.subarray(14)))).toEqual(arp("reply", US, "10.0.0.1", PEER, "10.0.0.2"));
    expect(layer.lookup(P)).toEqual(PEER);
  });

  it("refreshes a used entry near its expiry with a unicast request", async () => {
    const { clock, layer, peer, frames, arps } = setup();
    layer.setAddresses([ME]);
    await send(peer, arpFrame(US, arp("request", PEER, "10.0.0.2", ZERO, "10.0.0.1")));
    await settle();
    await clock.advance(56n * SECOND);
    expect(layer.lookup(P)).toEqual(PEER);
    await settle();
    expect(arps().at(-1)).toEqual(arp("request", US, "10.0.0.1", ZERO, "10.0.0.2"));
    expect(frames.at(-1)?.subarray(0, 6)).toEqual(PEER);
  });

  it("sends 3 requests 1 s apart, then fails with ArpTimeout at 3 s", async () => {
    const { clock, layer, arps } = setup();
    layer.setAddresses([ME]);
    let result: unknown;
    void layer.resolve(Q).then((r) => (result = r));
    await settle();
    expect(arps().length).toBe(2);
    await clock.advance(SECOND - 1n);
    await settle();
    expect(arps().length).toBe(2);
    await clock.advance(1n);
    await settle();
    expect(arps().length).toBe(3);
    await clock.advance(SECOND);
    await settle();
    expect(arps().length).toBe(4);
    await clock.advance(SECOND - 1n);
    await settle();
    expect(result).toBeUndefined();
    await clock.advance(1n);
    await settle();
    expect(result).toMatchObject({ _tag: "Left", left: { _tag: "ArpTimeout", dst: Q } });
    expect(arps().length).toBe(4);
    expect(clock.pendingSleepers()).toBe(0);
    expect(layer.stats()).toMatchObject({ timeouts: 1, txRequests: 3 });
  });

  it("refuses writes beyond the queue limit at once; disconnect fails the waiting ones and stops the timer", async () => {
    const { clock, layer } = setup();
    layer.setAddresses([ME]);
    const waits = Array.from({ length: 17 }, () => layer.resolve(Q));
    const last = await waits[16];
    expect(last).toMatchObject({ _tag: "Left", left: { _tag: "ArpTimeout" } });
    expect(layer.stats().queueOverflow).toBe(1);
    expect(clock.pendingSleepers()).toBe(1);
    layer.disconnect();
    for (const w of waits.slice(0, 16)) expect(await w).toMatchObject({ _tag: "Left", left: { _tag: "Disconnected" } });
    expect(clock.pendingSleepers()).toBe(0);
  });

  it("drops malformed ARP and counts it", async () => {
    const { layer, peer } = setup();
    await send(peer, ethFrame(macAddress.broadcast, PEER, 0x0806, new Uint8Array(7)));
    const bad = new Uint8Array(28);
    ArpRepr.emit(arp("request", PEER, "10.0.0.2", ZERO, "10.0.0.1"), bad);
    bad[1] = 6; // hardware type 6 (IEEE 802)
    await send(peer, ethFrame(macAddress.broadcast, PEER, 0x0806, bad));
    await settle();
    expect(layer.stats().rxMalformed).toBe(2);
  });
});
