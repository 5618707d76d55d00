// ARP (RFC 826) for IPv4 over Ethernet.
//
// `ArpCache` is the sans-IO core: the cache, the per-address queues of waiting writes, retries
// and expiry, all driven by explicit `now` values and returning what to send. `arpLayer` is the
// glue: it feeds the core with received packets and the clock, sends what the core asks for
// through the Ethernet layer, and wakes the core with one cancellable timer.
import { left, right, type Either } from "fp-ts/Either";
import { macAddress, type MacAddress } from "@mirage/mirage-net";
import { ArpPacket, ArpRepr, ARP_ETHERNET_IPV4_LEN } from "./wire/arp.ts";
import { EtherType } from "./wire/ethernet.ts";
import { ipv4Address, type Ipv4Address } from "./wire/ipv4.ts";
import { deadlineTimer, loggerOf, type StackContext } from "./context.ts";
import type { EthernetLayer } from "./ethernet.ts";

const SECOND = 1_000_000_000n;

export interface ArpConfig {
  /** How long a learned address stays usable (default 60 s). */
  readonly reachableNs: bigint;
  /** Requests sent for an unresolved address before its waiting writes fail (default 3). */
  readonly tries: number;
  /** Time between those requests, and after the last one (default 1 s). */
  readonly retryIntervalNs: bigint;
  /** Writes that may wait for one address; more are refused and counted (default 16). */
  readonly queueLimit: number;
  /** Cache entries, resolved and pending (default 512); the oldest resolved is evicted first. */
  readonly maxEntries: number;
  /**
   * An entry used this close to its expiry is refreshed with one request unicast to the MAC we
   * have (like Linux's probe of a stale neighbour), so busy flows do not stall on a broadcast
   * resolution every `reachableNs` (default 5 s; 0: never).
   */
  readonly refreshAheadNs: bigint;
}

export const defaultArpConfig: ArpConfig = {
  reachableNs: 60n * SECOND,
  tries: 3,
  retryIntervalNs: SECOND,
  queueLimit: 16,
  maxEntries: 512,
  refreshAheadNs: 5n * SECOND,
};

const ZERO_MAC = new Uint8Array(6) as MacAddress;

type Entry<W> =
  | { readonly kind: "reachable"; readonly mac: MacAddress; readonly expiresAt: bigint; refreshing: boolean }
  | { readonly kind: "incomplete"; tries: number; nextAt: bigint; readonly waiters: W[] };

export type ArpQuery =
  | { readonly _tag: "Hit"; readonly mac: MacAddress }
  /** The waiter is queued; `request` is the first request to broadcast, if this query started the resolution. */
  | { readonly _tag: "Queued"; readonly request: ArpRepr | undefined }
  /** Not queued: too many writes already wait for this address, or the cache is full of pending ones. */
  | { readonly _tag: "Overflow"; readonly reason: "queue" | "table" };

/** A request unicast to the MAC we already have for its target. */
export interface ArpRefresh {
  readonly dst: MacAddress;
  readonly request: ArpRepr;
}

export interface ArpInputResult<W> {
  /** A reply to send, unicast to `reply.targetHardwareAddr`. */
  readonly reply?: ArpRepr;
  /** Writes that were waiting for the sender's address, which is now known. */
  readonly resolved?: { readonly ip: Ipv4Address; readonly mac: MacAddress; readonly waiters: readonly W[] };
}

export interface ArpPollResult<W> {
  /** Requests to broadcast (retries). */
  readonly requests: readonly ArpRepr[];
  /** Addresses that did not answer in time, with the writes that waited for them. */
  readonly failed: ReadonlyArray<{ readonly ip: Ipv4Address; readonly waiters: readonly W[] }>;
}

