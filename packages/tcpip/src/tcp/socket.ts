// The TCP state machine (RFC 9293), sans-IO in the manner of smoltcp's `tcp::Socket`: it never
// touches a device or a timer. Time is an argument (`now`, nanoseconds on the monotonic clock),
// segments come in through `process` and go out through `dispatch`, and `pollAt` says when
// `dispatch` wants to run next. Everything else (demultiplexing, ISNs, timers, flows) is the
// layer's business (layer.ts).
//
// Implemented: every RFC 9293 state including simultaneous open and close; MSS (RFC 9293
// §3.7.1, RFC 6691); window scaling, timestamps, PAWS and RTTM (RFC 7323); SACK generation and
// a sender scoreboard with RFC 6675 pipe-based loss recovery (RFC 2018, 6675); RTO per RFC 6298
// with Karn's algorithm and exponential backoff; slow start, congestion avoidance, fast
// retransmit and NewReno fast recovery (RFC 5681, 6582), limited transmit (RFC 3042), initial
// window 10 (RFC 6928); delayed ACKs; Nagle; sender and receiver silly-window avoidance
// (RFC 9293 §3.8.6.2); zero-window probes with backoff; keepalive; RFC 5961 (RST exactness,
// challenge ACKs for in-window RST and for SYN, ACK range check, rate-limited).
//
// Sequence numbers are compared only through the helpers in wire/seq.ts.
import type { Endpoint, KeepaliveOptions } from "../signatures.ts";
import type { Ipv4Address } from "../wire/ipv4.ts";
import { seqAdd, seqGe, seqGt, seqInWindow, seqLe, seqLt, seqMax, seqMin, seqSub, type SeqNumber } from "../wire/seq.ts";
import type { SackRange, TcpControl, TcpRepr } from "../wire/tcp.ts";
import { Assembler } from "./assembler.ts";
import { ByteRing } from "./ring.ts";
import { RttEstimator } from "./rtt.ts";

export type TcpState =
  | "CLOSED"
  | "LISTEN"
  | "SYN-SENT"
  | "SYN-RECEIVED"
  | "ESTABLISHED"
  | "FIN-WAIT-1"
  | "FIN-WAIT-2"
  | "CLOSE-WAIT"
  | "CLOSING"
  | "LAST-ACK"
  | "TIME-WAIT";

/** Why a connection ended abnormally. */
export type TcpSocketError = "Refused" | "Reset" | "Timeout";

/** The IP addresses of a received segment. */
export interface TcpIpPair {
  readonly src: Ipv4Address;
  readonly dst: Ipv4Address;
}

export interface TcpSocketOptions {
  /** Send buffer (unacknowledged plus unsent bytes). Default 256 KiB. */
  readonly sendBufferBytes?: number;
  /** Receive buffer; also bounds the advertised window. Default 256 KiB. */
  readonly recvBufferBytes?: number;
  /** The MSS we advertise and the largest segment we send: the IP MTU - 40. Default 1460. */
  readonly mss?: number;
  /** Offer window scaling (RFC 7323). Default true. */
  readonly windowScaling?: boolean;
  /** Offer SACK (RFC 2018). Default true. */
  readonly sack?: boolean;
  /** Offer timestamps (RFC 7323). Default true. */
  readonly timestamps?: boolean;
  /** Added to our millisecond timestamp clock (the layer randomises it per connection). Default 0. */
  readonly tsOffset?: number;
  /** Delayed-ACK timeout; 0n acknowledges every segment at once. Default 40 ms (Linux's minimum). */
  readonly ackDelayNs?: bigint;
  /** RFC 6298: 1 s. */
  readonly initialRtoNs?: bigint;
  /** Linux's 200 ms rather than RFC 6298's 1 s (see README). */
  readonly minRtoNs?: bigint;
  /** Linux's 120 s. */
  readonly maxRtoNs?: bigint;
  /** SYN retransmissions before connect times out (Linux tcp_syn_retries: 6). */
  readonly synRetries?: number;
  /** SYN-ACK retransmissions before a half-open connection is dropped (Linux: 5). */
  readonly synAckRetries?: number;
  /** Data retransmissions (and unanswered zero-window probes) before a timeout (Linux tcp_retries2: 15). */
  readonly retries?: number;
  /** TIME-WAIT duration, 2*MSL. Default 60 s (Linux). */
  readonly timeWaitNs?: bigint;
  /** Disable Nagle's algorithm. Default false. */
  readonly noDelay?: boolean;
  readonly keepalive?: KeepaliveOptions;
  /** RFC 5961 §7 challenge ACKs per second and socket; 0 for no limit. Default 1000 (Linux). */
  readonly challengeAckLimit?: number;
  /** Most out-of-order ranges kept (received) and SACK ranges tracked (sent). Default 32. */
  readonly maxRanges?: number;
  /** Chooses the ISS for a passive open (the layer passes its RFC 6528 generator). */
  readonly iss?: (local: Endpoint, remote: Endpoint) => SeqNumber;
}

export interface TcpSocketStats {
  readonly state: TcpState;
  readonly segmentsIn: number;
  readonly segmentsOut: number;
  readonly bytesIn: number;
  readonly bytesOut: number;
  readonly retransmittedSegments: number;
  readonly timeouts: number;
  readonly fastRetransmits: number;
  readonly dupAcksIn: number;
  readonly outOfOrderSegments: number;
  readonly outOfOrderDropped: number;
  readonly outOfWindow: number;
  readonly pawsDropped: number;
  readonly challengeAcks: number;
  readonly challengeAcksSuppressed: number;
  readonly zeroWindowProbes: number;
  readonly keepaliveProbes: number;
  readonly cwnd: number;
  readonly ssthresh: number;
  readonly srttNs: bigint | undefined;
  readonly rtoNs: bigint;
  readonly sendMss: number;
  readonly sendWindow: number;
  readonly sendQueue: number;
  readonly recvQueue: number;
  readonly sack: boolean;
  readonly timestamps: boolean;
  readonly windowScale: { readonly send: number; readonly recv: number } | undefined;
}

const MS = 1_000_000n;
const SEC = 1_000_000_000n;
/** RFC 9293 §3.7.1: the MSS assumed when the peer sends none. */
export const TCP_DEFAULT_PEER_MSS = 536;
const TS_OPTION_LEN = 12;
const DUP_THRESH = 3;
const TS_RECENT_VALID_NS = 24n * 24n * 3600n * SEC; // RFC 7323 §5.5: 24 days
const EMPTY = new Uint8Array(0);
const NO_SACK: readonly SackRange[] = Object.freeze([]);
const UNSPECIFIED: Endpoint = Object.freeze({ address: 0 as Ipv4Address, port: 0 });

// What `decide` chose to send next (no allocation per decision).
const enum Next {
  None,
  Rst,
  Syn,
  SynAck,
  Data,
  Fin,
  Probe,
  Keepalive,
  Ack,
}

const SYNCHRONIZED_SENDERS: ReadonlySet<TcpState> = new Set<TcpState>(["ESTABLISHED", "CLOSE-WAIT", "FIN-WAIT-1", "CLOSING", "LAST-ACK"]);

const tsLt = (a: number, b: number): boolean => ((a - b) | 0) < 0;

/** The largest window-scale shift such that `bytes >> shift` fits 16 bits. */
export const windowScaleFor = (bytes: number): number => {
  let s = 0;
  while (s < 14 && bytes > 0xffff * 2 ** s) s++;
  return s;
};

/** The RST a closed port answers `seg` with (RFC 9293 §3.10.7.1), or undefined for a RST. */
export const rstReplyFor = (seg: TcpRepr): TcpRepr | undefined => {
  if (seg.control === "rst") return undefined;
  const base = {
    srcPort: seg.dstPort,
    dstPort: seg.srcPort,
    control: "rst" as const,
    window: 0,
    sackPermitted: false,
    sackRanges: NO_SACK,
    payload: EMPTY,
  };
  if (seg.ack !== undefined) return { ...base, seq: seg.ack };
  const len = seg.payload.length + (seg.control === "syn" || seg.control === "fin" ? 1 : 0);
  return { ...base, seq: 0 as SeqNumber, ack: seqAdd(seg.seq, len) };
};

interface Config {
  readonly sendBufferBytes: number;
  readonly recvBufferBytes: number;
  readonly mss: number;
  readonly windowScaling: boolean;
  readonly sack: boolean;
  readonly timestamps: boolean;
  readonly tsOffset: number;
  readonly ackDelayNs: bigint;
  readonly initialRtoNs: bigint;
  readonly minRtoNs: bigint;
  readonly maxRtoNs: bigint;
  readonly synRetries: number;
  readonly synAckRetries: number;
  readonly retries: number;
  readonly timeWaitNs: bigint;
  readonly challengeAckLimit: number;
  readonly maxRanges: number;
  readonly iss: ((local: Endpoint, remote: Endpoint) => SeqNumber) | undefined;
}

