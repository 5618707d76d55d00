// Congestion control and loss recovery: slow start and congestion avoidance (RFC 5681),
// fast retransmit and NewReno fast recovery (RFC 6582), limited transmit (RFC 3042), and
// SACK-based recovery with a scoreboard (RFC 6675).
//
// The sender uses an SMSS of 100 bytes (ours 100, the peer's default 536) and so an initial
// window of 10 segments (RFC 6928: min(10*SMSS, max(2*SMSS, 14600))).
import { describe, expect, it } from "vitest";
import type { TcpSocketOptions } from "../../src/tcp/socket.ts";
import type { SackRange } from "../../src/wire/tcp.ts";
import { dispatchAll, expectState, L, ms, R, recv, recvNothing, REMOTE_SEQ, send, socketListen } from "./harness.ts";

const WINDOW = 8000;

const sender = (o: TcpSocketOptions = {}, sack = false) => {
  const s = socketListen({ sendBufferBytes: 8192, mss: 100, ...o });
  send(s, { control: "syn", seq: REMOTE_SEQ, sackPermitted: sack });
  dispatchAll(s, 0n);
  send(s, { seq: R(1), ack: L(1), window: WINDOW });
  expectState(s, "ESTABLISHED");
  return s;
};

const data = (n: number): Uint8Array => Uint8Array.from({ length: n }, (_, i) => i & 0xff);

/** Sends `n` bytes and returns the [seq offset, length] of each segment that went out. */
const sendOut = (s: ReturnType<typeof sender>, n: number, now = 0n): Array<[number, number]> => {
  s.send(data(n));
  return dispatchAll(s, now).map((g) => [((g.seq - L(0)) >>> 0) as number, g.payload.length]);
};

const segsOf = (s: ReturnType<typeof sender>, now = 0n): Array<[number, number]> =>
  dispatchAll(s, now).map((g) => [((g.seq - L(0)) >>> 0) as number, g.payload.length]);

const ack = (s: ReturnType<typeof sender>, n: number, sack: SackRange[] = [], now = 0n) =>
  send(s, { seq: R(1), ack: L(n), window: WINDOW, sackRanges: sack }, { now });

describe("slow start and congestion avoidance (RFC 5681)", () => {
  it("starts with 10 segments and grows by one SMSS per ACK", () => {
    const s = sender();
    expect(s.stats().cwnd).toBe(1000);
    const first = sendOut(s, 3000);
    expect(first).toHaveLength(10);
    ack(s, 101);
    expect(s.stats().cwnd).toBe(1100);
    expect(segsOf(s)).toEqual([
      [1001, 100],
      [1101, 100],
    ]);
    ack(s, 301);
    expect(s.stats().cwnd).toBe(1200); // at most one SMSS per ACK, however much it covers
    expect(segsOf(s)).toEqual([
      [1201, 100],
      [1301, 100],
      [1401, 100],
    ]);
  });

  it("grows by one SMSS per window of data above ssthresh", () => {
    const s = sender();
    expect(sendOut(s, 3000)).toHaveLength(10);
    // a timeout sets ssthresh = FlightSize/2 and cwnd = 1 SMSS
    const rto = s.pollAt(0n) as bigint;
    expect(segsOf(s, rto)).toEqual([[1, 100]]);
    expect(s.stats().ssthresh).toBe(500);
    expect(s.stats().cwnd).toBe(100);
    let t = rto;
    let acked = 1;
    // slow start: 100 -> 200 -> 300 -> 400 -> 500
    for (const cwnd of [200, 300, 400, 500]) {
      acked += 100;
      t += ms(1);
      ack(s, acked, [], t);
      expect(s.stats().cwnd).toBe(cwnd);
      segsOf(s, t);
    }
    // congestion avoidance: +100 only after a whole cwnd (500 bytes) is acknowledged
    for (let i = 0; i < 4; i++) {
      acked += 100;
      ack(s, acked, [], (t += ms(1)));
      expect(s.stats().cwnd).toBe(500);
      expect(segsOf(s, t)).toHaveLength(1);
    }
    ack(s, acked + 100, [], (t += ms(1)));
    expect(s.stats().cwnd).toBe(600);
    expect(segsOf(s, t)).toHaveLength(2);
  });

  it("does not grow cwnd while the application does not use it", () => {
    const s = sender();
    for (let i = 0; i < 20; i++) {
      sendOut(s, 10, ms(i));
      ack(s, 1 + 10 * (i + 1), [], ms(i));
    }
    expect(s.stats().cwnd).toBe(1000);
  });
});

