// TCP over an Ipv4Layer: the `TcpV4` of signatures.ts. Demultiplexes segments to sockets by
// 4-tuple, runs listeners (bounded backlog, SYN-flood eviction), answers closed ports with RST,
// picks ISNs (RFC 6528) and ephemeral ports, drives every socket from one timer armed for the
// earliest deadline, and wraps each connection in a `TcpFlow`.
import { left, right, type Either } from "fp-ts/Either";
import { sha256 } from "@noble/hashes/sha2.js";
import type { FlowError, FlowWriteError, ReadResult, ShutdownMode } from "@mirage/mirage-flow";
import { cancellation } from "@mirage/mirage-clock";
import { deadlineTimer, loggerOf, randomBelow, type StackContext } from "../context.ts";
import type { Ipv4Layer } from "../ip-layer.ts";
import type { Endpoint, KeepaliveOptions, ListenError, TcpConnectError, TcpFlow, TcpListenOptions, TcpV4 } from "../signatures.ts";
import type { Ipv4Address } from "../wire/ipv4.ts";
import { seqGt, seqNumber, type SeqNumber } from "../wire/seq.ts";
import { TcpRepr } from "../wire/tcp.ts";
import { rstReplyFor, TcpSocket, type TcpSocketOptions, type TcpSocketStats } from "./socket.ts";

const PROTO_TCP = 6;
const SEC = 1_000_000_000n;
const EPHEMERAL_LOW = 49152;
const EPHEMERAL_COUNT = 65536 - EPHEMERAL_LOW;
const READ_CHUNK = 64 * 1024;

export interface TcpLayerOptions {
  /** Defaults for every connection (buffers, timers, options). The MSS defaults to the IP MTU - 40. */
  readonly socket?: Omit<TcpSocketOptions, "iss" | "tsOffset" | "keepalive">;
  /** Default listen backlog (half-open plus not yet handed over). Default 128. */
  readonly backlog?: number;
  /** How long an orphaned (closed by the application) connection may sit in FIN-WAIT-2. Default 60 s (Linux tcp_fin_timeout). */
  readonly finWait2TimeoutNs?: bigint;
}

export interface TcpLayerStats {
  readonly segmentsIn: number;
  readonly segmentsOut: number;
  /** Dropped: the checksum did not verify. */
  readonly badChecksum: number;
  /** Dropped: not a valid TCP segment (length, ports, flags, options). */
  readonly malformed: number;
  /** RSTs sent for segments that matched no connection or listener. */
  readonly resetsSent: number;
  /** Segments that matched nothing and earned no RST (RSTs, stray non-SYNs to listeners). */
  readonly dropped: number;
  readonly activeOpens: number;
  readonly passiveOpens: number;
  /** Half-open connections dropped to make room for a new SYN (SYN-flood protection). */
  readonly halfOpenEvicted: number;
  /** SYNs dropped because a listener's backlog was full of established connections. */
  readonly synDropped: number;
  readonly ipWriteErrors: number;
  /** Current connections (any state but CLOSED), of which half-open and in TIME-WAIT. */
  readonly connections: number;
  readonly halfOpen: number;
  readonly timeWait: number;
  readonly retransmittedSegments: number;
}

export interface TcpLayer extends TcpV4 {
  stats(): TcpLayerStats;
  /** Stats of each connection, for diagnostics. */
  connections(): ReadonlyArray<{ readonly local: Endpoint; readonly remote: Endpoint; readonly stats: TcpSocketStats }>;
  /** Resets every connection, stops listening and timers; later input is ignored. */
  close(): Promise<void>;
}

interface Listener {
  readonly port: number;
  readonly handler: (flow: TcpFlow) => void | Promise<void>;
  readonly backlog: number;
  readonly keepalive: KeepaliveOptions | undefined;
  /** Half-open connections, oldest first (a Set keeps insertion order). */
  readonly halfOpen: Set<Conn>;
  /** Established, waiting to be handed to the handler. */
  pending: number;
}

