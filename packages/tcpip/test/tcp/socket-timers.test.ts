// Timers as data: retransmission (RFC 6298), delayed ACKs, Nagle, zero-window probes,
// keepalive. Every deadline is exact.
import { describe, expect, it } from "vitest";
import { bytes, dispatchAll, expectState, L, ms, R, recv, recvNothing, send, socketEstablished, socketListen } from "./harness.ts";

describe("retransmission timeout (RFC 6298)", () => {
  it("retransmits after the RTO and backs off exponentially", () => {
    const s = socketEstablished();
    s.send(bytes("abc"));
    recv(s, 0n, { control: "psh", seq: L(1), ack: R(1), payload: "abc" });
    expect(s.pollAt(0n)).toBe(ms(200));
    recvNothing(s, ms(199));
    recv(s, ms(200), { control: "psh", seq: L(1), ack: R(1), payload: "abc" });
    expect(s.pollAt(ms(200))).toBe(ms(600));
    recvNothing(s, ms(599));
    recv(s, ms(600), { control: "psh", seq: L(1), ack: R(1), payload: "abc" });
    expect(s.pollAt(ms(600))).toBe(ms(1400));
    expect(s.stats().retransmittedSegments).toBe(2);
    expect(s.stats().timeouts).toBe(2);
  });

  it("the first RTO is 1 s without an RTT sample, 200 ms (Linux's floor) after a fast handshake", () => {
    const s = socketEstablished();
    expect(s.stats().rtoNs).toBe(ms(200));
    expect(s.stats().srttNs).toBe(0n);
  });

  it("computes SRTT, RTTVAR and RTO from samples", () => {
    const s = socketEstablished({ minRtoNs: ms(1) }); // handshake sample: 0 ms
    s.send(bytes("abc"));
    recv(s, 0n, { control: "psh", seq: L(1), ack: R(1), payload: "abc" });
    send(s, { seq: R(1), ack: L(4) }, { now: ms(100) });
    // RTTVAR = 3/4*0 + 1/4*|0-100| = 25 ms, SRTT = 7/8*0 + 1/8*100 = 12.5 ms, RTO = SRTT + 4*RTTVAR
    expect(s.stats().srttNs).toBe(12_500_000n);
    expect(s.stats().rtoNs).toBe(112_500_000n);
  });

  it("restarts the timer when new data is acknowledged", () => {
    const s = socketEstablished({ noDelay: true });
    s.send(bytes("abc"));
    recv(s, 0n, { control: "psh", seq: L(1), ack: R(1), payload: "abc" });
    s.send(bytes("def"));
    recv(s, ms(100), { control: "psh", seq: L(4), ack: R(1), payload: "def" });
    expect(s.pollAt(ms(100))).toBe(ms(200));
    send(s, { seq: R(1), ack: L(4) }, { now: ms(150) });
    expect(s.pollAt(ms(150))).toBe(ms(150) + s.stats().rtoNs);
  });

  it("stops the timer when everything is acknowledged", () => {
    const s = socketEstablished();
    s.send(bytes("abc"));
    recv(s, 0n, { control: "psh", seq: L(1), ack: R(1), payload: "abc" });
    send(s, { seq: R(1), ack: L(4) }, { now: ms(10) });
    expect(s.pollAt(ms(10))).toBeUndefined();
  });

  it("Karn: an ACK for a retransmitted segment gives no RTT sample and keeps the backoff", () => {
    const s = socketEstablished();
    s.send(bytes("abc"));
    recv(s, 0n, { control: "psh", seq: L(1), ack: R(1), payload: "abc" });
    recv(s, ms(200), { control: "psh", seq: L(1), ack: R(1), payload: "abc" });
    send(s, { seq: R(1), ack: L(4) }, { now: ms(250) });
    expect(s.stats().srttNs).toBe(0n);
    expect(s.stats().rtoNs).toBe(ms(400));
    // the next segment is timed again and its sample resets the backoff
    s.send(bytes("d"));
    recv(s, ms(300), { control: "psh", seq: L(4), ack: R(1), payload: "d" });
    send(s, { seq: R(1), ack: L(5) }, { now: ms(308) });
    expect(s.stats().srttNs).toBe(1_000_000n);
    expect(s.stats().rtoNs).toBe(ms(200));
  });

  it("gives up after `retries` timeouts: CLOSED with Timeout and no RST", () => {
    const s = socketEstablished({ retries: 2 });
    s.send(bytes("abc"));
    recv(s, 0n, { control: "psh", seq: L(1), ack: R(1), payload: "abc" });
    recv(s, ms(200), { control: "psh", seq: L(1), ack: R(1), payload: "abc" });
    recv(s, ms(600), { control: "psh", seq: L(1), ack: R(1), payload: "abc" });
    recvNothing(s, ms(1400));
    expectState(s, "CLOSED");
    expect(s.error).toBe("Timeout");
  });

  it("the RTO is capped at maxRto", () => {
    const s = socketEstablished({ maxRtoNs: ms(500) });
    s.send(bytes("abc"));
    recv(s, 0n, { control: "psh", seq: L(1), ack: R(1), payload: "abc" });
    recv(s, ms(200), { control: "psh", seq: L(1), ack: R(1), payload: "abc" });
    recv(s, ms(600), { control: "psh", seq: L(1), ack: R(1), payload: "abc" });
    expect(s.pollAt(ms(600))).toBe(ms(1100));
  });

  it("after a timeout, goes back to SND.UNA and resends everything in order (go-back-N)", () => {
    const s = socketEstablished({ noDelay: true });
    s.send(bytes("abc"));
    recv(s, 0n, { control: "psh", seq: L(1), ack: R(1), payload: "abc" });
    s.send(bytes("def"));
    recv(s, ms(1), { control: "psh", seq: L(4), ack: R(1), payload: "def" });
    // cwnd drops to one segment, which here holds all six bytes
    recv(s, ms(200), { control: "psh", seq: L(1), ack: R(1), payload: "abcdef" });
  });

  it("after a timeout rewinds SND.NXT, pure ACKs still carry SND.MAX (else the peer drops them)", () => {
    const s = socketListen({ sendBufferBytes: 4096, recvBufferBytes: 4096, mss: 100 });
    send(s, { control: "syn", seq: R(0) });
    dispatchAll(s, 0n);
    send(s, { seq: R(1), ack: L(1), window: 4000 });
    const data = new Uint8Array(300).fill(7);
    s.send(data);
    recv(
      s,
      0n,
      { seq: L(1), ack: R(1), window: 4096, payload: data.subarray(0, 100) },
      { seq: L(101), ack: R(1), window: 4096, payload: data.subarray(100, 200) },
      { control: "psh", seq: L(201), ack: R(1), window: 4096, payload: data.subarray(200) },
    );
    // one segment after the timeout (cwnd = 1 SMSS): SND.NXT = L(101), SND.MAX = L(301)
    recv(s, ms(200), { seq: L(1), ack: R(1), window: 4096, payload: data.subarray(0, 100) });
    send(s, { seq: R(1), ack: L(1), window: 4000, payload: "x" }, { now: ms(201) });
    recv(s, ms(201), { seq: L(301), ack: R(2), window: 4095 });
  });

  it("retransmits a FIN together with unacknowledged data", () => {
    const s = socketEstablished();
    s.send(bytes("abc"));
    s.close();
    recv(s, 0n, { control: "fin", seq: L(1), ack: R(1), payload: "abc" });
    recv(s, ms(200), { control: "fin", seq: L(1), ack: R(1), payload: "abc" });
    send(s, { seq: R(1), ack: L(4) }, { now: ms(250) });
    recv(s, ms(650), { control: "fin", seq: L(4), ack: R(1) });
  });
});