export interface ArpCounters {
  rxRequests: number;
  rxReplies: number;
  /** Not Ethernet/IPv4, truncated, or an unknown operation. */
  rxMalformed: number;
  /** Sent from our own MAC. */
  rxOwnMac: number;
  /** A multicast/broadcast sender MAC. */
  rxBadSender: number;
  /** Another host claims one of our addresses. */
  rxConflicts: number;
  /** Requests for addresses that are not ours (seen, not answered). */
  rxNotForUs: number;
  txRequests: number;
  txReplies: number;
  txGratuitous: number;
  /** Of `txRequests`: unicast refreshes of entries about to expire. */
  txRefreshes: number;
  /** New entries from requests for us or replies. */
  learned: number;
  /** Existing entries refreshed or changed (RFC 826 merge). */
  updated: number;
  /** Addresses that never answered. */
  timeouts: number;
  /** Writes refused because the queue for their address was full. */
  queueOverflow: number;
  /** Queries or learned entries refused because the cache was full of pending entries. */
  tableFull: number;
}

export type ArpStats = Readonly<ArpCounters> & { readonly entries: number; readonly pending: number };

export interface ArpEntryInfo {
  readonly ip: Ipv4Address;
  readonly state: "reachable" | "incomplete";
  readonly mac?: MacAddress;
  readonly expiresAt?: bigint;
  readonly waiting?: number;
}

const newCounters = (): ArpCounters => ({
  rxRequests: 0,
  rxReplies: 0,
  rxMalformed: 0,
  rxOwnMac: 0,
  rxBadSender: 0,
  rxConflicts: 0,
  rxNotForUs: 0,
  txRequests: 0,
  txReplies: 0,
  txGratuitous: 0,
  txRefreshes: 0,
  learned: 0,
  updated: 0,
  timeouts: 0,
  queueOverflow: 0,
  tableFull: 0,
});

/** The sans-IO ARP core. `W` is whatever the glue wants back for a waiting write. */
export class ArpCache<W> {
  readonly config: ArpConfig;
  readonly counters: ArpCounters = newCounters();
  private readonly table = new Map<Ipv4Address, Entry<W>>();
  private addresses: readonly Ipv4Address[] = [];
  private refreshes: ArpRefresh[] = [];

  constructor(
    readonly mac: MacAddress,
    config: Partial<ArpConfig> = {},
  ) {
    this.config = { ...defaultArpConfig, ...config };
  }

  /** Our addresses: requests for them are answered, and the first is the sender of our requests. */
  setAddresses(ips: readonly Ipv4Address[]): void {
    this.addresses = ips.slice();
  }

  isOurs(ip: Ipv4Address): boolean {
    return this.addresses.includes(ip);
  }

  /** The MAC for `ip`, if known and not expired (near expiry, this queues a refresh: see `takeRefreshes`). */
  lookup(ip: Ipv4Address, now: bigint): MacAddress | undefined {
    const e = this.table.get(ip);
    if (e === undefined || e.kind !== "reachable" || e.expiresAt <= now) return undefined;
    if (!e.refreshing && e.expiresAt - now <= this.config.refreshAheadNs) this.refresh(ip, e);
    return e.mac;
  }

  /** Whether `takeRefreshes` has anything (a cheap check for the hot path). */
  hasRefreshes(): boolean {
    return this.refreshes.length > 0;
  }

  /** Refresh requests to send, each unicast to `dst`. */
  takeRefreshes(): ArpRefresh[] {
    const r = this.refreshes;
    this.refreshes = [];
    return r;
  }

  /** Looks `ip` up; on a miss queues `waiter` until it resolves or times out. */
  query(ip: Ipv4Address, now: bigint, waiter: W): ArpQuery {
    const e = this.table.get(ip);
    if (e !== undefined && e.kind === "reachable") {
      const mac = this.lookup(ip, now);
      if (mac !== undefined) return { _tag: "Hit", mac };
      this.table.delete(ip);
    } else if (e !== undefined) {
      if (e.waiters.length >= this.config.queueLimit) {
        this.counters.queueOverflow++;
        return { _tag: "Overflow", reason: "queue" };
      }
      e.waiters.push(waiter);
      return { _tag: "Queued", request: undefined };
    }
    if (this.config.queueLimit < 1) {
      this.counters.queueOverflow++;
      return { _tag: "Overflow", reason: "queue" };
    }
    if (!this.makeRoom(now)) {
      this.counters.tableFull++;
      return { _tag: "Overflow", reason: "table" };
    }
    this.table.set(ip, { kind: "incomplete", tries: 1, nextAt: now + this.config.retryIntervalNs, waiters: [waiter] });
    this.counters.txRequests++;
    return { _tag: "Queued", request: this.request(ip) };
  }