/**
 * One TCP connection (or a listener waiting for one SYN, as in smoltcp: the layer makes a new
 * listening socket per incoming SYN).
 *
 * Driving it: feed each segment for this connection to `process` (emit its return value at
 * once if there is one), call `dispatch` when `pollAt(now) <= now`, and after every user call
 * (`send`, `recv`, `close`, ...) look at `pollAt` again.
 */
export class TcpSocket {
  private readonly cfg: Config;
  private st: TcpState = "CLOSED";
  private localEp: Endpoint = UNSPECIFIED;
  private remoteEp: Endpoint = UNSPECIFIED;
  private listenEp: Endpoint = UNSPECIFIED;
  private passive = false;
  private err: TcpSocketError | undefined;
  private noDelay: boolean;
  private ka: KeepaliveOptions | undefined;

  // Send sequence space.
  private iss = 0 as SeqNumber;
  private sndUna = 0 as SeqNumber;
  private sndNxt = 0 as SeqNumber;
  private sndMax = 0 as SeqNumber; // one past the highest sequence number ever sent (probes aside)
  private probeEnd: SeqNumber | undefined; // one past a zero-window probe byte beyond SND.MAX
  private sndWnd = 0; // bytes, scaled
  private sndWl1 = 0 as SeqNumber;
  private sndWl2 = 0 as SeqNumber;
  private maxSndWnd = 0;
  private bufSeq = 0 as SeqNumber; // sequence number of the first byte in `tx`
  private finQueued = false;
  private closeWhenEstablished = false;
  private readonly tx: ByteRing;
  private scratch: Uint8Array | undefined;

  // Receive sequence space.
  private irs = 0 as SeqNumber;
  private rcvNxt = 0 as SeqNumber;
  private rcvAdvRight = 0 as SeqNumber; // RCV.NXT + RCV.WND as last advertised
  private rcvFinSeq: SeqNumber | undefined; // a FIN received above RCV.NXT
  private finReceived = false;
  private readonly rx: ByteRing;
  private readonly ooo: Assembler; // out-of-order data, offsets from RCV.NXT
  private sackRecent: SeqNumber[] = []; // starts of recent out-of-order arrivals, newest first
  private synWindow = 0;

  // Options.
  private peerMss = TCP_DEFAULT_PEER_MSS;
  private readonly ourWs: number;
  private sndWs = 0;
  private rcvWs = 0;
  private wsOk = false;
  private sackOk = false;
  private tsOk = false;
  private tsRecent = 0;
  private tsRecentAt = 0n;
  private lastAckSent = 0 as SeqNumber;

  // Acknowledgements.
  private ackNow = false;
  private ackDeadline: bigint | undefined;
  private unackedBytes = 0;
  private rcvMssSeen = 0;

  // Retransmission.
  private readonly rtt: RttEstimator;
  private rtoCur: bigint;
  private rtoDeadline: bigint | undefined;
  private retries = 0;
  private rttSeq: SeqNumber | undefined;
  private rttStart = 0n;
  private synRetransmitted = false;

  // Congestion control.
  private cwnd = 0;
  private ssthresh = 0x7fffffff;
  private caAcked = 0;
  private dupAcks = 0;
  private inRecovery = false;
  private recover = 0 as SeqNumber;
  private highRxt = 0 as SeqNumber;
  private rexmitFirst = false;
  private readonly scoreboard: Assembler; // SACKed ranges, offsets from SND.UNA

  // Zero-window probes and the silly-window override timer.
  private persistDeadline: bigint | undefined;
  private persistBackoff = 0;
  private persistUnanswered = 0;
  private probeDue = false;
  private overrideDue = false;

  // Keepalive.
  private lastRecvAt = 0n;
  private kaProbes = 0;
  private kaLastProbeAt = 0n;
  private kaDue = false;

  private timeWaitDeadline: bigint | undefined;
  private rstPending: { readonly seq: SeqNumber; readonly ack: SeqNumber | undefined } | undefined;
  private chWindowStart = -SEC;
  private chCount = 0;

  // The current decision of `decide`.
  private dSeq = 0 as SeqNumber;
  private dLen = 0;
  private dFin = false;

  private readonly counters = {
    segmentsIn: 0,
    segmentsOut: 0,
    bytesIn: 0,
    bytesOut: 0,
    retransmittedSegments: 0,
    timeouts: 0,
    fastRetransmits: 0,
    dupAcksIn: 0,
    outOfOrderSegments: 0,
    outOfOrderDropped: 0,
    outOfWindow: 0,
    pawsDropped: 0,
    challengeAcks: 0,
    challengeAcksSuppressed: 0,
    zeroWindowProbes: 0,
    keepaliveProbes: 0,
  };

  constructor(options: TcpSocketOptions = {}) {
    const cfg: Config = {
      sendBufferBytes: options.sendBufferBytes ?? 256 * 1024,
      recvBufferBytes: options.recvBufferBytes ?? 256 * 1024,
      mss: options.mss ?? 1460,
      windowScaling: options.windowScaling ?? true,
      sack: options.sack ?? true,
      timestamps: options.timestamps ?? true,
      tsOffset: options.tsOffset ?? 0,
      ackDelayNs: options.ackDelayNs ?? 40n * MS,
      initialRtoNs: options.initialRtoNs ?? SEC,
      minRtoNs: options.minRtoNs ?? 200n * MS,
      maxRtoNs: options.maxRtoNs ?? 120n * SEC,
      synRetries: options.synRetries ?? 6,
      synAckRetries: options.synAckRetries ?? 5,
      retries: options.retries ?? 15,
      timeWaitNs: options.timeWaitNs ?? 60n * SEC,
      challengeAckLimit: options.challengeAckLimit ?? 1000,
      maxRanges: options.maxRanges ?? 32,
      iss: options.iss,
    };
    if (cfg.mss < 64 || cfg.mss > 65495) throw new RangeError(`Cannot create a TCP socket: MSS ${cfg.mss} is outside 64..65495`);
    this.cfg = cfg;
    this.noDelay = options.noDelay ?? false;
    this.ka = options.keepalive;
    this.ourWs = cfg.windowScaling ? windowScaleFor(cfg.recvBufferBytes) : 0;
    this.tx = new ByteRing(cfg.sendBufferBytes);
    this.rx = new ByteRing(cfg.recvBufferBytes, cfg.recvBufferBytes + (1 << this.ourWs));
    this.ooo = new Assembler(cfg.maxRanges);
    this.scoreboard = new Assembler(cfg.maxRanges);
    this.rtt = new RttEstimator({ initialNs: cfg.initialRtoNs, minNs: cfg.minRtoNs, maxNs: cfg.maxRtoNs, granularityNs: MS });
    this.rtoCur = cfg.initialRtoNs;
  }

  // ------------------------------------------------------------------------------------------
  // Introspection

  get state(): TcpState {
    return this.st;
  }
  get local(): Endpoint {
    return this.localEp;
  }
  get remote(): Endpoint {
    return this.remoteEp;
  }
  /** Why the connection ended, if it ended abnormally (cleared by `listen`/`connect`). */
  get error(): TcpSocketError | undefined {
    return this.err;
  }
  /** RCV.NXT: the next sequence number expected from the peer. */
  get recvNext(): SeqNumber {
    return this.rcvNxt;
  }
  /** SND.NXT and SND.UNA. */
  get sendNext(): SeqNumber {
    return this.sndNxt;
  }
  get sendUnacked(): SeqNumber {
    return this.sndUna;
  }
  /** Whether this socket came from a passive open (a listener). */
  get isPassive(): boolean {
    return this.passive;
  }

  /** Not CLOSED and not TIME-WAIT (smoltcp's `is_open`). */
  isOpen(): boolean {
    return this.st !== "CLOSED" && this.st !== "TIME-WAIT";
  }
  /** A connection exists or is being made: not CLOSED, LISTEN or TIME-WAIT. */
  isActive(): boolean {
    return this.st !== "CLOSED" && this.st !== "TIME-WAIT" && this.st !== "LISTEN";
  }
  /** `send` may queue data: the send side is not closed. */
  maySend(): boolean {
    switch (this.st) {
      case "SYN-SENT":
      case "SYN-RECEIVED":
        return !this.closeWhenEstablished;
      case "ESTABLISHED":
      case "CLOSE-WAIT":
        return !this.finQueued;
      default:
        return false;
    }
  }
  /** `send` would take at least one byte now. */
  canSend(): boolean {
    return this.maySend() && this.tx.free > 0;
  }
  /** More data may arrive or is buffered (smoltcp's `may_recv`). */
  mayRecv(): boolean {
    if (this.st === "ESTABLISHED" || this.st === "FIN-WAIT-1" || this.st === "FIN-WAIT-2") return true;
    return this.rx.length > 0;
  }
  /** `recv` would return at least one byte now. */
  canRecv(): boolean {
    return this.rx.length > 0;
  }
  /** The peer sent FIN and every byte before it has been read: end of stream. */
  recvFinished(): boolean {
    return this.finReceived && this.rx.length === 0;
  }
  /** Bytes queued to send (unacknowledged and unsent). */
  sendQueue(): number {
    return this.tx.length;
  }
  /** Room left in the send buffer. */
  sendFree(): number {
    return this.maySend() ? this.tx.free : 0;
  }
  /** Bytes ready for `recv`. */
  recvQueue(): number {
    return this.rx.length;
  }
  /** Nagle is off. */
  get nodelay(): boolean {
    return this.noDelay;
  }
  get keepalive(): KeepaliveOptions | undefined {
    return this.ka;
  }