describe("fast retransmit and NewReno recovery (RFC 5681, 6582)", () => {
  // 10 segments out, the 2nd (101..201) and the 5th (401..501) are lost.
  const lossy = (o: TcpSocketOptions = {}) => {
    const s = sender(o);
    expect(sendOut(s, 1000)).toHaveLength(10);
    ack(s, 101);
    expect(s.stats().cwnd).toBe(1100);
    return s;
  };

  it("retransmits after exactly three duplicate ACKs", () => {
    const s = lossy();
    ack(s, 101);
    recvNothing(s);
    ack(s, 101);
    recvNothing(s);
    ack(s, 101);
    expect(segsOf(s)).toEqual([[101, 100]]);
    // ssthresh = FlightSize/2 = 450, cwnd = ssthresh + 3*SMSS
    expect(s.stats()).toEqual(expect.objectContaining({ ssthresh: 450, cwnd: 750, fastRetransmits: 1 }));
  });

  it("does not count an ACK that updates the window as a duplicate", () => {
    const s = lossy();
    ack(s, 101);
    ack(s, 101);
    send(s, { seq: R(1), ack: L(101), window: WINDOW + 100 });
    recvNothing(s);
    expect(s.stats().fastRetransmits).toBe(0);
  });

  it("does not count an ACK carrying data as a duplicate", () => {
    const s = lossy();
    for (let i = 0; i < 3; i++) send(s, { seq: R(1 + i), ack: L(101), window: WINDOW, payload: "x" });
    expect(s.stats().fastRetransmits).toBe(0);
  });

  it("inflates cwnd per further duplicate, retransmits at a partial ACK, deflates at the full one", () => {
    const s = lossy();
    for (let i = 0; i < 3; i++) ack(s, 101);
    expect(segsOf(s)).toEqual([[101, 100]]);
    for (let i = 0; i < 4; i++) ack(s, 101);
    expect(s.stats().cwnd).toBe(1150);
    recvNothing(s);
    // the retransmission arrived: everything up to the 5th segment is acknowledged
    ack(s, 401);
    expect(segsOf(s)).toEqual([[401, 100]]); // the next hole, at once
    expect(s.stats().cwnd).toBe(1150 - 300 + 100); // deflated by the 300 acked, plus one SMSS
    ack(s, 1001);
    // full ACK: cwnd = min(ssthresh, max(FlightSize, SMSS) + SMSS)
    expect(s.stats().cwnd).toBe(200);
    expect(s.stats().retransmittedSegments).toBe(2);
  });

  it("sends new data allowed by the inflated window during recovery", () => {
    const s = lossy();
    s.send(data(1000)); // more to send
    expect(segsOf(s)).toEqual([[1001, 100], [1101, 100]]); // cwnd 1100 after the first ACK
    for (let i = 0; i < 3; i++) ack(s, 101);
    // limited transmit sent nothing more (cwnd + 2 SMSS was in use), then the retransmission
    expect(segsOf(s)).toEqual([[101, 100]]);
    // FlightSize 1100 -> ssthresh 550, cwnd 850: 250 below the 1100 in flight
    for (let i = 0; i < 5; i++) ack(s, 101);
    // cwnd 1350: two new segments fit
    expect(segsOf(s)).toEqual([[1201, 100], [1301, 100]]);
  });

  it("limited transmit: one new segment on each of the first two duplicate ACKs (RFC 3042)", () => {
    const s = sender();
    sendOut(s, 400);
    s.send(data(1000));
    // cwnd 1000: 6 more segments went with the first burst
    expect(segsOf(s)).toHaveLength(6);
    ack(s, 101);
    expect(segsOf(s)).toEqual([[1001, 100], [1101, 100]]);
    ack(s, 101);
    expect(segsOf(s)).toEqual([[1201, 100]]);
    ack(s, 101);
    expect(segsOf(s)).toEqual([[1301, 100]]);
    ack(s, 101);
    expect(segsOf(s)).toEqual([[101, 100]]);
  });

  it("no second fast retransmit for duplicates of data sent before a timeout (RFC 6582 §4.1)", () => {
    const s = lossy();
    const rto = s.pollAt(0n) as bigint;
    expect(segsOf(s, rto)).toEqual([[101, 100]]);
    for (let i = 0; i < 5; i++) ack(s, 101, [], rto + 1n);
    expect(s.stats().fastRetransmits).toBe(0);
  });
});