  /** Processes a received ARP packet (RFC 826's algorithm, plus a few sanity rules). */
  input(p: ArpRepr, now: bigint): ArpInputResult<W> {
    const c = this.counters;
    if (p.operation === "request") c.rxRequests++;
    else c.rxReplies++;
    if (macAddress.equal(p.senderHardwareAddr, this.mac)) {
      c.rxOwnMac++;
      return {};
    }
    if (macAddress.isMulticast(p.senderHardwareAddr)) {
      c.rxBadSender++;
      return {};
    }
    const spa = p.senderProtocolAddr;
    const tpa = p.targetProtocolAddr;
    if (spa !== 0 && this.isOurs(spa)) {
      // Someone else uses our address (or announces it): never let it into the cache.
      c.rxConflicts++;
      return {};
    }
    const learnable = ipv4Address.isUnicast(spa);
    let resolved: ArpInputResult<W>["resolved"];
    let merged = false;
    // RFC 826: "If the pair <protocol type, sender protocol address> is already in my
    // translation table, update the sender hardware address field of the entry."
    if (learnable) {
      const e = this.table.get(spa);
      if (e !== undefined) {
        merged = true;
        c.updated++;
        this.table.delete(spa); // re-insert: the map order is the eviction order
        this.table.set(spa, { kind: "reachable", mac: p.senderHardwareAddr, expiresAt: now + this.config.reachableNs, refreshing: false });
        if (e.kind === "incomplete") resolved = { ip: spa, mac: p.senderHardwareAddr, waiters: e.waiters };
      }
    }
    // "?Am I the target protocol address?"
    if (!this.isOurs(tpa)) {
      if (p.operation === "request") c.rxNotForUs++;
      return resolved === undefined ? {} : { resolved };
    }
    // "If the merge_flag is false, add the triplet to the translation table."
    if (learnable && !merged) {
      if (this.makeRoom(now)) {
        c.learned++;
        this.table.set(spa, { kind: "reachable", mac: p.senderHardwareAddr, expiresAt: now + this.config.reachableNs, refreshing: false });
      } else {
        c.tableFull++;
      }
    }
    if (p.operation !== "request") return resolved === undefined ? {} : { resolved };
    c.txReplies++;
    const reply: ArpRepr = {
      operation: "reply",
      senderHardwareAddr: this.mac,
      senderProtocolAddr: tpa,
      targetHardwareAddr: p.senderHardwareAddr,
      targetProtocolAddr: spa,
    };
    return resolved === undefined ? { reply } : { reply, resolved };
  }

  /** A gratuitous ARP (RFC 5227 announcement) for `ip`: a request with sender = target = `ip`. */
  announcement(ip: Ipv4Address): ArpRepr {
    this.counters.txGratuitous++;
    return { operation: "request", senderHardwareAddr: this.mac, senderProtocolAddr: ip, targetHardwareAddr: ZERO_MAC, targetProtocolAddr: ip };
  }

  /** Retries and timeouts due at `now`; also drops expired entries. */
  poll(now: bigint): ArpPollResult<W> {
    const requests: ArpRepr[] = [];
    const failed: { ip: Ipv4Address; waiters: readonly W[] }[] = [];
    for (const [ip, e] of this.table) {
      if (e.kind === "reachable") {
        if (e.expiresAt <= now) this.table.delete(ip);
        continue;
      }
      if (e.nextAt > now) continue;
      if (e.tries < this.config.tries) {
        e.tries++;
        e.nextAt = now + this.config.retryIntervalNs;
        this.counters.txRequests++;
        requests.push(this.request(ip));
      } else {
        this.table.delete(ip);
        this.counters.timeouts++;
        failed.push({ ip, waiters: e.waiters });
      }
    }
    return { requests, failed };
  }