  stats(): TcpSocketStats {
    return {
      state: this.st,
      ...this.counters,
      cwnd: this.cwnd,
      ssthresh: this.ssthresh,
      srttNs: this.rtt.srtt,
      rtoNs: this.rtoCur,
      sendMss: this.smss(),
      sendWindow: this.sndWnd,
      sendQueue: this.tx.length,
      recvQueue: this.rx.length,
      sack: this.sackOk,
      timestamps: this.tsOk,
      windowScale: this.wsOk ? { send: this.sndWs, recv: this.rcvWs } : undefined,
    };
  }

  /** Whether a segment from `ip.src` to `ip.dst` belongs to this socket. */
  accepts(ip: TcpIpPair, seg: TcpRepr): boolean {
    if (this.st === "CLOSED") return false;
    if (seg.dstPort !== this.localEp.port) return false;
    if (this.localEp.address !== 0 && ip.dst !== this.localEp.address) return false;
    if (this.st === "LISTEN") return true;
    return ip.src === this.remoteEp.address && seg.srcPort === this.remoteEp.port;
  }

  // ------------------------------------------------------------------------------------------
  // User calls

  /** Waits for a SYN on `local` (address 0: any of ours). */
  listen(local: Endpoint): void {
    if (this.st !== "CLOSED") throw new Error(`Cannot listen: the socket is ${this.st}, not CLOSED`);
    if (local.port < 1 || local.port > 65535) throw new RangeError(`Cannot listen: port ${local.port} is outside 1..65535`);
    this.reset();
    this.listenEp = local;
    this.localEp = local;
    this.passive = true;
    this.st = "LISTEN";
  }

  /** Active open: SYN-SENT; `dispatch` sends the SYN. */
  connect(local: Endpoint, remote: Endpoint, iss: SeqNumber, now: bigint): void {
    if (this.st !== "CLOSED") throw new Error(`Cannot connect: the socket is ${this.st}, not CLOSED`);
    if (local.port < 1 || local.port > 65535 || remote.port < 1 || remote.port > 65535) {
      throw new RangeError(`Cannot connect: port ${local.port} -> ${remote.port} is outside 1..65535`);
    }
    this.reset();
    this.localEp = local;
    this.remoteEp = remote;
    this.passive = false;
    this.initSend(iss);
    this.lastRecvAt = now;
    this.st = "SYN-SENT";
  }

  /**
   * Queues up to `len` bytes of `data` from `offset`; returns how many the send buffer took
   * (0 when it is full or the send side is closed: see `maySend`).
   */
  send(data: Uint8Array, offset = 0, len = data.length - offset): number {
    if (!this.maySend()) return 0;
    const n = this.tx.append(data, offset, Math.max(0, Math.min(len, data.length - offset)));
    return n;
  }

  /** Moves up to `into.length` received bytes into `into`; returns how many. */
  recv(into: Uint8Array, offset = 0, len = into.length - offset): number {
    const before = this.windowBytes();
    const n = this.rx.read(into, offset, Math.max(0, Math.min(len, into.length - offset)));
    if (n > 0 && (this.st === "ESTABLISHED" || this.st === "FIN-WAIT-1" || this.st === "FIN-WAIT-2")) {
      // RFC 9293 §3.8.6.2.2 and Linux's tcp_cleanup_rbuf: announce a window that opened a lot.
      const cur = Math.max(0, seqSub(this.rcvAdvRight, this.rcvNxt));
      const after = this.windowBytes();
      if (after > before && after >= 2 * cur && after - cur >= this.rcvSwsThreshold()) this.ackNow = true;
    }
    return n;
  }

  /** Discards up to `n` received bytes (for a flow whose reading side is shut down). */
  discard(n: number): number {
    const k = Math.min(n, this.rx.length);
    if (k === 0) return 0;
    const before = this.windowBytes();
    this.rx.consume(k);
    if (this.st === "ESTABLISHED" || this.st === "FIN-WAIT-1" || this.st === "FIN-WAIT-2") {
      const cur = Math.max(0, seqSub(this.rcvAdvRight, this.rcvNxt));
      const after = this.windowBytes();
      if (after > before && after >= 2 * cur && after - cur >= this.rcvSwsThreshold()) this.ackNow = true;
    }
    return k;
  }

  /**
   * Closes the send side: a FIN follows the queued data (ESTABLISHED -> FIN-WAIT-1, CLOSE-WAIT
   * -> LAST-ACK). Receiving goes on. In LISTEN or SYN-SENT the socket just closes; in
   * SYN-RECEIVED the FIN waits for ESTABLISHED (RFC 9293 §3.10.4).
   */
  close(): void {
    switch (this.st) {
      case "LISTEN":
      case "SYN-SENT":
        this.st = "CLOSED";
        this.stopTimers();
        return;
      case "SYN-RECEIVED":
        this.closeWhenEstablished = true;
        return;
      case "ESTABLISHED":
        this.finQueued = true;
        this.st = "FIN-WAIT-1";
        return;
      case "CLOSE-WAIT":
        this.finQueued = true;
        this.st = "LAST-ACK";
        return;
      default:
        return;
    }
  }

  /** Same as `close`: TCP's half-close. */
  shutdown(): void {
    this.close();
  }

  /** Drops the connection: a RST in the synchronized states (sent by `dispatch`), then CLOSED. */
  abort(): void {
    switch (this.st) {
      case "SYN-RECEIVED":
      case "ESTABLISHED":
      case "FIN-WAIT-1":
      case "FIN-WAIT-2":
      case "CLOSE-WAIT":
        this.rstPending = { seq: this.sndMax, ack: this.rcvNxt };
        break;
      default:
        break;
    }
    this.st = "CLOSED";
    this.stopTimers();
  }

  setNoDelay(on: boolean): void {
    this.noDelay = on;
  }

  setKeepalive(options: KeepaliveOptions | undefined): void {
    this.ka = options;
    this.kaProbes = 0;
    this.kaDue = false;
  }

  // ------------------------------------------------------------------------------------------
  // Segment arrival (RFC 9293 §3.10.7)

  /**
   * Processes one segment addressed to this socket. Returns a segment to send at once (a RST,
   * a challenge ACK, an ACK for an unacceptable segment), or undefined; anything else (SYN-ACK,
   * ACKs, data) comes out of `dispatch`. `seg.payload` is only read during the call.
   */
  process(now: bigint, ip: TcpIpPair, seg: TcpRepr): TcpRepr | undefined {
    this.counters.segmentsIn++;
    switch (this.st) {
      case "CLOSED":
        return rstReplyFor(seg);
      case "LISTEN":
        return this.processListen(now, ip, seg);
      case "SYN-SENT":
        return this.processSynSent(now, seg);
      default:
        return this.processSynchronized(now, seg);
    }
  }

  private processListen(now: bigint, ip: TcpIpPair, seg: TcpRepr): TcpRepr | undefined {
    if (seg.control === "rst") return undefined;
    if (seg.ack !== undefined) return rstReplyFor(seg);
    if (seg.control !== "syn") return undefined;
    this.localEp = { address: ip.dst, port: seg.dstPort };
    this.remoteEp = { address: ip.src, port: seg.srcPort };
    const iss = this.cfg.iss !== undefined ? this.cfg.iss(this.localEp, this.remoteEp) : (0 as SeqNumber);
    this.initSend(iss);
    this.takeSynOptions(now, seg);
    this.synWindow = this.synWindowBytes();
    this.rcvAdvRight = seqAdd(this.rcvNxt, this.synWindow);
    this.lastAckSent = this.rcvNxt;
    this.lastRecvAt = now;
    this.st = "SYN-RECEIVED";
    return undefined;
  }

