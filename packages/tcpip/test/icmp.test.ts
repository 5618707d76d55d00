import { describe, expect, it } from "vitest";
import { mockClock } from "@mirage/mirage-clock";
import { macAddress, netPair, type MacAddress } from "@mirage/mirage-net";
import { directIpStack } from "../src/ip-stack.ts";
import { ArpRepr } from "../src/wire/arp.ts";
import { Icmpv4Repr } from "../src/wire/icmpv4.ts";
import { Ipv4Packet, Ipv4Repr, ipv4Address } from "../src/wire/ipv4.ts";
import {
  bytes,
  cidr,
  collect,
  ctxOf,
  echoRequest,
  ethFrame,
  get,
  ip,
  ipOf,
  ipPacket,
  mac,
  SECOND,
  send,
  settle,
  stackPair,
  udpPacket,
} from "./ipv4-helpers.ts";

const PEER = mac("02:00:00:00:00:02");

/** Our stack at 10.0.0.1/24 with a raw peer at 10.0.0.2 whose MAC it already knows. */
const setup = async (icmp = {}) => {
  const clock = mockClock();
  const [net, peer] = netPair();
  const stack = directIpStack(net, ctxOf(clock), { cidr: cidr("10.0.0.1/24"), icmp });
  const frames = collect(peer);
  const a = new Uint8Array(28);
  ArpRepr.emit({ operation: "reply", senderHardwareAddr: PEER, senderProtocolAddr: ip("10.0.0.2"), targetHardwareAddr: net.mac, targetProtocolAddr: ip("10.0.0.1") }, a);
  const inject = (packet: Uint8Array, dstMac: MacAddress = net.mac) => send(peer, ethFrame(dstMac, PEER, 0x0800, packet));
  stack.arp.resolve(ip("10.0.0.2")); // a pending entry, so the reply below is learned
  await send(peer, ethFrame(net.mac, PEER, 0x0806, a));
  await settle();
  frames.length = 0;
  const icmpOut = () =>
    frames
      .map((f) => ipOf(f))
      .filter((p): p is Uint8Array => p !== undefined && p[9] === 1)
      .map((p) => ({ ip: get(Ipv4Repr.decode(p)), icmp: get(Icmpv4Repr.decode(get(Ipv4Packet.of(p)).payload())), raw: p }));
  return { clock, net, peer, stack, frames, inject, icmpOut };
};

const fromPeer = (payload: Uint8Array, o: { dst?: string; protocol?: number; fragOffset?: number; moreFrags?: boolean } = {}) =>
  ipPacket({ src: ip("10.0.0.2"), dst: ip(o.dst ?? "10.0.0.1"), protocol: o.protocol ?? 1, payload, fragOffset: o.fragOffset ?? 0, moreFrags: o.moreFrags ?? false });

