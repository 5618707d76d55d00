// Shared helpers for the ethernet/arp/ipv4/icmp/udp tests (not a test file itself).
import { expect } from "vitest";
import { isLeft, type Either } from "fp-ts/Either";
import { mockClock, type MockClock } from "@mirage/mirage-clock";
import { chachaRng } from "@mirage/mirage-random";
import { macAddress, netPair, type MacAddress, type Net } from "@mirage/mirage-net";
import { checksum, pseudoHeaderSum } from "../src/wire/checksum.ts";
import { ipv4Address, ipv4Cidr, Ipv4Repr, type Ipv4Address, type Ipv4Cidr } from "../src/wire/ipv4.ts";
import { Icmpv4Repr } from "../src/wire/icmpv4.ts";
import type { StackContext } from "../src/context.ts";
import { directIpStack, type DirectIpStack, type DirectIpStackOptions } from "../src/ip-stack.ts";

export const get = <A>(e: Either<{ message: string }, A>): A => {
  if (isLeft(e)) throw new Error(`expected a Right, got ${JSON.stringify(e.left)}`);
  return e.right;
};

export const ip = (s: string): Ipv4Address => get(ipv4Address.parse(s));
export const cidr = (s: string): Ipv4Cidr => get(ipv4Cidr.parse(s));
export const mac = (s: string): MacAddress => get(macAddress.parse(s));

export const MS = 1_000_000n;
export const SECOND = 1_000_000_000n;

/** A platform context on a mock clock with a seeded generator. */
export const ctxOf = (clock: MockClock, seed = 1): StackContext => {
  const s = new Uint8Array(32);
  s[0] = seed;
  return { mclock: clock.mclock, sleep: clock.sleep, random: chachaRng(s) };
};

/** Lets queued microtasks and immediates run (no virtual time passes). */
export const settle = async (turns = 5): Promise<void> => {
  for (let i = 0; i < turns; i++) await new Promise<void>((r) => setImmediate(r));
};

/** Starts listening on `net`; the array holds copies of what arrived. */
export const collect = (net: Net): Uint8Array[] => {
  const frames: Uint8Array[] = [];
  void net.listen((f) => frames.push(f.slice()));
  return frames;
};

export const send = async (net: Net, f: Uint8Array): Promise<void> => {
  const r = await net.write(f.length, (buf) => {
    buf.set(f);
    return f.length;
  });
  if (r._tag === "Left") throw new Error(r.left.message);
};

export const ethFrame = (dst: MacAddress, src: MacAddress, ethertype: number, payload: Uint8Array): Uint8Array => {
  const f = new Uint8Array(14 + payload.length);
  f.set(dst, 0);
  f.set(src, 6);
  f[12] = ethertype >>> 8;
  f[13] = ethertype & 0xff;
  f.set(payload, 14);
  return f;
};

export interface IpSpec {
  readonly src: Ipv4Address;
  readonly dst: Ipv4Address;
  readonly protocol: number;
  readonly payload: Uint8Array;
  readonly ttl?: number;
  readonly ident?: number;
  readonly moreFrags?: boolean;
  readonly dontFrag?: boolean;
  readonly fragOffset?: number;
}

export const ipPacket = (s: IpSpec): Uint8Array => {
  const b = new Uint8Array(20 + s.payload.length);
  Ipv4Repr.emit(
    {
      src: s.src,
      dst: s.dst,
      protocol: s.protocol,
      payloadLen: s.payload.length,
      ttl: s.ttl ?? 64,
      ident: s.ident ?? 0,
      moreFrags: s.moreFrags ?? false,
      dontFrag: s.dontFrag ?? false,
      fragOffset: s.fragOffset ?? 0,
    },
    b,
  );
  b.set(s.payload, 20);
  return b;
};

/** A UDP datagram (header + data) with a correct checksum (or none). */
export const udpPacket = (src: Ipv4Address, dst: Ipv4Address, srcPort: number, dstPort: number, data: Uint8Array, withChecksum = true): Uint8Array => {
  const len = 8 + data.length;
  const b = new Uint8Array(len);
  const dv = new DataView(b.buffer);
  dv.setUint16(0, srcPort);
  dv.setUint16(2, dstPort);
  dv.setUint16(4, len);
  b.set(data, 8);
  if (withChecksum) dv.setUint16(6, checksum(b, 0, len, pseudoHeaderSum(src, dst, 17, len)) || 0xffff);
  return b;
};

export const echoRequest = (ident: number, seqNo: number, data: Uint8Array): Uint8Array => {
  const repr: Icmpv4Repr = { type: "echoRequest", ident, seqNo, data };
  const b = new Uint8Array(Icmpv4Repr.bufferLen(repr));
  Icmpv4Repr.emit(repr, b);
  return b;
};

/** The IPv4 packet inside an Ethernet frame, if it carries one. */
export const ipOf = (frame: Uint8Array): Uint8Array | undefined =>
  frame.length >= 34 && frame[12] === 0x08 && frame[13] === 0x00 ? frame.subarray(14) : undefined;

export const bytes = (n: number, seed = 0): Uint8Array => Uint8Array.from({ length: n }, (_, i) => (i * 7 + seed * 13 + (i >>> 8)) & 0xff);

export interface StackPair {
  readonly clock: MockClock;
  readonly a: DirectIpStack;
  readonly b: DirectIpStack;
  readonly netA: Net;
  readonly netB: Net;
}

export const A_CIDR = "10.0.0.1/24";
export const B_CIDR = "10.0.0.2/24";

/** Two stacks over a netPair on one mock clock: 10.0.0.1/24 and 10.0.0.2/24. */
export const stackPair = (opts: { a?: DirectIpStackOptions; b?: DirectIpStackOptions; mtu?: number } = {}): StackPair => {
  const clock = mockClock();
  const [netA, netB] = netPair(opts.mtu === undefined ? {} : { mtu: opts.mtu });
  const a = directIpStack(netA, ctxOf(clock, 1), { cidr: cidr(A_CIDR), ...opts.a });
  const b = directIpStack(netB, ctxOf(clock, 2), { cidr: cidr(B_CIDR), ...opts.b });
  return { clock, a, b, netA, netB };
};

export const expectRight = <E, A>(e: Either<E, A>): A => {
  expect(e._tag).toBe("Right");
  return (e as { right: A }).right;
};