  private processSynSent(now: bigint, seg: TcpRepr): TcpRepr | undefined {
    const ack = seg.ack;
    if (ack !== undefined && (seqLe(ack, this.iss) || seqGt(ack, this.sndMax))) {
      return seg.control === "rst" ? undefined : this.rstSeg(ack, undefined);
    }
    if (seg.control === "rst") {
      if (ack !== undefined) this.fail("Refused");
      return undefined;
    }
    if (seg.control !== "syn") return undefined;
    this.takeSynOptions(now, seg);
    this.rcvAdvRight = seqAdd(this.rcvNxt, this.synWindow);
    this.lastAckSent = this.rcvNxt;
    this.lastRecvAt = now;
    if (ack !== undefined) {
      this.st = "ESTABLISHED";
      this.onNewAck(now, seg, ack, 0);
      this.sndWnd = seg.window; // a SYN's window is never scaled (RFC 7323 §2.2)
      this.maxSndWnd = Math.max(this.maxSndWnd, this.sndWnd);
      this.sndWl1 = seg.seq;
      this.sndWl2 = ack;
      this.established();
      this.ackNow = true;
    } else {
      // Simultaneous open: answer with SYN-ACK (our SYN again, now with ACK).
      this.st = "SYN-RECEIVED";
      this.sndNxt = this.iss;
      this.rtoDeadline = undefined;
    }
    return undefined;
  }

  private processSynchronized(now: bigint, seg: TcpRepr): TcpRepr | undefined {
    const rst = seg.control === "rst";
    let syn = seg.control === "syn";
    let fin = seg.control === "fin";
    let seq = seg.seq;

    if (this.st === "SYN-RECEIVED" && syn) {
      if (seg.ack === undefined && seq === this.irs && seg.payload.length === 0) {
        // The peer's SYN again: our SYN-ACK was lost. Send it again (as Linux does).
        this.sndNxt = this.iss;
        return undefined;
      }
      if (seg.ack === this.sndMax && seqAdd(seq, 1) === this.rcvNxt && seg.payload.length === 0) {
        // Simultaneous open: the peer's SYN-ACK acknowledges our SYN. Take it as the ACK; if
        // our SYN-ACK has not gone out yet, the peer's SYN still needs acknowledging.
        syn = false;
        seq = this.rcvNxt;
        if (this.sndNxt === this.iss) this.ackNow = true;
      }
    }

    const segLen = seg.payload.length + (syn || fin ? 1 : 0);
    const wnd = Math.max(0, seqSub(this.rcvAdvRight, this.rcvNxt));

    // RFC 5961 §3.2: a RST resets only when it hits RCV.NXT exactly; in the window it earns a
    // challenge ACK, outside it is dropped.
    if (rst) {
      if (seq === this.rcvNxt) {
        this.onReset();
        return undefined;
      }
      if (seqInWindow(seq, this.rcvNxt, Math.max(wnd, 1))) return this.challengeAck(now);
      this.counters.outOfWindow++;
      return undefined;
    }

    // PAWS (RFC 7323 §5.3, R1).
    const ts = seg.timestamp;
    if (this.tsOk && ts !== undefined && tsLt(ts.tsVal, this.tsRecent) && now - this.tsRecentAt < TS_RECENT_VALID_NS) {
      this.counters.pawsDropped++;
      return this.ackReply(now);
    }

    // Sequence number check (RFC 9293 §3.10.7.4, first).
    let acceptable: boolean;
    if (segLen === 0) acceptable = wnd === 0 ? seq === this.rcvNxt : seqInWindow(seq, this.rcvNxt, wnd);
    else acceptable = wnd > 0 && (seqInWindow(seq, this.rcvNxt, wnd) || seqInWindow(seqAdd(seq, segLen - 1), this.rcvNxt, wnd));
    let ackOnly = false;
    if (!acceptable) {
      if (wnd === 0 && seq === this.rcvNxt && seg.ack !== undefined && !syn) {
        ackOnly = true; // our window is zero: still take the ACK and window (RFC 9293 §3.10.7.4)
      } else {
        this.counters.outOfWindow++;
        if (this.st === "TIME-WAIT" && fin && seqAdd(seq, segLen) === this.rcvNxt) {
          this.timeWaitDeadline = now + this.cfg.timeWaitNs; // a retransmitted FIN restarts 2*MSL
        }
        return syn ? this.challengeAck(now) : this.ackReply(now);
      }
    }

    this.lastRecvAt = now;
    this.kaProbes = 0;
    this.kaDue = false;

    // TS.Recent (RFC 7323 §4.3).
    if (this.tsOk && ts !== undefined && !tsLt(ts.tsVal, this.tsRecent) && seqLe(seq, this.lastAckSent)) {
      this.tsRecent = ts.tsVal;
      this.tsRecentAt = now;
    }

    // RFC 5961 §4.2: a SYN in a synchronized state earns a challenge ACK, wherever it falls.
    if (syn) return this.challengeAck(now);

    const ack = seg.ack;
    if (ack === undefined) return undefined;

    if (this.st === "SYN-RECEIVED") {
      if (!(seqGt(ack, this.sndUna) && seqLe(ack, this.sndMax))) return this.rstSeg(ack, undefined);
      this.st = "ESTABLISHED";
      this.onAck(now, seg, seq, ack);
      this.established();
    } else {
      // RFC 5961 §5.2: SND.UNA - MAX.SND.WND <= SEG.ACK <= SND.NXT (the highest sent).
      const top = this.probeEnd !== undefined && seqGt(this.probeEnd, this.sndMax) ? this.probeEnd : this.sndMax;
      if (seqGt(ack, top) || seqLt(ack, seqAdd(this.sndUna, -Math.max(this.maxSndWnd, 1)))) {
        return this.challengeAck(now);
      }
      this.onAck(now, seg, seq, ack);
    }
    if (this.st === "CLOSED") return undefined;
    if (ackOnly) return this.ackReply(now);

    // Segment text and FIN (RFC 9293 §3.10.7.4, seventh and eighth).
    this.receive(now, seq, seg.payload, fin);
    return undefined;
  }

  // Options of the peer's SYN or SYN-ACK, and the receive sequence space.
  private takeSynOptions(now: bigint, seg: TcpRepr): void {
    this.irs = seg.seq;
    this.rcvNxt = seqAdd(seg.seq, 1);
    this.peerMss = seg.mss !== undefined && seg.mss > 0 ? seg.mss : TCP_DEFAULT_PEER_MSS;
    this.wsOk = this.cfg.windowScaling && seg.windowScale !== undefined;
    this.sndWs = this.wsOk ? (seg.windowScale as number) : 0;
    this.rcvWs = this.wsOk ? this.ourWs : 0;
    this.sackOk = this.cfg.sack && seg.sackPermitted;
    this.tsOk = this.cfg.timestamps && seg.timestamp !== undefined;
    if (this.tsOk && seg.timestamp !== undefined) {
      this.tsRecent = seg.timestamp.tsVal;
      this.tsRecentAt = now;
    }
    this.sndWnd = seg.window;
    this.maxSndWnd = seg.window;
    this.sndWl1 = seg.seq;
    this.sndWl2 = seg.ack ?? this.iss;
  }

  private initSend(iss: SeqNumber): void {
    this.iss = iss;
    this.sndUna = iss;
    this.sndNxt = iss;
    this.sndMax = iss;
    this.bufSeq = seqAdd(iss, 1);
    this.recover = iss;
    this.highRxt = iss;
  }

  private established(): void {
    const smss = this.smss();
    // RFC 6928 initial window; one segment if the SYN or SYN-ACK had to be retransmitted (RFC 5681 §3.1).
    this.cwnd = this.synRetransmitted ? smss : Math.min(10 * smss, Math.max(2 * smss, 14600));
    if (this.synRetransmitted) this.rtt.fallback(3n * SEC);
    this.rtoCur = this.rtt.rto;
    if (this.closeWhenEstablished) {
      this.closeWhenEstablished = false;
      this.close();
    }
  }

  // The ACK field (RFC 9293 §3.10.7.4, fifth), congestion control and window update.
  private onAck(now: bigint, seg: TcpRepr, seq: SeqNumber, ack: SeqNumber): void {
    const flight = seqSub(this.sndNxt, this.sndUna);
    const newWnd = seg.window * 2 ** this.sndWs;
    let sackNew = false;
    this.persistUnanswered = 0;
    if (this.sackOk && seg.sackRanges.length > 0) sackNew = this.takeSack(seg.sackRanges);

    if (seqGt(ack, this.sndUna)) {
      this.onNewAck(now, seg, ack, flight);
    } else if (ack === this.sndUna && flight > 0 && seg.payload.length === 0 && seg.control !== "fin") {
      const dup = this.sackOk && seg.sackRanges.length > 0 ? sackNew : newWnd === this.sndWnd;
      if (dup) this.onDupAck();
    }

    // The window, from an ACK that is not older than SND.UNA (RFC 9293 §3.10.7.4).
    if (seqGe(ack, this.sndUna) && (seqLt(this.sndWl1, seq) || (this.sndWl1 === seq && seqLe(this.sndWl2, ack)))) {
      if (this.sndWnd === 0 && newWnd > 0) this.persistBackoff = 0;
      this.sndWnd = newWnd;
      this.sndWl1 = seq;
      this.sndWl2 = ack;
      if (newWnd > this.maxSndWnd) this.maxSndWnd = newWnd;
    }

    // With SACK, RFC 6675 also starts recovery when the first unacknowledged byte is lost.
    if (this.sackOk && !this.inRecovery && flight > 0 && this.isLost(0) && seqGe(this.sndUna, this.recover) && this.st !== "SYN-RECEIVED") {
      this.enterRecovery();
    }

    if (this.finQueued && seqGt(this.sndUna, this.finSeq())) {
      switch (this.st) {
        case "FIN-WAIT-1":
          this.st = "FIN-WAIT-2";
          break;
        case "CLOSING":
          this.enterTimeWait(now);
          break;
        case "LAST-ACK":
          this.st = "CLOSED";
          this.stopTimers();
          break;
        default:
          break;
      }
    }
  }