interface Conn {
  readonly sock: TcpSocket;
  readonly local: Endpoint;
  readonly remote: Endpoint;
  listener: Listener | undefined; // while half-open or pending hand-over
  flow: FlowImpl | undefined;
  connectDone: ((r: Either<TcpConnectError, TcpFlow>) => void) | undefined;
  orphanDeadline: bigint | undefined;
  /** When `poll` wants to run next (cached). */
  deadline: bigint | undefined;
  removed: boolean;
}

const connectError = (tag: TcpConnectError["_tag"], message: string): TcpConnectError => ({ _tag: tag, message });

const showEp = (e: Endpoint): string =>
  `${(e.address >>> 24) & 255}.${(e.address >>> 16) & 255}.${(e.address >>> 8) & 255}.${e.address & 255}:${e.port}`;

/**
 * TCP over `ip`. `ctx` gives the clock and timer (`mclock`, `sleep`), randomness for the ISN
 * secret and ephemeral ports, and optionally a logger (source "tcpip.tcp").
 */
export const tcpLayer = (ip: Ipv4Layer, ctx: StackContext, options: TcpLayerOptions = {}): TcpLayer => {
  const log = loggerOf(ctx, "tcpip.tcp");
  const mss = Math.max(64, Math.min(65495, ip.mtu - 40));
  const socketDefaults: TcpSocketOptions = { mss, ...options.socket };
  const defaultBacklog = options.backlog ?? 128;
  const finWait2Timeout = options.finWait2TimeoutNs ?? 60n * SEC;
  const secret = ctx.random.generate(32);
  let ephemeralCursor = randomBelow(ctx.random, EPHEMERAL_COUNT);
  let closed = false;

  // remote address -> (local port * 65536 + remote port) -> connection
  const table = new Map<number, Map<number, Conn>>();
  const listeners = new Map<number, Listener>();
  let connCount = 0;

  const counters = {
    segmentsIn: 0,
    segmentsOut: 0,
    badChecksum: 0,
    malformed: 0,
    resetsSent: 0,
    dropped: 0,
    activeOpens: 0,
    passiveOpens: 0,
    halfOpenEvicted: 0,
    synDropped: 0,
    ipWriteErrors: 0,
    retransmittedSegments: 0,
  };

  const now = (): bigint => ctx.mclock.elapsedNs();

  // RFC 6528: ISN = M + F(local, remote, secret), M a 4 µs clock, F a keyed hash (SHA-256 of
  // the secret and the 4-tuple). The next 4 bytes of the hash offset the timestamp clock.
  const tupleHash = (local: Endpoint, remote: Endpoint): { iss: SeqNumber; tsOffset: number } => {
    const b = new Uint8Array(secret.length + 12);
    b.set(secret, 0);
    const dv = new DataView(b.buffer);
    dv.setUint32(secret.length, local.address);
    dv.setUint32(secret.length + 4, remote.address);
    dv.setUint16(secret.length + 8, local.port);
    dv.setUint16(secret.length + 10, remote.port);
    const digest = sha256(b);
    const h = new DataView(digest.buffer, digest.byteOffset, digest.byteLength);
    const m = Number((now() / 4000n) & 0xffffffffn);
    return { iss: seqNumber(h.getUint32(0) + m), tsOffset: h.getUint32(4) };
  };

  const key = (localPort: number, remotePort: number): number => localPort * 65536 + remotePort;

  const lookup = (remote: Ipv4Address, remotePort: number, localPort: number): Conn | undefined =>
    table.get(remote)?.get(key(localPort, remotePort));

  const insert = (c: Conn): void => {
    let m = table.get(c.remote.address);
    if (m === undefined) {
      m = new Map();
      table.set(c.remote.address, m);
    }
    m.set(key(c.local.port, c.remote.port), c);
    connCount++;
  };

  const remove = (c: Conn): void => {
    if (c.removed) return;
    c.removed = true;
    const m = table.get(c.remote.address);
    if (m !== undefined && m.get(key(c.local.port, c.remote.port)) === c) {
      m.delete(key(c.local.port, c.remote.port));
      if (m.size === 0) table.delete(c.remote.address);
    }
    connCount--;
    counters.retransmittedSegments += c.sock.stats().retransmittedSegments;
    if (c.listener !== undefined) {
      c.listener.halfOpen.delete(c);
      c.listener = undefined;
    }
  };

  const allConns = (): Conn[] => {
    const out: Conn[] = [];
    for (const m of table.values()) for (const c of m.values()) out.push(c);
    return out;
  };

  // ------------------------------------------------------------------------------------------
  // Output

  const output = (src: Ipv4Address, dst: Ipv4Address, seg: TcpRepr): void => {
    counters.segmentsOut++;
    const len = TcpRepr.bufferLen(seg);
    let copy: TcpRepr | undefined;
    let filled = false;
    const p = ip.write(
      dst,
      PROTO_TCP,
      len,
      (buf, from) => {
        filled = true;
        TcpRepr.emit(copy ?? seg, buf, from, dst);
      },
      { src },
    );
    // `fill` may run later (after ARP): then the payload view must not change under it.
    if (!filled) copy = { ...seg, payload: seg.payload.slice() };
    void p.then(
      (r) => {
        if (r._tag === "Left") {
          counters.ipWriteErrors++;
          log.debug(`segment to ${showEp({ address: dst, port: seg.dstPort })} not sent: ${r.left.message}`);
        }
      },
      () => {
        counters.ipWriteErrors++;
      },
    );
  };

  // ------------------------------------------------------------------------------------------
  // Scheduling: one timer for the earliest deadline of all sockets. An event (a segment, a
  // user call) marks its connection dirty and polls just the dirty ones on a microtask; each
  // connection caches its next deadline, and only the timer's wake-up scans them all.

  const dirty = new Set<Conn>();
  let kicked = false;

  const timer = deadlineTimer(ctx, (t) => {
    let d: bigint | undefined;
    for (const m of table.values()) {
      for (const c of m.values()) {
        if (c.deadline !== undefined && c.deadline <= t) poll(c, t);
        if (!c.removed && c.deadline !== undefined && (d === undefined || c.deadline < d)) d = c.deadline;
      }
    }
    return d;
  });

  /** Polls `c` (and whatever else is dirty) on a microtask, then arms the timer. */
  const touch = (c: Conn): void => {
    if (closed) return;
    dirty.add(c);
    if (kicked) return;
    kicked = true;
    void Promise.resolve().then(() => {
      kicked = false;
      if (closed) return;
      const t = now();
      for (const d of dirty) {
        dirty.delete(d);
        if (d.removed) continue;
        poll(d, t);
        if (!d.removed) timer.arm(d.deadline);
      }
    });
  };

  // Runs a connection's due work and caches its next deadline.
  const poll = (c: Conn, t: bigint): void => {
    if (c.orphanDeadline !== undefined && t >= c.orphanDeadline && c.sock.state === "FIN-WAIT-2") {
      log.debug(`${showEp(c.local)} <- ${showEp(c.remote)}: FIN-WAIT-2 timeout`);
      c.orphanDeadline = undefined;
      c.sock.abort();
    }
    const at = c.sock.pollAt(t);
    if (at !== undefined && at <= t) {
      const from = c.local.address;
      c.sock.dispatch(t, (seg) => output(from, c.remote.address, seg));
    }
    settle(c, t);
    let next = c.sock.pollAt(t);
    if (next !== undefined && next <= t) next = t + 1_000_000n; // never spin: due again at once waits 1 ms
    if (c.orphanDeadline !== undefined && (next === undefined || c.orphanDeadline < next)) next = c.orphanDeadline;
    c.deadline = next;
  };

  // After anything happened to a connection: hand-over, connect results, flow wake-ups, removal.
  const settle = (c: Conn, t: bigint): void => {
    const st = c.sock.state;
    const l = c.listener;
    if (l !== undefined && l.halfOpen.has(c) && st !== "SYN-RECEIVED") {
      l.halfOpen.delete(c);
      if (st === "ESTABLISHED" || st === "CLOSE-WAIT") {
        counters.passiveOpens++;
        const flow = new FlowImpl(c, () => touch(c));
        c.flow = flow;
        l.pending++;
        void Promise.resolve().then(async () => {
          l.pending--;
          c.listener = undefined;
          try {
            await l.handler(flow);
          } catch (e) {
            log.warn(`handler for port ${l.port} failed: ${e instanceof Error ? e.message : String(e)}`);
          }
        });
      } else {
        c.listener = undefined;
      }
    }
    if (c.connectDone !== undefined) {
      if (st === "ESTABLISHED" || st === "CLOSE-WAIT") {
        const done = c.connectDone;
        c.connectDone = undefined;
        counters.activeOpens++;
        const flow = new FlowImpl(c, () => touch(c));
        c.flow = flow;
        done(right(flow));
      } else if (st === "CLOSED") {
        const done = c.connectDone;
        c.connectDone = undefined;
        const e = c.sock.error;
        const to = showEp(c.remote);
        done(
          left(
            e === "Refused" || e === "Reset"
              ? connectError("Refused", `Cannot connect to ${to}: connection refused`)
              : e === "Timeout"
                ? connectError("Timeout", `Cannot connect to ${to}: no answer to the SYN`)
                : connectError("Disconnected", `Cannot connect to ${to}: the connection was closed`),
          ),
        );
      }
    }
    c.flow?.wake();
    if (c.flow !== undefined && c.flow.orphaned && st === "FIN-WAIT-2" && c.orphanDeadline === undefined) {
      c.orphanDeadline = t + finWait2Timeout;
    }
    if ((st === "CLOSED" && c.sock.pollAt(t) === undefined) || st === "LISTEN") remove(c);
  };

  // ------------------------------------------------------------------------------------------
  // Input

  const input = (src: Ipv4Address, dst: Ipv4Address, payload: Uint8Array): void => {
    if (closed) return;
    counters.segmentsIn++;
    const d = TcpRepr.decode(payload, src, dst);
    if (d._tag === "Left") {
      if (d.left._tag === "BadChecksum") counters.badChecksum++;
      else counters.malformed++;
      return;
    }
    const seg = d.right;
    const t = now();
    let c = lookup(src, seg.srcPort, seg.dstPort);
    if (c !== undefined && c.local.address !== dst) c = undefined;
    const listener = listeners.get(seg.dstPort);
    if (c !== undefined && c.sock.state === "TIME-WAIT" && seg.control === "syn" && seg.ack === undefined && listener !== undefined) {
      // A new SYN for a connection in TIME-WAIT, above its sequence space: let it reopen (RFC 9293 §3.6.1, as Linux).
      if (seqGt(seg.seq, c.sock.recvNext)) {
        remove(c);
        c = undefined;
      }
    }
    if (c !== undefined) {
      const reply = c.sock.process(t, { src, dst }, seg);
      if (reply !== undefined) output(dst, src, reply);
      settle(c, t);
      touch(c);
      return;
    }
    if (listener !== undefined && seg.control === "syn" && seg.ack === undefined) {
      acceptSyn(listener, src, dst, seg, t);
      return;
    }
    if (listener !== undefined && seg.control !== "rst" && seg.ack === undefined) {
      counters.dropped++; // LISTEN drops what is neither SYN, ACK nor RST
      return;
    }
    const r = rstReplyFor(seg);
    if (r === undefined) {
      counters.dropped++;
      return;
    }
    counters.resetsSent++;
    output(dst, src, r);
  };

  const acceptSyn = (l: Listener, src: Ipv4Address, dst: Ipv4Address, seg: TcpRepr, t: bigint): void => {
    if (l.halfOpen.size + l.pending >= l.backlog) {
      // SYN-flood protection: the oldest half-open connection makes room; if none is half-open
      // the backlog is full of connections not yet handed over, and the SYN is dropped.
      const oldest = l.halfOpen.values().next();
      if (oldest.done === true) {
        counters.synDropped++;
        return;
      }
      counters.halfOpenEvicted++;
      remove(oldest.value);
    }
    const local = { address: dst, port: seg.dstPort };
    const remote = { address: src, port: seg.srcPort };
    const h = tupleHash(local, remote);
    const sock = new TcpSocket({ ...socketDefaults, iss: () => h.iss, tsOffset: h.tsOffset, keepalive: l.keepalive });
    sock.listen(local);
    const reply = sock.process(t, { src, dst }, seg);
    if (reply !== undefined) output(dst, src, reply);
    if (sock.state !== "SYN-RECEIVED") return;
    const c: Conn = { sock, local, remote, listener: l, flow: undefined, connectDone: undefined, orphanDeadline: undefined, deadline: undefined, removed: false };
    insert(c);
    l.halfOpen.add(c);
    touch(c);
  };

  ip.register(PROTO_TCP, input);

  // ------------------------------------------------------------------------------------------
  // The TcpV4 API

  const portInUse = (port: number): boolean => {
    if (listeners.has(port)) return true;
    return false;
  };

  const pickPort = (remote: Endpoint): number | undefined => {
    for (let i = 0; i < EPHEMERAL_COUNT; i++) {
      const port = EPHEMERAL_LOW + ((ephemeralCursor + i) % EPHEMERAL_COUNT);
      if (portInUse(port) || lookup(remote.address, remote.port, port) !== undefined) continue;
      ephemeralCursor = (ephemeralCursor + i + 1) % EPHEMERAL_COUNT;
      return port;
    }
    return undefined;
  };

  const listenNow = (port: number, handler: Listener["handler"], opts?: TcpListenOptions): Either<ListenError, void> => {
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      return left({ _tag: "InvalidPort", port, message: `Cannot listen on port ${port}: ports are 1..65535` });
    }
    if (listeners.has(port)) return left({ _tag: "PortInUse", port, message: `Cannot listen on port ${port}: it is already in use` });
    const backlog = Math.max(1, opts?.backlog ?? defaultBacklog);
    listeners.set(port, { port, handler, backlog, keepalive: opts?.keepalive, halfOpen: new Set(), pending: 0 });
    return right(undefined);
  };

  const listen: TcpV4["listen"] = (port, handler, opts) => Promise.resolve(listenNow(port, handler, opts));

  const unlisten = (port: number): void => {
    const l = listeners.get(port);
    if (l === undefined) return;
    listeners.delete(port);
    for (const c of [...l.halfOpen]) {
      c.sock.abort();
      settle(c, now());
      touch(c);
    }
  };

  const connect: TcpV4["connect"] = (remote, opts) => {
    if (closed) return Promise.resolve(left(connectError("Disconnected", "Cannot connect: the TCP layer is closed")));
    const src = ip.source(remote.address);
    if (src === undefined) return Promise.resolve(left(connectError("NoRoute", `Cannot connect to ${showEp(remote)}: no route`)));
    if (!Number.isInteger(remote.port) || remote.port < 1 || remote.port > 65535) {
      return Promise.resolve(left(connectError("NoRoute", `Cannot connect to ${showEp(remote)}: ports are 1..65535`)));
    }
    const port = pickPort(remote);
    if (port === undefined) {
      return Promise.resolve(left(connectError("NoPortAvailable", `Cannot connect to ${showEp(remote)}: no ephemeral port is free`)));
    }
    const local = { address: src, port };
    const h = tupleHash(local, remote);
    const sock = new TcpSocket({ ...socketDefaults, tsOffset: h.tsOffset, keepalive: opts?.keepalive });
    sock.connect(local, remote, h.iss, now());
    return new Promise((resolve) => {
      const c: Conn = { sock, local, remote, listener: undefined, flow: undefined, connectDone: resolve, orphanDeadline: undefined, deadline: undefined, removed: false };
      insert(c);
      const timeout = opts?.timeoutNs;
      if (timeout !== undefined) {
        const cx = cancellation();
        c.connectDone = (r) => {
          cx.cancel();
          resolve(r);
        };
        void ctx.sleep.sleepNs(timeout, cx.signal).then(() => {
          if (c.connectDone === undefined || cx.signal.aborted) return;
          const done = c.connectDone;
          c.connectDone = undefined;
          c.sock.abort();
          settle(c, now());
          done(left(connectError("Timeout", `Cannot connect to ${showEp(remote)}: no connection within ${timeout} ns`)));
        });
      }
      touch(c);
    });
  };

  const stats = (): TcpLayerStats => {
    let halfOpen = 0;
    let timeWait = 0;
    let retrans = counters.retransmittedSegments;
    for (const c of allConns()) {
      if (c.sock.state === "SYN-RECEIVED" || c.sock.state === "SYN-SENT") halfOpen++;
      if (c.sock.state === "TIME-WAIT") timeWait++;
      retrans += c.sock.stats().retransmittedSegments;
    }
    return { ...counters, retransmittedSegments: retrans, connections: connCount, halfOpen, timeWait };
  };

  return {
    kind: "tcpv4",
    listen,
    unlisten,
    connect,
    stats,
    connections: () => allConns().map((c) => ({ local: c.local, remote: c.remote, stats: c.sock.stats() })),
    close: async () => {
      if (closed) return;
      const t = now();
      for (const port of [...listeners.keys()]) listeners.delete(port);
      for (const c of allConns()) {
        c.sock.abort();
        c.sock.dispatch(t, (seg) => output(c.local.address, c.remote.address, seg));
        settle(c, t);
        remove(c);
      }
      closed = true;
      timer.stop();
    },
  };
};

