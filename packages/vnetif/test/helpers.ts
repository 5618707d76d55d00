// Test helpers: a real-time clock from Node, frame builders, a receiver.
import type { ClockSource } from "../src/index.ts";
import { macAddress, type MacAddress, type Net } from "@mirage/mirage-net";

export const realClock = (): ClockSource => ({
  mclock: { kind: "mclock", elapsedNs: () => process.hrtime.bigint(), periodNs: () => 1n },
  sleep: {
    kind: "sleep",
    sleepNs: (ns) => new Promise((resolve) => setTimeout(resolve, ns <= 0n ? 0 : Math.ceil(Number(ns) / 1e6))),
  },
});

export const mac = (s: string): MacAddress => {
  const r = macAddress.parse(s);
  if (r._tag === "Left") throw new Error(r.left.message);
  return r.right;
};

/** An Ethernet frame dst/src/0x88b5 with a 32-bit sequence number and `size - 18` filler bytes. */
export const frame = (dst: MacAddress, src: MacAddress, seq: number, size = 64): Uint8Array => {
  const f = new Uint8Array(size);
  f.set(dst, 0);
  f.set(src, 6);
  f[12] = 0x88;
  f[13] = 0xb5;
  const dv = new DataView(f.buffer);
  dv.setUint32(14, seq);
  for (let i = 18; i < size; i++) f[i] = (seq * 31 + i) & 0xff;
  return f;
};

export const seqOf = (f: Uint8Array): number => new DataView(f.buffer, f.byteOffset, f.byteLength).getUint32(14);

export const send = async (net: Net, f: Uint8Array): Promise<void> => {
  const r = await net.write(f.length, (buf) => {
    buf.set(f);
    return f.length;
  });
  if (r._tag === "Left") throw new Error(r.left.message);
};

/** Starts listening on `net`; `frames` holds copies of what arrived. */
export const collect = (net: Net): Uint8Array[] => {
  const frames: Uint8Array[] = [];
  void net.listen((f) => frames.push(f.slice()));
  return frames;
};

/** Lets every queued microtask and immediate run. */
export const settle = async (turns = 3): Promise<void> => {
  for (let i = 0; i < turns; i++) await new Promise<void>((r) => setImmediate(r));
};

export interface TcpFrameSpec {
  readonly flags: number;
  readonly payload?: number;
  readonly ihl?: number;
  readonly doff?: number;
  readonly proto?: number;
  readonly ethertype?: number;
  readonly fragOffset?: number;
  /** Extra bytes after the IP datagram (Ethernet padding). */
  readonly pad?: number;
}

export const TCP = { FIN: 0x01, SYN: 0x02, RST: 0x04, PSH: 0x08, ACK: 0x10 } as const;

/** A minimal Ethernet + IPv4 + TCP frame, built by hand (checksums left zero). */
export const tcpFrame = (dst: MacAddress, src: MacAddress, spec: TcpFrameSpec): Uint8Array => {
  const ihl = spec.ihl ?? 20;
  const doff = spec.doff ?? 20;
  const payload = spec.payload ?? 0;
  const total = ihl + doff + payload;
  const f = new Uint8Array(14 + total + (spec.pad ?? 0));
  const dv = new DataView(f.buffer);
  f.set(dst, 0);
  f.set(src, 6);
  dv.setUint16(12, spec.ethertype ?? 0x0800);
  f[14] = 0x40 | (ihl / 4);
  dv.setUint16(16, total);
  dv.setUint16(20, (spec.fragOffset ?? 0) & 0x1fff);
  f[22] = 64;
  f[23] = spec.proto ?? 6;
  const tcp = 14 + ihl;
  dv.setUint16(tcp, 40000);
  dv.setUint16(tcp + 2, 80);
  f[tcp + 12] = (doff / 4) << 4;
  f[tcp + 13] = spec.flags;
  for (let i = tcp + doff; i < 14 + total; i++) f[i] = i & 0xff;
  return f;
};

/** Runs a switch on a mock clock until nothing is in flight, advancing to each deadline in turn. */
export const runIdle = async (clock: { advance(ns: bigint): Promise<void>; nowNs(): bigint }, sw: { pending(): number; nextDeadlineNs(): bigint | undefined }): Promise<void> => {
  for (let guard = 0; guard < 1_000_000; guard++) {
    await settle(1);
    const d = sw.nextDeadlineNs();
    if (d === undefined) {
      if (sw.pending() === 0) return;
      continue;
    }
    const step = d - clock.nowNs();
    await clock.advance(step > 0n ? step : 0n);
  }
  throw new Error("the switch never went idle");
};
