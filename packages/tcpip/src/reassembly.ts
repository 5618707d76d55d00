// IPv4 fragment reassembly (RFC 791 section 3.2, RFC 815), sans-IO: fragments and `now` in,
// whole datagrams out. Overlapping fragments discard the whole datagram, including fragments
// still to come (as RFC 5722 asks for IPv6; Linux does the same for IPv4 since 2018); exact
// duplicates are ignored.
import type { Ipv4Address } from "./wire/ipv4.ts";

const SECOND = 1_000_000_000n;

export interface ReassemblyConfig {
  /** Datagrams being reassembled at once (default 16); fragments of one more are dropped. */
  readonly maxDatagrams: number;
  /** Largest reassembled datagram, a 20-byte header included (default 65535). */
  readonly maxDatagramSize: number;
  /** Fragments kept for one datagram (default 1024: 64-byte fragments of a 64 KiB datagram). */
  readonly maxFragments: number;
  /** How long an incomplete datagram is kept after its first fragment (default 10 s). */
  readonly timeoutNs: bigint;
}

export const defaultReassemblyConfig: ReassemblyConfig = {
  maxDatagrams: 16,
  maxDatagramSize: 65535,
  maxFragments: 1024,
  timeoutNs: 10n * SECOND,
};

export interface ReassemblyCounters {
  fragments: number;
  /** Datagrams completed. */
  reassembled: number;
  /** Exact duplicates of a fragment already held (ignored). */
  duplicates: number;
  /** Datagrams discarded because fragments overlapped. */
  overlaps: number;
  /** Datagrams discarded for exceeding `maxDatagramSize`, or inconsistent ends. */
  tooLarge: number;
  /** Datagrams discarded for exceeding `maxFragments`. */
  tooManyFragments: number;
  /** Fragments dropped because `maxDatagrams` were already in progress. */
  tableFull: number;
  /** Datagrams that did not complete within the timeout. */
  timeouts: number;
  /** Fragments dropped because their datagram was already discarded. */
  discarded: number;
  /** Fragments that break the rules: an empty or non-8-multiple non-last fragment. */
  malformed: number;
}

export type ReassemblyStats = Readonly<ReassemblyCounters> & { readonly inProgress: number };

/** What a completed datagram carries besides its payload. */
export interface Reassembled {
  readonly src: Ipv4Address;
  readonly dst: Ipv4Address;
  readonly protocol: number;
  readonly ident: number;
  /** The header of the first fragment (offset 0), as received (a copy). */
  readonly firstHeader: Uint8Array;
  /** The whole payload (a fresh buffer the receiver may keep). */
  readonly payload: Uint8Array;
}

/** An incomplete datagram dropped at its timeout, whose first fragment had arrived. */
export interface Expired {
  readonly src: Ipv4Address;
  readonly dst: Ipv4Address;
  readonly protocol: number;
  readonly ident: number;
  readonly firstHeader: Uint8Array;
  /** Up to 8 bytes from the start of the payload. */
  readonly firstBytes: Uint8Array;
}

const NONE: readonly Expired[] = [];

interface Datagram {
  readonly src: Ipv4Address;
  readonly dst: Ipv4Address;
  readonly protocol: number;
  readonly ident: number;
  readonly expiresAt: bigint;
  /** Discarded (overlap, too large): later fragments are dropped until it expires. */
  dead: boolean;
  buf: Uint8Array;
  /** Fragment [start, end) ranges, sorted by start, never overlapping: [s0, e0, s1, e1, ...]. */
  readonly ranges: number[];
  received: number;
  /** The payload length, once the last fragment (MF clear) arrived; -1 before. */
  total: number;
  firstHeader: Uint8Array | undefined;
}

const newCounters = (): ReassemblyCounters => ({
  fragments: 0,
  reassembled: 0,
  duplicates: 0,
  overlaps: 0,
  tooLarge: 0,
  tooManyFragments: 0,
  tableFull: 0,
  timeouts: 0,
  discarded: 0,
  malformed: 0,
});

export class Reassembler {
  readonly config: ReassemblyConfig;
  readonly counters: ReassemblyCounters = newCounters();
  /** At most `maxDatagrams`: a linear scan beats hashing a 4-part key. */
  private readonly datagrams: Datagram[] = [];

  constructor(config: Partial<ReassemblyConfig> = {}) {
    this.config = { ...defaultReassemblyConfig, ...config };
  }