// ---------------------------------------------------------------------------------------------
// Flows

type Reader = (r: Either<FlowError, ReadResult>) => void;

interface PendingWrite {
  readonly chunks: ReadonlyArray<Uint8Array>;
  chunk: number;
  offset: number;
  readonly resolve: (r: Either<FlowWriteError, void>) => void;
}

const EOF: ReadResult = { _tag: "Eof" };
const OK: Either<never, void> = right(undefined);

class FlowImpl implements TcpFlow {
  readonly kind = "flow" as const;
  private readonly readers: Reader[] = [];
  private readonly writers: PendingWrite[] = [];
  private readShut = false;
  private writeShut = false;
  private finSent = false;
  private closedByUser = false;
  private noDelay = false;

  constructor(
    private readonly c: Conn,
    private readonly kick: () => void,
  ) {}

  get local(): Endpoint {
    return this.c.local;
  }
  get remote(): Endpoint {
    return this.c.remote;
  }
  /** The application closed it: the connection finishes on its own. */
  get orphaned(): boolean {
    return this.closedByUser;
  }

  private failure(): FlowError | undefined {
    const e = this.c.sock.error;
    if (e === "Reset" || e === "Refused") return { _tag: "Reset", message: "Cannot use the flow: the connection was reset by the peer" };
    if (e === "Timeout") return { _tag: "Timeout", message: "Cannot use the flow: the connection timed out" };
    return undefined;
  }