  private onNewAck(now: bigint, seg: TcpRepr, ack: SeqNumber, flightBefore: number): void {
    const acked = seqSub(ack, this.sndUna);
    const dataAcked = Math.max(0, Math.min(seqSub(ack, this.bufSeq), this.tx.length));
    if (dataAcked > 0) {
      this.tx.consume(dataAcked);
      this.bufSeq = seqAdd(this.bufSeq, dataAcked);
    }
    this.sndUna = ack;
    if (seqLt(this.sndNxt, ack)) this.sndNxt = ack;
    if (seqLt(this.sndMax, ack)) this.sndMax = ack; // the peer took a zero-window probe byte
    if (this.probeEnd !== undefined && seqGe(ack, this.probeEnd)) this.probeEnd = undefined;
    if (seqLt(this.highRxt, ack)) this.highRxt = ack;
    this.scoreboard.shift(acked);

    // RTT measurement: RTTM with timestamps (RFC 7323 §4), else one timed segment (Karn).
    // Karn: without a valid sample the backed-off RTO stays (RFC 6298 §5, as Linux).
    const ts = seg.timestamp;
    let sampled = false;
    if (this.tsOk && ts !== undefined && ts.tsEcr !== 0) {
      const d = (this.tsNow(now) - ts.tsEcr) | 0;
      if (d >= 0) {
        this.rtt.sample(d * 1e6);
        sampled = true;
      }
      this.rttSeq = undefined;
    } else if (this.rttSeq !== undefined && seqGe(ack, this.rttSeq)) {
      this.rtt.sample(Number(now - this.rttStart));
      this.rttSeq = undefined;
      sampled = true;
    }
    this.retries = 0;
    if (sampled) this.rtoCur = this.rtt.rto;
    this.persistUnanswered = 0;
    this.rtoDeadline = seqLt(this.sndUna, this.sndNxt) ? now + this.rtoCur : undefined;
    if (this.sndUna === this.sndMax) this.rexmitFirst = false;

    const smss = this.smss();
    if (this.inRecovery) {
      if (seqGe(ack, this.recover)) {
        // Full acknowledgement: leave recovery (RFC 6582 §3.2 step 3, RFC 6675 §5).
        this.inRecovery = false;
        this.dupAcks = 0;
        const flight = seqSub(this.sndNxt, this.sndUna);
        this.cwnd = this.sackOk ? this.ssthresh : Math.min(this.ssthresh, Math.max(flight, smss) + smss);
      } else if (!this.sackOk) {
        // NewReno partial acknowledgement: retransmit the next hole, deflate (RFC 6582 §3.2 step 4).
        this.rexmitFirst = true;
        this.cwnd = Math.max(smss, this.cwnd - acked + (acked >= smss ? smss : 0));
      }
    } else {
      this.dupAcks = 0;
      // Grow only while the window is being used (as Linux's tcp_is_cwnd_limited).
      if (dataAcked > 0 && 2 * flightBefore >= this.cwnd) {
        if (this.cwnd < this.ssthresh) {
          this.cwnd += Math.min(dataAcked, smss); // slow start, RFC 5681 (2)
        } else {
          this.caAcked += dataAcked; // congestion avoidance by byte counting (RFC 5681 §3.1)
          if (this.caAcked >= this.cwnd) {
            this.caAcked -= this.cwnd;
            this.cwnd += smss;
          }
        }
      }
    }
  }

  private onDupAck(): void {
    this.dupAcks++;
    this.counters.dupAcksIn++;
    if (this.inRecovery) {
      if (!this.sackOk) this.cwnd += this.smss(); // NewReno inflation (RFC 5681 §3.2 step 4)
      return;
    }
    if (this.dupAcks >= DUP_THRESH && seqGe(this.sndUna, this.recover)) this.enterRecovery();
  }

  private enterRecovery(): void {
    const smss = this.smss();
    const flight = seqSub(this.sndNxt, this.sndUna);
    this.inRecovery = true;
    this.recover = this.sndMax;
    this.ssthresh = Math.max(Math.floor(flight / 2), 2 * smss);
    this.cwnd = this.sackOk ? this.ssthresh : this.ssthresh + 3 * smss;
    this.highRxt = this.sndUna;
    this.rexmitFirst = true;
    this.rttSeq = undefined;
    this.caAcked = 0;
    this.counters.fastRetransmits++;
  }

  // Adds received SACK blocks to the scoreboard; true if any of them told something new.
  private takeSack(ranges: readonly SackRange[]): boolean {
    const top = seqSub(this.sndMax, this.sndUna);
    let fresh = false;
    for (const [l, r] of ranges) {
      let s = seqSub(l, this.sndUna);
      let e = seqSub(r, this.sndUna);
      if (e <= s || e <= 0 || s >= top) continue; // D-SACK, stale or bogus
      s = Math.max(0, s);
      e = Math.min(e, top);
      if (this.scoreboard.covers(s, e)) continue;
      if (this.scoreboard.add(s, e)) fresh = true;
    }
    return fresh;
  }

  /**
   * The offset (from SND.UNA) below which an un-SACKed byte counts as lost (RFC 6675 IsLost):
   * DupThresh SACKed ranges or more than (DupThresh - 1) * SMSS SACKed bytes above it. -1 if none.
   */
  private lostEdge(): number {
    const sb = this.scoreboard;
    const limit = (DUP_THRESH - 1) * this.smss();
    let bytes = 0;
    for (let i = sb.count - 1; i >= 0; i--) {
      bytes += sb.end(i) - sb.start(i);
      if (sb.count - i >= DUP_THRESH || bytes > limit) return sb.start(i);
    }
    return -1;
  }

  private isLost(off: number): boolean {
    return off < this.lostEdge() && this.scoreboard.indexOf(off) < 0;
  }

  /** RFC 6675 SetPipe: bytes believed in the network. */
  private pipe(): number {
    const sb = this.scoreboard;
    const high = seqSub(this.sndNxt, this.sndUna);
    const lost = this.lostEdge();
    const rxt = seqSub(this.highRxt, this.sndUna);
    let pipe = 0;
    let at = 0;
    for (let i = 0; i <= sb.count; i++) {
      const holeEnd = i < sb.count ? Math.min(sb.start(i), high) : high;
      if (holeEnd > at) {
        const lostEnd = Math.min(holeEnd, Math.max(at, lost));
        pipe += holeEnd - lostEnd; // not lost: still in flight
        pipe += Math.max(0, Math.min(holeEnd, rxt) - at); // retransmitted
      }
      if (i < sb.count) at = Math.max(at, sb.end(i));
      if (at >= high) break;
    }
    return pipe;
  }

  private onReset(): void {
    switch (this.st) {
      case "SYN-RECEIVED":
        if (this.passive) {
          this.backToListen();
          return;
        }
        this.fail("Refused");
        return;
      case "ESTABLISHED":
      case "FIN-WAIT-1":
      case "FIN-WAIT-2":
      case "CLOSE-WAIT":
        this.fail("Reset");
        return;
      default:
        this.st = "CLOSED";
        this.stopTimers();
        return;
    }
  }

  private backToListen(): void {
    const ep = this.listenEp;
    this.reset();
    this.listenEp = ep;
    this.localEp = ep;
    this.passive = true;
    this.st = "LISTEN";
  }