  /** When `poll` next has work (a retry or a timeout), if ever. */
  pollAt(): bigint | undefined {
    let at: bigint | undefined;
    for (const e of this.table.values()) {
      if (e.kind === "incomplete" && (at === undefined || e.nextAt < at)) at = e.nextAt;
    }
    return at;
  }

  /** Forgets every entry and hands back every waiting write. */
  clear(): W[] {
    const waiters: W[] = [];
    for (const e of this.table.values()) if (e.kind === "incomplete") waiters.push(...e.waiters);
    this.table.clear();
    return waiters;
  }

  /** Forgets `ip` (a resolved entry; pending ones keep their waiters). */
  forget(ip: Ipv4Address): void {
    if (this.table.get(ip)?.kind === "reachable") this.table.delete(ip);
  }

  entries(): ArpEntryInfo[] {
    const out: ArpEntryInfo[] = [];
    for (const [ip, e] of this.table) {
      out.push(
        e.kind === "reachable"
          ? { ip, state: "reachable", mac: e.mac, expiresAt: e.expiresAt }
          : { ip, state: "incomplete", waiting: e.waiters.length },
      );
    }
    return out;
  }

  stats(): ArpStats {
    let pending = 0;
    for (const e of this.table.values()) if (e.kind === "incomplete") pending++;
    return { ...this.counters, entries: this.table.size, pending };
  }

  private refresh(ip: Ipv4Address, e: { refreshing: boolean; readonly mac: MacAddress }): void {
    e.refreshing = true;
    this.counters.txRequests++;
    this.counters.txRefreshes++;
    this.refreshes.push({ dst: e.mac, request: this.request(ip) });
  }

  private request(target: Ipv4Address): ArpRepr {
    return {
      operation: "request",
      senderHardwareAddr: this.mac,
      senderProtocolAddr: this.addresses[0] ?? ipv4Address.unspecified,
      targetHardwareAddr: ZERO_MAC,
      targetProtocolAddr: target,
    };
  }

  /** Whether a new entry fits, after dropping expired ones and, if needed, the oldest resolved one. */
  private makeRoom(now: bigint): boolean {
    if (this.table.size < this.config.maxEntries) return true;
    let oldest: Ipv4Address | undefined;
    for (const [ip, e] of this.table) {
      if (e.kind !== "reachable") continue;
      if (e.expiresAt <= now) this.table.delete(ip);
      else if (oldest === undefined) oldest = ip;
    }
    if (this.table.size < this.config.maxEntries) return true;
    if (oldest === undefined) return false;
    this.table.delete(oldest);
    return true;
  }
}

// ---------------------------------------------------------------------------------------------
// The glue

export type ArpError =
  | { readonly _tag: "ArpTimeout"; readonly dst: Ipv4Address; readonly message: string }
  | { readonly _tag: "Disconnected"; readonly message: string };

type Waiter = (r: Either<ArpError, MacAddress>) => void;

export interface ArpLayer {
  /** A cached MAC for `ip`, without waiting (undefined on a miss). */
  lookup(ip: Ipv4Address): MacAddress | undefined;
  /**
   * The MAC for `ip`: at once from the cache, else after broadcasting requests. Fails with
   * ArpTimeout when every try went unanswered, or at once when too many writes already wait
   * for `ip` (`queueLimit`, counted as `queueOverflow`).
   */
  resolve(ip: Ipv4Address): Promise<Either<ArpError, MacAddress>>;
  /** Our addresses; each one not set before is announced with a gratuitous ARP. */
  setAddresses(ips: readonly Ipv4Address[]): void;
  /** Broadcasts a gratuitous ARP for `ip`. */
  announce(ip: Ipv4Address): void;
  entries(): ArpEntryInfo[];
  stats(): ArpStats;
  /** Stops the timer; waiting writes fail with Disconnected. */
  disconnect(): void;
}

