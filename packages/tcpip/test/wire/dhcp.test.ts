import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { isLeft, type Either } from "fp-ts/Either";
import {
  BOOTP_MIN_LEN,
  DhcpMessageType,
  DhcpOp,
  DhcpPacket,
  DhcpRepr,
  DHCP_INFINITE_LEASE,
  type DhcpWireError,
} from "../../src/wire/index.ts";
import { arbIpv4, arbMac, arbU16, arbU32, flipBit, get, hex, ip, mac, toHex } from "./helpers.ts";

// scapy: BOOTP(op=1, xid=0x12345678, secs=3, flags=0x8000, chaddr=02:00:00:00:00:01)/DHCP(options=[
//   message-type=discover, hostname="mirage", client_id=01 020000000001,
//   param_req_list=[1,3,6,15,51,58,59], max_dhcp_size=1500, end]), zero-padded to 300 bytes
const DISCOVER = hex(
  "0101060012345678000380000000000000000000000000000000000002000000000100000000000000000000" +
    "00".repeat(192) +
    "638253633501010c066d69726167653d070102000000000137070103060f333a3b390205dcff" +
    "00".repeat(26),
);

// scapy: BOOTP(op=2, xid=0x12345678, flags=0x8000, yiaddr=192.168.56.10, siaddr=192.168.56.1,
//   chaddr=02:00:00:00:00:01)/DHCP(options=[message-type=offer, server_id=192.168.56.1,
//   lease_time=3600, renewal_time=1800, rebinding_time=3150, subnet_mask=255.255.255.0,
//   router=192.168.56.1, name_server=(192.168.56.1, 8.8.8.8), domain="example.org", end]):
//   303 bytes, longer than 300, so no padding
const OFFER = hex(
  "02010600123456780000800000000000c0a8380ac0a838010000000002000000000100000000000000000000" +
    "00".repeat(192) +
    "638253633501023604c0a83801330400000e103a04000007083b0400000c4e0104ffffff000304c0a83801" +
    "0608c0a83801080808080f0b6578616d706c652e6f7267ff",
);

// scapy: BOOTP(op=2, xid=0xdeadbeef, chaddr=02:00:00:00:00:01)/DHCP(options=[message-type=nak,
//   server_id=10.0.0.1, error_message="wrong network", end]), padded to 300
const NAK = hex(
  "02010600deadbeef0000000000000000000000000000000000000000020000000001000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000006382536335010636040a000001380d77726f6e67206e6574776f726bff0000000000000000000000000000000000000000000000000000000000000000000000",
);

// scapy: an ACK with dhcp-option-overload=3: lease_time 3600 in `file`, router 10.0.0.1 in `sname`
const OVERLOADED_ACK = hex(
  "02010600deadbeef00000000000000000a00000500000000000000000200000000010000000000000000000003040a000001ff000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000330400000e10ff000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000006382536335010536040a000001340103ff0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
);

const emitted = (repr: DhcpRepr): Uint8Array => {
  const out = new Uint8Array(DhcpRepr.bufferLen(repr));
  DhcpRepr.emit(repr, out);
  return out;
};

const tag = (r: Either<DhcpWireError, unknown>): string => (isLeft(r) ? r.left._tag : "Right");

/** A valid DISCOVER-shaped header (cookie included) followed by `options`. */
const withOptions = (options: Uint8Array): Uint8Array => {
  const b = new Uint8Array(240 + options.length);
  b.set(DISCOVER.subarray(0, 240));
  b.set(options, 240);
  return b;
};

const expectTotal = (bytes: Uint8Array): void => {
  const r = DhcpRepr.decode(bytes);
  if (r._tag === "Left") {
    expect(["Truncated", "Malformed", "Unsupported"]).toContain(r.left._tag);
    expect(r.left.proto).toBe("dhcp");
    expect(r.left.message).toMatch(/^Cannot /);
  } else {
    expect(r.right.clientHardwareAddress.length).toBe(6);
  }
};

