// The DHCP client (RFC 2131 §4.4) as a sans-IO state machine: it never touches a socket or a
// clock. Time comes in as `now` (monotonic ns), messages come in through `handle`, and what to
// send and what happened come out of `poll`; `pollAt` says when to call `poll` next.
//
//   Init ──DISCOVER──▶ Selecting ──OFFER/REQUEST──▶ Requesting ──ACK──▶ Bound
//    ▲                  (4, 8, 16 … 64 s ±1 s)        │ NAK, no answer      │ T1
//    │                                                ▼                     ▼
//    └──────────────────────────────────────────── Init ◀──NAK── Renewing (unicast REQUEST)
//    └── lease expiry (Lost) ◀── Rebinding (broadcast REQUEST) ◀── T2 ───────┘
//
// Choices where the RFC leaves room:
// - The first acceptable OFFER is taken at once (no collection window).
// - DISCOVER is retransmitted forever (4, 8, 16, 32, 64, 64 … s, each ±1 s); REQUEST in
//   REQUESTING `requestAttempts` times (default 4) with the same backoff, then back to INIT.
// - In RENEWING and REBINDING, retransmission waits half the time left to T2 (resp. expiry),
//   at least 60 s, and never past that deadline (§4.4.5).
// - The lease counts from the moment the REQUEST that was acknowledged was sent (§4.4.1).
// - T1 and T2 from the server are used when 0 < T1 < T2 < lease; otherwise 0.5 and 0.875 of it.
// - No subnet mask: the classful prefix (/8, /16, /24). A non-contiguous one is treated as absent.
// - A NAK sends the client back to INIT at once; consecutive NAKs without a binding in between
//   delay the next DISCOVER 4, 8 … 64 s, so a server that NAKs everything is not flooded.
// - An ACK or NAK without a server identifier is accepted when xid and chaddr match (servers
//   MUST send one, but it adds nothing the xid does not); one naming another server is ignored.
//   An OFFER without one is ignored: the REQUEST needs it.
// - `decline` (an ARP probe found the address in use) sends DHCPDECLINE and restarts after 10 s;
//   probing itself is up to the caller. INIT-REBOOT (asking for the previous address first) and
//   DHCPINFORM are not implemented.
import { macAddress, type MacAddress } from "@mirage/mirage-net";
import type { Random } from "@mirage/mirage-random";
import { DHCP_INFINITE_LEASE, DhcpMessageType, DhcpOp, DhcpOption, type DhcpRepr } from "../wire/dhcp.ts";
import { ipv4Address, type Ipv4Address, type Ipv4Cidr } from "../wire/ipv4.ts";

const SECOND = 1_000_000_000n;
const MAX_BACKOFF_S = 64;
const MIN_RENEW_RETRANSMIT_NS = 60n * SECOND;
const DECLINE_WAIT_NS = 10n * SECOND;

export interface DhcpClientConfig {
  readonly mac: MacAddress;
  /**
   * Picks transaction ids and the ±1 s retransmission jitter: a function returning a number in
   * [0, 1) (`Math.random`, or a constant in tests: 0.5 means no jitter), or a `Random`.
   */
  readonly random: (() => number) | Random;
  /** Sent as option 12. */
  readonly hostname?: string;
  /** Option 61; default: type 1 (Ethernet) and the MAC. */
  readonly clientId?: Uint8Array;
  /** Option 55; default: subnet mask, router, DNS, domain name, lease time, T1, T2. */
  readonly parameterRequestList?: readonly number[];
  /** Option 57: the largest DHCP message (IP datagram) we accept; 576..65535, default 1500. */
  readonly maxMessageSize?: number;
  /**
   * Sets the BOOTP broadcast flag in DISCOVER and REQUEST, asking servers to broadcast their
   * replies, for an IP layer that drops unicast to an address it does not have yet (default true).
   */
  readonly broadcastFlag?: boolean;
  /** REQUESTs sent in REQUESTING before going back to INIT (default 4). */
  readonly requestAttempts?: number;
}

export const defaultParameterRequestList: readonly number[] = [
  DhcpOption.SubnetMask,
  DhcpOption.Router,
  DhcpOption.DnsServer,
  DhcpOption.DomainName,
  DhcpOption.LeaseTime,
  DhcpOption.RenewalTime,
  DhcpOption.RebindingTime,
];