describe("delayed ACK", () => {
  it("acknowledges a lone segment after the delay", () => {
    const s = socketEstablished({ ackDelayNs: ms(40) });
    send(s, { seq: R(1), ack: L(1), payload: "abc" });
    recvNothing(s, 0n);
    expect(s.pollAt(0n)).toBe(ms(40));
    recvNothing(s, ms(39));
    recv(s, ms(40), { seq: L(1), ack: R(4), window: 61 });
    expect(s.pollAt(ms(40))).toBeUndefined();
  });

  it("the delay runs from the first unacknowledged segment", () => {
    const s = socketEstablished({ ackDelayNs: ms(40) });
    send(s, { seq: R(1), ack: L(1), payload: "abcdef" }, { now: 0n });
    send(s, { seq: R(7), ack: L(1), payload: "g" }, { now: ms(30) });
    expect(s.pollAt(ms(30))).toBe(ms(40));
    recv(s, ms(40), { seq: L(1), ack: R(8), window: 57 });
  });

  it("acknowledges every second full-sized segment at once", () => {
    const s = socketEstablished({ ackDelayNs: ms(40) });
    send(s, { seq: R(1), ack: L(1), payload: "abcdef" });
    recvNothing(s, 0n);
    send(s, { seq: R(7), ack: L(1), payload: "ghijkl" });
    recv(s, 0n, { seq: L(1), ack: R(13), window: 52 });
  });

  it("acknowledges out-of-order data at once", () => {
    const s = socketEstablished({ ackDelayNs: ms(40) });
    send(s, { seq: R(4), ack: L(1), payload: "def" });
    recv(s, 0n, { seq: L(1), ack: R(1) });
  });

  it("acknowledges a FIN at once", () => {
    const s = socketEstablished({ ackDelayNs: ms(40) });
    send(s, { control: "fin", seq: R(1), ack: L(1), payload: "abc" });
    recv(s, 0n, { seq: L(1), ack: R(5), window: 61 });
  });

  it("an outgoing data segment carries the pending ACK", () => {
    const s = socketEstablished({ ackDelayNs: ms(40) });
    send(s, { seq: R(1), ack: L(1), payload: "abc" });
    s.send(bytes("reply"));
    recv(s, ms(10), { control: "psh", seq: L(1), ack: R(4), window: 61, payload: "reply" });
    expect(s.pollAt(ms(10))).toBe(ms(210)); // the retransmission timer only
  });
});

