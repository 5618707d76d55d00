// A deterministic two-socket simulation for the property tests: a lossy, reordering,
// duplicating channel on a virtual clock, driven through process/dispatch/pollAt only.
import { TcpSocket, type TcpSocketOptions, type TcpState } from "../../src/tcp/socket.ts";
import { ipv4Address } from "../../src/wire/ipv4.ts";
import { seqNumber } from "../../src/wire/seq.ts";
import type { TcpRepr } from "../../src/wire/tcp.ts";
import { prng } from "./fake-ip.ts";
import { snapshot } from "./harness.ts";

const A = { address: ipv4Address.fromOctets(10, 0, 0, 1), port: 40000 };
const B = { address: ipv4Address.fromOctets(10, 0, 0, 2), port: 80 };
export const MS = 1_000_000n;

export interface Channel {
  readonly loss: number;
  readonly duplicate: number;
  readonly jitterMs: number;
  readonly latencyMs: number;
}

interface Side {
  readonly sock: TcpSocket;
  readonly out: Uint8Array;
  sent: number;
  readonly got: number[];
  closed: boolean;
  sawEof: boolean;
}

export interface Result {
  readonly aGot: Uint8Array;
  readonly bGot: Uint8Array;
  readonly aState: TcpState;
  readonly bState: TcpState;
  readonly aFinal: TcpState;
  readonly bFinal: TcpState;
  readonly steps: number;
  readonly timeMs: number;
  readonly aError: string | undefined;
  readonly bError: string | undefined;
  readonly retransmitted: number;
}

/** Runs a whole connection: handshake, both directions, close, TIME-WAIT. */
export const simulate = (
  aOpts: TcpSocketOptions,
  bOpts: TcpSocketOptions,
  aData: Uint8Array,
  bData: Uint8Array,
  ch: Channel,
  seed: number,
  issA: number,
  issB: number,
): Result => {
  const rand = prng(seed);
  const a: Side = { sock: new TcpSocket(aOpts), out: aData, sent: 0, got: [], closed: false, sawEof: false };
  const b: Side = { sock: new TcpSocket({ ...bOpts, iss: () => seqNumber(issB) }), out: bData, sent: 0, got: [], closed: false, sawEof: false };
  b.sock.listen(B);
  a.sock.connect(A, B, seqNumber(issA), 0n);
  let now = 0n;
  let order = 0;
  const wire: Array<{ at: bigint; n: number; to: Side; seg: TcpRepr }> = [];
  const transmit = (to: Side, seg: TcpRepr): void => {
    if (rand() < ch.loss) return;
    const copies = rand() < ch.duplicate ? 2 : 1;
    for (let i = 0; i < copies; i++) {
      const delay = BigInt(ch.latencyMs) * MS + BigInt(Math.floor(rand() * ch.jitterMs * 1e6));
      wire.push({ at: now + delay, n: order++, to, seg: i === 0 ? seg : snapshot(seg) });
    }
  };
  const peer = (s: Side): Side => (s === a ? b : a);
  const ipOf = (s: Side) => (s === a ? { src: B.address, dst: A.address } : { src: A.address, dst: B.address });
  const buf = new Uint8Array(4096);

  const app = (s: Side): void => {
    if (s.sent < s.out.length && s.sock.maySend()) s.sent += s.sock.send(s.out, s.sent, s.out.length - s.sent);
    if (s.sent === s.out.length && !s.closed && (s.sock.state === "ESTABLISHED" || s.sock.state === "CLOSE-WAIT")) {
      s.sock.close();
      s.closed = true;
    }
    for (;;) {
      const n = s.sock.recv(buf);
      if (n === 0) break;
      for (let i = 0; i < n; i++) s.got.push(buf[i] as number);
    }
    if (s.sock.recvFinished()) s.sawEof = true;
  };

  let steps = 0;
  const done = (): boolean =>
    a.sawEof && b.sawEof && a.closed && b.closed && [a, b].every((s) => s.sock.state === "TIME-WAIT" || s.sock.state === "CLOSED");

  while (!done()) {
    if (++steps > 200_000) throw new Error(`no progress: ${a.sock.state}/${b.sock.state} at ${now / MS} ms`);
    // deliver what is due, in arrival order
    wire.sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : x.n - y.n));
    while (wire.length > 0 && (wire[0] as { at: bigint }).at <= now) {
      const p = wire.shift() as { to: Side; seg: TcpRepr };
      const reply = p.to.sock.process(now, ipOf(p.to), p.seg);
      if (reply !== undefined) transmit(peer(p.to), snapshot(reply));
    }
    for (const s of [a, b]) app(s);
    for (const s of [a, b]) {
      const at = s.sock.pollAt(now);
      if (at !== undefined && at <= now) {
        let k = 0;
        s.sock.dispatch(now, (seg) => {
          if (++k > 2000) throw new Error(`runaway dispatch in ${s.sock.state}: ${JSON.stringify({ ...seg, payload: seg.payload.length })}`);
          transmit(peer(s), snapshot(seg));
        });
      }
    }
    for (const s of [a, b]) app(s);
    // next event
    let next: bigint | undefined;
    for (const w of wire) if (next === undefined || w.at < next) next = w.at;
    for (const s of [a, b]) {
      const at = s.sock.pollAt(now);
      if (at !== undefined && (next === undefined || at < next)) next = at;
    }
    if (next === undefined) {
      if (done()) break;
      throw new Error(`stuck: ${a.sock.state}/${b.sock.state} at ${now / MS} ms, sent ${a.sent}/${b.sent}`);
    }
    now = next > now ? next : now + 1n;
    if (a.sock.state === "CLOSED" && a.sock.error !== undefined) break;
    if (b.sock.state === "CLOSED" && b.sock.error !== undefined) break;
  }
  const aState = a.sock.state;
  const bState = b.sock.state;
  // let TIME-WAIT run out
  const later = now + 3600n * 1000n * MS;
  for (const s of [a, b]) s.sock.dispatch(later, () => {});
  return {
    aGot: Uint8Array.from(a.got),
    bGot: Uint8Array.from(b.got),
    aState,
    bState,
    aFinal: a.sock.state,
    bFinal: b.sock.state,
    steps,
    timeMs: Number(now / MS),
    aError: a.sock.error,
    bError: b.sock.error,
    retransmitted: a.sock.stats().retransmittedSegments + b.sock.stats().retransmittedSegments,
  };
};