/** A binding. Times (`*At`) are on the same monotonic clock as the `now` given to the client. */
export interface DhcpLease {
  readonly cidr: Ipv4Cidr;
  /** The first router offered. */
  readonly gateway?: Ipv4Address;
  readonly dns: readonly Ipv4Address[];
  readonly domainName?: string;
  /** The server identifier: where RENEWING sends its REQUESTs. */
  readonly server: Ipv4Address;
  /** The lease duration; undefined for an infinite lease (no renewal, no expiry). */
  readonly leaseNs: bigint | undefined;
  readonly acquiredAt: bigint;
  readonly renewAt: bigint | undefined;
  readonly rebindAt: bigint | undefined;
  readonly expiresAt: bigint | undefined;
}

export type DhcpLostReason =
  /** No ACK in RENEWING or REBINDING before the lease ran out. */
  | "Expired"
  /** The server refused the renewal. */
  | "Nak"
  /** An ACK in RENEWING/REBINDING assigned another address (a Bound for the new one follows). */
  | "Changed"
  | "Released"
  | "Declined";

export type DhcpEvent =
  /** A new address: configure it (`setAddress(cidr, gateway)`). */
  | ({ readonly _tag: "Bound" } & DhcpLease)
  /** The same address, a new lease (gateway or DNS may have changed). */
  | ({ readonly _tag: "Renewed" } & DhcpLease)
  /** Stop using the address. */
  | { readonly _tag: "Lost"; readonly cidr: Ipv4Cidr; readonly reason: DhcpLostReason };

export interface DhcpSend {
  /** "broadcast": from 0.0.0.0 (or our address) to 255.255.255.255; otherwise unicast to the server. */
  readonly dst: "broadcast" | Ipv4Address;
  readonly message: DhcpRepr;
}

export interface DhcpPollResult {
  readonly send: readonly DhcpSend[];
  readonly events: readonly DhcpEvent[];
}

export type DhcpStateName = "Stopped" | "Init" | "Selecting" | "Requesting" | "Bound" | "Renewing" | "Rebinding";

export interface DhcpCounters {
  received: number;
  /** op is BOOTREQUEST (another client's message, or our own looped back). */
  rxNotReply: number;
  rxWrongXid: number;
  rxWrongChaddr: number;
  /** An OFFER without a server identifier. */
  rxNoServerId: number;
  /** An ACK/NAK naming another server than the one asked. */
  rxWrongServer: number;
  /** yiaddr not a unicast address, or not the one requested. */
  rxBadAddress: number;
  /** An ACK with no lease time (and none in the OFFER). */
  rxNoLease: number;
  /** A message type the current state does not expect (a late OFFER, a duplicate ACK, …). */
  rxUnexpected: number;
  rxOffers: number;
  rxAcks: number;
  rxNaks: number;
  txDiscovers: number;
  txRequests: number;
  txReleases: number;
  txDeclines: number;
  leasesLost: number;
}

export interface DhcpClient {
  /** Leaves Stopped: the first DISCOVER is due at `now`. Does nothing if already started. */
  start(now: bigint): void;
  /** Feeds a message received on port 68 (`from`: its source address, informative only). */
  handle(now: bigint, message: DhcpRepr, from?: Ipv4Address): void;
  /** Runs the timers due at `now` and hands out what to send and what happened. */
  poll(now: bigint): DhcpPollResult;
  /** When `poll` has something to do (a time <= now: at once); undefined: only after input. */
  pollAt(): bigint | undefined;
  /** Gives the lease back (RELEASE to the server, a Lost event) and stops. */
  release(now: bigint): void;
  /** The address is in use by another host: DECLINE it, report Lost, start over in 10 s. */
  decline(now: bigint): void;
  /** Stops without a word to the server; pending output is dropped. */
  stop(): void;
  state(): DhcpStateName;
  lease(): DhcpLease | undefined;
  stats(): Readonly<DhcpCounters>;
}

interface Offer {
  readonly address: Ipv4Address;
  readonly server: Ipv4Address;
  readonly leaseTime: number | undefined;
}

type State =
  | { readonly name: "Stopped" }
  | { readonly name: "Init"; readonly at: bigint }
  | { readonly name: "Selecting"; readonly xid: number; readonly started: bigint; tries: number; next: bigint; secs: number }
  | {
      readonly name: "Requesting";
      readonly xid: number;
      readonly offer: Offer;
      readonly secs: number;
      tries: number;
      next: bigint;
      lastSent: bigint;
    }
  | { readonly name: "Bound"; readonly xid: number; readonly lease: DhcpLease }
  | { readonly name: "Renewing" | "Rebinding"; readonly xid: number; readonly lease: DhcpLease; readonly started: bigint; next: bigint; lastSent: bigint };