  // Segment text and FIN. `seq` may lie before RCV.NXT; the segment is acceptable.
  private receive(now: bigint, seq: SeqNumber, payload: Uint8Array, fin: boolean): void {
    const receiving = this.st === "ESTABLISHED" || this.st === "FIN-WAIT-1" || this.st === "FIN-WAIT-2";
    const finSeq = seqAdd(seq, payload.length);
    let start = 0;
    const before = seqSub(this.rcvNxt, seq);
    if (before > 0) {
      start = Math.min(before, payload.length);
      if (before > payload.length) fin = false; // an old FIN
    }
    const off = Math.max(0, seqSub(seq, this.rcvNxt));
    const wnd = Math.max(0, seqSub(this.rcvAdvRight, this.rcvNxt));
    let end = payload.length;
    if (off + (end - start) > wnd) {
      end = start + Math.max(0, wnd - off);
      fin = false; // beyond the window
    }
    let n = end - start;
    let immediate = false;
    if (n > 0 && receiving) {
      const written = this.rx.writeAt(this.rx.length + off, payload, start, n);
      if (written < n) fin = false;
      n = written;
      if (off === 0) {
        const hadHoles = !this.ooo.isEmpty;
        this.ooo.add(0, n);
        const k = this.ooo.popFront();
        this.rx.commit(k);
        this.rcvNxt = seqAdd(this.rcvNxt, k);
        this.counters.bytesIn += k;
        this.unackedBytes += k;
        if (n > this.rcvMssSeen) this.rcvMssSeen = Math.min(n, this.cfg.mss);
        if (hadHoles) immediate = true; // RFC 5681 §4.2: a segment that fills a gap is ACKed at once
      } else {
        if (this.ooo.add(off, off + n)) {
          this.counters.outOfOrderSegments++;
          this.noteSackArrival(seqAdd(this.rcvNxt, off));
        } else {
          this.counters.outOfOrderDropped++;
          fin = false;
        }
        immediate = true; // out of order: a duplicate ACK (with SACK) at once
      }
    } else if (payload.length > 0 && receiving) {
      immediate = true; // nothing new in it (a duplicate, or beyond the window): ACK at once
    }

    if (fin && receiving) {
      if (finSeq === this.rcvNxt) {
        this.takeFin(now);
      } else if (seqGt(finSeq, this.rcvNxt)) {
        this.rcvFinSeq = finSeq;
        immediate = true;
      }
    }
    if (this.rcvFinSeq !== undefined && this.rcvFinSeq === this.rcvNxt && this.st !== "TIME-WAIT" && receiving) this.takeFin(now);

    if (n > 0 || immediate) {
      const full = Math.max(1, this.rcvMssSeen);
      if (immediate || this.cfg.ackDelayNs <= 0n || this.unackedBytes >= 2 * full) {
        this.ackNow = true;
      } else if (this.ackDeadline === undefined) {
        this.ackDeadline = now + this.cfg.ackDelayNs;
      }
    }
  }

  private takeFin(now: bigint): void {
    this.rcvNxt = seqAdd(this.rcvNxt, 1);
    this.rcvAdvRight = seqAdd(this.rcvAdvRight, 1); // the FIN takes no buffer space
    this.finReceived = true;
    this.rcvFinSeq = undefined;
    this.ooo.clear();
    this.ackNow = true;
    switch (this.st) {
      case "ESTABLISHED":
        this.st = "CLOSE-WAIT";
        break;
      case "FIN-WAIT-1":
        if (this.finQueued && seqGt(this.sndUna, this.finSeq())) this.enterTimeWait(now);
        else this.st = "CLOSING";
        break;
      case "FIN-WAIT-2":
        this.enterTimeWait(now);
        break;
      default:
        break;
    }
  }

  private enterTimeWait(now: bigint): void {
    this.st = "TIME-WAIT";
    this.rtoDeadline = undefined;
    this.persistDeadline = undefined;
    this.probeDue = false;
    this.overrideDue = false;
    this.kaDue = false;
    this.timeWaitDeadline = now + this.cfg.timeWaitNs;
  }

  private noteSackArrival(s: SeqNumber): void {
    const r = this.sackRecent;
    const i = r.indexOf(s);
    if (i >= 0) r.splice(i, 1);
    r.unshift(s);
    if (r.length > 4) r.length = 4;
  }

  private fail(e: TcpSocketError): void {
    this.err = e;
    this.st = "CLOSED";
    this.stopTimers();
  }

  private stopTimers(): void {
    this.rtoDeadline = undefined;
    this.ackDeadline = undefined;
    this.ackNow = false;
    this.persistDeadline = undefined;
    this.probeDue = false;
    this.overrideDue = false;
    this.kaDue = false;
    this.timeWaitDeadline = undefined;
  }

  // Forgets the connection (for listen/connect and a passive SYN-RECEIVED reset to LISTEN).
  private reset(): void {
    this.err = undefined;
    this.localEp = UNSPECIFIED;
    this.remoteEp = UNSPECIFIED;
    this.sndWnd = 0;
    this.maxSndWnd = 0;
    this.finQueued = false;
    this.closeWhenEstablished = false;
    this.tx.clear();
    this.rx.clear();
    this.ooo.clear();
    this.scoreboard.clear();
    this.sackRecent = [];
    this.rcvFinSeq = undefined;
    this.finReceived = false;
    this.peerMss = TCP_DEFAULT_PEER_MSS;
    this.sndWs = 0;
    this.rcvWs = 0;
    this.wsOk = false;
    this.sackOk = false;
    this.tsOk = false;
    this.tsRecent = 0;
    this.unackedBytes = 0;
    this.rcvMssSeen = 0;
    this.retries = 0;
    this.rttSeq = undefined;
    this.synRetransmitted = false;
    this.cwnd = 0;
    this.ssthresh = 0x7fffffff;
    this.caAcked = 0;
    this.dupAcks = 0;
    this.inRecovery = false;
    this.rexmitFirst = false;
    this.persistBackoff = 0;
    this.persistUnanswered = 0;
    this.kaProbes = 0;
    this.rstPending = undefined;
    this.probeEnd = undefined;
    this.rtoCur = this.rtt.rto;
    this.stopTimers();
  }

  private challengeAck(now: bigint): TcpRepr | undefined {
    if (now - this.chWindowStart >= SEC) {
      this.chWindowStart = now;
      this.chCount = 0;
    }
    if (this.cfg.challengeAckLimit > 0 && this.chCount >= this.cfg.challengeAckLimit) {
      this.counters.challengeAcksSuppressed++;
      return undefined;
    }
    this.chCount++;
    this.counters.challengeAcks++;
    return this.ackReply(now);
  }

  // Pure ACKs carry SND.MAX, not SND.NXT: after a timeout rewinds SND.NXT, a sequence number
  // below the peer's RCV.NXT would make it drop the ACK as unacceptable (as BSD does).
  private ackReply(now: bigint): TcpRepr {
    this.counters.segmentsOut++;
    return this.mk(now, "none", this.sndMax, EMPTY);
  }

  private rstSeg(seq: SeqNumber, ack: SeqNumber | undefined): TcpRepr {
    this.counters.segmentsOut++;
    return {
      srcPort: this.localEp.port,
      dstPort: this.remoteEp.port,
      control: "rst",
      seq,
      ack,
      window: 0,
      sackPermitted: false,
      sackRanges: NO_SACK,
      payload: EMPTY,
    };
  }

  // ------------------------------------------------------------------------------------------
  // Timers and output

  /**
   * When `dispatch` should run next: `now` (or earlier) if something is due already, a future
   * deadline, or undefined when the socket waits only for segments or user calls.
   */
  pollAt(now: bigint): bigint | undefined {
    if (this.decide() !== Next.None) return now;
    let t: bigint | undefined;
    const take = (d: bigint | undefined): void => {
      if (d !== undefined && (t === undefined || d < t)) t = d;
    };
    take(this.rtoDeadline);
    take(this.ackDeadline);
    take(this.persistDeadline);
    take(this.timeWaitDeadline);
    take(this.keepaliveDeadline());
    if (this.persistDeadline === undefined && this.persistBlocked() && !this.probeDue && !this.overrideDue) take(now); // dispatch arms it
    return t;
  }

  /** Runs the timers due at `now` and emits every segment due now. `emit` must use `seg` at once. */
  dispatch(now: bigint, emit: (seg: TcpRepr) => void): void {
    this.runTimers(now);
    for (let guard = 0; guard < 100_000; guard++) {
      const k = this.decide();
      if (k === Next.None) break;
      emit(this.build(now, k));
    }
    this.updatePersist(now);
  }

  private runTimers(now: bigint): void {
    if (this.timeWaitDeadline !== undefined && now >= this.timeWaitDeadline) {
      this.st = "CLOSED";
      this.stopTimers();
      return;
    }
    if (this.ackDeadline !== undefined && now >= this.ackDeadline) {
      this.ackDeadline = undefined;
      this.ackNow = true;
    }
    if (this.rtoDeadline !== undefined && now >= this.rtoDeadline) {
      this.rtoDeadline = undefined;
      this.onRto();
      if (this.st === "CLOSED") return;
    }
    if (this.persistDeadline !== undefined && now >= this.persistDeadline) {
      this.persistDeadline = undefined;
      if (this.persistUnanswered >= this.cfg.retries) {
        this.counters.timeouts++;
        this.abortWith("Timeout");
        return;
      }
      if (seqSub(seqAdd(this.sndUna, this.sndWnd), this.sndNxt) > 0) this.overrideDue = true;
      else this.probeDue = true;
    }
    const kd = this.keepaliveDeadline();
    if (kd !== undefined && now >= kd && this.ka !== undefined) {
      if (this.kaProbes >= this.ka.probes) {
        this.counters.timeouts++;
        this.abortWith("Timeout");
        return;
      }
      this.kaDue = true;
    }
  }

  private abortWith(e: TcpSocketError): void {
    this.rstPending = { seq: this.sndMax, ack: this.rcvNxt };
    this.fail(e);
  }

