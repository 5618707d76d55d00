import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { dhcpClient, prefixOfMask, type DhcpEvent } from "../../src/dhcp/client.ts";
import { DhcpMessageType as T, DhcpOp, DhcpRepr, DHCP_INFINITE_LEASE, type DhcpRepr as Repr } from "../../src/wire/dhcp.ts";
import { ipv4Address, type Ipv4Address } from "../../src/wire/ipv4.ts";
import { hex, ip, toHex } from "../wire/helpers.ts";
import {
  ADDR,
  bound,
  client,
  DNS,
  expectNothing,
  expectPoll,
  expectSend,
  MAC,
  MASK,
  OTHER_MAC,
  reply,
  s,
  schedule,
  sequence,
  SERVER,
  SERVER2,
} from "./harness.ts";

const ZERO = ipv4Address.unspecified;

describe("dhcp client: INIT and SELECTING", () => {
  it("sends nothing until started, then a broadcast DISCOVER at once", () => {
    const c = client();
    expect(c.state()).toBe("Stopped");
    expect(c.pollAt()).toBeUndefined();
    expectNothing(c, 0n);
    c.start(s(5));
    expect(c.pollAt()).toBe(s(5));
    expectNothing(c, s(4));
    const d = expectSend(c, s(5), T.Discover);
    expect(d).toMatchObject({
      op: DhcpOp.Request,
      broadcast: true,
      secs: 0,
      clientHardwareAddress: MAC,
      clientIp: ZERO,
      yourIp: ZERO,
      hostname: "mirage",
      clientIdentifier: hex("01020000000001"),
      parameterRequestList: [1, 3, 6, 15, 51, 58, 59],
      maxMessageSize: 1500,
    });
    expect(d.requestedIp).toBeUndefined();
    expect(d.serverIdentifier).toBeUndefined();
    expect(c.state()).toBe("Selecting");
    expect(c.pollAt()).toBe(s(9));
    c.start(s(6)); // already started: no effect
    expect(c.pollAt()).toBe(s(9));
  });

  it("emits the same bytes as scapy's DISCOVER (xid 0x12345678, a retransmission at 3 s)", () => {
    // scapy: BOOTP(op=1, xid=0x12345678, secs=3, flags=0x8000, chaddr=02:00:00:00:00:01)/DHCP(options=[
    //   message-type=discover, hostname="mirage", client_id=01 020000000001,
    //   param_req_list=[1,3,6,15,51,58,59], max_dhcp_size=1500, end]), padded to 300
    const scapy =
      "0101060012345678000380000000000000000000000000000000000002000000000100000000000000000000" +
      "00".repeat(192) +
      "638253633501010c066d69726167653d070102000000000137070103060f333a3b390205dcff" +
      "00".repeat(26);
    // the first random draw is the xid, the second the jitter: 0 is -1 s, so the retry is at 3 s
    const c = client({ random: sequence(0x12345678 / 2 ** 32, 0) });
    c.start(0n);
    expectSend(c, 0n, T.Discover);
    expect(c.pollAt()).toBe(s(3));
    const d = expectSend(c, s(3), T.Discover);
    const bytes = new Uint8Array(DhcpRepr.bufferLen(d));
    DhcpRepr.emit(d, bytes);
    expect(toHex(bytes)).toBe(scapy);
  });

  it("retransmits DISCOVER after 4, 8, 16, 32, 64, 64 … s with the same xid and a growing secs", () => {
    const c = client();
    c.start(0n);
    const first = expectSend(c, 0n, T.Discover);
    expect(c.pollAt()).toBe(s(4));
    expectNothing(c, s(3.999999999));
    const times = [4, 12, 28, 60, 124, 188, 252];
    for (const t of times) {
      const d = expectSend(c, s(t), T.Discover);
      expect(d.xid).toBe(first.xid);
      expect(d.secs).toBe(t);
    }
    expect(c.pollAt()).toBe(s(316));
    expect(c.stats().txDiscovers).toBe(8);
  });

  test.prop([fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 12, maxLength: 12 })])(
    "the jitter stays within ±1 s of 4, 8, 16, 32, 64, 64 …",
    (draws) => {
      const c = client({ random: sequence(0.25, ...draws) });
      c.start(0n);
      c.poll(0n);
      let last = 0n;
      for (const base of [4, 8, 16, 32, 64, 64, 64, 64]) {
        const at = c.pollAt() as bigint;
        expect(at - last).toBeGreaterThanOrEqual(s(base - 1));
        expect(at - last).toBeLessThanOrEqual(s(base + 1));
        expectSend(c, at, T.Discover);
        last = at;
      }
    },
  );

  it("draws xid and jitter from a Random too", () => {
    let n = 0;
    const random = {
      kind: "random" as const,
      generate: (k: number) => Uint8Array.from({ length: k }, () => (n++ === 0 ? 0xab : 0xff)),
      fill() {},
      reseed() {},
    };
    const c = dhcpClient({ mac: MAC, random });
    c.start(0n);
    const d = expectSend(c, 0n, T.Discover);
    expect(d.xid).toBe(0xabffffff);
    expect(d.hostname).toBeUndefined();
    // 0xffffffff / 2^32 ≈ 1: the jitter is just under +1 s
    const at = c.pollAt() as bigint;
    expect(at >= s(4.999) && at <= s(5)).toBe(true);
  });

  it("ignores replies with a wrong xid or chaddr, requests, offers without a server id or a usable address", () => {
    const c = client();
    c.start(0n);
    const d = expectSend(c, 0n, T.Discover);
    c.handle(s(1), reply(d, T.Offer, { xid: (d.xid + 1) >>> 0 }));
    c.handle(s(1), reply(d, T.Offer, { clientHardwareAddress: OTHER_MAC }));
    c.handle(s(1), { ...reply(d, T.Offer), op: DhcpOp.Request });
    c.handle(s(1), reply(d, T.Offer, { serverIdentifier: undefined }));
    c.handle(s(1), reply(d, T.Offer, { yourIp: ZERO }));
    c.handle(s(1), reply(d, T.Offer, { yourIp: ipv4Address.broadcast }));
    c.handle(s(1), reply(d, T.Offer, { yourIp: ip("224.0.0.1") }));
    c.handle(s(1), reply(d, T.Ack)); // an ACK before any REQUEST
    c.handle(s(1), reply(d, T.Nak));
    c.handle(s(1), reply(d, T.Inform));
    expectNothing(c, s(1));
    expect(c.state()).toBe("Selecting");
    expect(c.stats()).toMatchObject({
      received: 10,
      rxWrongXid: 1,
      rxWrongChaddr: 1,
      rxNotReply: 1,
      rxNoServerId: 1,
      rxBadAddress: 3,
      rxUnexpected: 3,
      rxOffers: 0,
    });
    // the next good offer is taken
    c.handle(s(2), reply(d, T.Offer));
    expectSend(c, s(2), T.Request);
    expect(c.state()).toBe("Requesting");
  });
});