describe("SACK loss recovery (RFC 6675)", () => {
  const lossy = () => {
    const s = sender({ sack: true }, true);
    expect(sendOut(s, 1000)).toHaveLength(10);
    ack(s, 101);
    return s;
  };

  it("retransmits exactly the holes the scoreboard shows lost", () => {
    const s = lossy();
    ack(s, 101, [[L(201), L(301)]]);
    recvNothing(s);
    ack(s, 101, [[L(201), L(401)]]);
    recvNothing(s);
    ack(s, 101, [
      [L(501), L(601)],
      [L(201), L(401)],
    ]);
    // third duplicate: the first hole; cwnd = ssthresh = FlightSize/2 = 450
    expect(segsOf(s)).toEqual([[101, 100]]);
    expect(s.stats()).toEqual(expect.objectContaining({ ssthresh: 450, cwnd: 450 }));
    // pipe: 101..201 retransmitted (100) + 401..501 not yet lost (100) + 601..1001 (400) = 600 > 450
    ack(s, 101, [
      [L(501), L(701)],
      [L(201), L(401)],
    ]);
    recvNothing(s);
    // more than 2*SMSS SACKed above 401: it is lost; pipe = 100 + 0 + 200 = 300, room for one
    ack(s, 101, [
      [L(501), L(801)],
      [L(201), L(401)],
    ]);
    expect(segsOf(s)).toEqual([[401, 100]]);
    // the first retransmission arrives
    ack(s, 401, [[L(501), L(801)]]);
    recvNothing(s); // nothing else is missing below the highest SACK
    ack(s, 1001);
    expect(s.stats()).toEqual(expect.objectContaining({ cwnd: 450, retransmittedSegments: 2, fastRetransmits: 1 }));
    recvNothing(s);
  });

  it("enters recovery before three duplicates when SACKs show the first segment lost", () => {
    const s = lossy();
    // one ACK SACKing 3 segments above the hole: IsLost(HighACK + 1)
    ack(s, 101, [[L(201), L(501)]]);
    expect(segsOf(s)).toEqual([[101, 100]]);
    expect(s.stats().fastRetransmits).toBe(1);
  });

  it("sends new data when no hole is lost (NextSeg rule 2)", () => {
    const s = lossy();
    s.send(data(500));
    expect(segsOf(s)).toEqual([[1001, 100], [1101, 100]]); // cwnd 1100, 900 in flight
    ack(s, 101, [[L(201), L(301)]]);
    ack(s, 101, [[L(201), L(401)]]);
    ack(s, 101, [[L(201), L(501)]]);
    // cwnd = ssthresh = 1100/2; pipe after retransmitting 101: 100 + 700 above 501 = 800
    expect(segsOf(s)).toEqual([[101, 100]]);
    expect(s.stats().cwnd).toBe(550);
    ack(s, 101, [[L(201), L(1001)]]);
    // pipe = 100 + 200 (1001..1201) = 300: room for two new segments
    expect(segsOf(s)).toEqual([[1201, 100], [1301, 100]]);
  });

  it("ignores SACK blocks below SND.UNA, beyond what was sent, or inverted", () => {
    const s = lossy();
    ack(s, 101, [[L(1), L(101)]]);
    ack(s, 101, [[L(2000), L(2100)]]);
    ack(s, 101, [[L(301), L(201)]]);
    expect(s.stats().dupAcksIn).toBe(0);
    recvNothing(s);
  });

  it("forgets the scoreboard after a timeout and resends from SND.UNA", () => {
    const s = lossy();
    ack(s, 101, [[L(201), L(301)]]);
    const rto = s.pollAt(0n) as bigint;
    expect(segsOf(s, rto)).toEqual([[101, 100]]);
  });
});
