// A segment-level test language for the TCP socket, after smoltcp's `send!`/`recv!` macros:
// send one exact segment, then assert exactly which segments come back, then nothing.
import { expect } from "vitest";
import { TcpSocket, type TcpSocketOptions, type TcpState } from "../../src/tcp/socket.ts";
import { ipv4Address } from "../../src/wire/ipv4.ts";
import { seqAdd, seqNumber, type SeqNumber } from "../../src/wire/seq.ts";
import type { SackRange, TcpControl, TcpRepr, TcpTimestamp } from "../../src/wire/tcp.ts";

export const LOCAL_IP = ipv4Address.fromOctets(192, 168, 1, 1);
export const REMOTE_IP = ipv4Address.fromOctets(192, 168, 1, 2);
export const LOCAL_PORT = 80;
export const REMOTE_PORT = 49500;
export const LOCAL = { address: LOCAL_IP, port: LOCAL_PORT };
export const REMOTE = { address: REMOTE_IP, port: REMOTE_PORT };
/** Our ISS; the peer's sits just below 2^32 so that every test crosses the wrap. */
export const LOCAL_SEQ = seqNumber(10000);
export const REMOTE_SEQ = seqNumber(-10001);
export const IP_IN = { src: REMOTE_IP, dst: LOCAL_IP };

/** LOCAL_SEQ + n, REMOTE_SEQ + n. */
export const L = (n: number): SeqNumber => seqAdd(LOCAL_SEQ, n);
export const R = (n: number): SeqNumber => seqAdd(REMOTE_SEQ, n);

export const MS = 1_000_000n;
export const ms = (n: number): bigint => BigInt(n) * MS;

export const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

export interface SegSpec {
  readonly control?: TcpControl;
  readonly seq: SeqNumber;
  readonly ack?: SeqNumber;
  readonly window?: number;
  readonly mss?: number;
  readonly windowScale?: number;
  readonly sackPermitted?: boolean;
  readonly sackRanges?: readonly SackRange[];
  readonly timestamp?: TcpTimestamp;
  readonly payload?: Uint8Array | string;
}

const build = (spec: SegSpec, srcPort: number, dstPort: number): TcpRepr => ({
  srcPort,
  dstPort,
  control: spec.control ?? "none",
  seq: spec.seq,
  ack: spec.ack,
  window: spec.window ?? 64,
  mss: spec.mss,
  windowScale: spec.windowScale,
  sackPermitted: spec.sackPermitted ?? false,
  sackRanges: spec.sackRanges ?? [],
  timestamp: spec.timestamp,
  payload: typeof spec.payload === "string" ? bytes(spec.payload) : (spec.payload ?? new Uint8Array(0)),
});

/** A segment from the peer to the socket (default window 64). */
export const inSeg = (spec: SegSpec): TcpRepr => build(spec, REMOTE_PORT, LOCAL_PORT);
/** A segment from the socket to the peer (default window 64). */
export const outSeg = (spec: SegSpec): TcpRepr => build(spec, LOCAL_PORT, REMOTE_PORT);

// Comparable form: undefined optional fields dropped, payload as a plain array, SACK copied.
const norm = (s: TcpRepr): Record<string, unknown> => {
  const o: Record<string, unknown> = {
    srcPort: s.srcPort,
    dstPort: s.dstPort,
    control: s.control,
    seq: s.seq,
    window: s.window,
    sackPermitted: s.sackPermitted,
    sackRanges: s.sackRanges.map(([l, r]) => [l, r]),
    payload: Array.from(s.payload),
  };
  if (s.ack !== undefined) o["ack"] = s.ack;
  if (s.mss !== undefined) o["mss"] = s.mss;
  if (s.windowScale !== undefined) o["windowScale"] = s.windowScale;
  if (s.timestamp !== undefined) o["timestamp"] = { tsVal: s.timestamp.tsVal, tsEcr: s.timestamp.tsEcr };
  return o;
};

/** Copies a segment the socket emitted (its payload may be a view that the next one reuses). */
export const snapshot = (s: TcpRepr): TcpRepr => ({ ...s, payload: s.payload.slice(), sackRanges: s.sackRanges.map(([l, r]) => [l, r] as const) });

/**
 * Feeds `spec` to the socket at `now` (default 0) and asserts the immediate reply: exactly
 * `reply`, or none.
 */
export const send = (s: TcpSocket, spec: SegSpec, opts: { readonly now?: bigint; readonly reply?: SegSpec } = {}): void => {
  const r = s.process(opts.now ?? 0n, IP_IN, inSeg(spec));
  if (opts.reply === undefined) {
    expect(r === undefined ? undefined : norm(r), "no immediate reply expected").toBeUndefined();
  } else {
    expect(r === undefined ? undefined : norm(r), "immediate reply").toEqual(norm(outSeg(opts.reply)));
  }
};