describe("dhcp client: REQUESTING", () => {
  it("full DORA with exact times: the lease counts from the REQUEST", () => {
    const c = client();
    c.start(0n);
    const d = expectSend(c, 0n, T.Discover);
    expectNothing(c, s(3));
    const d2 = expectSend(c, s(4), T.Discover);
    expect(d2.secs).toBe(4);
    c.handle(s(5), reply(d, T.Offer, { serverIdentifier: SERVER2, yourIp: ip("192.168.56.11") })); // first offer wins
    c.handle(s(5), reply(d, T.Offer)); // too late: not SELECTING any more
    expect(c.pollAt()).toBe(s(5));
    const r = expectSend(c, s(5), T.Request);
    expect(r).toMatchObject({
      xid: d.xid,
      secs: 4, // the DISCOVER's
      broadcast: true,
      clientIp: ZERO,
      requestedIp: ip("192.168.56.11"),
      serverIdentifier: SERVER2,
      hostname: "mirage",
      clientIdentifier: hex("01020000000001"),
    });
    expect(c.stats().rxUnexpected).toBe(1);
    expect(c.pollAt()).toBe(s(9));
    c.handle(s(6), reply(r, T.Ack, { serverIdentifier: SERVER2, yourIp: ip("192.168.56.11"), dnsServers: [DNS, ZERO, ip("8.8.8.8")] }));
    const [e] = expectPoll(c, s(6), [], ["Bound"]).events;
    expect(e).toEqual({
      _tag: "Bound",
      cidr: { address: ip("192.168.56.11"), prefixLen: 24 },
      gateway: SERVER,
      dns: [DNS, ip("8.8.8.8")],
      server: SERVER2,
      leaseNs: s(3600),
      acquiredAt: s(5),
      renewAt: s(5 + 1800),
      rebindAt: s(5 + 3150),
      expiresAt: s(5 + 3600),
    });
    expect(c.state()).toBe("Bound");
    expect(c.lease()).toMatchObject({ cidr: { address: ip("192.168.56.11") } });
    expect(c.pollAt()).toBe(s(1805));
    // a duplicated ACK changes nothing
    c.handle(s(7), reply(r, T.Ack));
    expectNothing(c, s(7));
    expect(c.stats()).toMatchObject({ rxOffers: 1, rxAcks: 1, rxUnexpected: 2, txDiscovers: 2, txRequests: 1 });
  });

  it("retransmits REQUEST 4 times (4, 8, 16 s apart), then starts over with a new xid", () => {
    const c = client({ random: sequence(0.1) });
    c.start(0n);
    const d = expectSend(c, 0n, T.Discover);
    c.handle(s(1), reply(d, T.Offer));
    expect(schedule(c, s(62))).toEqual([
      [1, "Request", "broadcast"],
      [5, "Request", "broadcast"],
      [13, "Request", "broadcast"],
      [29, "Request", "broadcast"],
      [61, "Discover", "broadcast"],
    ]);
    expect(c.state()).toBe("Selecting");
    expect(c.pollAt()).toBe(s(65));
    // an ACK for the abandoned exchange is now a wrong xid
    c.handle(s(62), reply(d, T.Ack));
    expectNothing(c, s(62));
    expect(c.stats().rxWrongXid).toBe(1);
  });

  it("takes T1 and T2 from the server when 0 < T1 < T2 < lease, else 0.5 and 0.875", () => {
    expect(bound(0n, {}, { leaseTime: 1000, renewalTime: 100, rebindingTime: 200 }).lease()).toMatchObject({ renewAt: s(100), rebindAt: s(200), expiresAt: s(1000) });
    expect(bound(0n, {}, { leaseTime: 1000, renewalTime: 300, rebindingTime: 200 }).lease()).toMatchObject({ renewAt: s(200), rebindAt: s(200) });
    expect(bound(0n, {}, { leaseTime: 1000, renewalTime: 0, rebindingTime: 1000 }).lease()).toMatchObject({ renewAt: s(500), rebindAt: s(875) });
    expect(bound(0n, {}, { leaseTime: 1000, renewalTime: 700 }).lease()).toMatchObject({ renewAt: s(700), rebindAt: s(875) });
  });

  it("an infinite lease has no timers; no mask means a classful prefix; a bad one too", () => {
    const c = bound(0n, {}, { leaseTime: DHCP_INFINITE_LEASE, subnetMask: undefined, routers: [] });
    expect(c.lease()).toMatchObject({ cidr: { address: ADDR, prefixLen: 24 }, leaseNs: undefined, expiresAt: undefined });
    expect(c.lease()?.gateway).toBeUndefined();
    expect(c.pollAt()).toBeUndefined();
    const r = client();
    r.start(0n);
    const d = expectSend(r, 0n, T.Discover);
    r.handle(0n, reply(d, T.Offer, { yourIp: ip("10.1.2.3") }));
    const req = expectSend(r, 0n, T.Request);
    r.handle(0n, reply(req, T.Ack, { yourIp: ip("10.1.2.3"), subnetMask: ip("255.0.255.0") }));
    const [e] = r.poll(0n).events;
    expect(e?._tag === "Bound" && e.cidr.prefixLen).toBe(8);
    expect([prefixOfMask(ip("255.255.255.255")), prefixOfMask(ip("0.0.0.0")), prefixOfMask(ip("255.255.128.0")), prefixOfMask(ip("255.255.0.255"))]).toEqual([32, 0, 17, undefined]);
  });

  it("uses the OFFER's lease time when the ACK has none; neither: the ACK is ignored", () => {
    const c = client();
    c.start(0n);
    const d = expectSend(c, 0n, T.Discover);
    c.handle(0n, reply(d, T.Offer, { leaseTime: 100 }));
    const r = expectSend(c, 0n, T.Request);
    c.handle(0n, reply(r, T.Ack, { leaseTime: undefined }));
    expect(c.lease()?.expiresAt).toBe(s(100));

    const c2 = client();
    c2.start(0n);
    const d2 = expectSend(c2, 0n, T.Discover);
    c2.handle(0n, reply(d2, T.Offer, { leaseTime: undefined }));
    const r2 = expectSend(c2, 0n, T.Request);
    c2.handle(0n, reply(r2, T.Ack, { leaseTime: undefined }));
    expectNothing(c2, 0n);
    expect(c2.stats().rxNoLease).toBe(1);
  });

  it("ignores an ACK or NAK from another server and an ACK for another address", () => {
    const c = client();
    c.start(0n);
    const d = expectSend(c, 0n, T.Discover);
    c.handle(0n, reply(d, T.Offer));
    const r = expectSend(c, 0n, T.Request);
    c.handle(0n, reply(r, T.Ack, { serverIdentifier: SERVER2 }));
    c.handle(0n, reply(r, T.Nak, { serverIdentifier: SERVER2 }));
    c.handle(0n, reply(r, T.Ack, { yourIp: ip("192.168.56.99") }));
    expectNothing(c, 0n);
    expect(c.state()).toBe("Requesting");
    expect(c.stats()).toMatchObject({ rxWrongServer: 2, rxBadAddress: 1 });
    // without a server identifier the ACK is accepted (xid and chaddr match)
    c.handle(0n, reply(r, T.Ack, { serverIdentifier: undefined }));
    expect(expectPoll(c, 0n, [], ["Bound"]).events[0]).toMatchObject({ server: SERVER });
  });

  it("NAK: back to INIT and a new DISCOVER at once; NAKs in a row back off 4, 8 … s", () => {
    const c = client();
    c.start(0n);
    let d = expectSend(c, 0n, T.Discover);
    const xids = [d.xid];
    const nakAt = [1, 2, 7, 16];
    const discoverAt = [1, 6, 15, 32];
    nakAt.forEach((t, i) => {
      c.handle(s(t), reply(d, T.Offer));
      const r = expectSend(c, s(t), T.Request);
      c.handle(s(t), reply(r, T.Nak, { message: "no" }));
      expect(c.state()).toBe("Init");
      expect(c.pollAt()).toBe(s(discoverAt[i] as number));
      if (i > 0) expectNothing(c, s(t));
      d = expectSend(c, s(discoverAt[i] as number), T.Discover);
      xids.push(d.xid);
    });
    expect(c.stats().rxNaks).toBe(4);
    // a binding resets the count
    c.handle(s(40), reply(d, T.Offer));
    c.handle(s(40), reply(expectSend(c, s(40), T.Request), T.Ack, { leaseTime: 10 }));
    expectPoll(c, s(40), [], ["Bound"]);
    const renew = expectSend(c, s(45), T.Request, SERVER);
    c.handle(s(46), reply(renew, T.Nak));
    expectPoll(c, s(46), [[T.Discover, "broadcast"]], ["Lost"]);
  });
});

