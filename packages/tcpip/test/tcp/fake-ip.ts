// Two IPv4 layers joined back to back on a virtual clock, for the TCP layer tests: each packet
// is delivered to the other side's registered input after a latency, with optional seeded
// loss, reordering (extra delay), duplication and a tap that may inspect, drop or corrupt it.
import { right, type Either } from "fp-ts/Either";
import type { MockClock } from "@mirage/mirage-clock";
import type { Random } from "@mirage/mirage-random";
import type { IpInput, IpWriteError, Ipv4Layer } from "../../src/ip-layer.ts";
import { ipv4Address, type Ipv4Address } from "../../src/wire/ipv4.ts";

export interface FakeLinkOptions {
  readonly latencyNs?: bigint;
  readonly mtu?: number;
  readonly seed?: number;
  /** Probability of dropping each packet. */
  readonly loss?: number;
  /** Probability of delaying a packet by an extra 0..reorderNs (so later ones overtake it). */
  readonly reorder?: number;
  readonly reorderNs?: bigint;
  readonly duplicate?: number;
  /** Call `fill` only after a turn of the event loop, as an IP layer waiting for ARP does. */
  readonly asyncFill?: boolean;
}

/** Sees every packet; returns false to drop it. May modify the bytes. */
export type Tap = (from: "a" | "b", src: Ipv4Address, dst: Ipv4Address, payload: Uint8Array) => boolean;

export interface FakeIpSide extends Ipv4Layer {
  readonly address: Ipv4Address;
  /** Packets this side sent. */
  sent: number;
}

export interface FakeIpPair {
  readonly a: FakeIpSide;
  readonly b: FakeIpSide;
  tap: Tap | undefined;
  /** Change loss on the fly (for "the peer died" tests). */
  loss: number;
  delivered: number;
  dropped: number;
}

/** xorshift32: small and deterministic. */
export const prng = (seed: number): (() => number) => {
  let x = seed >>> 0 || 0x9e3779b9;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 0x100000000;
  };
};

/** A deterministic Random for tests (not cryptographic). */
export const testRandom = (seed = 1): Random => {
  const next = prng(seed);
  const fill = (buf: Uint8Array): void => {
    for (let i = 0; i < buf.length; i++) buf[i] = Math.floor(next() * 256);
  };
  return {
    kind: "random",
    generate: (n) => {
      const b = new Uint8Array(n);
      fill(b);
      return b;
    },
    fill,
    reseed: () => {},
  };
};

export const A_ADDR = ipv4Address.fromOctets(10, 0, 0, 1);
export const B_ADDR = ipv4Address.fromOctets(10, 0, 0, 2);

export const fakeIpPair = (clock: MockClock, o: FakeLinkOptions = {}): FakeIpPair => {
  const latency = o.latencyNs ?? 1_000_000n;
  const mtu = o.mtu ?? 1500;
  const rand = prng(o.seed ?? 42);
  const handlers: { a: IpInput | undefined; b: IpInput | undefined } = { a: undefined, b: undefined };
  const OK: Either<IpWriteError, void> = right(undefined);

  const pair: FakeIpPair = {
    a: undefined as unknown as FakeIpSide,
    b: undefined as unknown as FakeIpSide,
    tap: undefined,
    loss: o.loss ?? 0,
    delivered: 0,
    dropped: 0,
  };

  const deliver = (to: "a" | "b", src: Ipv4Address, dst: Ipv4Address, bytes: Uint8Array, delay: bigint): void => {
    void clock.sleep.sleepNs(delay).then(() => {
      const h = handlers[to];
      if (h === undefined) return;
      pair.delivered++;
      h(src, dst, bytes);
    });
  };

  const side = (me: "a" | "b", address: Ipv4Address, peer: Ipv4Address): FakeIpSide => {
    const s: FakeIpSide = {
      address,
      sent: 0,
      mtu,
      source: (dst) => (dst === peer ? address : undefined),
      async write(dst, protocol, payloadLen, fill, opts) {
        if (dst !== peer) return { _tag: "Left", left: { _tag: "NoRoute", dst, message: "no route" } };
        const src = opts?.src ?? address;
        const buf = new Uint8Array(payloadLen);
        if (o.asyncFill === true) await new Promise<void>((r) => setImmediate(r));
        fill(buf, src);
        void protocol;
        s.sent++;
        if (pair.tap !== undefined && !pair.tap(me, src, dst, buf)) {
          pair.dropped++;
          return OK;
        }
        if (pair.loss > 0 && rand() < pair.loss) {
          pair.dropped++;
          return OK;
        }
        const to = me === "a" ? "b" : "a";
        let delay = latency;
        if (o.reorder !== undefined && rand() < o.reorder) delay += BigInt(Math.floor(rand() * Number(o.reorderNs ?? 5_000_000n)));
        deliver(to, src, dst, buf, delay);
        if (o.duplicate !== undefined && rand() < o.duplicate) deliver(to, src, dst, buf.slice(), delay + 100_000n);
        return OK;
      },
      register(protocol, input) {
        if (protocol === 6) handlers[me] = input;
      },
    };
    return s;
  };

  (pair as { a: FakeIpSide }).a = side("a", A_ADDR, B_ADDR);
  (pair as { b: FakeIpSide }).b = side("b", B_ADDR, A_ADDR);
  return pair;
};

/**
 * Advances the virtual clock in `stepNs` steps until `p` settles; fails after `limitNs`.
 */
export const drive = async <T>(clock: MockClock, p: Promise<T>, limitNs = 600_000_000_000n, stepNs = 1_000_000n): Promise<T> => {
  let done = false;
  let value: T | undefined;
  let error: unknown;
  let failed = false;
  p.then(
    (v) => {
      done = true;
      value = v;
    },
    (e: unknown) => {
      done = true;
      failed = true;
      error = e;
    },
  );
  const start = clock.nowNs();
  for (let i = 0; i < 5 && !done; i++) await new Promise<void>((r) => setImmediate(r));
  while (!done) {
    if (clock.nowNs() - start > limitNs) throw new Error(`drive: nothing settled within ${limitNs} ns of virtual time`);
    await clock.advance(stepNs);
  }
  if (failed) throw error;
  return value as T;
};

/** Lets virtual time pass. */
export const elapse = async (clock: MockClock, ns: bigint, stepNs = 1_000_000n): Promise<void> => {
  const end = clock.nowNs() + ns;
  while (clock.nowNs() < end) await clock.advance(end - clock.nowNs() < stepNs ? end - clock.nowNs() : stepNs);
};
