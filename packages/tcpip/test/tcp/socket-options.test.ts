// TCP options: MSS (RFC 9293 §3.7.1), window scaling and timestamps with PAWS and RTTM
// (RFC 7323), SACK blocks for out-of-order data (RFC 2018).
import { describe, expect, it } from "vitest";
import type { TcpSocketOptions } from "../../src/tcp/socket.ts";
import {
  bytes,
  dispatchAll,
  expectState,
  L,
  LOCAL,
  LOCAL_SEQ,
  ms,
  R,
  recv,
  recvNothing,
  REMOTE,
  REMOTE_SEQ,
  send,
  socket,
  socketListen,
  type SegSpec,
} from "./harness.ts";

/** A passive open whose SYN carries `syn`'s options; the final ACK offers `window`. */
const establishedWith = (o: TcpSocketOptions, syn: Partial<SegSpec>, window = 4000, ackExtra: Partial<SegSpec> = {}) => {
  const s = socketListen(o);
  send(s, { control: "syn", seq: REMOTE_SEQ, ...syn });
  dispatchAll(s, 0n);
  send(s, { seq: R(1), ack: L(1), window, ...ackExtra });
  expectState(s, "ESTABLISHED");
  return s;
};

const fill = (n: number, from = 0): Uint8Array => Uint8Array.from({ length: n }, (_, i) => (from + i) & 0xff);

describe("MSS", () => {
  it("segments to the peer's MSS", () => {
    const s = establishedWith({ sendBufferBytes: 4096 }, { mss: 500 });
    expect(s.stats().sendMss).toBe(500);
    const data = fill(1200);
    s.send(data);
    // the 200-byte tail waits for an ACK (Nagle)
    recv(s, 0n, { seq: L(1), ack: R(1), payload: data.subarray(0, 500) }, { seq: L(501), ack: R(1), payload: data.subarray(500, 1000) });
    send(s, { seq: R(1), ack: L(1001), window: 4000 });
    recv(s, 0n, { control: "psh", seq: L(1001), ack: R(1), payload: data.subarray(1000) });
  });

  it("uses 536 when the peer sends no MSS, and never more than ours", () => {
    expect(establishedWith({}, {}).stats().sendMss).toBe(536);
    expect(establishedWith({ mss: 400 }, { mss: 9000 }).stats().sendMss).toBe(400);
  });

  it("leaves room for the timestamp option", () => {
    const s = establishedWith({ timestamps: true }, { mss: 1460, timestamp: { tsVal: 1, tsEcr: 0 } }, 4000, { timestamp: { tsVal: 2, tsEcr: 0 } });
    expect(s.stats().sendMss).toBe(1448);
  });

  it("advertises the configured MSS (the layer passes MTU - 40)", () => {
    const s = socket({ mss: 1360 });
    s.connect(LOCAL, REMOTE, LOCAL_SEQ, 0n);
    recv(s, 0n, { control: "syn", seq: LOCAL_SEQ, mss: 1360 });
  });
});