const newCounters = (): DhcpCounters => ({
  received: 0,
  rxNotReply: 0,
  rxWrongXid: 0,
  rxWrongChaddr: 0,
  rxNoServerId: 0,
  rxWrongServer: 0,
  rxBadAddress: 0,
  rxNoLease: 0,
  rxUnexpected: 0,
  rxOffers: 0,
  rxAcks: 0,
  rxNaks: 0,
  txDiscovers: 0,
  txRequests: 0,
  txReleases: 0,
  txDeclines: 0,
  leasesLost: 0,
});

/** The prefix length of a contiguous mask, or undefined. */
export const prefixOfMask = (mask: Ipv4Address): number | undefined => {
  const inv = ~mask >>> 0;
  if ((inv & (inv + 1)) !== 0) return undefined;
  let n = 0;
  for (let v = inv; v !== 0; v >>>= 1) n++;
  return 32 - n;
};

const classfulPrefix = (a: Ipv4Address): number => (a >>> 31 === 0 ? 8 : a >>> 30 === 2 ? 16 : 24);

const isUsable = (a: Ipv4Address): boolean => ipv4Address.isUnicast(a);

const min = (a: bigint | undefined, b: bigint | undefined): bigint | undefined =>
  a === undefined ? b : b === undefined ? a : a < b ? a : b;

/** Throws a RangeError for a configuration `DhcpRepr.emit` could not send (a bug in the caller). */
const validate = (config: DhcpClientConfig): void => {
  const bad = (why: string): never => {
    throw new RangeError(`Cannot create a DHCP client: ${why}`);
  };
  if (config.mac.length !== 6) bad("the MAC address is not 6 bytes");
  const h = config.hostname;
  if (h !== undefined && [...h].some((c) => c.charCodeAt(0) > 0xff)) bad(`the hostname ${JSON.stringify(h)} is not Latin-1`);
  for (const c of config.parameterRequestList ?? []) if (!Number.isInteger(c) || c < 0 || c > 255) bad(`${c} is not an option code`);
  const m = config.maxMessageSize;
  if (m !== undefined && (!Number.isInteger(m) || m < 576 || m > 0xffff)) bad(`the max message size ${m} is not 576-65535`);
  const r = config.requestAttempts;
  if (r !== undefined && (!Number.isInteger(r) || r < 1)) bad(`requestAttempts ${r} is not a positive integer`);
};