  /**
   * Adds one fragment. `header` is the fragment's IP header (copied only from the first
   * fragment), `offset` in bytes, `payload` its data (copied). Returns the datagram when this
   * fragment completes it.
   */
  add(
    src: Ipv4Address,
    dst: Ipv4Address,
    protocol: number,
    ident: number,
    offset: number,
    moreFrags: boolean,
    header: Uint8Array,
    payload: Uint8Array,
    now: bigint,
  ): Reassembled | undefined {
    const c = this.counters;
    c.fragments++;
    if (this.datagrams.length > 0) this.expireQuietly(now);
    const len = payload.length;
    const end = offset + len;
    if (moreFrags && (len === 0 || len % 8 !== 0)) {
      c.malformed++;
      return undefined;
    }
    const maxPayload = this.config.maxDatagramSize - 20;
    let d = this.find(src, dst, protocol, ident);
    if (d === undefined) {
      if (end > maxPayload) {
        c.tooLarge++;
        return undefined;
      }
      if (this.datagrams.length >= this.config.maxDatagrams) {
        c.tableFull++;
        return undefined;
      }
      d = {
        src,
        dst,
        protocol,
        ident,
        expiresAt: now + this.config.timeoutNs,
        dead: false,
        buf: new Uint8Array(moreFrags ? Math.min(maxPayload, Math.max(end * 2, 2048)) : end),
        ranges: [],
        received: 0,
        total: -1,
        firstHeader: undefined,
      };
      this.datagrams.push(d);
    }
    if (d.dead) {
      c.discarded++;
      return undefined;
    }
    // The end of the datagram: known once, and nothing may lie beyond it.
    if (end > maxPayload) return this.kill(d, "tooLarge");
    if (!moreFrags) {
      if (d.total >= 0 && d.total !== end) return this.kill(d, "tooLarge");
      const last = d.ranges.length === 0 ? 0 : (d.ranges[d.ranges.length - 1] as number);
      if (end < last) return this.kill(d, "tooLarge");
      d.total = end;
    } else if (d.total >= 0 && end > d.total) {
      return this.kill(d, "tooLarge");
    }
    // Where it goes: the first range starting at or after `offset`.
    const r = d.ranges;
    let lo = 0;
    let hi = r.length >>> 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((r[2 * mid] as number) < offset) lo = mid + 1;
      else hi = mid;
    }
    const at = 2 * lo;
    if (at < r.length && r[at] === offset && r[at + 1] === end) {
      c.duplicates++;
      return undefined;
    }
    if (at > 0 && (r[at - 1] as number) > offset) return this.kill(d, "overlaps");
    if (at < r.length && (r[at] as number) < end) return this.kill(d, "overlaps");
    if (r.length / 2 >= this.config.maxFragments) return this.kill(d, "tooManyFragments");
    r.splice(at, 0, offset, end);
    if (end > d.buf.length) {
      const grown = new Uint8Array(Math.min(maxPayload, Math.max(end, d.buf.length * 2)));
      grown.set(d.buf);
      d.buf = grown;
    }
    d.buf.set(payload, offset);
    d.received += len;
    if (offset === 0) d.firstHeader = header.slice();
    if (d.total < 0 || d.received !== d.total || d.firstHeader === undefined) return undefined;
    // Ranges never overlap, so covering `total` bytes within [0, total) means no hole is left.
    this.remove(d);
    c.reassembled++;
    return {
      src,
      dst,
      protocol,
      ident,
      firstHeader: d.firstHeader,
      payload: d.buf.length === d.total ? d.buf : d.buf.subarray(0, d.total),
    };
  }

  /**
   * Drops datagrams whose time is up. Returns those incomplete ones whose first fragment had
   * arrived, with its header and first 8 payload bytes: what an ICMP "fragment reassembly time
   * exceeded" message quotes (RFC 792, RFC 1122 3.2.1.4).
   */
  expire(now: bigint): readonly Expired[] {
    let out: Expired[] | undefined;
    for (let i = this.datagrams.length - 1; i >= 0; i--) {
      const d = this.datagrams[i] as Datagram;
      if (d.expiresAt > now) continue;
      this.datagrams.splice(i, 1);
      if (d.dead) continue;
      this.counters.timeouts++;
      if (d.firstHeader !== undefined) {
        const firstEnd = d.ranges[1] ?? 0;
        (out ??= []).push({
          src: d.src,
          dst: d.dst,
          protocol: d.protocol,
          ident: d.ident,
          firstHeader: d.firstHeader,
          firstBytes: d.buf.slice(0, Math.min(8, firstEnd)),
        });
      }
    }
    return out ?? NONE;
  }

  private expireQuietly(now: bigint): void {
    for (const d of this.datagrams) {
      if (d.expiresAt <= now) {
        this.expire(now);
        return;
      }
    }
  }

  /** The next expiry, if any datagram (or discarded one) is held. */
  pollAt(): bigint | undefined {
    let at: bigint | undefined;
    for (const d of this.datagrams) if (at === undefined || d.expiresAt < at) at = d.expiresAt;
    return at;
  }

  /** Datagrams held, incomplete or discarded-until-expiry. */
  inProgress(): number {
    return this.datagrams.length;
  }

  stats(): ReassemblyStats {
    return { ...this.counters, inProgress: this.datagrams.length };
  }

  private find(src: Ipv4Address, dst: Ipv4Address, protocol: number, ident: number): Datagram | undefined {
    for (const d of this.datagrams) {
      if (d.ident === ident && d.src === src && d.dst === dst && d.protocol === protocol) return d;
    }
    return undefined;
  }

  private kill(d: Datagram, why: "overlaps" | "tooLarge" | "tooManyFragments"): undefined {
    this.counters[why]++;
    d.dead = true;
    d.buf = EMPTY;
    d.ranges.length = 0;
    return undefined;
  }

  private remove(d: Datagram): void {
    const i = this.datagrams.indexOf(d);
    if (i >= 0) this.datagrams.splice(i, 1);
  }
}

const EMPTY = new Uint8Array(0);