describe("dhcp client: BOUND, RENEWING, REBINDING", () => {
  it("renews at T1 with a unicast REQUEST (ciaddr, no server id) and retransmits halfway to T2", () => {
    const c = bound();
    expect(c.pollAt()).toBe(s(1800));
    expectNothing(c, s(1799));
    const r = expectSend(c, s(1800), T.Request, SERVER);
    expect(r).toMatchObject({ clientIp: ADDR, broadcast: false, secs: 0 });
    expect(r.serverIdentifier).toBeUndefined();
    expect(r.requestedIp).toBeUndefined();
    expect(c.state()).toBe("Renewing");
    expect(c.lease()?.cidr.address).toBe(ADDR); // still usable
    // T2 is at 3150: half of what is left each time, at least 60 s, never past T2
    expect(schedule(c, s(3149))).toEqual([
      [2475, "Request", "unicast"],
      [2812.5, "Request", "unicast"],
      [2981.25, "Request", "unicast"],
      [3065.625, "Request", "unicast"],
      [3125.625, "Request", "unicast"],
    ]);
    expect(c.pollAt()).toBe(s(3150));
  });

  it("an ACK in RENEWING renews: a new lease counted from the last REQUEST", () => {
    let k = 0;
    const c = bound(0n, { random: () => (k++ * 0.37) % 1 });
    const r1 = expectSend(c, s(1800), T.Request, SERVER);
    const r2 = expectSend(c, s(2475), T.Request, SERVER);
    expect(r2.xid).toBe(r1.xid);
    expect(r2.secs).toBe(675);
    c.handle(s(2476), reply(r2, T.Ack, { leaseTime: 600, routers: [SERVER2] }));
    const [e] = expectPoll(c, s(2476), [], ["Renewed"]).events;
    expect(e).toMatchObject({ cidr: { address: ADDR, prefixLen: 24 }, gateway: SERVER2, acquiredAt: s(2475), renewAt: s(2775), rebindAt: s(2475 + 525), expiresAt: s(3075) });
    expect(c.state()).toBe("Bound");
    expect(c.pollAt()).toBe(s(2775));
    expect(expectSend(c, s(2775), T.Request, SERVER).xid).not.toBe(r1.xid);
  });

  it("in RENEWING, ignores an ACK from another server and one with a wrong xid", () => {
    const c = bound();
    const r = expectSend(c, s(1800), T.Request, SERVER);
    c.handle(s(1801), reply(r, T.Ack, { serverIdentifier: SERVER2 }));
    c.handle(s(1801), reply(r, T.Ack, { xid: (r.xid ^ 1) >>> 0 }));
    c.handle(s(1801), reply(r, T.Ack, { yourIp: ZERO }));
    c.handle(s(1801), reply(r, T.Ack, { leaseTime: undefined }));
    expectNothing(c, s(1801));
    expect(c.state()).toBe("Renewing");
    expect(c.stats()).toMatchObject({ rxWrongServer: 1, rxWrongXid: 1, rxBadAddress: 1, rxNoLease: 1 });
  });

  it("rebinds at T2 with broadcast REQUESTs, retransmits halfway to expiry, and loses the lease at its end", () => {
    const c = bound();
    schedule(c, s(3149));
    const rb = expectSend(c, s(3150), T.Request, "broadcast");
    expect(rb).toMatchObject({ clientIp: ADDR, broadcast: false });
    expect(rb.serverIdentifier).toBeUndefined();
    expect(c.state()).toBe("Rebinding");
    expect(schedule(c, s(3599))).toEqual([
      [3375, "Request", "broadcast"],
      [3487.5, "Request", "broadcast"],
      [3547.5, "Request", "broadcast"],
    ]);
    expect(c.pollAt()).toBe(s(3600));
    const { send, events } = expectPoll(c, s(3600), [[T.Discover, "broadcast"]], ["Lost"]);
    expect(events[0]).toEqual({ _tag: "Lost", cidr: { address: ADDR, prefixLen: 24 }, reason: "Expired" });
    expect(send[0]?.message.clientIp).toBe(ZERO);
    expect(c.state()).toBe("Selecting");
    expect(c.lease()).toBeUndefined();
    expect(c.stats().leasesLost).toBe(1);
  });

  it("in REBINDING, any server's ACK is taken and that server becomes ours", () => {
    const c = bound();
    schedule(c, s(3149));
    const rb = expectSend(c, s(3150), T.Request, "broadcast");
    c.handle(s(3151), reply(rb, T.Ack, { serverIdentifier: SERVER2 }));
    const [e] = expectPoll(c, s(3151), [], ["Renewed"]).events;
    expect(e).toMatchObject({ server: SERVER2, acquiredAt: s(3150), expiresAt: s(3150 + 3600) });
    expect(expectSend(c, s(3150 + 1800), T.Request, SERVER2).clientIp).toBe(ADDR);
  });

  it("a NAK in REBINDING loses the lease; an ACK for another address is Lost then Bound", () => {
    const c = bound();
    schedule(c, s(3149));
    const rb = expectSend(c, s(3150), T.Request, "broadcast");
    c.handle(s(3151), reply(rb, T.Nak, { serverIdentifier: SERVER2 }));
    expect(expectPoll(c, s(3151), [[T.Discover, "broadcast"]], ["Lost"]).events[0]).toMatchObject({ reason: "Nak" });

    const c2 = bound();
    const r = expectSend(c2, s(1800), T.Request, SERVER);
    c2.handle(s(1801), reply(r, T.Ack, { yourIp: ip("192.168.56.20") }));
    const { events } = expectPoll(c2, s(1801), [], ["Lost", "Bound"]);
    expect(events[0]).toMatchObject({ reason: "Changed", cidr: { address: ADDR } });
    expect(events[1]).toMatchObject({ cidr: { address: ip("192.168.56.20") } });
  });

  it("a late poll skips what it missed: BOUND polled after expiry goes straight to Lost and DISCOVER", () => {
    const c = bound();
    expectPoll(c, s(4000), [[T.Discover, "broadcast"]], ["Lost"]);
    const c2 = bound();
    expectPoll(c2, s(3200), [[T.Request, "broadcast"]]);
    expect(c2.state()).toBe("Rebinding");
    expect(c2.pollAt()).toBe(s(3400));
  });

  it("a lease shorter than the minimum retransmission still renews, rebinds and expires on time", () => {
    const c = bound(0n, {}, { leaseTime: 8 });
    expect(schedule(c, s(8))).toEqual([
      [4, "Request", "unicast"],
      [7, "Request", "broadcast"],
      [8, "Discover", "broadcast"],
    ]);
  });
});