describe("Nagle's algorithm", () => {
  const big = (o = {}) => {
    const s = socketEstablished({ sendBufferBytes: 4096, mss: 100, ...o });
    send(s, { seq: R(1), ack: L(1), window: 4000 });
    return s;
  };

  it("holds a small segment while data is unacknowledged", () => {
    const s = socketEstablished();
    s.send(bytes("abc"));
    recv(s, 0n, { control: "psh", seq: L(1), ack: R(1), payload: "abc" });
    s.send(bytes("def"));
    recvNothing(s, 0n);
    s.send(bytes("ghi"));
    recvNothing(s, ms(1));
    send(s, { seq: R(1), ack: L(4) }, { now: ms(5) });
    recv(s, ms(5), { control: "psh", seq: L(4), ack: R(1), payload: "defghi" });
  });

  it("with nodelay, sends at once", () => {
    const s = socketEstablished();
    s.setNoDelay(true);
    s.send(bytes("abc"));
    recv(s, 0n, { control: "psh", seq: L(1), ack: R(1), payload: "abc" });
    s.send(bytes("def"));
    recv(s, 0n, { control: "psh", seq: L(4), ack: R(1), payload: "def" });
  });

  it("never holds full-sized segments, only the small tail", () => {
    const s = big();
    expect(s.stats().sendMss).toBe(100); // min(ours 100, the peer's default 536)
    s.send(new Uint8Array(10).fill(1));
    recv(s, 0n, { control: "psh", seq: L(1), ack: R(1), payload: new Uint8Array(10).fill(1) });
    const data = new Uint8Array(250).fill(2);
    s.send(data);
    recv(s, 0n, { seq: L(11), ack: R(1), payload: data.subarray(0, 100) }, { seq: L(111), ack: R(1), payload: data.subarray(100, 200) });
    send(s, { seq: R(1), ack: L(211), window: 4000 });
    recv(s, 0n, { control: "psh", seq: L(211), ack: R(1), payload: data.subarray(200) });
  });

  it("does not hold the tail once the FIN is queued", () => {
    const s = socketEstablished();
    s.send(bytes("abc"));
    recv(s, 0n, { control: "psh", seq: L(1), ack: R(1), payload: "abc" });
    s.send(bytes("def"));
    s.close();
    recv(s, 0n, { control: "fin", seq: L(4), ack: R(1), payload: "def" });
  });
});