  private tryRead(): Either<FlowError, ReadResult> | undefined {
    if (this.readShut) return right(EOF);
    const f = this.failure();
    if (f !== undefined) return left(f);
    const s = this.c.sock;
    const n = s.recvQueue();
    if (n > 0) {
      const buf = new Uint8Array(Math.min(n, READ_CHUNK));
      s.recv(buf);
      this.kick(); // the window may have opened
      return right({ _tag: "Data", data: buf });
    }
    if (s.recvFinished() || s.state === "CLOSED" || s.state === "TIME-WAIT" || s.state === "LAST-ACK" || s.state === "CLOSING") {
      return right(EOF);
    }
    return undefined;
  }

  read(): Promise<Either<FlowError, ReadResult>> {
    if (this.readers.length === 0) {
      const r = this.tryRead();
      if (r !== undefined) return Promise.resolve(r);
    }
    return new Promise((resolve) => this.readers.push(resolve));
  }

  write(data: Uint8Array): Promise<Either<FlowWriteError, void>> {
    return this.writev([data]);
  }

  writev(chunks: ReadonlyArray<Uint8Array>): Promise<Either<FlowWriteError, void>> {
    if (this.writeShut || this.closedByUser) {
      return Promise.resolve(left({ _tag: "Closed", message: `Cannot write: the flow is ${this.closedByUser ? "closed" : "shut down for writing"}` }));
    }
    const f = this.failure();
    if (f !== undefined) return Promise.resolve(left(f));
    if (!this.c.sock.maySend()) {
      return Promise.resolve(left({ _tag: "Reset", message: "Cannot write: the connection is closed" }));
    }
    let total = 0;
    for (const ch of chunks) total += ch.length;
    if (total === 0) return Promise.resolve(OK);
    return new Promise((resolve) => {
      this.writers.push({ chunks, chunk: 0, offset: 0, resolve });
      this.pump();
    });
  }