describe("window scaling (RFC 7323 §2)", () => {
  const big = { recvBufferBytes: 256 * 1024, sendBufferBytes: 256 * 1024, windowScaling: true };

  it("offers a shift that fits the buffer, and scales both ways once agreed", () => {
    const s = socketListen(big);
    send(s, { control: "syn", seq: REMOTE_SEQ, windowScale: 7, window: 1000 });
    // a SYN's window is never scaled
    recv(s, 0n, { control: "syn", seq: LOCAL_SEQ, ack: R(1), window: 65535, mss: 1460, windowScale: 3 });
    send(s, { seq: R(1), ack: L(1), window: 100 });
    expect(s.stats().sendWindow).toBe(100 << 7);
    expect(s.stats().windowScale).toEqual({ send: 7, recv: 3 });
    send(s, { seq: R(1), ack: L(1), payload: "abcdefgh" });
    // 262136 bytes free, in units of 8
    recv(s, 0n, { seq: L(1), ack: R(9), window: 32767 });
  });

  it("does not scale when the peer did not offer it", () => {
    const s = socketListen(big);
    send(s, { control: "syn", seq: REMOTE_SEQ, window: 1000 });
    recv(s, 0n, { control: "syn", seq: LOCAL_SEQ, ack: R(1), window: 65535, mss: 1460 });
    send(s, { seq: R(1), ack: L(1), window: 100, payload: "abcdefgh" });
    expect(s.stats().sendWindow).toBe(100);
    expect(s.stats().windowScale).toBeUndefined();
    recv(s, 0n, { seq: L(1), ack: R(9), window: 65535 }); // capped at 16 bits
  });

  it("an active open learns the peer's shift from its SYN-ACK", () => {
    const s = socket({ ...big });
    s.connect(LOCAL, REMOTE, LOCAL_SEQ, 0n);
    recv(s, 0n, { control: "syn", seq: LOCAL_SEQ, window: 65535, mss: 1460, windowScale: 3 });
    send(s, { control: "syn", seq: REMOTE_SEQ, ack: L(1), window: 1000, windowScale: 2 });
    expect(s.stats().sendWindow).toBe(1000);
    recv(s, 0n, { seq: L(1), ack: R(1), window: 32768 });
    send(s, { seq: R(1), ack: L(1), window: 1000 });
    expect(s.stats().sendWindow).toBe(4000);
  });

  it("reads a shift above 14 as 14", () => {
    const s = establishedWith(big, { windowScale: 14 }, 1);
    expect(s.stats().sendWindow).toBe(1 << 14);
  });

  it("rounds the window up rather than move its right edge left", () => {
    const s = establishedWith({ recvBufferBytes: 65535 * 2, windowScaling: true }, { windowScale: 0 }); // our shift: 1
    send(s, { seq: R(1), ack: L(1), payload: "a" });
    // 131069 bytes free: 65534 units of 2, right edge at R(2) + 131068
    expect(dispatchAll(s, 0n)[0]?.window).toBe(65534);
    send(s, { seq: R(2), ack: L(1), payload: "b" });
    // 131068 free would move the edge by 1 (SWS: keep it); 131067 to the kept edge rounds up to 65534 units
    expect(dispatchAll(s, 0n)[0]?.window).toBe(65534);
  });
});

