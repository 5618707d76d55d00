import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { mockClock } from "@mirage/mirage-clock";
import { macAddress, netPair, type MacAddress } from "@mirage/mirage-net";
import { directIpStack, type DirectIpStackOptions } from "../src/ip-stack.ts";
import { ArpRepr } from "../src/wire/arp.ts";
import { checksum } from "../src/wire/checksum.ts";
import { Ipv4Packet, Ipv4Repr, ipv4Address, type Ipv4Address } from "../src/wire/ipv4.ts";
import {
  bytes,
  cidr,
  collect,
  ctxOf,
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
} from "./ipv4-helpers.ts";

const PEER = mac("02:00:00:00:00:02");
const GW = mac("02:00:00:00:00:fe");
const EXP = 253; // RFC 3692 experimental protocol number

/** A stack on a netPair whose other end is a raw peer the test drives. */
const setup = (options: DirectIpStackOptions = { cidr: cidr("10.0.0.1/24"), gateway: ip("10.0.0.254") }, mtu = 1500) => {
  const clock = mockClock();
  const [net, peer] = netPair({ mtu });
  const stack = directIpStack(net, ctxOf(clock), options);
  const frames = collect(peer);
  const ipFrames = () => frames.filter((f) => ipOf(f) !== undefined);
  const arpRequests = () =>
    frames.filter((f) => f[12] === 0x08 && f[13] === 0x06).map((f) => get(ArpRepr.decode(f.subarray(14))));
  const arpReply = (from: MacAddress, fromIp: string, toIp = "10.0.0.1") => {
    const b = new Uint8Array(28);
    ArpRepr.emit(
      { operation: "reply", senderHardwareAddr: from, senderProtocolAddr: ip(fromIp), targetHardwareAddr: net.mac, targetProtocolAddr: ip(toIp) },
      b,
    );
    return send(peer, ethFrame(net.mac, from, 0x0806, b));
  };
  const inject = (packet: Uint8Array, dstMac: MacAddress = net.mac) => send(peer, ethFrame(dstMac, PEER, 0x0800, packet));
  const received: { src: string; dst: string; payload: Uint8Array; header: Uint8Array | undefined }[] = [];
  stack.ip.register(EXP, (src, dst, payload) =>
    received.push({ src: ipv4Address.toString(src), dst: ipv4Address.toString(dst), payload: payload.slice(), header: stack.ip.inputHeader()?.slice() }),
  );
  return { clock, net, peer, stack, frames, ipFrames, arpRequests, arpReply, inject, received };
};

const fillWith = (data: Uint8Array) => (b: Uint8Array) => b.set(data);