describe("dhcp client: release, decline, stop", () => {
  it("release sends a unicast RELEASE with ciaddr and the server id, reports Lost and stops", () => {
    const c = bound();
    c.release(s(10));
    const { send, events } = expectPoll(c, s(10), [[T.Release, SERVER]], ["Lost"]);
    expect(send[0]?.message).toMatchObject({ clientIp: ADDR, serverIdentifier: SERVER, clientIdentifier: hex("01020000000001") });
    expect(events[0]).toMatchObject({ reason: "Released" });
    expect(c.state()).toBe("Stopped");
    expect(c.pollAt()).toBeUndefined();
    // without a lease: just stops
    const c2 = client();
    c2.start(0n);
    c2.poll(0n);
    c2.release(s(1));
    expectNothing(c2, s(1));
    expect(c2.state()).toBe("Stopped");
  });

  it("decline broadcasts a DECLINE for the address, reports Lost and restarts 10 s later", () => {
    const c = bound();
    c.decline(s(1));
    const { send, events } = expectPoll(c, s(1), [[T.Decline, "broadcast"]], ["Lost"]);
    expect(send[0]?.message).toMatchObject({ clientIp: ZERO, requestedIp: ADDR, serverIdentifier: SERVER });
    expect(events[0]).toMatchObject({ reason: "Declined" });
    expect(c.state()).toBe("Init");
    expect(c.pollAt()).toBe(s(11));
    expectSend(c, s(11), T.Discover);
    c.decline(s(12)); // nothing to decline
    expectNothing(c, s(12));
  });

  it("refuses a configuration it could not send", () => {
    expect(() => client({ hostname: "h\u0101" })).toThrow(RangeError);
    expect(() => client({ maxMessageSize: 500 })).toThrow(RangeError);
    expect(() => client({ maxMessageSize: 70_000 })).toThrow(RangeError);
    expect(() => client({ parameterRequestList: [1, 256] })).toThrow(RangeError);
    expect(() => client({ requestAttempts: 0 })).toThrow(RangeError);
    expect(() => client({ mac: MAC.subarray(0, 5) as typeof MAC })).toThrow(RangeError);
    const c = client({ hostname: "caf\u00e9", maxMessageSize: 576, parameterRequestList: [], clientId: hex("ff0102") });
    c.start(0n);
    expect(expectSend(c, 0n, T.Discover)).toMatchObject({ hostname: "caf\u00e9", maxMessageSize: 576, parameterRequestList: [], clientIdentifier: hex("ff0102") });
  });

  it("stop drops pending output and ignores what comes after", () => {
    const c = client();
    c.start(0n);
    c.stop();
    expectNothing(c, 0n);
    expect(c.pollAt()).toBeUndefined();
    c.handle(0n, reply(placeholder(), T.Offer));
    expectNothing(c, 0n);
    expect(c.stats().rxUnexpected).toBe(1);
  });
});