const arbLatin1 = fc
  .array(fc.integer({ min: 0, max: 255 }), { maxLength: 40 })
  .map((cs) => String.fromCharCode(...cs))
  .filter((s) => !s.endsWith("\0"));

const arbRepr: fc.Arbitrary<DhcpRepr> = fc.record(
  {
    op: fc.constantFrom(DhcpOp.Request, DhcpOp.Reply),
    messageType: fc.constantFrom(...Object.values(DhcpMessageType)),
    xid: arbU32,
    secs: arbU16,
    broadcast: fc.boolean(),
    hops: fc.nat({ max: 255 }),
    clientHardwareAddress: arbMac,
    clientIp: arbIpv4,
    yourIp: arbIpv4,
    serverIp: arbIpv4,
    relayAgentIp: arbIpv4,
    serverIdentifier: arbIpv4,
    leaseTime: arbU32,
    renewalTime: arbU32,
    rebindingTime: arbU32,
    subnetMask: arbIpv4,
    routers: fc.array(arbIpv4, { maxLength: 4 }),
    // up to 300 bytes: more than one option instance (RFC 3396)
    dnsServers: fc.array(arbIpv4, { maxLength: 75 }),
    domainName: arbLatin1,
    hostname: arbLatin1,
    clientIdentifier: fc.uint8Array({ maxLength: 300 }),
    requestedIp: arbIpv4,
    parameterRequestList: fc.array(fc.nat({ max: 255 }), { maxLength: 20 }),
    maxMessageSize: arbU16,
    message: arbLatin1,
  },
  { requiredKeys: ["op", "messageType", "xid", "secs", "broadcast", "hops", "clientHardwareAddress", "clientIp", "yourIp", "serverIp", "relayAgentIp"] },
);