describe("IPv4 send: routing", () => {
  it("goes on-link to the destination, off-link via the gateway (ARP for the next hop)", async () => {
    const s = setup();
    const w1 = s.stack.ip.write(ip("10.0.0.2"), EXP, 4, fillWith(bytes(4)));
    await settle();
    expect(s.arpRequests().at(-1)?.targetProtocolAddr).toBe(ip("10.0.0.2"));
    await s.arpReply(PEER, "10.0.0.2");
    expect((await w1)._tag).toBe("Right");
    const w2 = s.stack.ip.write(ip("8.8.8.8"), EXP, 4, fillWith(bytes(4)));
    await settle();
    expect(s.arpRequests().at(-1)?.targetProtocolAddr).toBe(ip("10.0.0.254"));
    await s.arpReply(GW, "10.0.0.254");
    expect((await w2)._tag).toBe("Right");
    await settle();
    const [f1, f2] = s.ipFrames();
    expect(f1?.subarray(0, 6)).toEqual(PEER);
    expect(get(Ipv4Repr.decode(ipOf(f1!)!)).dst).toBe(ip("10.0.0.2"));
    expect(f2?.subarray(0, 6)).toEqual(GW);
    expect(get(Ipv4Repr.decode(ipOf(f2!)!))).toMatchObject({ src: ip("10.0.0.1"), dst: ip("8.8.8.8") });
    expect(s.stack.ip.source(ip("8.8.8.8"))).toBe(ip("10.0.0.1"));
  });

  it("without a gateway, off-link is NoRoute; without an address, everything but the limited broadcast", async () => {
    const s = setup({ cidr: cidr("10.0.0.1/24") });
    expect(s.stack.ip.source(ip("8.8.8.8"))).toBeUndefined();
    expect(await s.stack.ip.write(ip("8.8.8.8"), EXP, 1, () => {})).toMatchObject({ _tag: "Left", left: { _tag: "NoRoute" } });
    const u = setup({});
    expect(u.stack.ip.addresses()).toEqual([]);
    expect(await u.stack.ip.write(ip("10.0.0.2"), EXP, 1, () => {})).toMatchObject({ _tag: "Left", left: { _tag: "NoRoute" } });
    // DHCP's DISCOVER: from 0.0.0.0 to 255.255.255.255, no ARP.
    expect(u.stack.ip.source(ipv4Address.broadcast)).toBe(ipv4Address.unspecified);
    expect((await u.stack.ip.write(ipv4Address.broadcast, EXP, 1, () => {}))._tag).toBe("Right");
    await settle();
    const f = u.frames[0]!;
    expect(f.subarray(0, 6)).toEqual(macAddress.broadcast);
    expect(get(Ipv4Repr.decode(ipOf(f)!))).toMatchObject({ src: 0, dst: 0xffffffff });
    expect(s.stack.stats().ipv4.tx.errors.noRoute).toBe(1);
  });

  it("maps the subnet broadcast to the broadcast MAC and multicast to 01:00:5e, without ARP", async () => {
    const s = setup();
    await s.stack.ip.write(ip("10.0.0.255"), EXP, 1, () => {});
    await s.stack.ip.write(ip("224.0.0.251"), EXP, 1, () => {});
    await settle();
    expect(s.arpRequests().length).toBe(1); // the gratuitous ARP only
    expect(s.ipFrames().map((f) => macAddress.toString(f.subarray(0, 6) as MacAddress))).toEqual(["ff:ff:ff:ff:ff:ff", "01:00:5e:00:00:fb"]);
  });

  it("fails with ArpTimeout after 3 unanswered requests", async () => {
    const s = setup();
    let r: unknown;
    void s.stack.ip.write(ip("10.0.0.9"), EXP, 1, () => {}).then((x) => (r = x));
    await settle();
    await s.clock.advance(3n * SECOND);
    await settle();
    expect(r).toMatchObject({ _tag: "Left", left: { _tag: "ArpTimeout", dst: ip("10.0.0.9") } });
    expect(s.arpRequests().filter((a) => a.targetProtocolAddr === ip("10.0.0.9")).length).toBe(3);
    expect(s.stack.stats().ipv4.tx.errors.arpTimeout).toBe(1);
  });

  it("setAddress later: configures routing, announces the address, clears with undefined", async () => {
    const s = setup({});
    s.stack.ip.setAddress(cidr("192.168.1.5/24"), ip("192.168.1.1"));
    await settle();
    expect(s.stack.ip.addresses()).toEqual([cidr("192.168.1.5/24")]);
    expect(s.stack.ip.gateway()).toBe(ip("192.168.1.1"));
    expect(s.arpRequests()).toEqual([
      {
        operation: "request",
        senderHardwareAddr: s.net.mac,
        senderProtocolAddr: ip("192.168.1.5"),
        targetHardwareAddr: new Uint8Array(6),
        targetProtocolAddr: ip("192.168.1.5"),
      },
    ]);
    expect(s.stack.ip.source(ip("1.1.1.1"))).toBe(ip("192.168.1.5"));
    s.stack.ip.setAddress(undefined);
    expect(s.stack.ip.addresses()).toEqual([]);
    expect(s.stack.ip.gateway()).toBeUndefined();
  });
});

describe("IPv4 send: header and fragmentation", () => {
  it("writes a valid header: TTL 64 or as asked, DF, increasing identification", async () => {
    const s = setup();
    await s.arpReply(PEER, "10.0.0.2");
    await s.stack.ip.write(ip("10.0.0.2"), EXP, 3, fillWith(bytes(3)));
    await s.stack.ip.write(ip("10.0.0.2"), EXP, 3, fillWith(bytes(3)), { ttl: 7, dontFragment: true });
    await settle();
    const [a, b] = s.ipFrames().map((f) => get(Ipv4Repr.decode(ipOf(f)!)));
    expect(a).toMatchObject({ src: ip("10.0.0.1"), dst: ip("10.0.0.2"), protocol: EXP, ttl: 64, payloadLen: 3, dontFrag: false, moreFrags: false, fragOffset: 0 });
    expect(b).toMatchObject({ ttl: 7, dontFrag: true });
    expect(b!.ident).toBe((a!.ident! + 1) & 0xffff);
  });

  it("fragments a payload above MTU - 20 into 8-byte-aligned pieces sharing one identification", async () => {
    const s = setup();
    await s.arpReply(PEER, "10.0.0.2");
    const data = bytes(3000);
    expect((await s.stack.ip.write(ip("10.0.0.2"), EXP, 3000, fillWith(data)))._tag).toBe("Right");
    await settle();
    const frags = s.ipFrames().map((f) => get(Ipv4Packet.of(ipOf(f)!)));
    expect(frags.map((p) => [p.fragOffset(), p.payloadLen(), p.moreFrags()])).toEqual([
      [0, 1480, true],
      [1480, 1480, true],
      [2960, 40, false],
    ]);
    expect(new Set(frags.map((p) => p.ident())).size).toBe(1);
    expect(frags.every((p) => p.verifyChecksum() && p.totalLen() <= 1500)).toBe(true);
    const joined = new Uint8Array(3000);
    for (const p of frags) joined.set(p.payload(), p.fragOffset());
    expect(joined).toEqual(data);
    expect(s.stack.stats().ipv4.tx).toMatchObject({ packets: 1, fragments: 3 });
  });

  it("refuses DF above the MTU and anything above 65515 bytes with TooLarge, before ARP", async () => {
    const s = setup();
    expect(await s.stack.ip.write(ip("10.0.0.2"), EXP, 1481, () => {}, { dontFragment: true })).toMatchObject({
      _tag: "Left",
      left: { _tag: "TooLarge", size: 1481 },
    });
    expect(await s.stack.ip.write(ip("10.0.0.2"), EXP, 65516, () => {})).toMatchObject({ _tag: "Left", left: { _tag: "TooLarge" } });
    void s.stack.ip.write(ip("10.0.0.2"), EXP, 1480, () => {}, { dontFragment: true }); // fits: waits for ARP
    await settle();
    expect(s.arpRequests().length).toBe(2); // gratuitous + one for the 1480-byte packet
  });
});

