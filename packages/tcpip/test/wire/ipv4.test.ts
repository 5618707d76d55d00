import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { isLeft } from "fp-ts/Either";
import {
  checksum,
  IpProtocol,
  ipv4Address,
  ipv4Cidr,
  Ipv4Packet,
  Ipv4Repr,
  type Ipv4Cidr,
} from "../../src/wire/index.ts";
import { arbGarbage, arbIpv4, arbIpv4Repr, expectTotal, flipBit, get, hex, ip } from "./helpers.ts";

// scapy: IP(src="10.0.0.1", dst="10.0.0.2", id=0x1c46, flags="DF", ttl=64)/TCP(SYN with options)
const SYN_IP = hex(
  "4500003c1c46400040060a740a0000010a000002b26e0050a1b2c3d400000000a002faf0e6730000020405b40402080aaaf88f5a0000000001030307",
);

describe("ipv4Address", () => {
  it("parses and prints", () => {
    expect(ip("10.0.0.2")).toBe(0x0a000002);
    expect(ipv4Address.toString(ip("255.255.255.255"))).toBe("255.255.255.255");
    expect(ipv4Address.toString(ipv4Address.fromOctets(192, 168, 1, 10))).toBe("192.168.1.10");
    expect(Array.from(ipv4Address.toBytes(ip("1.2.3.4")))).toEqual([1, 2, 3, 4]);
    expect(ipv4Address.read(hex("00c0a8010a"), 1)).toBe(ip("192.168.1.10"));
  });

  it.each(["", "1.2.3", "1.2.3.4.5", "256.1.1.1", "01.2.3.4", "1.2.3.4 ", " 1.2.3.4", "1..2.3", "a.b.c.d", "1.2.3.-4", "1.2.3.4/24", "1111.1.1.1"])(
    "refuses %j",
    (s) => {
      const r = ipv4Address.parse(s);
      expect(isLeft(r) && r.left).toMatchObject({ _tag: "InvalidIpv4Address", input: s, message: expect.stringMatching(/^Cannot parse IPv4 address/) });
    },
  );

  test.prop([arbIpv4])("toString then parse gives the address back", (a) => {
    expect(get(ipv4Address.parse(ipv4Address.toString(a)))).toBe(a);
  });

  test.prop([fc.oneof(fc.string(), fc.stringMatching(/^[0-9.]{0,18}$/))])("parse is total", (s) => {
    const r = ipv4Address.parse(s);
    if (r._tag === "Right") expect(ipv4Address.toString(r.right)).toBe(s);
  });

  it("classifies", () => {
    expect(ipv4Address.isMulticast(ip("224.0.0.1"))).toBe(true);
    expect(ipv4Address.isMulticast(ip("239.255.255.255"))).toBe(true);
    expect(ipv4Address.isMulticast(ip("240.0.0.1"))).toBe(false);
    expect(ipv4Address.isBroadcast(ipv4Address.broadcast)).toBe(true);
    expect(ipv4Address.isUnspecified(ip("0.0.0.0"))).toBe(true);
    expect(ipv4Address.isLoopback(ip("127.1.2.3"))).toBe(true);
    expect(ipv4Address.isLinkLocal(ip("169.254.7.1"))).toBe(true);
    expect(ipv4Address.isUnicast(ip("10.0.0.1"))).toBe(true);
    expect(ipv4Address.isUnicast(ip("224.0.0.1"))).toBe(false);
  });
});