/** Throws a RangeError if the configuration is unusable (a hostname beyond Latin-1, …). */
export const dhcpClient = (config: DhcpClientConfig): DhcpClient => {
  validate(config);
  const mac = config.mac;
  const clientId = config.clientId ?? Uint8Array.from([1, ...mac]);
  const prl = config.parameterRequestList ?? defaultParameterRequestList;
  const maxMessageSize = config.maxMessageSize ?? 1500;
  const broadcastFlag = config.broadcastFlag ?? true;
  const requestAttempts = config.requestAttempts ?? 4;

  const rnd = config.random;
  /** A number in [0, 1). */
  const unit = (): number => {
    if (typeof rnd === "function") {
      const r = rnd();
      return Number.isFinite(r) ? Math.min(Math.max(r, 0), 1 - 2 ** -32) : 0.5;
    }
    const b = rnd.generate(4);
    return ((((b[0] ?? 0) << 24) | ((b[1] ?? 0) << 16) | ((b[2] ?? 0) << 8) | (b[3] ?? 0)) >>> 0) / 2 ** 32;
  };
  const newXid = (): number => Math.floor(unit() * 2 ** 32) >>> 0;
  /** The wait after the `tries`-th transmission: 4, 8, 16 … 64 s, ±1 s. */
  const backoff = (tries: number): bigint => {
    const base = Math.min(MAX_BACKOFF_S, 4 * 2 ** Math.min(tries - 1, 6));
    return BigInt(base) * SECOND + BigInt(Math.round((unit() * 2 - 1) * 1e9));
  };

  let state: State = { name: "Stopped" };
  let outbox: DhcpSend[] = [];
  let events: DhcpEvent[] = [];
  let dueSince: bigint | undefined;
  let consecutiveNaks = 0;
  const counters = newCounters();

  const emitSend = (now: bigint, s: DhcpSend): void => {
    outbox.push(s);
    if (dueSince === undefined) dueSince = now;
  };
  const emitEvent = (now: bigint, e: DhcpEvent): void => {
    events.push(e);
    if (dueSince === undefined) dueSince = now;
  };

  const secsSince = (now: bigint, since: bigint): number => {
    const s = (now - since) / SECOND;
    return s < 0n ? 0 : s > 0xffffn ? 0xffff : Number(s);
  };

  const message = (type: DhcpMessageType, xid: number, secs: number, extra: Partial<DhcpRepr>): DhcpRepr => ({
    op: DhcpOp.Request,
    messageType: type,
    xid,
    secs,
    broadcast: false,
    hops: 0,
    clientHardwareAddress: mac,
    clientIp: ipv4Address.unspecified,
    yourIp: ipv4Address.unspecified,
    serverIp: ipv4Address.unspecified,
    relayAgentIp: ipv4Address.unspecified,
    clientIdentifier: clientId,
    ...extra,
  });

  const wants = (): Partial<DhcpRepr> => ({
    ...(config.hostname !== undefined ? { hostname: config.hostname } : {}),
    parameterRequestList: prl,
    maxMessageSize,
  });

  const sendDiscover = (now: bigint, xid: number, secs: number): void => {
    counters.txDiscovers++;
    emitSend(now, { dst: "broadcast", message: message(DhcpMessageType.Discover, xid, secs, { broadcast: broadcastFlag, ...wants() }) });
  };

  const sendSelectingRequest = (now: bigint, s: Extract<State, { name: "Requesting" }>): void => {
    counters.txRequests++;
    emitSend(now, {
      dst: "broadcast",
      message: message(DhcpMessageType.Request, s.xid, s.secs, {
        broadcast: broadcastFlag,
        requestedIp: s.offer.address,
        serverIdentifier: s.offer.server,
        ...wants(),
      }),
    });
  };

  const sendRenewRequest = (now: bigint, s: Extract<State, { name: "Renewing" | "Rebinding" }>): void => {
    counters.txRequests++;
    s.lastSent = now;
    emitSend(now, {
      dst: s.name === "Renewing" ? s.lease.server : "broadcast",
      message: message(DhcpMessageType.Request, s.xid, secsSince(now, s.started), { clientIp: s.lease.cidr.address, ...wants() }),
    });
  };

  const enterInit = (at: bigint): void => {
    state = { name: "Init", at };
  };

  const enterSelecting = (now: bigint): void => {
    const s: State = { name: "Selecting", xid: newXid(), started: now, tries: 1, next: now + backoff(1), secs: 0 };
    state = s;
    sendDiscover(now, s.xid, 0);
  };

  /** Retransmission in RENEWING/REBINDING: half the time to `limit`, at least 60 s, at most `limit`. */
  const renewNext = (now: bigint, limit: bigint | undefined): bigint => {
    if (limit === undefined) return now + MIN_RENEW_RETRANSMIT_NS;
    const half = (limit - now) / 2n;
    const t = now + (half > MIN_RENEW_RETRANSMIT_NS ? half : MIN_RENEW_RETRANSMIT_NS);
    return t < limit ? t : limit;
  };

  const enterRenewing = (now: bigint, lease: DhcpLease, name: "Renewing" | "Rebinding"): void => {
    const limit = name === "Renewing" ? lease.rebindAt : lease.expiresAt;
    const s: State = { name, xid: newXid(), lease, started: now, next: renewNext(now, limit), lastSent: now };
    state = s;
    sendRenewRequest(now, s);
  };

  const lose = (now: bigint, lease: DhcpLease, reason: DhcpLostReason): void => {
    counters.leasesLost++;
    emitEvent(now, { _tag: "Lost", cidr: lease.cidr, reason });
  };

  const expire = (now: bigint, lease: DhcpLease): void => {
    lose(now, lease, "Expired");
    enterSelecting(now);
  };

  const makeLease = (ack: DhcpRepr, leaseSecs: number, server: Ipv4Address, start: bigint): DhcpLease => {
    const address = ack.yourIp;
    const fromMask = ack.subnetMask === undefined ? undefined : prefixOfMask(ack.subnetMask);
    const cidr: Ipv4Cidr = { address, prefixLen: fromMask ?? classfulPrefix(address) };
    const gateway = ack.routers?.find(isUsable);
    const dns = (ack.dnsServers ?? []).filter(isUsable);
    const common = {
      cidr,
      ...(gateway !== undefined ? { gateway } : {}),
      dns,
      ...(ack.domainName !== undefined ? { domainName: ack.domainName } : {}),
      server,
      acquiredAt: start,
    };
    if (leaseSecs === DHCP_INFINITE_LEASE) {
      return { ...common, leaseNs: undefined, renewAt: undefined, rebindAt: undefined, expiresAt: undefined };
    }
    const leaseNs = BigInt(leaseSecs) * SECOND;
    const t2Given = ack.rebindingTime === undefined ? undefined : BigInt(ack.rebindingTime) * SECOND;
    const t2 = t2Given !== undefined && t2Given > 0n && t2Given < leaseNs ? t2Given : (leaseNs * 7n) / 8n;
    const t1Given = ack.renewalTime === undefined ? undefined : BigInt(ack.renewalTime) * SECOND;
    const t1Default = leaseNs / 2n < t2 ? leaseNs / 2n : t2;
    const t1 = t1Given !== undefined && t1Given > 0n && t1Given < t2 ? t1Given : t1Default;
    return { ...common, leaseNs, renewAt: start + t1, rebindAt: start + t2, expiresAt: start + leaseNs };
  };

  const bind = (now: bigint, xid: number, lease: DhcpLease, tag: "Bound" | "Renewed"): void => {
    consecutiveNaks = 0;
    state = { name: "Bound", xid, lease };
    emitEvent(now, { _tag: tag, ...lease });
  };

  const afterNak = (now: bigint): void => {
    consecutiveNaks++;
    const wait = consecutiveNaks <= 1 ? 0 : Math.min(MAX_BACKOFF_S, 4 * 2 ** Math.min(consecutiveNaks - 2, 6));
    enterInit(now + BigInt(wait) * SECOND);
  };

  /** Server id check for ACK/NAK: absent is accepted, another server is not. */
  const fromServer = (m: DhcpRepr, server: Ipv4Address): boolean => {
    if (m.serverIdentifier === undefined || m.serverIdentifier === server) return true;
    counters.rxWrongServer++;
    return false;
  };

  const deadline = (): bigint | undefined => {
    switch (state.name) {
      case "Stopped":
        return undefined;
      case "Init":
        return state.at;
      case "Selecting":
      case "Requesting":
      case "Renewing":
      case "Rebinding":
        return state.next;
      case "Bound":
        return state.lease.renewAt;
    }
  };

  /** One due timer at `now`. */
  const fire = (now: bigint): void => {
    const s = state;
    switch (s.name) {
      case "Stopped":
        return;
      case "Init":
        enterSelecting(now);
        return;
      case "Selecting":
        s.tries++;
        s.secs = secsSince(now, s.started);
        s.next = now + backoff(s.tries);
        sendDiscover(now, s.xid, s.secs);
        return;
      case "Requesting":
        if (s.tries >= requestAttempts) {
          enterSelecting(now);
          return;
        }
        s.tries++;
        s.lastSent = now;
        s.next = now + backoff(s.tries);
        sendSelectingRequest(now, s);
        return;
      case "Bound":
      case "Renewing":
      case "Rebinding": {
        const l = s.lease;
        if (l.expiresAt !== undefined && l.expiresAt <= now) expire(now, l);
        else if (s.name !== "Rebinding" && l.rebindAt !== undefined && l.rebindAt <= now) enterRenewing(now, l, "Rebinding");
        else if (s.name === "Bound") enterRenewing(now, l, "Renewing");
        else {
          s.next = renewNext(now, s.name === "Renewing" ? l.rebindAt : l.expiresAt);
          sendRenewRequest(now, s);
        }
        return;
      }
    }
  };

  const handleAck = (now: bigint, m: DhcpRepr): void => {
    const s = state;
    if (s.name === "Requesting") {
      if (!fromServer(m, s.offer.server)) return;
      if (m.yourIp !== s.offer.address) {
        counters.rxBadAddress++;
        return;
      }
      const leaseSecs = m.leaseTime ?? s.offer.leaseTime;
      if (leaseSecs === undefined) {
        counters.rxNoLease++;
        return;
      }
      counters.rxAcks++;
      bind(now, s.xid, makeLease(m, leaseSecs, s.offer.server, s.lastSent), "Bound");
      return;
    }
    if (s.name === "Renewing" || s.name === "Rebinding") {
      // RENEWING asked one server; in REBINDING any server may answer and becomes ours.
      if (s.name === "Renewing" && !fromServer(m, s.lease.server)) return;
      if (!isUsable(m.yourIp)) {
        counters.rxBadAddress++;
        return;
      }
      if (m.leaseTime === undefined) {
        counters.rxNoLease++;
        return;
      }
      counters.rxAcks++;
      const lease = makeLease(m, m.leaseTime, m.serverIdentifier ?? s.lease.server, s.lastSent);
      if (lease.cidr.address === s.lease.cidr.address) bind(now, s.xid, lease, "Renewed");
      else {
        lose(now, s.lease, "Changed");
        bind(now, s.xid, lease, "Bound");
      }
      return;
    }
    counters.rxUnexpected++;
  };

  const handleNak = (now: bigint, m: DhcpRepr): void => {
    const s = state;
    if (s.name === "Requesting") {
      if (!fromServer(m, s.offer.server)) return;
      counters.rxNaks++;
      afterNak(now);
      return;
    }
    if (s.name === "Renewing" || s.name === "Rebinding") {
      if (s.name === "Renewing" && !fromServer(m, s.lease.server)) return;
      counters.rxNaks++;
      lose(now, s.lease, "Nak");
      afterNak(now);
      return;
    }
    counters.rxUnexpected++;
  };

  const handleOffer = (now: bigint, m: DhcpRepr): void => {
    const s = state;
    if (s.name !== "Selecting") {
      counters.rxUnexpected++;
      return;
    }
    if (m.serverIdentifier === undefined) {
      counters.rxNoServerId++;
      return;
    }
    if (!isUsable(m.yourIp)) {
      counters.rxBadAddress++;
      return;
    }
    counters.rxOffers++;
    const r: State = {
      name: "Requesting",
      xid: s.xid,
      offer: { address: m.yourIp, server: m.serverIdentifier, leaseTime: m.leaseTime },
      secs: s.secs,
      tries: 1,
      next: now + backoff(1),
      lastSent: now,
    };
    state = r;
    sendSelectingRequest(now, r);
  };

  const currentLease = (): DhcpLease | undefined =>
    state.name === "Bound" || state.name === "Renewing" || state.name === "Rebinding" ? state.lease : undefined;

  return {
    start(now) {
      if (state.name === "Stopped") enterInit(now);
    },

    handle(now, m) {
      counters.received++;
      const s = state;
      if (m.op !== DhcpOp.Reply) {
        counters.rxNotReply++;
        return;
      }
      if (!macAddress.equal(m.clientHardwareAddress, mac)) {
        counters.rxWrongChaddr++;
        return;
      }
      if (s.name === "Stopped" || s.name === "Init") {
        counters.rxUnexpected++;
        return;
      }
      if (m.xid !== s.xid) {
        counters.rxWrongXid++;
        return;
      }
      switch (m.messageType) {
        case DhcpMessageType.Offer:
          return handleOffer(now, m);
        case DhcpMessageType.Ack:
          return handleAck(now, m);
        case DhcpMessageType.Nak:
          return handleNak(now, m);
        default:
          counters.rxUnexpected++;
      }
    },

    poll(now) {
      // Each step moves the deadline past `now` or changes state; the bound is a safety net.
      for (let i = 0; i < 16; i++) {
        const d = deadline();
        if (d === undefined || d > now) break;
        fire(now);
      }
      const out: DhcpPollResult = { send: outbox, events };
      outbox = [];
      events = [];
      dueSince = undefined;
      return out;
    },

    pollAt: () => min(dueSince, deadline()),

    release(now) {
      const lease = currentLease();
      if (lease !== undefined) {
        counters.txReleases++;
        emitSend(now, {
          dst: lease.server,
          message: message(DhcpMessageType.Release, newXid(), 0, { clientIp: lease.cidr.address, serverIdentifier: lease.server }),
        });
        lose(now, lease, "Released");
      }
      state = { name: "Stopped" };
    },

    decline(now) {
      const lease = currentLease();
      if (lease === undefined) return;
      counters.txDeclines++;
      emitSend(now, {
        dst: "broadcast",
        message: message(DhcpMessageType.Decline, newXid(), 0, { requestedIp: lease.cidr.address, serverIdentifier: lease.server }),
      });
      lose(now, lease, "Declined");
      enterInit(now + DECLINE_WAIT_NS);
    },

    stop() {
      state = { name: "Stopped" };
      outbox = [];
      events = [];
      dueSince = undefined;
    },

    state: () => state.name,
    lease: currentLease,
    stats: () => ({ ...counters }),
  };
};