describe("IPv4 receive", () => {
  const good = (o: { dst?: string; src?: string; payload?: Uint8Array } = {}) =>
    ipPacket({ src: ip(o.src ?? "10.0.0.2"), dst: ip(o.dst ?? "10.0.0.1"), protocol: EXP, payload: o.payload ?? bytes(10) });

  it("delivers a packet for us (Ethernet padding ignored), with its header during the call", async () => {
    const s = setup();
    const p = good({ payload: bytes(6) });
    const padded = new Uint8Array(46);
    padded.set(p);
    await s.inject(padded);
    await settle();
    expect(s.received).toEqual([{ src: "10.0.0.2", dst: "10.0.0.1", payload: bytes(6), header: p.subarray(0, 20) }]);
    expect(s.stack.ip.inputHeader()).toBeUndefined();
  });

  it("accepts broadcasts (limited, subnet, link) and a header with options; drops others' and multicast", async () => {
    const s = setup();
    await s.inject(good({ dst: "255.255.255.255" }), macAddress.broadcast);
    await s.inject(good({ dst: "10.0.0.255" }), macAddress.broadcast);
    const withOptions = new Uint8Array(34);
    withOptions.set(good({ payload: bytes(10) }).subarray(0, 20));
    withOptions[0] = 0x46;
    withOptions[3] = 34;
    withOptions.set([1, 1, 1, 0], 20); // NOP NOP NOP EOL
    withOptions.set(bytes(10), 24);
    withOptions[10] = 0;
    withOptions[11] = 0;
    const c = checksum(withOptions, 0, 24);
    withOptions[10] = c >>> 8;
    withOptions[11] = c & 0xff;
    await s.inject(withOptions);
    await s.inject(good({ dst: "10.0.0.3" }));
    await s.inject(good({ dst: "224.0.0.1" }), mac("01:00:5e:00:00:01"));
    await settle();
    expect(s.received.map((r) => r.dst)).toEqual(["255.255.255.255", "10.0.0.255", "10.0.0.1"]);
    expect(s.received[2]?.payload).toEqual(bytes(10));
    expect(s.received[2]?.header?.length).toBe(24);
    expect(s.stack.stats().ipv4.rx.dropped.notForUs).toBe(2);
  });

  it("drops and counts bad packets, one reason each", async () => {
    const s = setup();
    const mutate = (f: (b: Uint8Array) => void, fix = true) => {
      const b = good();
      f(b);
      if (fix) {
        b[10] = 0;
        b[11] = 0;
        const c = checksum(b, 0, 20);
        b[10] = c >>> 8;
        b[11] = c & 0xff;
      }
      return b;
    };
    await s.inject(new Uint8Array(19)); // truncated
    await s.inject(mutate((b) => (b[0] = 0x65))); // version 6
    await s.inject(mutate((b) => (b[0] = 0x44))); // IHL 16 bytes
    await s.inject(mutate((b) => (b[3] = 19))); // total < header
    await s.inject(mutate((b) => (b[3] = 200))); // total > bytes: truncated
    await s.inject(mutate((b) => (b[6] = 0x80))); // reserved flag
    await s.inject(mutate((b) => (b[8] = 1), false)); // checksum no longer verifies
    await s.inject(good({ src: "255.255.255.255" }));
    await s.inject(good({ src: "224.1.2.3" }));
    await s.inject(good({ src: "10.0.0.1" })); // our own address from the wire
    await s.inject(ipPacket({ src: ip("10.0.0.2"), dst: ip("10.0.0.1"), protocol: 254, payload: bytes(1) }));
    await settle();
    expect(s.received).toEqual([]);
    expect(s.stack.stats().ipv4.rx).toMatchObject({
      packets: 11,
      delivered: 0,
      dropped: { truncated: 2, malformed: 4, badChecksum: 1, badSource: 3, notForUs: 0, unknownProtocol: 1 },
    });
  });

  it("reassembles fragments arriving in reverse order; the header handed up describes the whole datagram", async () => {
    const s = setup();
    const data = bytes(100);
    const frag = (off: number, len: number, more: boolean) =>
      ipPacket({ src: ip("10.0.0.2"), dst: ip("10.0.0.1"), protocol: EXP, ident: 0x1234, fragOffset: off, moreFrags: more, payload: data.subarray(off, off + len) });
    await s.inject(frag(80, 20, false));
    await s.inject(frag(40, 40, true));
    await settle();
    expect(s.received).toEqual([]);
    await s.inject(frag(0, 40, true));
    await settle();
    expect(s.received.length).toBe(1);
    expect(s.received[0]?.payload).toEqual(data);
    const h = s.received[0]!.header!;
    const dv = new DataView(h.buffer, h.byteOffset, h.byteLength);
    // total length 120, MF and offset clear, the identification kept, a valid checksum
    expect([h.length, dv.getUint16(2), dv.getUint16(6) & 0x3fff, dv.getUint16(4), checksum(h)]).toEqual([20, 120, 0, 0x1234, 0]);
    expect(s.stack.stats().ipv4.rx).toMatchObject({ fragments: 3, delivered: 1, reassembly: { reassembled: 1, inProgress: 0 } });
  });

  it("frees an incomplete datagram after 10 s and sends ICMP time exceeded (code 1) if the first fragment came", async () => {
    const s = setup();
    await s.arpReply(PEER, "10.0.0.2");
    const first = ipPacket({ src: ip("10.0.0.2"), dst: ip("10.0.0.1"), protocol: EXP, ident: 9, moreFrags: true, payload: bytes(16) });
    await s.inject(first);
    await settle();
    await s.clock.advance(10n * SECOND - 1n);
    await settle();
    expect(s.stack.stats().ipv4.rx.reassembly.inProgress).toBe(1);
    await s.clock.advance(1n);
    await settle();
    expect(s.stack.stats().ipv4.rx.reassembly).toMatchObject({ inProgress: 0, timeouts: 1 });
    const icmp = s.ipFrames().map((f) => get(Ipv4Packet.of(ipOf(f)!))).filter((p) => p.protocol() === 1);
    expect(icmp.length).toBe(1);
    const m = icmp[0]!.payload();
    expect([m[0], m[1]]).toEqual([11, 1]);
    expect(m.subarray(8)).toEqual(new Uint8Array([...first.subarray(0, 28)]));
    expect(s.clock.pendingSleepers()).toBe(0);
  });

  it("delivers datagrams to our own address without the wire", async () => {
    const s = setup();
    expect((await s.stack.ip.write(ip("10.0.0.1"), EXP, 5, fillWith(bytes(5))))._tag).toBe("Right");
    await settle();
    expect(s.received.map((r) => [r.src, r.dst, [...r.payload]])).toEqual([["10.0.0.1", "10.0.0.1", [...bytes(5)]]]);
    expect(s.ipFrames()).toEqual([]);
    expect(s.stack.stats().ipv4.tx.local).toBe(1);
  });
});

describe("IPv4 between two stacks", () => {
  test.prop([fc.oneof(fc.integer({ min: 0, max: 65515 }), fc.constantFrom(0, 1479, 1480, 1481, 2960, 2961, 65515))], { numRuns: 25 })(
    "fragmentation and reassembly round-trip any payload size",
    async (n) => {
      const { a, b } = stackPair();
      const got: Uint8Array[] = [];
      b.ip.register(EXP, (_s, _d, p) => got.push(p.slice()));
      const data = bytes(n, n & 0xff);
      expect((await a.ip.write(ip("10.0.0.2") as Ipv4Address, EXP, n, fillWith(data)))._tag).toBe("Right");
      await settle();
      expect(got.length).toBe(1);
      expect(got[0]).toEqual(data);
      expect(b.stats().ipv4.rx.reassembly.inProgress).toBe(0);
      await a.disconnect();
      await b.disconnect();
    },
  );
});