describe("zero-window probes (RFC 9293 §3.8.6.1)", () => {
  const zeroWindow = () => {
    const s = socketEstablished();
    send(s, { seq: R(1), ack: L(1), window: 0 });
    s.send(bytes("abc"));
    recvNothing(s, 0n);
    return s;
  };

  it("probes with one byte after the RTO, backing off", () => {
    const s = zeroWindow();
    expect(s.pollAt(0n)).toBe(ms(200));
    recvNothing(s, ms(199));
    recv(s, ms(200), { seq: L(1), ack: R(1), payload: "a" });
    expect(s.pollAt(ms(200))).toBe(ms(600));
    send(s, { seq: R(1), ack: L(1), window: 0 }, { now: ms(201) }); // the peer still has no room
    recv(s, ms(600), { seq: L(1), ack: R(1), payload: "a" });
    expect(s.pollAt(ms(600))).toBe(ms(1400));
    expect(s.stats().zeroWindowProbes).toBe(2);
  });

  it("sends everything once the window opens", () => {
    const s = zeroWindow();
    recv(s, ms(200), { seq: L(1), ack: R(1), payload: "a" });
    send(s, { seq: R(1), ack: L(1), window: 64 }, { now: ms(300) });
    recv(s, ms(300), { control: "psh", seq: L(1), ack: R(1), payload: "abc" });
  });

  it("goes on from the next byte when the peer took the probe", () => {
    const s = zeroWindow();
    recv(s, ms(200), { seq: L(1), ack: R(1), payload: "a" });
    send(s, { seq: R(1), ack: L(2), window: 0 }, { now: ms(201) });
    expect(s.sendQueue()).toBe(2);
    recv(s, ms(600), { seq: L(2), ack: R(1), payload: "b" });
  });

  it("keeps probing a peer that answers, indefinitely", () => {
    const s = socketEstablished({ retries: 2 });
    send(s, { seq: R(1), ack: L(1), window: 0 });
    s.send(bytes("abc"));
    expect(s.pollAt(0n)).toBe(0n); // dispatch must run to arm the probe timer
    recvNothing(s, 0n);
    let t = 0n;
    for (let i = 0; i < 6; i++) {
      const at = s.pollAt(t) as bigint;
      recv(s, at, { seq: L(1), ack: R(1), payload: "a" });
      send(s, { seq: R(1), ack: L(1), window: 0 }, { now: at + 1n });
      t = at + 1n;
    }
    expectState(s, "ESTABLISHED");
  });

  it("resets a peer that stops answering the probes", () => {
    const s = socketEstablished({ retries: 2 });
    send(s, { seq: R(1), ack: L(1), window: 0 });
    s.send(bytes("abc"));
    recvNothing(s, 0n);
    recv(s, ms(200), { seq: L(1), ack: R(1), payload: "a" });
    recv(s, ms(600), { seq: L(1), ack: R(1), payload: "a" });
    recv(s, ms(1400), { control: "rst", seq: L(1), ack: R(1), window: 0 });
    expectState(s, "CLOSED");
    expect(s.error).toBe("Timeout");
  });

  it("a window that opens too little for a segment waits for the override timer", () => {
    const s = zeroWindow();
    send(s, { seq: R(1), ack: L(1), window: 1 }, { now: ms(10) });
    recvNothing(s, ms(10));
    recv(s, ms(200), { seq: L(1), ack: R(1), payload: "a" });
  });
});

describe("keepalive", () => {
  const ka = { afterNs: ms(10_000), intervalNs: ms(1000), probes: 3 };

  it("probes an idle connection with SEQ = SND.NXT - 1", () => {
    const s = socketEstablished({ keepalive: ka });
    expect(s.pollAt(0n)).toBe(ms(10_000));
    recvNothing(s, ms(9999));
    recv(s, ms(10_000), { seq: L(0), ack: R(1) });
    expect(s.stats().keepaliveProbes).toBe(1);
  });

  it("an answer resets the idle time", () => {
    const s = socketEstablished({ keepalive: ka });
    recv(s, ms(10_000), { seq: L(0), ack: R(1) });
    send(s, { seq: R(1), ack: L(1) }, { now: ms(10_500) });
    expect(s.pollAt(ms(10_500))).toBe(ms(20_500));
  });

  it("resets the connection after `probes` unanswered probes", () => {
    const s = socketEstablished({ keepalive: ka });
    recv(s, ms(10_000), { seq: L(0), ack: R(1) });
    recv(s, ms(11_000), { seq: L(0), ack: R(1) });
    recv(s, ms(12_000), { seq: L(0), ack: R(1) });
    expect(s.pollAt(ms(12_000))).toBe(ms(13_000));
    recv(s, ms(13_000), { control: "rst", seq: L(1), ack: R(1), window: 0 });
    expectState(s, "CLOSED");
    expect(s.error).toBe("Timeout");
  });

  it("any received segment counts as an answer", () => {
    const s = socketEstablished({ keepalive: ka });
    send(s, { seq: R(1), ack: L(1), payload: "x" }, { now: ms(5000) });
    recv(s, ms(5000), { seq: L(1), ack: R(2), window: 63 });
    expect(s.pollAt(ms(5000))).toBe(ms(15_000));
  });

  it("does not probe while data is outstanding (the retransmission timer covers it)", () => {
    const s = socketEstablished({ keepalive: { afterNs: ms(100), intervalNs: ms(100), probes: 1 } });
    s.send(bytes("abc"));
    recv(s, 0n, { control: "psh", seq: L(1), ack: R(1), payload: "abc" });
    expect(s.pollAt(0n)).toBe(ms(200));
  });

  it("can be turned on and off", () => {
    const s = socketEstablished();
    expect(s.pollAt(0n)).toBeUndefined();
    s.setKeepalive(ka);
    expect(s.pollAt(0n)).toBe(ms(10_000));
    s.setKeepalive(undefined);
    expect(s.pollAt(0n)).toBeUndefined();
  });
});