/** A request-shaped message for building replies when the client sent nothing. */
function placeholder(): Repr {
  return {
    op: DhcpOp.Request,
    messageType: T.Discover,
    xid: 1,
    secs: 0,
    broadcast: true,
    hops: 0,
    clientHardwareAddress: MAC,
    clientIp: ZERO,
    yourIp: ZERO,
    serverIp: ZERO,
    relayAgentIp: ZERO,
  };
}

// ---------------------------------------------------------------------------------------------
// Any interleaving of server messages, garbage and time

type Step =
  | { readonly kind: "advance"; readonly dt: number }
  | {
      readonly kind: "reply";
      readonly type: number;
      readonly xidMatch: boolean;
      readonly chaddrMatch: boolean;
      readonly op: number;
      readonly server: Ipv4Address | undefined;
      readonly yourIp: Ipv4Address;
      readonly leaseTime: number | undefined;
      readonly t1: number | undefined;
      readonly t2: number | undefined;
      readonly mask: Ipv4Address | undefined;
    }
  | { readonly kind: "bytes"; readonly bytes: Uint8Array }
  | { readonly kind: "release" | "decline" };

/** Mostly the plausible value, sometimes any of the others: garbage that still reaches the states. */
const mostly = <A>(usual: A, ...others: A[]): fc.Arbitrary<A> =>
  fc.oneof({ weight: 5, arbitrary: fc.constant(usual) }, { weight: 1, arbitrary: fc.constantFrom(usual, ...others) });