describe("timestamps (RFC 7323 §3-§5)", () => {
  const tsOpts = { timestamps: true, tsOffset: 5000 };
  const withTs = () => {
    const s = socketListen(tsOpts);
    send(s, { control: "syn", seq: REMOTE_SEQ, timestamp: { tsVal: 100, tsEcr: 0 } });
    recv(s, 0n, { control: "syn", seq: LOCAL_SEQ, ack: R(1), mss: 1460, timestamp: { tsVal: 5000, tsEcr: 100 } });
    send(s, { seq: R(1), ack: L(1), timestamp: { tsVal: 101, tsEcr: 5000 } }, { now: ms(10) });
    return s;
  };

  it("echoes the peer's latest TSval and sends our clock in ms plus the offset", () => {
    const s = withTs();
    s.send(bytes("hi"));
    recv(s, ms(20), { control: "psh", seq: L(1), ack: R(1), payload: "hi", timestamp: { tsVal: 5020, tsEcr: 101 } });
  });

  it("measures RTT from TSecr (RTTM)", () => {
    const s = withTs();
    expect(s.stats().srttNs).toBe(ms(10)); // the handshake: SYN-ACK TSval 5000 echoed at 10 ms
    s.send(bytes("hi"));
    recv(s, ms(20), { control: "psh", seq: L(1), ack: R(1), payload: "hi", timestamp: { tsVal: 5020, tsEcr: 101 } });
    send(s, { seq: R(1), ack: L(3), timestamp: { tsVal: 102, tsEcr: 5020 } }, { now: ms(70) });
    // sample 50 ms: RTTVAR = 3/4*5 + 1/4*40 = 13.75, SRTT = 7/8*10 + 1/8*50 = 15
    expect(s.stats().srttNs).toBe(ms(15));
  });

  it("samples RTT even for a retransmitted segment (no Karn ambiguity)", () => {
    const s = withTs();
    s.send(bytes("hi"));
    recv(s, ms(20), { control: "psh", seq: L(1), ack: R(1), payload: "hi", timestamp: { tsVal: 5020, tsEcr: 101 } });
    const at = s.pollAt(ms(20)) as bigint;
    recv(s, at, { control: "psh", seq: L(1), ack: R(1), payload: "hi", timestamp: { tsVal: 5000 + Number(at / ms(1)), tsEcr: 101 } });
    send(s, { seq: R(1), ack: L(3), timestamp: { tsVal: 103, tsEcr: 5000 + Number(at / ms(1)) } }, { now: at + ms(10) });
    expect(s.stats().rtoNs).toBe(ms(200));
  });

  it("does not update TS.Recent from an out-of-order segment", () => {
    const s = withTs();
    send(s, { seq: R(10), ack: L(1), payload: "late", timestamp: { tsVal: 200, tsEcr: 5000 } }, { now: ms(30) });
    recv(s, ms(30), { seq: L(1), ack: R(1), timestamp: { tsVal: 5030, tsEcr: 101 } });
  });

  it("PAWS: drops a segment with an older TSval and acknowledges", () => {
    const s = withTs();
    send(s, { seq: R(1), ack: L(1), payload: "new", timestamp: { tsVal: 150, tsEcr: 5000 } }, { now: ms(20) });
    recv(s, ms(20), { seq: L(1), ack: R(4), window: 61, timestamp: { tsVal: 5020, tsEcr: 150 } });
    send(
      s,
      { seq: R(4), ack: L(1), payload: "old", timestamp: { tsVal: 149, tsEcr: 5000 } },
      { now: ms(30), reply: { seq: L(1), ack: R(4), window: 61, timestamp: { tsVal: 5030, tsEcr: 150 } } },
    );
    expect(s.recvQueue()).toBe(3);
    expect(s.stats().pawsDropped).toBe(1);
  });

  it("PAWS compares TSvals modulo 2^32", () => {
    const s = socketListen(tsOpts);
    send(s, { control: "syn", seq: REMOTE_SEQ, timestamp: { tsVal: 0xfffffff0, tsEcr: 0 } });
    dispatchAll(s, 0n);
    send(s, { seq: R(1), ack: L(1), payload: "wrap", timestamp: { tsVal: 5, tsEcr: 5000 } });
    expect(s.recvQueue()).toBe(4);
  });

  it("accepts a RST whatever its timestamp", () => {
    const s = withTs();
    send(s, { control: "rst", seq: R(1), timestamp: { tsVal: 1, tsEcr: 0 } });
    expectState(s, "CLOSED");
  });

  it("accepts segments without a timestamp (as Linux does)", () => {
    const s = withTs();
    send(s, { seq: R(1), ack: L(1), payload: "plain" });
    expect(s.recvQueue()).toBe(5);
  });

  it("is off unless both SYNs carried it", () => {
    const s = socketListen(tsOpts);
    send(s, { control: "syn", seq: REMOTE_SEQ });
    recv(s, 0n, { control: "syn", seq: LOCAL_SEQ, ack: R(1), mss: 1460 });
    expect(s.stats().timestamps).toBe(false);
  });
});