  private onRto(): void {
    this.retries++;
    this.counters.timeouts++;
    const limit = this.st === "SYN-SENT" ? this.cfg.synRetries : this.st === "SYN-RECEIVED" ? this.cfg.synAckRetries : this.cfg.retries;
    if (this.retries > limit) {
      this.fail("Timeout");
      return;
    }
    this.rtoCur = this.rtoCur * 2n > this.cfg.maxRtoNs ? this.cfg.maxRtoNs : this.rtoCur * 2n;
    this.rttSeq = undefined; // Karn
    if (this.st === "SYN-SENT" || this.st === "SYN-RECEIVED") {
      this.sndNxt = this.iss;
      this.synRetransmitted = true;
      return;
    }
    const smss = this.smss();
    const flight = seqSub(this.sndNxt, this.sndUna);
    if (this.retries === 1) this.ssthresh = Math.max(Math.floor(flight / 2), 2 * smss); // RFC 5681 (4)
    this.cwnd = smss; // the loss window
    this.caAcked = 0;
    this.recover = this.sndMax; // RFC 6582 §4: no fast retransmit on the dupacks this will bring
    this.inRecovery = false;
    this.rexmitFirst = false;
    this.dupAcks = 0;
    this.scoreboard.clear(); // RFC 2018 §8: SACKed data may be discarded by the receiver
    this.sndNxt = this.sndUna; // go back N
  }

  private keepaliveDeadline(): bigint | undefined {
    const ka = this.ka;
    if (ka === undefined || this.kaDue) return undefined;
    if (this.st !== "ESTABLISHED" && this.st !== "CLOSE-WAIT" && this.st !== "FIN-WAIT-2") return undefined;
    if (this.sndNxt !== this.sndUna || this.tx.length > 0) return undefined;
    return this.kaProbes === 0 ? this.lastRecvAt + ka.afterNs : this.kaLastProbeAt + ka.intervalNs;
  }

  // Data waits, nothing is in flight and no timer runs: only the persist timer can move it.
  private persistBlocked(): boolean {
    return SYNCHRONIZED_SENDERS.has(this.st) && seqSub(this.dataEnd(), this.sndNxt) > 0 && this.sndNxt === this.sndUna && this.rtoDeadline === undefined;
  }

  private updatePersist(now: bigint): void {
    if (!this.persistBlocked()) {
      this.persistDeadline = undefined;
      this.probeDue = false;
      this.overrideDue = false;
      return;
    }
    if (this.persistDeadline === undefined && !this.probeDue && !this.overrideDue) {
      const shift = BigInt(Math.min(this.persistBackoff, 30));
      const d = this.rtoCur << shift;
      this.persistDeadline = now + (d > this.cfg.maxRtoNs ? this.cfg.maxRtoNs : d);
    }
  }

  private dataEnd(): SeqNumber {
    return seqAdd(this.bufSeq, this.tx.length);
  }

  private finSeq(): SeqNumber {
    return this.dataEnd();
  }

  /** The effective send MSS: the smaller MSS of both sides, less the timestamp option. */
  private smss(): number {
    return Math.max(1, Math.min(this.peerMss, this.cfg.mss) - (this.tsOk ? TS_OPTION_LEN : 0));
  }

  /** Bytes the SACK option of our next ACK takes. */
  private sackOptionLen(): number {
    if (!this.sackOk || this.ooo.isEmpty) return 0;
    return 4 + 8 * Math.min(this.ooo.count, this.tsOk ? 3 : 4);
  }

  // Chooses the next segment to send, without changing anything: the kind, and in dSeq, dLen,
  // dFin its sequence number, payload length and whether it carries FIN.
  private decide(): Next {
    if (this.rstPending !== undefined) return Next.Rst;
    switch (this.st) {
      case "CLOSED":
      case "LISTEN":
        return Next.None;
      case "SYN-SENT":
        return this.sndNxt === this.iss ? Next.Syn : Next.None;
      case "SYN-RECEIVED":
        if (this.sndNxt === this.iss) return Next.SynAck;
        return this.ackNow ? Next.Ack : Next.None;
      case "FIN-WAIT-2":
      case "TIME-WAIT":
        if (this.kaDue && this.st === "FIN-WAIT-2") return Next.Keepalive;
        return this.ackNow ? Next.Ack : Next.None;
      default:
        break;
    }
    const smss = this.smss();
    const mss = Math.max(1, smss - this.sackOptionLen());
    const dataEnd = this.dataEnd();
    const finSeq = dataEnd;
    const finSent = this.finQueued && seqGt(this.sndMax, finSeq);

    if (this.rexmitFirst) {
      // The first unacknowledged segment (fast retransmit, NewReno partial ACK).
      this.dSeq = this.sndUna;
      const limit = seqSub(seqMin(this.sndMax, dataEnd), this.sndUna);
      this.dLen = Math.max(0, Math.min(mss, limit));
      this.dFin = finSent && seqAdd(this.sndUna, this.dLen) === finSeq;
      if (this.dLen > 0 || this.dFin) return Next.Data;
    }

    const flight = seqSub(this.sndNxt, this.sndUna);
    const unsent = seqSub(dataEnd, this.sndNxt);
    const wndAvail = seqSub(seqAdd(this.sndUna, this.sndWnd), this.sndNxt);

    if (this.inRecovery && this.sackOk) {
      // RFC 6675 §5: send while cwnd - pipe >= 1 SMSS, choosing with NextSeg.
      if (this.cwnd - this.pipe() >= smss && this.nextSeg(mss, unsent, wndAvail, finSent, finSeq)) return Next.Data;
    } else if (unsent > 0) {
      const limited = !this.inRecovery && this.dupAcks > 0 && this.dupAcks < DUP_THRESH ? this.dupAcks * smss : 0; // RFC 3042
      const cwndAvail = this.cwnd + limited - flight;
      const len = Math.min(unsent, mss, wndAvail, cwndAvail);
      if (len > 0 && this.swsAllows(len, unsent, flight, mss)) {
        this.dSeq = this.sndNxt;
        this.dLen = len;
        this.dFin = this.finQueued && len === unsent;
        return Next.Data;
      }
    } else if (this.finQueued && this.sndNxt === finSeq) {
      this.dSeq = finSeq;
      this.dLen = 0;
      this.dFin = true;
      return Next.Fin;
    }

    if (this.probeDue && unsent > 0) {
      this.dSeq = this.sndNxt;
      this.dLen = 1;
      this.dFin = false;
      return Next.Probe;
    }
    if (this.kaDue) return Next.Keepalive;
    return this.ackNow ? Next.Ack : Next.None;
  }

  // RFC 6675 NextSeg() rules (1)-(3) (no rescue retransmission).
  private nextSeg(mss: number, unsent: number, wndAvail: number, finSent: boolean, finSeq: SeqNumber): boolean {
    const sb = this.scoreboard;
    const highSacked = sb.isEmpty ? 0 : sb.end(sb.count - 1);
    const from = Math.max(0, seqSub(this.highRxt, this.sndUna));
    const lost = this.lostEdge();
    // (1) and (3): the first un-SACKed byte at or above HighRxt below the highest SACKed byte.
    let holeStart = -1;
    let holeEnd = -1;
    let at = from;
    for (let i = 0; i < sb.count; i++) {
      if (sb.end(i) <= at) continue;
      if (sb.start(i) > at) {
        holeStart = at;
        holeEnd = sb.start(i);
        break;
      }
      at = sb.end(i);
    }
    if (holeStart >= 0 && holeStart < highSacked && holeStart < lost) {
      return this.pickRetransmit(holeStart, Math.min(holeEnd, lost), mss, finSent, finSeq);
    }
    // (2): new data.
    if (unsent > 0) {
      const len = Math.min(unsent, mss, wndAvail);
      const flight = seqSub(this.sndNxt, this.sndUna);
      if (len > 0 && this.swsAllows(len, unsent, flight, mss)) {
        this.dSeq = this.sndNxt;
        this.dLen = len;
        this.dFin = this.finQueued && len === unsent;
        return true;
      }
    } else if (this.finQueued && this.sndNxt === finSeq) {
      this.dSeq = finSeq;
      this.dLen = 0;
      this.dFin = true;
      return true;
    }
    // (3): an un-SACKed hole not yet deemed lost.
    if (holeStart >= 0 && holeStart < highSacked) return this.pickRetransmit(holeStart, holeEnd, mss, finSent, finSeq);
    return false;
  }

  private pickRetransmit(start: number, end: number, mss: number, finSent: boolean, finSeq: SeqNumber): boolean {
    this.dSeq = seqAdd(this.sndUna, start);
    const toData = seqSub(finSeq, this.dSeq);
    this.dLen = Math.max(0, Math.min(mss, end - start, toData));
    this.dFin = finSent && this.dLen === toData && end - start > toData;
    return this.dLen > 0 || this.dFin;
  }