const maybe = <A>(a: fc.Arbitrary<A>): fc.Arbitrary<A | undefined> => fc.option(a, { nil: undefined, freq: 4 });
const arbSecs = fc.oneof(fc.nat({ max: 5000 }), fc.constant(DHCP_INFINITE_LEASE), fc.nat({ max: 0xffffffff }));

const arbStep: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("advance" as const), dt: fc.oneof(fc.nat({ max: 10 }), fc.nat({ max: 4000 })) }) },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant("reply" as const),
      type: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(T.Offer, T.Ack, T.Ack, T.Nak) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 8 }) }),
      xidMatch: mostly(true, false),
      chaddrMatch: mostly(true, false),
      op: mostly(2, 1),
      server: mostly<Ipv4Address | undefined>(SERVER, SERVER2, undefined),
      yourIp: mostly(ADDR, ip("192.168.56.20"), ZERO, ipv4Address.broadcast, ip("224.0.0.9")),
      leaseTime: maybe(arbSecs),
      t1: maybe(arbSecs),
      t2: maybe(arbSecs),
      mask: maybe(fc.constantFrom(MASK, ip("255.0.255.0"), ZERO, ipv4Address.broadcast)),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("bytes" as const), bytes: fc.uint8Array({ minLength: 0, maxLength: 400 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom("release" as const, "decline" as const) }) },
);