describe("SACK blocks (RFC 2018 §4)", () => {
  const withSack = (o: TcpSocketOptions = {}) => establishedWith({ sack: true, ...o }, { sackPermitted: true }, 64);

  it("reports out-of-order data, the latest block first", () => {
    const s = withSack();
    send(s, { seq: R(11), ack: L(1), payload: "xyz" });
    recv(s, 0n, { seq: L(1), ack: R(1), sackRanges: [[R(11), R(14)]] });
    send(s, { seq: R(21), ack: L(1), payload: "uvw" });
    recv(s, 0n, { seq: L(1), ack: R(1), sackRanges: [[R(21), R(24)], [R(11), R(14)]] });
    send(s, { seq: R(14), ack: L(1), payload: "abc" });
    recv(s, 0n, { seq: L(1), ack: R(1), sackRanges: [[R(11), R(17)], [R(21), R(24)]] });
    send(s, { seq: R(1), ack: L(1), payload: "0123456789" });
    recv(s, 0n, { seq: L(1), ack: R(17), window: 48, sackRanges: [[R(21), R(24)]] });
    send(s, { seq: R(17), ack: L(1), payload: "defg" });
    recv(s, 0n, { seq: L(1), ack: R(24), window: 41 });
  });

  it("sends at most 4 blocks, or 3 beside timestamps", () => {
    const s = withSack();
    for (const at of [5, 10, 15, 20, 25]) send(s, { seq: R(at), ack: L(1), payload: "x" });
    const acks = dispatchAll(s, 0n);
    expect(acks.at(-1)?.sackRanges).toEqual([
      [R(25), R(26)],
      [R(20), R(21)],
      [R(15), R(16)],
      [R(10), R(11)],
    ]);
    const t = socketListen({ sack: true, timestamps: true });
    send(t, { control: "syn", seq: REMOTE_SEQ, sackPermitted: true, timestamp: { tsVal: 1, tsEcr: 0 } });
    dispatchAll(t, 0n);
    send(t, { seq: R(1), ack: L(1), timestamp: { tsVal: 1, tsEcr: 0 } });
    for (const at of [5, 10, 15, 20]) send(t, { seq: R(at), ack: L(1), payload: "x", timestamp: { tsVal: 1, tsEcr: 0 } });
    expect(dispatchAll(t, 0n).at(-1)?.sackRanges).toHaveLength(3);
  });

  it("is off unless the peer's SYN permitted it", () => {
    const s = establishedWith({ sack: true }, {}, 64);
    send(s, { seq: R(11), ack: L(1), payload: "xyz" });
    recv(s, 0n, { seq: L(1), ack: R(1) });
  });

  it("bounds the out-of-order ranges kept", () => {
    const s = withSack({ maxRanges: 2 });
    send(s, { seq: R(11), ack: L(1), payload: "a" });
    send(s, { seq: R(21), ack: L(1), payload: "b" });
    send(s, { seq: R(31), ack: L(1), payload: "c" }); // a third hole: dropped
    recv(s, 0n, { seq: L(1), ack: R(1), sackRanges: [[R(21), R(22)], [R(11), R(12)]] });
    expect(s.stats().outOfOrderDropped).toBe(1);
  });

  it("data segments shrink to make room for SACK blocks", () => {
    const s = establishedWith({ sack: true, sendBufferBytes: 4096, recvBufferBytes: 4096 }, { sackPermitted: true, mss: 100 }, 4000);
    send(s, { seq: R(11), ack: L(1), payload: "x", window: 4000 });
    dispatchAll(s, 0n);
    const data = fill(200);
    s.send(data);
    const segs = dispatchAll(s, 0n);
    expect(segs[0]?.payload.length).toBe(88); // 100 - (2 + 2 + 8) bytes of SACK option
    expect(segs[0]?.sackRanges).toEqual([[R(11), R(12)]]);
  });
});

describe("SYN options on an active open", () => {
  it("negotiates everything a SYN-ACK answers with", () => {
    const s = socket({ windowScaling: true, sack: true, timestamps: true });
    s.connect(LOCAL, REMOTE, LOCAL_SEQ, 0n);
    dispatchAll(s, 0n);
    send(s, { control: "syn", seq: REMOTE_SEQ, ack: L(1), mss: 1200, windowScale: 1, sackPermitted: true, timestamp: { tsVal: 9, tsEcr: 0 } });
    expect(s.stats()).toEqual(expect.objectContaining({ sack: true, timestamps: true, windowScale: { send: 1, recv: 0 }, sendMss: 1188 }));
    recv(s, 0n, { seq: L(1), ack: R(1), timestamp: { tsVal: 0, tsEcr: 9 } });
  });

  it("drops what the SYN-ACK left out", () => {
    const s = socket({ windowScaling: true, sack: true, timestamps: true });
    s.connect(LOCAL, REMOTE, LOCAL_SEQ, 0n);
    dispatchAll(s, 0n);
    send(s, { control: "syn", seq: REMOTE_SEQ, ack: L(1) });
    expect(s.stats()).toEqual(expect.objectContaining({ sack: false, timestamps: false, windowScale: undefined, sendMss: 536 }));
    recv(s, 0n, { seq: L(1), ack: R(1) });
    recvNothing(s);
  });
});