  // Moves queued writes into the socket's send buffer; resolves those that fit entirely.
  private pump(): void {
    const s = this.c.sock;
    let moved = false;
    while (this.writers.length > 0) {
      const w = this.writers[0] as PendingWrite;
      while (w.chunk < w.chunks.length) {
        const ch = w.chunks[w.chunk] as Uint8Array;
        const n = s.send(ch, w.offset, ch.length - w.offset);
        if (n > 0) moved = true;
        w.offset += n;
        if (w.offset < ch.length) break;
        w.chunk++;
        w.offset = 0;
      }
      if (w.chunk < w.chunks.length) break;
      this.writers.shift();
      w.resolve(OK);
    }
    if (this.writers.length === 0 && this.writeShut && !this.finSent) {
      this.finSent = true;
      s.close();
      moved = true;
    }
    if (moved) this.kick();
  }

  /** Called by the layer after anything happened to the connection. */
  wake(): void {
    const s = this.c.sock;
    if (this.readShut && s.recvQueue() > 0) {
      s.discard(s.recvQueue());
      this.kick();
    }
    while (this.readers.length > 0) {
      const r = this.tryRead();
      if (r === undefined) break;
      (this.readers.shift() as Reader)(r);
    }
    if (this.writers.length > 0) {
      const f = this.failure();
      if (f !== undefined || !s.maySend()) {
        const err: FlowWriteError = f ?? { _tag: "Reset", message: "Cannot write: the connection is closed" };
        for (const w of this.writers.splice(0)) w.resolve(left(err));
      } else {
        this.pump();
      }
    }
  }

  shutdown(mode: ShutdownMode): Promise<void> {
    if (mode === "read" || mode === "readWrite") {
      this.readShut = true;
      for (const r of this.readers.splice(0)) r(right(EOF));
      const s = this.c.sock;
      if (s.recvQueue() > 0) s.discard(s.recvQueue());
    }
    if (mode === "write" || mode === "readWrite") {
      this.writeShut = true;
      this.pump();
    }
    this.kick();
    return Promise.resolve();
  }

  close(): Promise<void> {
    if (this.closedByUser) return Promise.resolve();
    this.closedByUser = true;
    for (const w of this.writers.splice(0)) w.resolve(left({ _tag: "Closed", message: "Cannot write: the flow was closed" }));
    return this.shutdown("readWrite");
  }

  setNoDelay(on: boolean): void {
    this.noDelay = on;
    this.c.sock.setNoDelay(on);
    this.kick();
  }

  setKeepalive(options: KeepaliveOptions | undefined): void {
    this.c.sock.setKeepalive(options);
    this.kick();
  }

  get nodelay(): boolean {
    return this.noDelay;
  }
}