export const arpLayer = (ethernet: EthernetLayer, ctx: Pick<StackContext, "mclock" | "sleep" | "logger">, config: Partial<ArpConfig> = {}): ArpLayer => {
  const core = new ArpCache<Waiter>(ethernet.mac, config);
  const log = loggerOf(ctx, "tcpip.arp");
  let addresses: readonly Ipv4Address[] = [];
  let connected = true;

  const send = (dst: MacAddress, repr: ArpRepr): void => {
    if (!connected) return;
    void ethernet.write(dst, EtherType.Arp, ARP_ETHERNET_IPV4_LEN, (buf) => ArpRepr.emit(repr, buf));
  };

  const timer = deadlineTimer(ctx, (now) => {
    const r = core.poll(now);
    for (const req of r.requests) send(macAddress.broadcast, req);
    for (const f of r.failed) {
      const dst = ipv4Address.toString(f.ip);
      log.debug("no ARP reply", { dst, waiting: f.waiters.length });
      const err: ArpError = { _tag: "ArpTimeout", dst: f.ip, message: `Cannot resolve ${dst}: no ARP reply after ${core.config.tries} requests` };
      for (const w of f.waiters) w(left(err));
    }
    return core.pollAt();
  });

  ethernet.register(EtherType.Arp, (payload) => {
    const p = ArpPacket.of(payload);
    const repr = p._tag === "Right" ? ArpRepr.parse(p.right) : p;
    if (repr._tag === "Left") {
      core.counters.rxMalformed++;
      return;
    }
    const conflicts = core.counters.rxConflicts;
    const r = core.input(repr.right, ctx.mclock.elapsedNs());
    if (core.counters.rxConflicts !== conflicts) {
      log.warn("another host claims our address", {
        ip: ipv4Address.toString(repr.right.senderProtocolAddr),
        mac: macAddress.toString(repr.right.senderHardwareAddr),
      });
    }
    if (r.reply !== undefined) send(r.reply.targetHardwareAddr, r.reply);
    if (r.resolved !== undefined) {
      const ok = right(r.resolved.mac);
      for (const w of r.resolved.waiters) w(ok);
    }
  });

  const announce = (ip: Ipv4Address): void => send(macAddress.broadcast, core.announcement(ip));

  const sendRefreshes = (): void => {
    for (const r of core.takeRefreshes()) send(r.dst, r.request);
  };

  return {
    lookup(ip) {
      const mac = core.lookup(ip, ctx.mclock.elapsedNs());
      if (core.hasRefreshes()) sendRefreshes();
      return mac;
    },
    resolve(ip) {
      if (!connected) return Promise.resolve(left({ _tag: "Disconnected", message: "Cannot resolve an address: the stack is disconnected" }));
      return new Promise((resolve) => {
        const q = core.query(ip, ctx.mclock.elapsedNs(), resolve);
        switch (q._tag) {
          case "Hit":
            if (core.hasRefreshes()) sendRefreshes();
            resolve(right(q.mac));
            return;
          case "Overflow":
            resolve(
              left({
                _tag: "ArpTimeout",
                dst: ip,
                message:
                  q.reason === "queue"
                    ? `Cannot send to ${ipv4Address.toString(ip)}: ${core.config.queueLimit} packets already wait for its ARP resolution`
                    : `Cannot resolve ${ipv4Address.toString(ip)}: the ARP cache is full of pending entries`,
              }),
            );
            return;
          case "Queued":
            if (q.request !== undefined) {
              send(macAddress.broadcast, q.request);
              timer.arm(core.pollAt());
            }
        }
      });
    },
    setAddresses(ips) {
      const before = addresses;
      addresses = ips.slice();
      core.setAddresses(addresses);
      for (const ip of addresses) if (!before.includes(ip) && ipv4Address.isUnicast(ip)) announce(ip);
    },
    announce,
    entries: () => core.entries(),
    stats: () => core.stats(),
    disconnect() {
      if (!connected) return;
      connected = false;
      timer.stop();
      const err: ArpError = { _tag: "Disconnected", message: "Cannot resolve an address: the stack is disconnected" };
      for (const w of core.clear()) w(left(err));
    },
  };
};