describe("ICMP echo", () => {
  it("answers an echo request with the same id, sequence number and data, from the address asked", async () => {
    const s = await setup();
    const data = bytes(56);
    await s.inject(fromPeer(echoRequest(0xbeef, 7, data)));
    await settle();
    const out = s.icmpOut();
    expect(out.length).toBe(1);
    expect(out[0]?.ip).toMatchObject({ src: ip("10.0.0.1"), dst: ip("10.0.0.2"), protocol: 1, ttl: 64 });
    expect(out[0]?.icmp).toEqual({ type: "echoReply", ident: 0xbeef, seqNo: 7, data });
    expect(s.stack.stats().icmp).toMatchObject({ rx: { echoRequests: 1 }, tx: { echoReplies: 1 } });
  });

  it("ignores echo requests to broadcast addresses, with bad checksums, or truncated; counts other types", async () => {
    const s = await setup();
    await s.inject(fromPeer(echoRequest(1, 1, bytes(8)), { dst: "10.0.0.255" }), macAddress.broadcast);
    await s.inject(fromPeer(echoRequest(1, 2, bytes(8)), { dst: "255.255.255.255" }), macAddress.broadcast);
    await s.inject(fromPeer(echoRequest(1, 3, bytes(8))), macAddress.broadcast); // unicast IP in a link broadcast
    const bad = echoRequest(1, 4, bytes(8));
    bad[9] = (bad[9] as number) ^ 1;
    await s.inject(fromPeer(bad));
    await s.inject(fromPeer(new Uint8Array(5)));
    // A timestamp request (type 13): counted as "other", not answered.
    const c = Icmpv4Repr.bufferLen({ type: "other", icmpType: 13, code: 0, restOfHeader: 0, data: new Uint8Array(12) });
    const tsMsg = new Uint8Array(c);
    Icmpv4Repr.emit({ type: "other", icmpType: 13, code: 0, restOfHeader: 0, data: new Uint8Array(12) }, tsMsg);
    await s.inject(fromPeer(tsMsg));
    await settle();
    expect(s.icmpOut()).toEqual([]);
    expect(s.stack.stats().icmp.rx).toMatchObject({
      messages: 6,
      echoRequests: 3,
      other: 1,
      dropped: { echoIgnored: 3, badChecksum: 1, truncated: 1 },
    });
  });

  it("ping between two stacks: the reply comes back with the data and an RTT", async () => {
    const { a, b } = stackPair();
    const r = await a.icmp.ping(ip("10.0.0.2"), { data: bytes(100), seqNo: 3 });
    const reply = get(r);
    expect(reply).toMatchObject({ from: ip("10.0.0.2"), seqNo: 3, rttNs: 0n });
    expect(reply.data).toEqual(bytes(100));
    // A large ping fragments both ways.
    expect(get(await a.icmp.ping(ip("10.0.0.2"), { data: bytes(4000) })).data).toEqual(bytes(4000));
    expect(b.stats().icmp.tx.echoReplies).toBe(2);
    expect(a.arp.lookup(ip("10.0.0.2"))).toEqual(b.ethernet.mac);
  });

  it("ping times out on the mock clock when nobody answers", async () => {
    const { a, b, clock } = stackPair({ b: { icmp: { echoReply: false } } });
    let r: unknown;
    void a.icmp.ping(ip("10.0.0.2"), { timeoutNs: 2n * SECOND }).then((x) => (r = x));
    await settle();
    await clock.advance(2n * SECOND - 1n);
    await settle();
    expect(r).toBeUndefined();
    await clock.advance(1n);
    await settle();
    expect(r).toMatchObject({ _tag: "Left", left: { _tag: "Timeout" } });
    expect(b.stats().icmp.rx.dropped.echoIgnored).toBe(1);
  });
});

