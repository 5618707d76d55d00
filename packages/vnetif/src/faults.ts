// Fault profiles and the stage that applies one to a stream of frames.
//
// Core package: ES2022 only (it also runs inside a QuickJS guest), no Node or DOM types.
import { ETHERNET_HEADER_BYTES } from "@mirage/mirage-net";
import type { FaultRng } from "./random.ts";
import type { Arrival, Timeline } from "./scheduler.ts";

/** A window of link time [fromNs, untilNs): nanoseconds since the switch (or wrapper) was made. */
export interface TimeWindow {
  readonly fromNs: bigint;
  readonly untilNs: bigint;
}

/**
 * What can go wrong on a link. Every field is optional; `{}` is a clean link. Decisions are
 * drawn from a seeded generator, in this order for each frame:
 *
 * 1. `mtu`: a frame longer than `mtu + 14` is dropped (counted `dropped.mtu`). No draw.
 * 2. `blackout`: a frame entering the link inside a window is dropped (`dropped.blackout`).
 * 3. `loss`: dropped with this probability (`dropped.loss`).
 * 4. `ackOnlyLoss`: a pure TCP ACK over IPv4 (ACK set; SYN, FIN, RST clear; no payload) is
 *    dropped with this probability (`dropped.ackLoss`); nothing else is touched.
 * 5. `duplicate`: with this probability the frame is sent twice (`duplicated`); each copy then
 *    goes through the steps below on its own.
 * 6. `corrupt`: `bytes` distinct bytes (default 1) at or after `offset` (default 0) are XORed
 *    with a non-zero random value; the length never changes (`corrupted`).
 * 7. `trailingJunk`: 1..`maxBytes` random bytes are appended, never past the receiver's
 *    largest frame (`junked`), like Ethernet padding or a sloppy NIC.
 * 8. `delayNs`: a fixed delay or a uniform one in [minNs, maxNs]. Jitter never reorders: a frame
 *    never overtakes an earlier one on the same link (its deadline is pushed back instead).
 * 9. `reorder`: with `probability`, the frame is held back an extra 1..`maxDelayNs` ns outside
 *    the link's FIFO order, so later frames overtake it (`reordered`).
 */
export interface FaultProfile {
  readonly loss?: number;
  readonly ackOnlyLoss?: number;
  readonly reorder?: { readonly probability: number; readonly maxDelayNs: bigint };
  readonly duplicate?: number;
  readonly corrupt?: { readonly probability: number; readonly bytes?: number; readonly offset?: number };
  readonly delayNs?: bigint | { readonly minNs: bigint; readonly maxNs: bigint };
  readonly blackout?: TimeWindow | readonly TimeWindow[];
  readonly mtu?: number;
  readonly trailingJunk?: { readonly probability: number; readonly maxBytes: number };
}

const MS = 1_000_000n;

/** Named profiles for tests; spread and override to taste: `{ ...faultProfiles.lossy, loss: 0.1 }`. */
export const faultProfiles = {
  clean: {},
  /** 2% of frames lost. */
  lossy: { loss: 0.02 },
  /** 20% of pure ACKs lost, nothing else. */
  ackLoss: { ackOnlyLoss: 0.2 },
  /** 5% of frames held back up to 2 ms. */
  reorder: { reorder: { probability: 0.05, maxDelayNs: 2n * MS } },
  /** 2% of frames delivered twice. */
  duplicate: { duplicate: 0.02 },
  /** 1% of frames with one byte flipped, after the Ethernet header. */
  corrupt: { corrupt: { probability: 0.01, bytes: 1, offset: ETHERNET_HEADER_BYTES } },
  /** 1 to 3 ms of latency, FIFO. */
  delay: { delayNs: { minNs: 1n * MS, maxNs: 3n * MS } },
  /** Everything dropped from 10 ms to 210 ms after the switch was made. */
  blackout: { blackout: { fromNs: 10n * MS, untilNs: 210n * MS } },
  /** Frames above 576 bytes of payload dropped (a path-MTU black hole). */
  smallMtu: { mtu: 576 },
  /** 10% of frames carry up to 16 bytes of trailing junk. */
  junk: { trailingJunk: { probability: 0.1, maxBytes: 16 } },
  /** A bit of everything, with latency. */
  mixed: {
    loss: 0.01,
    duplicate: 0.01,
    reorder: { probability: 0.02, maxDelayNs: 2n * MS },
    corrupt: { probability: 0.005, offset: ETHERNET_HEADER_BYTES },
    trailingJunk: { probability: 0.02, maxBytes: 8 },
    delayNs: { minNs: 200_000n, maxNs: 1n * MS },
  },
} as const satisfies Record<string, FaultProfile>;

const isProbability = (p: unknown): boolean => typeof p === "number" && p >= 0 && p <= 1;