describe("ipv4Cidr", () => {
  const c = (s: string): Ipv4Cidr => get(ipv4Cidr.parse(s));

  it("parses, prints and computes the subnet", () => {
    const x = c("10.0.0.2/24");
    expect(x).toEqual({ address: ip("10.0.0.2"), prefixLen: 24 });
    expect(ipv4Cidr.toString(x)).toBe("10.0.0.2/24");
    expect(ipv4Address.toString(ipv4Cidr.netmask(x))).toBe("255.255.255.0");
    expect(ipv4Address.toString(ipv4Cidr.network(x))).toBe("10.0.0.0");
    expect(ipv4Cidr.broadcast(x)).toBe(ip("10.0.0.255"));
    expect(ipv4Cidr.contains(x, ip("10.0.0.77"))).toBe(true);
    expect(ipv4Cidr.contains(x, ip("10.0.1.1"))).toBe(false);
    expect(ipv4Cidr.netmask(c("1.2.3.4/0"))).toBe(0);
    expect(ipv4Cidr.contains(c("1.2.3.4/0"), ip("200.1.1.1"))).toBe(true);
    expect(ipv4Cidr.netmask(c("1.2.3.4/32"))).toBe(0xffffffff);
    expect(ipv4Cidr.broadcast(c("1.2.3.4/31"))).toBeUndefined();
    expect(ipv4Cidr.broadcast(c("1.2.3.4/32"))).toBeUndefined();
    expect(ipv4Cidr.broadcast(c("172.16.5.4/12"))).toBe(ip("172.31.255.255"));
  });

  it.each(["10.0.0.2", "10.0.0.2/33", "10.0.0.2/", "10.0.0.2/024", "10.0.0/24", "/24", "10.0.0.2/-1", "10.0.0.2/2 4"])("refuses %j", (s) => {
    expect(isLeft(ipv4Cidr.parse(s))).toBe(true);
  });

  it("make checks the prefix length", () => {
    expect(isLeft(ipv4Cidr.make(ip("1.2.3.4"), 33))).toBe(true);
    expect(isLeft(ipv4Cidr.make(ip("1.2.3.4"), 1.5))).toBe(true);
    expect(get(ipv4Cidr.make(ip("1.2.3.4"), 8))).toEqual({ address: ip("1.2.3.4"), prefixLen: 8 });
  });

  test.prop([arbIpv4, fc.nat({ max: 32 }), arbIpv4])("contains agrees with the mask; network and broadcast are inside", (a, p, other) => {
    const x = get(ipv4Cidr.make(a, p));
    expect(get(ipv4Cidr.parse(ipv4Cidr.toString(x)))).toEqual(x);
    expect(ipv4Cidr.contains(x, a)).toBe(true);
    expect(ipv4Cidr.contains(x, ipv4Cidr.network(x))).toBe(true);
    const b = ipv4Cidr.broadcast(x);
    if (b !== undefined) expect(ipv4Cidr.contains(x, b)).toBe(true);
    const m = ipv4Cidr.netmask(x);
    expect(ipv4Cidr.contains(x, other)).toBe(((a & m) >>> 0) === ((other & m) >>> 0));
    if (p > 0) {
      // flipping the last network bit leaves the subnet
      const out = ipv4Address.ofUint32(a ^ (1 << (32 - p)));
      expect(ipv4Cidr.contains(x, out)).toBe(false);
    }
  });
});