describe("ICMP errors", () => {
  it("port unreachable quotes the original IP header and 8 bytes of the datagram", async () => {
    const s = await setup();
    const dgram = fromPeer(udpPacket(ip("10.0.0.2"), ip("10.0.0.1"), 5353, 9, bytes(30)), { protocol: 17 });
    await s.inject(dgram);
    await settle();
    const out = s.icmpOut();
    expect(out.length).toBe(1);
    expect(out[0]?.ip).toMatchObject({ src: ip("10.0.0.1"), dst: ip("10.0.0.2") });
    const m = get(Ipv4Packet.of(out[0]!.raw)).payload();
    expect([m[0], m[1]]).toEqual([3, 3]);
    expect(m.subarray(8)).toEqual(dgram.subarray(0, 28));
    expect(out[0]?.icmp).toMatchObject({ type: "destUnreachable", code: 3, header: { src: ip("10.0.0.2"), dst: ip("10.0.0.1"), protocol: 17 } });
  });

  it("protocol unreachable for a protocol nobody handles (not for broadcasts)", async () => {
    const s = await setup();
    const sctp = fromPeer(bytes(12), { protocol: 132 });
    await s.inject(sctp);
    await s.inject(fromPeer(bytes(12), { protocol: 132, dst: "10.0.0.255" }), macAddress.broadcast);
    await settle();
    const out = s.icmpOut();
    expect(out.length).toBe(1);
    expect(out[0]?.icmp).toMatchObject({ type: "destUnreachable", code: 2, header: { protocol: 132 } });
    expect(get(Ipv4Packet.of(out[0]!.raw)).payload().subarray(8)).toEqual(sctp.subarray(0, 28));
    expect(s.stack.stats().ipv4.rx.dropped.unknownProtocol).toBe(2);
    expect(s.stack.stats().icmp.tx.suppressed).toBe(1);
  });

  it("never about broadcasts, link broadcasts, non-initial fragments or ICMP errors (RFC 1122)", async () => {
    const s = await setup();
    const udp = udpPacket(ip("10.0.0.2"), ip("10.0.0.255"), 1, 9, bytes(4));
    await s.inject(fromPeer(udp, { protocol: 17, dst: "10.0.0.255" }), macAddress.broadcast);
    await s.inject(fromPeer(udpPacket(ip("10.0.0.2"), ip("10.0.0.1"), 1, 9, bytes(4)), { protocol: 17 }), macAddress.broadcast);
    const h = new Uint8Array(20);
    h.set(fromPeer(new Uint8Array(8), { protocol: 1 }).subarray(0, 20));
    expect(s.stack.icmp.sendError("destUnreachable", 3, h, new Uint8Array([3, 3, 0, 0, 0, 0, 0, 0]))).toBe(false); // about an ICMP error
    expect(s.stack.icmp.sendError("destUnreachable", 3, h, new Uint8Array([8, 0, 0, 0, 0, 0, 0, 0]))).toBe(true); // about an echo: fine
    const later = fromPeer(new Uint8Array(8), { protocol: 17, fragOffset: 8 }).subarray(0, 20);
    expect(s.stack.icmp.sendError("destUnreachable", 3, later, new Uint8Array(8))).toBe(false);
    const fromBroadcast = ipPacket({ src: ip("10.0.0.255"), dst: ip("10.0.0.1"), protocol: 17, payload: new Uint8Array(8) }).subarray(0, 20);
    expect(s.stack.icmp.sendError("destUnreachable", 3, fromBroadcast, new Uint8Array(8))).toBe(false);
    await settle();
    expect(s.icmpOut().length).toBe(1);
    expect(s.stack.stats().icmp.tx).toMatchObject({ destUnreachable: 1, suppressed: 5 });
    expect(s.stack.stats().udp.rx.dropped.noListener).toBe(2);
  });

  it("rate-limits the errors it sends: a burst of 10, then 10 per second", async () => {
    const s = await setup();
    const d = fromPeer(udpPacket(ip("10.0.0.2"), ip("10.0.0.1"), 1, 9, bytes(4)), { protocol: 17 });
    for (let i = 0; i < 15; i++) await s.inject(d);
    await settle();
    expect(s.icmpOut().length).toBe(10);
    await s.clock.advance(SECOND / 10n);
    await s.inject(d);
    await s.inject(d);
    await settle();
    expect(s.icmpOut().length).toBe(11);
    expect(s.stack.stats().icmp.tx.rateLimited).toBe(6);
  });

  it("errors received are counted and handed to listeners", async () => {
    const { a, b } = stackPair();
    const seen: string[] = [];
    a.icmp.onError((e) => seen.push(`${e.type}/${e.code} from ${ipv4Address.toString(e.from)} about port ${((e.data[2] ?? 0) << 8) | (e.data[3] ?? 0)}`));
    await a.udp.write({ address: ip("10.0.0.2"), port: 4242 }, bytes(10), { srcPort: 5000 });
    await settle();
    expect(seen).toEqual(["destUnreachable/3 from 10.0.0.2 about port 4242"]);
    expect(a.stats().icmp.rx).toMatchObject({ destUnreachable: 1, portUnreachable: 1 });
    expect(b.stats().icmp.tx.destUnreachable).toBe(1);
  });
});