describe("dhcp wire", () => {
  it("reads a scapy DISCOVER and re-emits it byte for byte (padded to 300)", () => {
    expect(DISCOVER.length).toBe(300);
    const p = get(DhcpPacket.of(DISCOVER));
    expect([p.op(), p.htype(), p.hlen(), p.hops(), p.xid(), p.secs(), p.flags(), p.broadcast()]).toEqual([1, 1, 6, 0, 0x12345678, 3, 0x8000, true]);
    expect(p.magicCookie()).toBe(0x63825363);
    const repr = get(DhcpRepr.parse(p));
    expect(repr).toEqual({
      op: DhcpOp.Request,
      messageType: DhcpMessageType.Discover,
      xid: 0x12345678,
      secs: 3,
      broadcast: true,
      hops: 0,
      clientHardwareAddress: mac("02:00:00:00:00:01"),
      clientIp: ip("0.0.0.0"),
      yourIp: ip("0.0.0.0"),
      serverIp: ip("0.0.0.0"),
      relayAgentIp: ip("0.0.0.0"),
      hostname: "mirage",
      clientIdentifier: hex("01020000000001"),
      parameterRequestList: [1, 3, 6, 15, 51, 58, 59],
      maxMessageSize: 1500,
    });
    expect(DhcpRepr.bufferLen(repr)).toBe(BOOTP_MIN_LEN);
    expect(toHex(emitted(repr))).toBe(toHex(DISCOVER));
  });

  it("reads a scapy OFFER (303 bytes: no padding) and re-emits it byte for byte", () => {
    const repr = get(DhcpRepr.decode(OFFER));
    expect(repr).toMatchObject({
      op: DhcpOp.Reply,
      messageType: DhcpMessageType.Offer,
      xid: 0x12345678,
      broadcast: true,
      yourIp: ip("192.168.56.10"),
      serverIp: ip("192.168.56.1"),
      serverIdentifier: ip("192.168.56.1"),
      leaseTime: 3600,
      renewalTime: 1800,
      rebindingTime: 3150,
      subnetMask: ip("255.255.255.0"),
      routers: [ip("192.168.56.1")],
      dnsServers: [ip("192.168.56.1"), ip("8.8.8.8")],
      domainName: "example.org",
    });
    expect(DhcpRepr.bufferLen(repr)).toBe(303);
    expect(toHex(emitted(repr))).toBe(toHex(OFFER));
  });

  it("reads a scapy NAK with a message and re-emits it", () => {
    const repr = get(DhcpRepr.decode(NAK));
    expect(repr.messageType).toBe(DhcpMessageType.Nak);
    expect(repr.serverIdentifier).toBe(ip("10.0.0.1"));
    expect(repr.message).toBe("wrong network");
    expect(toHex(emitted(repr))).toBe(toHex(NAK));
  });

  it("follows the overload option into file and sname", () => {
    expect(OVERLOADED_ACK.length).toBe(300);
    const repr = get(DhcpRepr.decode(OVERLOADED_ACK));
    expect(repr).toMatchObject({ messageType: DhcpMessageType.Ack, serverIdentifier: ip("10.0.0.1"), leaseTime: 3600, routers: [ip("10.0.0.1")], yourIp: ip("10.0.0.5") });
    // without the overload option the same fields are ignored
    const plain = get(DhcpRepr.decode(withOptions(hex("350105 36040a000001 ff"))));
    expect(plain.leaseTime).toBeUndefined();
    // a bad overload value
    expect(tag(DhcpRepr.decode(withOptions(hex("350105 340104 ff"))))).toBe("Malformed");
    expect(tag(DhcpRepr.decode(withOptions(hex("350105 34020101 ff"))))).toBe("Malformed");
  });

  it("skips unknown options and pads, concatenates repeats, drops trailing NULs, accepts a missing end", () => {
    const r = get(DhcpRepr.decode(withOptions(hex("00 00 350102 2a03010203 00 0c026162 0c026300 0608 0a000001 0a000002 0604 0a000003 1c00"))));
    expect(r.messageType).toBe(DhcpMessageType.Offer);
    expect(r.hostname).toBe("abc");
    expect(r.dnsServers).toEqual([ip("10.0.0.1"), ip("10.0.0.2"), ip("10.0.0.3")]);
    // everything after the end option is ignored, even garbage
    const e = get(DhcpRepr.decode(withOptions(hex("350105 ff 0cff01"))));
    expect(e.hostname).toBeUndefined();
    // an empty option region after the cookie: no message type
    expect(tag(DhcpRepr.decode(DISCOVER.subarray(0, 240)))).toBe("Unsupported");
  });

  it("splits values longer than 255 bytes into several instances (RFC 3396)", () => {
    const base = get(DhcpRepr.decode(DISCOVER));
    const clientIdentifier = Uint8Array.from({ length: 600 }, (_, i) => i & 0xff);
    const repr: DhcpRepr = { ...base, clientIdentifier };
    const out = emitted(repr);
    expect(out.length).toBe(240 + 3 + 8 + (3 * 2 + 600) + 9 + 4 + 1);
    expect(get(DhcpRepr.decode(out)).clientIdentifier).toEqual(clientIdentifier);
  });

  it("refuses with typed errors", () => {
    const offer = OFFER.slice();
    const patched = (at: number, ...bytes: number[]): Uint8Array => {
      const b = offer.slice();
      b.set(bytes, at);
      return b;
    };
    expect(tag(DhcpRepr.decode(OFFER.subarray(0, 239)))).toBe("Truncated");
    expect(tag(DhcpRepr.decode(new Uint8Array(0)))).toBe("Truncated");
    expect(tag(DhcpRepr.decode(patched(236, 0x63, 0x82, 0x53, 0x64)))).toBe("Malformed"); // cookie
    expect(tag(DhcpRepr.decode(patched(0, 3)))).toBe("Malformed"); // op
    expect(tag(DhcpRepr.decode(patched(1, 6)))).toBe("Unsupported"); // htype IEEE 802
    expect(tag(DhcpRepr.decode(patched(2, 8)))).toBe("Unsupported"); // hlen
    expect(tag(DhcpRepr.decode(patched(242, 9)))).toBe("Unsupported"); // message type 9
    expect(tag(DhcpRepr.decode(patched(242, 0)))).toBe("Unsupported"); // message type 0
    expect(tag(DhcpRepr.decode(OFFER.subarray(0, OFFER.length - 5)))).toBe("Malformed"); // domain runs past the end
    expect(tag(DhcpRepr.decode(withOptions(hex("3501"))))).toBe("Malformed"); // no room for the length
    expect(tag(DhcpRepr.decode(withOptions(hex("35"))))).toBe("Malformed");
    expect(tag(DhcpRepr.decode(withOptions(hex("350105 3603010203 ff"))))).toBe("Malformed"); // server id 3 bytes
    expect(tag(DhcpRepr.decode(withOptions(hex("350105 0305010203aa ff"))))).toBe("Malformed"); // router 5 bytes
    expect(tag(DhcpRepr.decode(withOptions(hex("350105 330200 ff"))))).toBe("Malformed"); // lease 2 bytes
    expect(tag(DhcpRepr.decode(withOptions(hex("350105 39030000 ff"))))).toBe("Malformed"); // max size 1 byte
    expect(tag(DhcpRepr.decode(withOptions(hex("350105 350105 ff"))))).toBe("Malformed"); // two message types
    expect(tag(DhcpRepr.decode(withOptions(hex("35020505 ff"))))).toBe("Malformed");
    expect(tag(DhcpRepr.decode(withOptions(hex("3c00 ff"))))).toBe("Unsupported"); // plain BOOTP
  });

  it("emit: the buffer is checked; sname/file and stale bytes are zeroed; bad fields throw", () => {
    const repr = get(DhcpRepr.decode(DISCOVER));
    expect(() => DhcpRepr.emit(repr, new Uint8Array(299))).toThrow(RangeError);
    const dirty = new Uint8Array(320).fill(0xaa);
    DhcpRepr.emit(repr, dirty);
    expect(toHex(dirty.subarray(0, 300))).toBe(toHex(DISCOVER));
    expect(dirty[300]).toBe(0xaa);
    expect(() => emitted({ ...repr, hostname: "h\u0100st" })).toThrow(RangeError);
    expect(() => emitted({ ...repr, xid: 2 ** 32 })).toThrow(RangeError);
    expect(() => emitted({ ...repr, secs: -1 })).toThrow(RangeError);
    expect(() => emitted({ ...repr, leaseTime: 1.5 })).toThrow(RangeError);
    expect(() => emitted({ ...repr, maxMessageSize: 70000 })).toThrow(RangeError);
    expect(() => emitted({ ...repr, parameterRequestList: [256] })).toThrow(RangeError);
    // infinite lease is a plain uint32
    expect(get(DhcpRepr.decode(emitted({ ...repr, leaseTime: DHCP_INFINITE_LEASE }))).leaseTime).toBe(0xffffffff);
  });

  test.prop([arbRepr])("decode ∘ emit = id; at least 300 bytes; ends in an end option and zeros", (repr) => {
    const out = emitted(repr);
    expect(out.length).toBeGreaterThanOrEqual(BOOTP_MIN_LEN);
    expect(get(DhcpRepr.decode(out))).toEqual(repr);
    const end = out.lastIndexOf(0xff);
    expect(out.subarray(end + 1).every((b) => b === 0)).toBe(true);
  });

  test.prop([fc.uint8Array({ maxLength: 700 })])("garbage never throws", (bytes) => expectTotal(bytes));

  test.prop([fc.uint8Array({ maxLength: 400 })])("garbage options after a valid header never throw", (opts) => expectTotal(withOptions(opts)));

  test.prop([fc.constantFrom(DISCOVER, OFFER, NAK, OVERLOADED_ACK), fc.nat()])("any bit flip gives a Right or a typed Left", (b, n) => {
    expectTotal(flipBit(b, n % (b.length * 8)));
  });
});