/** Throws a RangeError naming the bad field (a bad profile is a bug in the test). */
export const checkFaultProfile = (p: FaultProfile): void => {
  const bad = (what: string): never => {
    throw new RangeError(`Cannot use the fault profile: ${what}`);
  };
  for (const k of ["loss", "ackOnlyLoss", "duplicate"] as const) {
    const v = p[k];
    if (v !== undefined && !isProbability(v)) bad(`${k} must be a probability in 0..1, not ${String(v)}`);
  }
  if (p.reorder !== undefined) {
    if (!isProbability(p.reorder.probability)) bad(`reorder.probability must be in 0..1, not ${String(p.reorder.probability)}`);
    if (typeof p.reorder.maxDelayNs !== "bigint" || p.reorder.maxDelayNs < 1n) bad("reorder.maxDelayNs must be a bigint >= 1");
  }
  if (p.corrupt !== undefined) {
    const { probability, bytes = 1, offset = 0 } = p.corrupt;
    if (!isProbability(probability)) bad(`corrupt.probability must be in 0..1, not ${String(probability)}`);
    if (!Number.isSafeInteger(bytes) || bytes < 1) bad(`corrupt.bytes must be an integer >= 1, not ${String(bytes)}`);
    if (!Number.isSafeInteger(offset) || offset < 0) bad(`corrupt.offset must be an integer >= 0, not ${String(offset)}`);
  }
  if (p.trailingJunk !== undefined) {
    const { probability, maxBytes } = p.trailingJunk;
    if (!isProbability(probability)) bad(`trailingJunk.probability must be in 0..1, not ${String(probability)}`);
    if (!Number.isSafeInteger(maxBytes) || maxBytes < 1) bad(`trailingJunk.maxBytes must be an integer >= 1, not ${String(maxBytes)}`);
  }
  const d = p.delayNs;
  if (d !== undefined) {
    if (typeof d === "bigint") {
      if (d < 0n) bad(`delayNs must be >= 0, not ${d}`);
    } else if (typeof d.minNs !== "bigint" || typeof d.maxNs !== "bigint" || d.minNs < 0n || d.maxNs < d.minNs) {
      bad("delayNs must be a bigint or { minNs, maxNs } with 0 <= minNs <= maxNs");
    }
  }
  if (p.blackout !== undefined) {
    for (const w of windows(p.blackout)) {
      if (typeof w.fromNs !== "bigint" || typeof w.untilNs !== "bigint" || w.untilNs < w.fromNs) {
        bad("blackout windows must be { fromNs, untilNs } bigints with fromNs <= untilNs");
      }
    }
  }
  if (p.mtu !== undefined && (!Number.isSafeInteger(p.mtu) || p.mtu < 0)) bad(`mtu must be a non-negative integer, not ${String(p.mtu)}`);
};

const windows = (b: TimeWindow | readonly TimeWindow[]): readonly TimeWindow[] => ("fromNs" in b ? [b as TimeWindow] : (b as readonly TimeWindow[]));

const at = (f: Uint8Array, i: number): number => f[i] ?? 0;

/**
 * Whether `frame` is Ethernet + IPv4 (first fragment) + TCP with ACK set, SYN/FIN/RST clear and
 * no payload, read from the IPv4 total length and the TCP data offset. Total: false on garbage.
 */
export const isPureTcpAck = (frame: Uint8Array): boolean => {
  const ip = ETHERNET_HEADER_BYTES;
  if (frame.length < ip + 40) return false;
  if (at(frame, 12) !== 0x08 || at(frame, 13) !== 0x00) return false;
  const vihl = at(frame, ip);
  if (vihl >> 4 !== 4) return false;
  const ihl = (vihl & 15) * 4;
  if (ihl < 20 || at(frame, ip + 9) !== 6) return false;
  if ((((at(frame, ip + 6) & 0x1f) << 8) | at(frame, ip + 7)) !== 0) return false; // a later fragment
  const total = (at(frame, ip + 2) << 8) | at(frame, ip + 3);
  const tcp = ip + ihl;
  if (tcp + 20 > frame.length) return false;
  const doff = (at(frame, tcp + 12) >> 4) * 4;
  if (doff < 20 || total !== ihl + doff) return false;
  const flags = at(frame, tcp + 13);
  return (flags & 0x10) !== 0 && (flags & 0x07) === 0;
};

export interface DropCounts {
  readonly loss: number;
  readonly ackLoss: number;
  readonly mtu: number;
  readonly blackout: number;
  /** Reached an interface that had no listener. */
  readonly noListener: number;
  /** Reached an interface shorter than an Ethernet header. */
  readonly runt: number;
  /** In flight when the receiving interface was disconnected. */
  readonly disconnected: number;
  /** The wrapped interface refused it (faultyNet's send side). */
  readonly error: number;
}