  // Sender silly-window avoidance and Nagle (RFC 9293 §3.8.6.2.1, §3.7.4).
  private swsAllows(len: number, unsent: number, flight: number, mss: number): boolean {
    if (len >= mss || this.overrideDue) return true;
    const idle = flight === 0 || this.noDelay;
    if (len === unsent) return idle || this.finQueued;
    return idle && len >= this.maxSndWnd / 2;
  }

  // Builds the segment `decide` chose and updates the state as if it was sent.
  private build(now: bigint, k: Next): TcpRepr {
    this.counters.segmentsOut++;
    switch (k) {
      case Next.Rst: {
        const r = this.rstPending as { seq: SeqNumber; ack: SeqNumber | undefined };
        this.rstPending = undefined;
        return {
          srcPort: this.localEp.port,
          dstPort: this.remoteEp.port,
          control: "rst",
          seq: r.seq,
          ack: r.ack,
          window: 0,
          sackPermitted: false,
          sackRanges: NO_SACK,
          payload: EMPTY,
        };
      }
      case Next.Syn:
      case Next.SynAck: {
        if (seqGe(this.sndMax, seqAdd(this.iss, 1))) {
          this.counters.retransmittedSegments++;
          this.rttSeq = undefined; // Karn
        } else {
          this.rttSeq = seqAdd(this.iss, 1);
          this.rttStart = now;
        }
        this.sndNxt = seqAdd(this.iss, 1);
        this.sndMax = seqMax(this.sndMax, this.sndNxt);
        if (this.rtoDeadline === undefined) this.rtoDeadline = now + this.rtoCur;
        const active = k === Next.Syn;
        if (active) this.synWindow = this.synWindowBytes();
        return {
          srcPort: this.localEp.port,
          dstPort: this.remoteEp.port,
          control: "syn",
          seq: this.iss,
          ack: active ? undefined : this.markAcked(),
          window: this.synWindow,
          mss: this.cfg.mss,
          windowScale: (active ? this.cfg.windowScaling : this.wsOk) ? this.ourWs : undefined,
          sackPermitted: active ? this.cfg.sack : this.sackOk,
          sackRanges: NO_SACK,
          timestamp: (active ? this.cfg.timestamps : this.tsOk) ? { tsVal: this.tsNow(now), tsEcr: active ? 0 : this.tsRecent } : undefined,
          payload: EMPTY,
        };
      }
      case Next.Data:
      case Next.Fin: {
        const seq = this.dSeq;
        const len = this.dLen;
        const fin = this.dFin;
        const end = seqAdd(seq, len + (fin ? 1 : 0));
        const payload = len > 0 ? this.payloadAt(seq, len) : EMPTY;
        const rexmit = seqLt(seq, this.sndMax);
        if (rexmit) {
          this.counters.retransmittedSegments++;
          if (this.rttSeq !== undefined && seqLt(seq, this.rttSeq)) this.rttSeq = undefined; // Karn
        } else {
          this.counters.bytesOut += len;
          if (this.rttSeq === undefined && !this.tsOk && len > 0) {
            this.rttSeq = end;
            this.rttStart = now;
          }
        }
        if (this.rexmitFirst && seq === this.sndUna) {
          this.rexmitFirst = false;
          if (seqGt(end, this.highRxt)) this.highRxt = end;
        } else if (this.inRecovery && this.sackOk && seqLt(seq, this.sndNxt)) {
          if (seqGt(end, this.highRxt)) this.highRxt = end;
        } else {
          if (seqGt(end, this.sndNxt)) this.sndNxt = end;
        }
        this.sndMax = seqMax(this.sndMax, this.sndNxt);
        this.overrideDue = false;
        if (this.rtoDeadline === undefined) this.rtoDeadline = now + this.rtoCur;
        const control: TcpControl = fin ? "fin" : len > 0 && seqAdd(seq, len) === this.dataEnd() ? "psh" : "none";
        return this.mk(now, control, seq, payload);
      }
      case Next.Probe: {
        // A zero-window probe: the next byte, beyond the window (RFC 9293 §3.8.6.1).
        this.probeDue = false;
        this.counters.zeroWindowProbes++;
        this.persistUnanswered++;
        this.persistBackoff++;
        const seq = this.dSeq;
        this.probeEnd = seqAdd(seq, 1);
        const payload = this.payloadAt(seq, 1);
        return this.mk(now, "none", seq, payload);
      }
      case Next.Keepalive: {
        // SEG.SEQ = SND.NXT - 1, no data: the peer answers with an ACK (RFC 9293 §3.8.4).
        this.kaDue = false;
        this.kaProbes++;
        this.kaLastProbeAt = now;
        this.counters.keepaliveProbes++;
        return this.mk(now, "none", seqAdd(this.sndNxt, -1), EMPTY);
      }
      case Next.Ack:
      default:
        return this.mk(now, "none", this.sndMax, EMPTY);
    }
  }

  private payloadAt(seq: SeqNumber, len: number): Uint8Array {
    const at = seqSub(seq, this.bufSeq);
    if (this.scratch === undefined || this.scratch.length < len) this.scratch = new Uint8Array(Math.max(len, 2048));
    return this.tx.peek(at, len, this.scratch);
  }

  // An ACK-carrying segment from the current state; notes what it acknowledged and advertised.
  private mk(now: bigint, control: TcpControl, seq: SeqNumber, payload: Uint8Array): TcpRepr {
    const raw = this.windowRaw();
    const ts = this.tsOk ? { tsVal: this.tsNow(now), tsEcr: this.tsRecent } : undefined;
    const sackRanges = this.sackOk ? this.sackBlocks(ts !== undefined ? 3 : 4) : NO_SACK;
    const ack = this.markAcked();
    this.rcvAdvRight = seqAdd(this.rcvNxt, raw * 2 ** this.rcvWs);
    return {
      srcPort: this.localEp.port,
      dstPort: this.remoteEp.port,
      control,
      seq,
      ack,
      window: raw,
      sackPermitted: false,
      sackRanges,
      timestamp: ts,
      payload,
    };
  }

  private markAcked(): SeqNumber {
    this.lastAckSent = this.rcvNxt;
    this.ackNow = false;
    this.ackDeadline = undefined;
    this.unackedBytes = 0;
    return this.rcvNxt;
  }

  private tsNow(now: bigint): number {
    return (Number(now / MS) + this.cfg.tsOffset) >>> 0;
  }

  private synWindowBytes(): number {
    return Math.min(this.rx.capacity, 0xffff);
  }

  private rcvSwsThreshold(): number {
    return Math.max(1, Math.min(Math.floor(this.rx.capacity / 2), this.cfg.mss));
  }

  /**
   * The window we would advertise now, in bytes: the free receive buffer rounded down to the
   * scale unit, except that (receiver SWS avoidance) the right edge moves only by at least
   * min(buffer / 2, MSS), and that it never moves left (RFC 9293 §3.8.6.2.2, RFC 7323 §2.4).
   */
  private windowBytes(): number {
    return this.windowRaw() * 2 ** this.rcvWs;
  }

  private windowRaw(): number {
    const unit = 2 ** this.rcvWs;
    const free = Math.max(0, this.rx.capacity - this.rx.length);
    const cur = Math.max(0, seqSub(this.rcvAdvRight, this.rcvNxt));
    let w = Math.floor(Math.min(free, 0xffff * unit) / unit) * unit;
    // RFC 9293 §3.8.6.2.2: move the edge only if RCV.BUFF - RCV.USER - RCV.WND >= min(BUFF/2, MSS)
    if (w > cur && free - cur < this.rcvSwsThreshold()) w = cur;
    let raw: number;
    if (w < cur) {
      // Keep the right edge: round up into the slack behind the buffer, where it fits.
      const phys = Math.max(0, this.rx.physical - this.rx.length);
      raw = Math.min(Math.ceil(cur / unit), Math.floor(phys / unit));
    } else {
      raw = Math.ceil(w / unit);
    }
    return Math.min(raw, 0xffff);
  }

  // SACK blocks for our next ACK (RFC 2018 §4): the block holding the latest out-of-order
  // arrival first, then the other recent ones, then the rest in sequence order.
  private sackBlocks(max: number): readonly SackRange[] {
    const ooo = this.ooo;
    if (ooo.isEmpty) return NO_SACK;
    const out: SackRange[] = [];
    const used: number[] = [];
    for (const s of this.sackRecent) {
      if (out.length >= max) break;
      const i = ooo.indexOf(seqSub(s, this.rcvNxt));
      if (i < 0 || used.includes(i)) continue;
      used.push(i);
      out.push([seqAdd(this.rcvNxt, ooo.start(i)), seqAdd(this.rcvNxt, ooo.end(i))]);
    }
    for (let i = 0; i < ooo.count && out.length < max; i++) {
      if (used.includes(i)) continue;
      out.push([seqAdd(this.rcvNxt, ooo.start(i)), seqAdd(this.rcvNxt, ooo.end(i))]);
    }
    return out;
  }
}