describe("Ipv4Packet / Ipv4Repr", () => {
  it("reads a real packet (scapy) with DF set, and re-emits it byte for byte", () => {
    const p = get(Ipv4Packet.of(SYN_IP));
    expect(p.version()).toBe(4);
    expect(p.headerLen()).toBe(20);
    expect(p.totalLen()).toBe(60);
    expect(p.ident()).toBe(0x1c46);
    expect(p.dontFrag()).toBe(true);
    expect(p.moreFrags()).toBe(false);
    expect(p.fragOffset()).toBe(0);
    expect(p.isFragment()).toBe(false);
    expect(p.ttl()).toBe(64);
    expect(p.protocol()).toBe(IpProtocol.Tcp);
    expect(p.checksum()).toBe(0x0a74);
    expect(p.verifyChecksum()).toBe(true);
    expect(ipv4Address.toString(p.src())).toBe("10.0.0.1");
    expect(ipv4Address.toString(p.dst())).toBe("10.0.0.2");
    expect(p.payload().length).toBe(40);
    const repr = get(Ipv4Repr.parse(p));
    expect(repr).toEqual({
      src: ip("10.0.0.1"),
      dst: ip("10.0.0.2"),
      protocol: 6,
      payloadLen: 40,
      ttl: 64,
      ident: 0x1c46,
      dontFrag: true,
      moreFrags: false,
      fragOffset: 0,
      dscp: 0,
      ecn: 0,
    });
    const out = new Uint8Array(Ipv4Repr.bufferLen(repr));
    Ipv4Repr.emit(repr, out);
    expect(out.subarray(0, 20)).toEqual(SYN_IP.subarray(0, 20));
  });

  it("exposes fragment fields", () => {
    const b = SYN_IP.slice();
    b[6] = 0x20 | 0x01; // MF, offset 0x1b9 * 8
    b[7] = 0xb9;
    const p = get(Ipv4Packet.of(b));
    expect(p.moreFrags()).toBe(true);
    expect(p.dontFrag()).toBe(false);
    expect(p.fragOffset()).toBe(0x1b9 * 8);
    expect(p.isFragment()).toBe(true);
    p.fillChecksum();
    expect(get(Ipv4Repr.parse(p))).toMatchObject({ moreFrags: true, fragOffset: 0x1b9 * 8 });
  });

  it("ignores trailing bytes (Ethernet padding) and skips options", () => {
    const padded = new Uint8Array(80);
    padded.set(SYN_IP);
    const p = get(Ipv4Packet.of(padded));
    expect(p.payload().length).toBe(40);
    // a header with 4 bytes of options (NOP NOP NOP EOL), 8 bytes of payload
    const b = hex("4600002000000000400100000a0000010a0000020101010008003b2712340001");
    const q = get(Ipv4Packet.of(b));
    q.fillChecksum();
    expect(q.headerLen()).toBe(24);
    expect(q.optionsLen()).toBe(4);
    expect(Array.from(q.options())).toEqual([1, 1, 1, 0]);
    expect(get(Ipv4Repr.parse(q))).toMatchObject({ payloadLen: 8, protocol: 1 });
  });

  it("refuses with typed errors", () => {
    const err = (b: Uint8Array) => {
      const r = Ipv4Repr.decode(b);
      return isLeft(r) ? r.left._tag : "Right";
    };
    expect(err(SYN_IP.subarray(0, 19))).toBe("Truncated");
    expect(err(SYN_IP.subarray(0, 59))).toBe("Truncated"); // total length 60
    const ihl4 = SYN_IP.slice();
    ihl4[0] = 0x44;
    expect(err(ihl4)).toBe("Malformed");
    const v6 = SYN_IP.slice();
    v6[0] = 0x65;
    expect(err(v6)).toBe("Malformed");
    const shortTotal = SYN_IP.slice();
    shortTotal[3] = 19;
    expect(err(shortTotal)).toBe("Malformed");
    const bad = SYN_IP.slice();
    bad[8] = 63;
    expect(err(bad)).toBe("BadChecksum");
    expect(isLeft(Ipv4Repr.decode(bad, { verifyChecksum: false }))).toBe(false);
    const evil = SYN_IP.slice();
    evil[6] = (evil[6] as number) | 0x80;
    get(Ipv4Packet.of(evil)).fillChecksum();
    expect(err(evil)).toBe("Malformed");
  });

  test.prop([arbIpv4Repr()])("decode ∘ emit = id (header only in the buffer; payload length from the repr)", (repr) => {
    const buf = new Uint8Array(Ipv4Repr.bufferLen(repr));
    Ipv4Repr.emit(repr, buf);
    const p = get(Ipv4Packet.of(buf));
    expect(p.verifyChecksum()).toBe(true);
    expect(checksum(buf, 0, 20)).toBe(0);
    expect(get(Ipv4Repr.parse(p))).toEqual(repr);
  });

  test.prop([arbIpv4Repr(40), fc.nat({ max: 20 * 8 - 1 })])("any single bit flipped in the header is refused", (repr, bit) => {
    const buf = new Uint8Array(Ipv4Repr.bufferLen(repr));
    Ipv4Repr.emit(repr, buf);
    const r = Ipv4Repr.decode(flipBit(buf, bit));
    expect(r._tag).toBe("Left");
  });

  it("emit defaults the optional fields", () => {
    const buf = new Uint8Array(20);
    Ipv4Repr.emit({ src: ip("10.0.0.1"), dst: ip("10.0.0.2"), protocol: 17, payloadLen: 0, ttl: 64 }, buf);
    expect(get(Ipv4Repr.decode(buf))).toMatchObject({ ident: 0, dontFrag: false, moreFrags: false, fragOffset: 0, dscp: 0, ecn: 0 });
    expect(() => Ipv4Repr.emit({ src: ip("10.0.0.1"), dst: ip("10.0.0.2"), protocol: 17, payloadLen: 65516, ttl: 64 }, buf)).toThrow(RangeError);
    expect(() => Ipv4Repr.emit({ src: ip("10.0.0.1"), dst: ip("10.0.0.2"), protocol: 17, payloadLen: 0, ttl: 64 }, new Uint8Array(19))).toThrow(RangeError);
  });

  test.prop([arbGarbage])("total on garbage", (b) => {
    expectTotal(() => Ipv4Repr.decode(b));
    const p = Ipv4Packet.of(b);
    if (p._tag === "Right") {
      // every getter is safe once `of` said yes
      const v = p.right;
      void [v.version(), v.headerLen(), v.dscp(), v.ecn(), v.totalLen(), v.ident(), v.fragOffset(), v.ttl(), v.protocol(), v.checksum(), v.src(), v.dst()];
      expect(v.options().length).toBe(v.optionsLen());
      expect(v.payload().length).toBe(v.payloadLen());
    }
  });

  test.prop([arbIpv4Repr(40), fc.nat({ max: 60 })])("total on valid headers with random lengths and garbage after", (repr, cut) => {
    const buf = new Uint8Array(Ipv4Repr.bufferLen(repr)).fill(0xa5);
    Ipv4Repr.emit(repr, buf);
    expectTotal(() => Ipv4Repr.decode(buf.subarray(0, cut)));
  });
});