/** What happened to the frames on one link (towards a switch port, or one side of a faultyNet). */
export interface LinkStats {
  /** Frames handed to the receiver (duplicates count twice). */
  readonly delivered: number;
  readonly deliveredBytes: number;
  readonly dropped: DropCounts;
  readonly duplicated: number;
  readonly corrupted: number;
  readonly reordered: number;
  readonly junked: number;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
export type LinkCounters = Mutable<Omit<LinkStats, "dropped">> & { dropped: Mutable<DropCounts> };

export const linkCounters = (): LinkCounters => ({
  delivered: 0,
  deliveredBytes: 0,
  dropped: { loss: 0, ackLoss: 0, mtu: 0, blackout: 0, noListener: 0, runt: 0, disconnected: 0, error: 0 },
  duplicated: 0,
  corrupted: 0,
  reordered: 0,
  junked: 0,
});

export const snapshotLink = (c: LinkCounters): LinkStats => ({ ...c, dropped: { ...c.dropped } });

export const resetLink = (c: LinkCounters): void => {
  Object.assign(c, linkCounters());
};

/**
 * One direction of one link: applies a profile to each frame pushed in and hands the survivors
 * to the timeline, which calls `out` when they are due. Owns the frames it is given (it may
 * change them in place).
 */
export class FaultStage implements Arrival {
  readonly counters: LinkCounters = linkCounters();
  private profile: FaultProfile = {};
  private blackouts: readonly TimeWindow[] = [];
  private limit = 0;
  private lastDeadline = -1n;
  private fifoPending = 0;

  constructor(
    private readonly timeline: Timeline,
    private readonly rng: FaultRng,
    /** Link time 0 on the timeline's clock (blackout windows count from here). */
    private readonly origin: bigint,
    /** Largest frame the receiver takes (its MTU + 14). */
    private readonly receiverMax: number,
    private readonly out: (frame: Uint8Array) => void,
    profile: FaultProfile,
  ) {
    this.setProfile(profile);
  }

  setProfile(profile: FaultProfile): void {
    checkFaultProfile(profile);
    this.profile = profile;
    this.blackouts = profile.blackout === undefined ? [] : windows(profile.blackout);
    this.limit = profile.mtu === undefined ? this.receiverMax : Math.min(this.receiverMax, profile.mtu + ETHERNET_HEADER_BYTES);
  }

  push(frame: Uint8Array): void {
    const p = this.profile;
    const c = this.counters;
    const rng = this.rng;
    const now = this.timeline.now();
    if (frame.length > this.limit) {
      c.dropped.mtu++;
      return;
    }
    if (this.blackouts.length > 0) {
      const t = now - this.origin;
      for (const w of this.blackouts) {
        if (t >= w.fromNs && t < w.untilNs) {
          c.dropped.blackout++;
          return;
        }
      }
    }
    if (p.loss !== undefined && rng.chance(p.loss)) {
      c.dropped.loss++;
      return;
    }
    if (p.ackOnlyLoss !== undefined && p.ackOnlyLoss > 0 && isPureTcpAck(frame) && rng.chance(p.ackOnlyLoss)) {
      c.dropped.ackLoss++;
      return;
    }
    if (p.duplicate !== undefined && rng.chance(p.duplicate)) {
      c.duplicated++;
      const copy = frame.slice();
      this.emit(frame, now);
      this.emit(copy, now);
    } else {
      this.emit(frame, now);
    }
  }

  private emit(frame: Uint8Array, now: bigint): void {
    const p = this.profile;
    const c = this.counters;
    const rng = this.rng;
    let f = frame;
    if (p.corrupt !== undefined && rng.chance(p.corrupt.probability)) {
      const from = p.corrupt.offset ?? 0;
      const room = f.length - from;
      if (room > 0) {
        this.flip(f, from, Math.min(p.corrupt.bytes ?? 1, room));
        c.corrupted++;
      }
    }
    if (p.trailingJunk !== undefined && rng.chance(p.trailingJunk.probability)) {
      const room = Math.min(p.trailingJunk.maxBytes, this.receiverMax - f.length);
      if (room > 0) {
        const n = 1 + rng.int(room);
        const g = new Uint8Array(f.length + n);
        g.set(f);
        for (let i = f.length; i < g.length; i++) g[i] = rng.u32() & 0xff;
        f = g;
        c.junked++;
      }
    }
    const d = p.delayNs;
    const delay = d === undefined ? 0n : typeof d === "bigint" ? d : rng.between(d.minNs, d.maxNs);
    if (p.reorder !== undefined && rng.chance(p.reorder.probability)) {
      c.reordered++;
      this.timeline.at(now + delay + 1n + BigInt(rng.int(Number(p.reorder.maxDelayNs))), f, this, false);
      return;
    }
    let deadline = now + delay;
    if (deadline <= now && this.fifoPending === 0) {
      this.timeline.soon(f, this);
      return;
    }
    if (deadline < this.lastDeadline) deadline = this.lastDeadline;
    this.lastDeadline = deadline;
    this.fifoPending++;
    this.timeline.at(deadline, f, this, true);
  }

  /** XORs `n` distinct random bytes of `f[from..]` with non-zero values. */
  private flip(f: Uint8Array, from: number, n: number): void {
    const room = f.length - from;
    const picked: number[] = [];
    while (picked.length < n) {
      const i = from + this.rng.int(room);
      if (picked.includes(i)) continue;
      picked.push(i);
      f[i] = at(f, i) ^ (1 + this.rng.int(255));
    }
  }

  arrive(frame: Uint8Array, fifo: boolean): void {
    if (fifo) this.fifoPending--;
    this.out(frame);
  }
}