describe("dhcp client: any interleaving", () => {
  test.prop([fc.array(arbStep, { maxLength: 80, size: "max" }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 30 })], { numRuns: 300 })(
    "never throws, never reports Bound/Renewed without a matching ACK, never polls in the past",
    (steps, draws) => {
      const c = client({ random: sequence(...draws) });
      let now = 0n;
      c.start(now);
      /** The xid of the last REQUEST sent: the only one an ACK may answer. */
      let requestXid: number | undefined;
      /** The xid of the last message sent, what a server would answer. */
      let lastXid: number | undefined;
      let address: Ipv4Address | undefined;
      const drain = (delivered: Repr | undefined): void => {
        const out = c.poll(now);
        for (const x of out.send) {
          if (x.message.messageType === T.Request) requestXid = x.message.xid;
          lastXid = x.message.xid;
        }
        for (const e of out.events as DhcpEvent[]) {
          if (e._tag === "Lost") {
            expect(e.cidr.address).toBe(address);
            address = undefined;
            continue;
          }
          // a binding comes only from the ACK just delivered, for our last REQUEST, to us
          expect(delivered?.messageType).toBe(T.Ack);
          expect(delivered?.op).toBe(DhcpOp.Reply);
          expect(delivered?.xid).toBe(requestXid);
          expect(toHex(delivered?.clientHardwareAddress ?? new Uint8Array())).toBe(toHex(MAC));
          expect(e.cidr.address).toBe(delivered?.yourIp);
          expect(ipv4Address.isUnicast(e.cidr.address)).toBe(true);
          if (e._tag === "Renewed") expect(e.cidr.address).toBe(address);
          else expect(address).toBeUndefined();
          address = e.cidr.address;
        }
        expect(c.lease()?.cidr.address).toBe(address);
        const at = c.pollAt();
        if (at !== undefined) expect(at > now).toBe(true);
        else expect(["Stopped", "Bound"]).toContain(c.state());
      };
      drain(undefined);
      for (const step of steps) {
        let delivered: Repr | undefined;
        switch (step.kind) {
          case "advance":
            now += s(step.dt);
            break;
          case "release": // and start again, so the run goes on
            c.release(now);
            drain(undefined);
            c.start(now);
            break;
          case "decline":
            c.decline(now);
            break;
          case "bytes": {
            const m = DhcpRepr.decode(step.bytes);
            if (m._tag === "Right") {
              delivered = m.right;
              c.handle(now, m.right);
            }
            break;
          }
          case "reply": {
            const xid = lastXid ?? 7;
            delivered = {
              op: step.op as Repr["op"],
              messageType: step.type as Repr["messageType"],
              xid: step.xidMatch ? xid : (xid + 1) >>> 0,
              secs: 0,
              broadcast: true,
              hops: 0,
              clientHardwareAddress: step.chaddrMatch ? MAC : OTHER_MAC,
              clientIp: ZERO,
              yourIp: step.yourIp,
              serverIp: ZERO,
              relayAgentIp: ZERO,
              ...(step.server !== undefined ? { serverIdentifier: step.server } : {}),
              ...(step.leaseTime !== undefined ? { leaseTime: step.leaseTime } : {}),
              ...(step.t1 !== undefined ? { renewalTime: step.t1 } : {}),
              ...(step.t2 !== undefined ? { rebindingTime: step.t2 } : {}),
              ...(step.mask !== undefined ? { subnetMask: step.mask } : {}),
            };
            c.handle(now, delivered);
            break;
          }
        }
        drain(delivered);
      }
    },
  );
});