/** Everything `dispatch` emits at `now`. */
export const dispatchAll = (s: TcpSocket, now = 0n): TcpRepr[] => {
  const out: TcpRepr[] = [];
  s.dispatch(now, (seg) => out.push(snapshot(seg)));
  return out;
};

/** Dispatches at `now` and asserts exactly these segments come out, in order. */
export const recv = (s: TcpSocket, now: bigint, ...specs: SegSpec[]): void => {
  const got = dispatchAll(s, now).map(norm);
  expect(got).toEqual(specs.map((sp) => norm(outSeg(sp))));
};

/** Dispatches at `now` and asserts nothing comes out. */
export const recvNothing = (s: TcpSocket, now = 0n): void => {
  expect(dispatchAll(s, now).map(norm)).toEqual([]);
};

export const expectState = (s: TcpSocket, st: TcpState): void => {
  expect(s.state).toBe(st);
};

/** The options most tests use: 64-byte buffers, plain segments, immediate ACKs. */
export const BASE: TcpSocketOptions = {
  sendBufferBytes: 64,
  recvBufferBytes: 64,
  mss: 1460,
  ackDelayNs: 0n,
  windowScaling: false,
  sack: false,
  timestamps: false,
  iss: () => LOCAL_SEQ,
};

export const socket = (o: TcpSocketOptions = {}): TcpSocket => new TcpSocket({ ...BASE, ...o });

// ---------------------------------------------------------------------------------------------
// Fixtures: a socket in each RFC 9293 state.

export const socketListen = (o: TcpSocketOptions = {}): TcpSocket => {
  const s = socket(o);
  s.listen(LOCAL);
  return s;
};

/** LISTEN, then the peer's SYN (no options) and our SYN-ACK. */
export const socketSynReceived = (o: TcpSocketOptions = {}): TcpSocket => {
  const s = socketListen(o);
  send(s, { control: "syn", seq: REMOTE_SEQ });
  expectState(s, "SYN-RECEIVED");
  recv(s, 0n, { control: "syn", seq: LOCAL_SEQ, ack: R(1), mss: o.mss ?? 1460 });
  return s;
};

/** Active open: our SYN is out. */
export const socketSynSent = (o: TcpSocketOptions = {}): TcpSocket => {
  const s = socket(o);
  s.connect(LOCAL, REMOTE, LOCAL_SEQ, 0n);
  expectState(s, "SYN-SENT");
  recv(s, 0n, { control: "syn", seq: LOCAL_SEQ, mss: o.mss ?? 1460 });
  return s;
};

export const socketEstablished = (o: TcpSocketOptions = {}): TcpSocket => {
  const s = socketSynReceived(o);
  send(s, { seq: R(1), ack: L(1) });
  expectState(s, "ESTABLISHED");
  recvNothing(s);
  return s;
};

export const socketFinWait1 = (o: TcpSocketOptions = {}): TcpSocket => {
  const s = socketEstablished(o);
  s.close();
  expectState(s, "FIN-WAIT-1");
  recv(s, 0n, { control: "fin", seq: L(1), ack: R(1) });
  return s;
};

export const socketFinWait2 = (o: TcpSocketOptions = {}): TcpSocket => {
  const s = socketFinWait1(o);
  send(s, { seq: R(1), ack: L(2) });
  expectState(s, "FIN-WAIT-2");
  recvNothing(s);
  return s;
};

export const socketClosing = (o: TcpSocketOptions = {}): TcpSocket => {
  const s = socketFinWait1(o);
  send(s, { control: "fin", seq: R(1), ack: L(1) });
  expectState(s, "CLOSING");
  recv(s, 0n, { seq: L(2), ack: R(2) });
  return s;
};

/** TIME-WAIT from FIN-WAIT-2 (entered at `now`). */
export const socketTimeWait = (o: TcpSocketOptions = {}, now = 0n): TcpSocket => {
  const s = socketFinWait2(o);
  send(s, { control: "fin", seq: R(1), ack: L(2) }, { now });
  expectState(s, "TIME-WAIT");
  recv(s, now, { seq: L(2), ack: R(2) });
  return s;
};

export const socketCloseWait = (o: TcpSocketOptions = {}): TcpSocket => {
  const s = socketEstablished(o);
  send(s, { control: "fin", seq: R(1), ack: L(1) });
  expectState(s, "CLOSE-WAIT");
  recv(s, 0n, { seq: L(1), ack: R(2) });
  return s;
};

export const socketLastAck = (o: TcpSocketOptions = {}): TcpSocket => {
  const s = socketCloseWait(o);
  s.close();
  expectState(s, "LAST-ACK");
  recv(s, 0n, { control: "fin", seq: L(1), ack: R(2) });
  return s;
};

/** Reads everything buffered as a string. */
export const recvString = (s: TcpSocket): string => {
  const buf = new Uint8Array(s.recvQueue());
  s.recv(buf);
  return new TextDecoder().decode(buf);
};
