// The TCP state machine, state by state (RFC 9293 §3.10.7), with exact segments.
import { describe, expect, it } from "vitest";
import { rstReplyFor, TcpSocket } from "../../src/tcp/socket.ts";
import {
  BASE,
  bytes,
  expectState,
  inSeg,
  IP_IN,
  L,
  LOCAL,
  LOCAL_SEQ,
  ms,
  R,
  recv,
  recvNothing,
  recvString,
  REMOTE,
  REMOTE_SEQ,
  send,
  socket,
  socketClosing,
  socketCloseWait,
  socketEstablished,
  socketFinWait1,
  socketFinWait2,
  socketLastAck,
  socketListen,
  socketSynReceived,
  socketSynSent,
  socketTimeWait,
} from "./harness.ts";

describe("CLOSED", () => {
  it("a new socket is CLOSED and sends nothing", () => {
    const s = socket();
    expectState(s, "CLOSED");
    expect(s.isOpen()).toBe(false);
    expect(s.isActive()).toBe(false);
    expect(s.pollAt(0n)).toBeUndefined();
    recvNothing(s);
  });

  it("answers an ACK with <SEQ=SEG.ACK><CTL=RST>", () => {
    const s = socket();
    expect(s.process(0n, IP_IN, inSeg({ seq: R(1), ack: L(1) }))).toEqual(
      expect.objectContaining({ control: "rst", seq: L(1), srcPort: 80, dstPort: REMOTE.port }),
    );
  });

  it("answers a SYN with <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>", () => {
    expect(rstReplyFor(inSeg({ control: "syn", seq: REMOTE_SEQ, payload: "ab" }))).toEqual(
      expect.objectContaining({ control: "rst", seq: 0, ack: R(3) }),
    );
  });

  it("never answers a RST", () => {
    const s = socket();
    expect(s.process(0n, IP_IN, inSeg({ control: "rst", seq: R(1) }))).toBeUndefined();
  });

  it("cannot send or receive", () => {
    const s = socket();
    expect(s.send(bytes("abc"))).toBe(0);
    expect(s.maySend()).toBe(false);
    expect(s.mayRecv()).toBe(false);
  });
});

describe("LISTEN", () => {
  it("waits quietly", () => {
    const s = socketListen();
    expectState(s, "LISTEN");
    expect(s.isOpen()).toBe(true);
    expect(s.isActive()).toBe(false);
    expect(s.pollAt(0n)).toBeUndefined();
    recvNothing(s);
  });

  it("answers a SYN with SYN-ACK and enters SYN-RECEIVED", () => {
    const s = socketListen();
    send(s, { control: "syn", seq: REMOTE_SEQ, window: 1000 });
    expectState(s, "SYN-RECEIVED");
    expect(s.remote).toEqual(REMOTE);
    expect(s.local).toEqual(LOCAL);
    recv(s, 0n, { control: "syn", seq: LOCAL_SEQ, ack: R(1), mss: 1460 });
  });

  it("takes the local address from the SYN when listening on any address", () => {
    const s = socket();
    s.listen({ address: 0 as typeof LOCAL.address, port: 80 });
    send(s, { control: "syn", seq: REMOTE_SEQ });
    expect(s.local).toEqual(LOCAL);
  });

  it("ignores a RST", () => {
    const s = socketListen();
    send(s, { control: "rst", seq: REMOTE_SEQ });
    expectState(s, "LISTEN");
    recvNothing(s);
  });

  it("resets an ACK: <SEQ=SEG.ACK><CTL=RST>", () => {
    const s = socketListen();
    send(s, { seq: REMOTE_SEQ, ack: L(5) }, { reply: { control: "rst", seq: L(5), window: 0 } });
    expectState(s, "LISTEN");
  });

  it("resets a SYN-ACK", () => {
    const s = socketListen();
    send(s, { control: "syn", seq: REMOTE_SEQ, ack: L(1) }, { reply: { control: "rst", seq: L(1), window: 0 } });
    expectState(s, "LISTEN");
  });

  it("drops a segment with neither SYN, ACK nor RST", () => {
    const s = socketListen();
    send(s, { seq: REMOTE_SEQ, payload: "abc" });
    send(s, { control: "fin", seq: REMOTE_SEQ });
    expectState(s, "LISTEN");
    recvNothing(s);
  });

  it("does not acknowledge data carried on a SYN", () => {
    const s = socketListen();
    send(s, { control: "syn", seq: REMOTE_SEQ, payload: "abcdef" });
    recv(s, 0n, { control: "syn", seq: LOCAL_SEQ, ack: R(1), mss: 1460 });
  });

  it("answers with the options the SYN offered and we support", () => {
    const s = socketListen({ windowScaling: true, sack: true, timestamps: true });
    send(s, { control: "syn", seq: REMOTE_SEQ, mss: 1000, windowScale: 7, sackPermitted: true, timestamp: { tsVal: 77, tsEcr: 0 } }, { now: ms(5) });
    recv(s, ms(5), {
      control: "syn",
      seq: LOCAL_SEQ,
      ack: R(1),
      mss: 1460,
      windowScale: 0,
      sackPermitted: true,
      timestamp: { tsVal: 5, tsEcr: 77 },
    });
  });

  it("answers without the options we do not support", () => {
    const s = socketListen();
    send(s, { control: "syn", seq: REMOTE_SEQ, mss: 1000, windowScale: 7, sackPermitted: true, timestamp: { tsVal: 77, tsEcr: 0 } });
    recv(s, 0n, { control: "syn", seq: LOCAL_SEQ, ack: R(1), mss: 1460 });
    expect(s.stats()).toEqual(expect.objectContaining({ sack: false, timestamps: false, windowScale: undefined }));
  });

  it("close() goes to CLOSED without a segment", () => {
    const s = socketListen();
    s.close();
    expectState(s, "CLOSED");
    recvNothing(s);
  });

  it("refuses to listen twice or on port 0", () => {
    const s = socketListen();
    expect(() => s.listen(LOCAL)).toThrow(/LISTEN/);
    expect(() => socket().listen({ address: LOCAL.address, port: 0 })).toThrow(RangeError);
  });

  it("accepts segments for its port only", () => {
    const s = socketListen();
    expect(s.accepts(IP_IN, inSeg({ control: "syn", seq: REMOTE_SEQ }))).toBe(true);
    expect(s.accepts(IP_IN, { ...inSeg({ control: "syn", seq: REMOTE_SEQ }), dstPort: 81 })).toBe(false);
    expect(s.accepts({ src: IP_IN.src, dst: IP_IN.src }, inSeg({ control: "syn", seq: REMOTE_SEQ }))).toBe(false);
  });
});

describe("SYN-RECEIVED", () => {
  it("enters ESTABLISHED on the ACK of our SYN, sending nothing", () => {
    const s = socketSynReceived();
    send(s, { seq: R(1), ack: L(1) });
    expectState(s, "ESTABLISHED");
    recvNothing(s);
  });

  it("takes data on the ACK that completes the handshake", () => {
    const s = socketSynReceived();
    send(s, { seq: R(1), ack: L(1), payload: "abcdef" });
    expectState(s, "ESTABLISHED");
    recv(s, 0n, { seq: L(1), ack: R(7), window: 58 });
    expect(recvString(s)).toBe("abcdef");
  });

  it("takes a FIN on the ACK that completes the handshake", () => {
    const s = socketSynReceived();
    send(s, { control: "fin", seq: R(1), ack: L(1) });
    expectState(s, "CLOSE-WAIT");
    recv(s, 0n, { seq: L(1), ack: R(2) });
  });

  it("returns to LISTEN on an exact RST (passive open)", () => {
    const s = socketSynReceived();
    send(s, { control: "rst", seq: R(1) });
    expectState(s, "LISTEN");
    expect(s.error).toBeUndefined();
    recvNothing(s);
    // and can take the next SYN
    send(s, { control: "syn", seq: R(100) });
    recv(s, 0n, { control: "syn", seq: LOCAL_SEQ, ack: R(101), mss: 1460 });
  });

  it("sends a challenge ACK for an in-window RST that is not exact (RFC 5961 §3.2)", () => {
    const s = socketSynReceived();
    send(s, { control: "rst", seq: R(5) }, { reply: { seq: L(1), ack: R(1) } });
    expectState(s, "SYN-RECEIVED");
  });

  it("drops an out-of-window RST", () => {
    const s = socketSynReceived();
    send(s, { control: "rst", seq: R(1000) });
    send(s, { control: "rst", seq: R(0) });
    expectState(s, "SYN-RECEIVED");
  });

  it("sends the SYN-ACK again when the SYN is retransmitted", () => {
    const s = socketSynReceived();
    send(s, { control: "syn", seq: REMOTE_SEQ });
    recv(s, 0n, { control: "syn", seq: LOCAL_SEQ, ack: R(1), mss: 1460 });
    expectState(s, "SYN-RECEIVED");
  });

  it("sends a challenge ACK for a different SYN (RFC 5961 §4)", () => {
    const s = socketSynReceived();
    send(s, { control: "syn", seq: R(10) }, { reply: { seq: L(1), ack: R(1) } });
    expectState(s, "SYN-RECEIVED");
  });

  it("resets an unacceptable ACK: <SEQ=SEG.ACK><CTL=RST>", () => {
    const s = socketSynReceived();
    send(s, { seq: R(1), ack: L(10) }, { reply: { control: "rst", seq: L(10), window: 0 } });
    send(s, { seq: R(1), ack: L(0) }, { reply: { control: "rst", seq: L(0), window: 0 } });
    expectState(s, "SYN-RECEIVED");
  });

  it("drops a segment without ACK", () => {
    const s = socketSynReceived();
    send(s, { seq: R(1), payload: "abc" });
    expectState(s, "SYN-RECEIVED");
    recvNothing(s);
  });

  it("retransmits the SYN-ACK with backoff, then gives up", () => {
    const s = socketSynReceived({ synAckRetries: 2 });
    expect(s.pollAt(0n)).toBe(ms(1000));
    recvNothing(s, ms(999));
    recv(s, ms(1000), { control: "syn", seq: LOCAL_SEQ, ack: R(1), mss: 1460 });
    expect(s.pollAt(ms(1000))).toBe(ms(3000));
    recv(s, ms(3000), { control: "syn", seq: LOCAL_SEQ, ack: R(1), mss: 1460 });
    expect(s.pollAt(ms(3000))).toBe(ms(7000));
    recvNothing(s, ms(7000));
    expectState(s, "CLOSED");
    expect(s.error).toBe("Timeout");
  });

  it("close() sends FIN once established", () => {
    const s = socketSynReceived();
    s.close();
    expectState(s, "SYN-RECEIVED");
    expect(s.maySend()).toBe(false);
    send(s, { seq: R(1), ack: L(1) });
    expectState(s, "FIN-WAIT-1");
    recv(s, 0n, { control: "fin", seq: L(1), ack: R(1) });
  });

  it("abort() sends RST", () => {
    const s = socketSynReceived();
    s.abort();
    expectState(s, "CLOSED");
    recv(s, 0n, { control: "rst", seq: L(1), ack: R(1), window: 0 });
    recvNothing(s);
  });

  it("sends data queued before the handshake completed", () => {
    const s = socketSynReceived();
    expect(s.send(bytes("early"))).toBe(5);
    recvNothing(s);
    send(s, { seq: R(1), ack: L(1) });
    recv(s, 0n, { control: "psh", seq: L(1), ack: R(1), payload: "early" });
  });
});

describe("SYN-SENT", () => {
  it("sends a SYN with our MSS", () => {
    const s = socket();
    s.connect(LOCAL, REMOTE, LOCAL_SEQ, 0n);
    expect(s.pollAt(0n)).toBe(0n);
    recv(s, 0n, { control: "syn", seq: LOCAL_SEQ, mss: 1460 });
    expect(s.isActive()).toBe(true);
  });

  it("offers window scaling, SACK and timestamps when enabled", () => {
    const s = socket({ windowScaling: true, sack: true, timestamps: true, recvBufferBytes: 256 * 1024, tsOffset: 1000 });
    s.connect(LOCAL, REMOTE, LOCAL_SEQ, ms(3));
    recv(s, ms(3), {
      control: "syn",
      seq: LOCAL_SEQ,
      window: 65535,
      mss: 1460,
      windowScale: 3,
      sackPermitted: true,
      timestamp: { tsVal: 1003, tsEcr: 0 },
    });
  });

  it("enters ESTABLISHED on SYN-ACK and acknowledges it", () => {
    const s = socketSynSent();
    send(s, { control: "syn", seq: REMOTE_SEQ, ack: L(1), mss: 1400 });
    expectState(s, "ESTABLISHED");
    recv(s, 0n, { seq: L(1), ack: R(1) });
    expect(s.stats().sendMss).toBe(1400);
  });

  it("resets a SYN-ACK with an unacceptable ACK and stays", () => {
    const s = socketSynSent();
    send(s, { control: "syn", seq: REMOTE_SEQ, ack: L(10) }, { reply: { control: "rst", seq: L(10), window: 0 } });
    send(s, { control: "syn", seq: REMOTE_SEQ, ack: L(0) }, { reply: { control: "rst", seq: L(0), window: 0 } });
    expectState(s, "SYN-SENT");
  });

  it("resets a bare unacceptable ACK", () => {
    const s = socketSynSent();
    send(s, { seq: REMOTE_SEQ, ack: L(100) }, { reply: { control: "rst", seq: L(100), window: 0 } });
    expectState(s, "SYN-SENT");
  });

  it("is refused by a RST with an acceptable ACK", () => {
    const s = socketSynSent();
    send(s, { control: "rst", seq: 0 as never, ack: L(1) });
    expectState(s, "CLOSED");
    expect(s.error).toBe("Refused");
    recvNothing(s);
  });

  it("ignores a RST without ACK or with an unacceptable ACK", () => {
    const s = socketSynSent();
    send(s, { control: "rst", seq: REMOTE_SEQ });
    send(s, { control: "rst", seq: REMOTE_SEQ, ack: L(5) });
    expectState(s, "SYN-SENT");
  });

  it("drops an acceptable ACK without SYN", () => {
    const s = socketSynSent();
    send(s, { seq: REMOTE_SEQ, ack: L(1) });
    expectState(s, "SYN-SENT");
    recvNothing(s);
  });

  it("answers a bare SYN with SYN-ACK (simultaneous open)", () => {
    const s = socketSynSent();
    send(s, { control: "syn", seq: REMOTE_SEQ });
    expectState(s, "SYN-RECEIVED");
    recv(s, 0n, { control: "syn", seq: LOCAL_SEQ, ack: R(1), mss: 1460 });
    // the peer's SYN-ACK (its SYN again, acknowledging ours) completes it
    send(s, { control: "syn", seq: REMOTE_SEQ, ack: L(1) });
    expectState(s, "ESTABLISHED");
    recvNothing(s);
  });

  it("a RST in simultaneous-open SYN-RECEIVED is a refusal", () => {
    const s = socketSynSent();
    send(s, { control: "syn", seq: REMOTE_SEQ });
    send(s, { control: "rst", seq: R(1) });
    expectState(s, "CLOSED");
    expect(s.error).toBe("Refused");
  });

  it("retransmits the SYN at 1, 3, 7, ... s and times out after synRetries", () => {
    const s = socketSynSent({ synRetries: 3 });
    let t = 0;
    for (const at of [1000, 3000, 7000]) {
      expect(s.pollAt(ms(t))).toBe(ms(at));
      recvNothing(s, ms(at - 1));
      recv(s, ms(at), { control: "syn", seq: LOCAL_SEQ, mss: 1460 });
      t = at;
    }
    expect(s.pollAt(ms(t))).toBe(ms(15000));
    recvNothing(s, ms(15000));
    expectState(s, "CLOSED");
    expect(s.error).toBe("Timeout");
  });

  it("the default SYN retries give up after 127 s, like Linux", () => {
    const s = socketSynSent();
    for (const at of [1, 3, 7, 15, 31, 63]) recv(s, ms(at * 1000), { control: "syn", seq: LOCAL_SEQ, mss: 1460 });
    expect(s.pollAt(ms(63000))).toBe(ms(127000));
    recvNothing(s, ms(127000));
    expect(s.error).toBe("Timeout");
  });

  it("close() just closes", () => {
    const s = socketSynSent();
    s.close();
    expectState(s, "CLOSED");
    recvNothing(s);
  });

  it("abort() sends nothing", () => {
    const s = socketSynSent();
    s.abort();
    expectState(s, "CLOSED");
    recvNothing(s);
  });

  it("sends data queued in SYN-SENT right after the handshake", () => {
    const s = socketSynSent();
    expect(s.send(bytes("hello"))).toBe(5);
    recvNothing(s);
    send(s, { control: "syn", seq: REMOTE_SEQ, ack: L(1) });
    recv(s, 0n, { control: "psh", seq: L(1), ack: R(1), payload: "hello" });
  });

  it("ignores data on a SYN-ACK (the peer sends it again)", () => {
    const s = socketSynSent();
    send(s, { control: "syn", seq: REMOTE_SEQ, ack: L(1), payload: "xyz" });
    recv(s, 0n, { seq: L(1), ack: R(1) });
  });

  it("refuses connect on a non-CLOSED socket or port 0", () => {
    const s = socketSynSent();
    expect(() => s.connect(LOCAL, REMOTE, LOCAL_SEQ, 0n)).toThrow(/SYN-SENT/);
    expect(() => socket().connect(LOCAL, { ...REMOTE, port: 0 }, LOCAL_SEQ, 0n)).toThrow(RangeError);
  });
});

describe("ESTABLISHED", () => {
  it("receives data and acknowledges it", () => {
    const s = socketEstablished();
    send(s, { seq: R(1), ack: L(1), payload: "abcdef" });
    recv(s, 0n, { seq: L(1), ack: R(7), window: 58 });
    expect(s.canRecv()).toBe(true);
    expect(recvString(s)).toBe("abcdef");
    recvNothing(s);
  });

  it("sends data with PSH and frees it when acknowledged", () => {
    const s = socketEstablished();
    expect(s.send(bytes("abcdef"))).toBe(6);
    recv(s, 0n, { control: "psh", seq: L(1), ack: R(1), payload: "abcdef" });
    expect(s.sendQueue()).toBe(6);
    send(s, { seq: R(1), ack: L(7) });
    expect(s.sendQueue()).toBe(0);
    recvNothing(s);
  });

  it("the send buffer is bounded", () => {
    const s = socketEstablished();
    const big = new Uint8Array(100).fill(1);
    expect(s.send(big)).toBe(64);
    expect(s.canSend()).toBe(false);
    expect(s.send(big)).toBe(0);
  });

  it("takes a partial slice with offset and length", () => {
    const s = socketEstablished();
    expect(s.send(bytes("0123456789"), 2, 3)).toBe(3);
    recv(s, 0n, { control: "psh", seq: L(1), ack: R(1), payload: "234" });
  });

  it("trims data beyond the window", () => {
    const s = socketEstablished();
    const data = new Uint8Array(70).fill(0x61);
    send(s, { seq: R(1), ack: L(1), payload: data });
    recv(s, 0n, { seq: L(1), ack: R(65), window: 0 });
    expect(s.recvQueue()).toBe(64);
  });

  it("acknowledges an out-of-window segment and drops it", () => {
    const s = socketEstablished();
    send(s, { seq: R(1000), ack: L(1), payload: "abc" }, { reply: { seq: L(1), ack: R(1) } });
    expect(s.recvQueue()).toBe(0);
  });

  it("acknowledges an old duplicate at once", () => {
    const s = socketEstablished();
    send(s, { seq: R(1), ack: L(1), payload: "abcdef" });
    recv(s, 0n, { seq: L(1), ack: R(7), window: 58 });
    send(s, { seq: R(1), ack: L(1), payload: "abcdef" }, { reply: { seq: L(1), ack: R(7), window: 58 } });
    expect(recvString(s)).toBe("abcdef");
  });

  it("takes the new part of a partly old segment", () => {
    const s = socketEstablished();
    send(s, { seq: R(1), ack: L(1), payload: "abc" });
    recv(s, 0n, { seq: L(1), ack: R(4), window: 61 });
    send(s, { seq: R(1), ack: L(1), payload: "abcdef" });
    recv(s, 0n, { seq: L(1), ack: R(7), window: 58 });
    expect(recvString(s)).toBe("abcdef");
  });

  it("reassembles out-of-order data, with an immediate duplicate ACK", () => {
    const s = socketEstablished({ ackDelayNs: ms(40) });
    send(s, { seq: R(4), ack: L(1), payload: "def" });
    recv(s, 0n, { seq: L(1), ack: R(1) });
    expect(s.recvQueue()).toBe(0);
    send(s, { seq: R(1), ack: L(1), payload: "abc" });
    recv(s, 0n, { seq: L(1), ack: R(7), window: 58 }); // it fills the gap: ACKed at once
    expect(recvString(s)).toBe("abcdef");
  });

  it("reassembles several holes in any order", () => {
    const s = socketEstablished();
    send(s, { seq: R(7), ack: L(1), payload: "ghi" });
    recv(s, 0n, { seq: L(1), ack: R(1) });
    send(s, { seq: R(13), ack: L(1), payload: "mno" });
    recv(s, 0n, { seq: L(1), ack: R(1) });
    send(s, { seq: R(4), ack: L(1), payload: "def" });
    recv(s, 0n, { seq: L(1), ack: R(1) });
    send(s, { seq: R(1), ack: L(1), payload: "abc" });
    recv(s, 0n, { seq: L(1), ack: R(10), window: 55 });
    send(s, { seq: R(10), ack: L(1), payload: "jkl" });
    recv(s, 0n, { seq: L(1), ack: R(16), window: 49 });
    expect(recvString(s)).toBe("abcdefghijklmno");
  });

  it("resets on a RST at exactly RCV.NXT", () => {
    const s = socketEstablished();
    send(s, { control: "rst", seq: R(1) });
    expectState(s, "CLOSED");
    expect(s.error).toBe("Reset");
    recvNothing(s);
  });

  it("sends a challenge ACK for an in-window RST that is not exact", () => {
    const s = socketEstablished();
    send(s, { control: "rst", seq: R(2) }, { reply: { seq: L(1), ack: R(1) } });
    expectState(s, "ESTABLISHED");
  });

  it("drops a RST outside the window", () => {
    const s = socketEstablished();
    send(s, { control: "rst", seq: R(0) });
    send(s, { control: "rst", seq: R(65) });
    expectState(s, "ESTABLISHED");
  });

  it("a RST with an ACK far off still resets when its sequence number is exact", () => {
    const s = socketEstablished();
    send(s, { control: "rst", seq: R(1), ack: L(1000) });
    expectState(s, "CLOSED");
  });

  it("sends a challenge ACK for a SYN, in or out of the window (RFC 5961 §4)", () => {
    const s = socketEstablished();
    send(s, { control: "syn", seq: R(1) }, { reply: { seq: L(1), ack: R(1) } });
    send(s, { control: "syn", seq: R(-1000) }, { reply: { seq: L(1), ack: R(1) } });
    send(s, { control: "syn", seq: R(5000), ack: L(1) }, { reply: { seq: L(1), ack: R(1) } });
    expectState(s, "ESTABLISHED");
  });

  it("rate-limits challenge ACKs per second", () => {
    const s = socketEstablished({ challengeAckLimit: 2 });
    send(s, { control: "syn", seq: R(1) }, { reply: { seq: L(1), ack: R(1) } });
    send(s, { control: "rst", seq: R(3) }, { reply: { seq: L(1), ack: R(1) } });
    send(s, { control: "rst", seq: R(3) });
    send(s, { control: "rst", seq: R(3) }, { now: ms(999) });
    send(s, { control: "rst", seq: R(3) }, { now: ms(1000), reply: { seq: L(1), ack: R(1) } });
    expect(s.stats().challengeAcksSuppressed).toBe(2);
  });

  it("sends a challenge ACK for an ACK of data never sent (RFC 5961 §5.2)", () => {
    const s = socketEstablished();
    send(s, { seq: R(1), ack: L(10), payload: "abc" }, { reply: { seq: L(1), ack: R(1) } });
    expect(s.recvQueue()).toBe(0);
  });

  it("sends a challenge ACK for an ACK older than SND.UNA - MAX.SND.WND", () => {
    const s = socketEstablished();
    send(s, { seq: R(1), ack: L(-100), payload: "abc" }, { reply: { seq: L(1), ack: R(1) } });
    expect(s.recvQueue()).toBe(0);
    // an old ACK within MAX.SND.WND is fine
    send(s, { seq: R(1), ack: L(-10), payload: "abc" });
    expect(s.recvQueue()).toBe(3);
  });

  it("drops a segment without ACK", () => {
    const s = socketEstablished();
    send(s, { seq: R(1), payload: "abc" });
    expect(s.recvQueue()).toBe(0);
    recvNothing(s);
  });

  it("enters CLOSE-WAIT on FIN", () => {
    const s = socketEstablished();
    send(s, { control: "fin", seq: R(1), ack: L(1) });
    expectState(s, "CLOSE-WAIT");
    recv(s, 0n, { seq: L(1), ack: R(2) });
    expect(s.recvFinished()).toBe(true);
  });

  it("takes data and FIN in one segment", () => {
    const s = socketEstablished();
    send(s, { control: "fin", seq: R(1), ack: L(1), payload: "bye" });
    expectState(s, "CLOSE-WAIT");
    recv(s, 0n, { seq: L(1), ack: R(5), window: 61 }); // the FIN takes no buffer space
    expect(s.recvFinished()).toBe(false);
    expect(recvString(s)).toBe("bye");
    expect(s.recvFinished()).toBe(true);
  });

  it("holds an out-of-order FIN until the data before it arrives", () => {
    const s = socketEstablished();
    send(s, { control: "fin", seq: R(4), ack: L(1), payload: "def" });
    expectState(s, "ESTABLISHED");
    recv(s, 0n, { seq: L(1), ack: R(1) });
    send(s, { seq: R(1), ack: L(1), payload: "abc" });
    expectState(s, "CLOSE-WAIT");
    recv(s, 0n, { seq: L(1), ack: R(8), window: 58 });
    expect(recvString(s)).toBe("abcdef");
  });

  it("drops a FIN that lies beyond the window", () => {
    const s = socketEstablished();
    send(s, { control: "fin", seq: R(1), ack: L(1), payload: new Uint8Array(70) });
    expectState(s, "ESTABLISHED");
    recv(s, 0n, { seq: L(1), ack: R(65), window: 0 });
  });

  it("close() sends FIN and enters FIN-WAIT-1", () => {
    const s = socketEstablished();
    s.close();
    expectState(s, "FIN-WAIT-1");
    expect(s.maySend()).toBe(false);
    recv(s, 0n, { control: "fin", seq: L(1), ack: R(1) });
  });

  it("close() puts the FIN on the last data segment", () => {
    const s = socketEstablished();
    s.send(bytes("last words"));
    s.close();
    recv(s, 0n, { control: "fin", seq: L(1), ack: R(1), payload: "last words" });
    send(s, { seq: R(1), ack: L(12) });
    expectState(s, "FIN-WAIT-2");
  });

  it("abort() sends RST|ACK at SND.NXT", () => {
    const s = socketEstablished();
    s.send(bytes("abc"));
    recv(s, 0n, { control: "psh", seq: L(1), ack: R(1), payload: "abc" });
    s.abort();
    expectState(s, "CLOSED");
    expect(s.error).toBeUndefined();
    recv(s, 0n, { control: "rst", seq: L(4), ack: R(1), window: 0 });
    recvNothing(s);
  });

  it("stops sending at the peer's window", () => {
    const s = socketEstablished();
    send(s, { seq: R(1), ack: L(1), window: 40 });
    const data = Uint8Array.from({ length: 60 }, (_, i) => i);
    s.send(data);
    recv(s, 0n, { seq: L(1), ack: R(1), payload: data.subarray(0, 40) });
    recvNothing(s);
    send(s, { seq: R(1), ack: L(41), window: 40 });
    recv(s, 0n, { control: "psh", seq: L(41), ack: R(1), payload: data.subarray(40) });
  });

  it("holds a segment smaller than half the largest window seen until the override timer (sender SWS)", () => {
    const s = socketEstablished(); // the peer offered 64 during the handshake
    send(s, { seq: R(1), ack: L(1), window: 4 });
    s.send(bytes("abcdefgh"));
    recvNothing(s);
    const rto = s.stats().rtoNs;
    expect(rto).toBe(ms(200)); // min RTO, after a ~0 RTT sample on the handshake
    expect(s.pollAt(0n)).toBe(rto);
    recv(s, rto, { seq: L(1), ack: R(1), payload: "abcd" });
    send(s, { seq: R(1), ack: L(5), window: 4 }, { now: rto });
    recv(s, rto, { control: "psh", seq: L(5), ack: R(1), payload: "efgh" }); // all that is queued fits
  });

  it("ignores a window update older than SND.WL1/SND.WL2", () => {
    const s = socketEstablished();
    send(s, { seq: R(1), ack: L(1), payload: "abc" });
    recv(s, 0n, { seq: L(1), ack: R(4), window: 61 });
    send(s, { seq: R(1), ack: L(1), window: 0 }, { reply: { seq: L(1), ack: R(4), window: 61 } }); // old segment
    s.send(bytes("x"));
    recv(s, 0n, { control: "psh", seq: L(1), ack: R(4), window: 61, payload: "x" });
  });

  it("with a zero receive window, still takes the ACK of a segment at RCV.NXT", () => {
    const s = socketEstablished();
    send(s, { seq: R(1), ack: L(1), payload: new Uint8Array(64) });
    recv(s, 0n, { seq: L(1), ack: R(65), window: 0 });
    s.send(bytes("abc"));
    recv(s, 0n, { control: "psh", seq: L(1), ack: R(65), window: 0, payload: "abc" });
    // the peer probes our zero window carrying an ACK for our data
    send(s, { seq: R(65), ack: L(4), payload: "z" }, { reply: { seq: L(4), ack: R(65), window: 0 } });
    expect(s.sendQueue()).toBe(0);
    expect(s.recvQueue()).toBe(64);
  });

  it("announces a window that reopens after the application reads", () => {
    const s = socketEstablished();
    send(s, { seq: R(1), ack: L(1), payload: new Uint8Array(64) });
    recv(s, 0n, { seq: L(1), ack: R(65), window: 0 });
    const buf = new Uint8Array(10);
    s.recv(buf);
    recvNothing(s); // 10 bytes is under min(buffer/2, MSS): receiver SWS avoidance holds it
    const rest = new Uint8Array(64);
    s.recv(rest);
    recv(s, 0n, { seq: L(1), ack: R(65), window: 64 });
  });

  it("never shrinks the advertised right edge", () => {
    const s = socketEstablished();
    send(s, { seq: R(1), ack: L(1), payload: new Uint8Array(30) });
    recv(s, 0n, { seq: L(1), ack: R(31), window: 34 });
    s.recv(new Uint8Array(30)); // 30 free again, but the edge moves only by >= 32
    send(s, { seq: R(31), ack: L(1), payload: new Uint8Array(4) });
    recv(s, 0n, { seq: L(1), ack: R(35), window: 30 });
  });

  it("takes no window from an ACK older than SND.UNA", () => {
    const s = socketEstablished();
    s.send(bytes("abc"));
    recv(s, 0n, { control: "psh", seq: L(1), ack: R(1), payload: "abc" });
    send(s, { seq: R(1), ack: L(4), window: 64 });
    // newer data from the peer, but carrying an old ACK and a zero window (reordered)
    send(s, { seq: R(1), ack: L(1), window: 0, payload: "x" });
    recv(s, 0n, { seq: L(4), ack: R(2), window: 63 });
    s.send(bytes("def"));
    recv(s, 0n, { control: "psh", seq: L(4), ack: R(2), window: 63, payload: "def" });
  });

  it("a pure duplicate ACK changes nothing", () => {
    const s = socketEstablished();
    send(s, { seq: R(1), ack: L(1) });
    send(s, { seq: R(1), ack: L(1) });
    recvNothing(s);
    expectState(s, "ESTABLISHED");
  });

  it("can receive after the peer's window opens, and vice versa (full duplex)", () => {
    const s = socketEstablished();
    s.send(bytes("ping"));
    recv(s, 0n, { control: "psh", seq: L(1), ack: R(1), payload: "ping" });
    send(s, { control: "psh", seq: R(1), ack: L(5), payload: "pong" });
    recv(s, 0n, { seq: L(5), ack: R(5), window: 60 });
    expect(recvString(s)).toBe("pong");
  });
});

describe("FIN-WAIT-1", () => {
  it("enters FIN-WAIT-2 when our FIN is acknowledged", () => {
    const s = socketFinWait1();
    send(s, { seq: R(1), ack: L(2) });
    expectState(s, "FIN-WAIT-2");
    recvNothing(s);
  });

  it("stays on an ACK that does not cover the FIN", () => {
    const s = socketEstablished();
    s.send(bytes("abc"));
    s.close();
    recv(s, 0n, { control: "fin", seq: L(1), ack: R(1), payload: "abc" });
    send(s, { seq: R(1), ack: L(4) });
    expectState(s, "FIN-WAIT-1");
  });

  it("enters CLOSING on a FIN that does not acknowledge ours (simultaneous close)", () => {
    const s = socketFinWait1();
    send(s, { control: "fin", seq: R(1), ack: L(1) });
    expectState(s, "CLOSING");
    recv(s, 0n, { seq: L(2), ack: R(2) });
  });

  it("enters TIME-WAIT on a FIN that acknowledges ours", () => {
    const s = socketFinWait1();
    send(s, { control: "fin", seq: R(1), ack: L(2) });
    expectState(s, "TIME-WAIT");
    recv(s, 0n, { seq: L(2), ack: R(2) });
  });

  it("still receives data", () => {
    const s = socketFinWait1();
    send(s, { seq: R(1), ack: L(1), payload: "more" });
    recv(s, 0n, { seq: L(2), ack: R(5), window: 60 });
    expect(recvString(s)).toBe("more");
    expect(s.mayRecv()).toBe(true);
  });

  it("retransmits the FIN on timeout", () => {
    const s = socketFinWait1();
    const rto = s.stats().rtoNs;
    expect(s.pollAt(0n)).toBe(rto);
    recv(s, rto, { control: "fin", seq: L(1), ack: R(1) });
    expect(s.pollAt(rto)).toBe(3n * rto);
  });

  it("resets on an exact RST", () => {
    const s = socketFinWait1();
    send(s, { control: "rst", seq: R(1) });
    expectState(s, "CLOSED");
    expect(s.error).toBe("Reset");
  });

  it("sends a challenge ACK for a SYN", () => {
    const s = socketFinWait1();
    send(s, { control: "syn", seq: R(1) }, { reply: { seq: L(2), ack: R(1) } });
  });

  it("close() again is harmless", () => {
    const s = socketFinWait1();
    s.close();
    expectState(s, "FIN-WAIT-1");
    recvNothing(s);
  });
});

describe("FIN-WAIT-2", () => {
  it("enters TIME-WAIT on FIN", () => {
    const s = socketFinWait2();
    send(s, { control: "fin", seq: R(1), ack: L(2) });
    expectState(s, "TIME-WAIT");
    recv(s, 0n, { seq: L(2), ack: R(2) });
  });

  it("receives data (the peer's half is still open)", () => {
    const s = socketFinWait2();
    send(s, { seq: R(1), ack: L(2), payload: "tail" });
    recv(s, 0n, { seq: L(2), ack: R(5), window: 60 });
    expect(recvString(s)).toBe("tail");
    send(s, { control: "fin", seq: R(5), ack: L(2) });
    expectState(s, "TIME-WAIT");
  });

  it("resets on an exact RST", () => {
    const s = socketFinWait2();
    send(s, { control: "rst", seq: R(1) });
    expectState(s, "CLOSED");
    expect(s.error).toBe("Reset");
  });

  it("sends a challenge ACK for a SYN", () => {
    const s = socketFinWait2();
    send(s, { control: "syn", seq: R(1) }, { reply: { seq: L(2), ack: R(1) } });
    expectState(s, "FIN-WAIT-2");
  });

  it("abort() sends RST", () => {
    const s = socketFinWait2();
    s.abort();
    recv(s, 0n, { control: "rst", seq: L(2), ack: R(1), window: 0 });
  });

  it("has no timer of its own", () => {
    const s = socketFinWait2();
    expect(s.pollAt(0n)).toBeUndefined();
  });
});

describe("CLOSING", () => {
  it("enters TIME-WAIT when our FIN is acknowledged", () => {
    const s = socketClosing();
    send(s, { seq: R(2), ack: L(2) });
    expectState(s, "TIME-WAIT");
    recvNothing(s);
  });

  it("acknowledges a retransmitted FIN", () => {
    const s = socketClosing();
    send(s, { control: "fin", seq: R(1), ack: L(1) }, { reply: { seq: L(2), ack: R(2) } });
    expectState(s, "CLOSING");
  });

  it("retransmits our FIN on timeout", () => {
    const s = socketClosing();
    const at = s.pollAt(0n) as bigint;
    recv(s, at, { control: "fin", seq: L(1), ack: R(2) });
  });

  it("closes on an exact RST without an error", () => {
    const s = socketClosing();
    send(s, { control: "rst", seq: R(2) });
    expectState(s, "CLOSED");
    expect(s.error).toBeUndefined();
  });
});

describe("TIME-WAIT", () => {
  it("closes after 2*MSL", () => {
    const s = socketTimeWait({ timeWaitNs: ms(500) }, ms(10));
    expect(s.isOpen()).toBe(false);
    expect(s.pollAt(ms(10))).toBe(ms(510));
    recvNothing(s, ms(509));
    expectState(s, "TIME-WAIT");
    recvNothing(s, ms(510));
    expectState(s, "CLOSED");
    expect(s.error).toBeUndefined();
    expect(s.pollAt(ms(510))).toBeUndefined();
  });

  it("defaults to 60 s", () => {
    const s = socketTimeWait();
    expect(s.pollAt(0n)).toBe(ms(60_000));
  });

  it("acknowledges a retransmitted FIN and restarts the timer", () => {
    const s = socketTimeWait({ timeWaitNs: ms(500) });
    send(s, { control: "fin", seq: R(1), ack: L(2) }, { now: ms(300), reply: { seq: L(2), ack: R(2) } });
    expect(s.pollAt(ms(300))).toBe(ms(800));
  });

  it("closes on an exact RST", () => {
    const s = socketTimeWait();
    send(s, { control: "rst", seq: R(2) });
    expectState(s, "CLOSED");
    expect(s.error).toBeUndefined();
  });

  it("sends a challenge ACK for a SYN", () => {
    const s = socketTimeWait();
    send(s, { control: "syn", seq: R(100) }, { reply: { seq: L(2), ack: R(2) } });
    expectState(s, "TIME-WAIT");
  });

  it("ignores data", () => {
    const s = socketTimeWait();
    send(s, { seq: R(2), ack: L(2), payload: "late" });
    expect(s.recvQueue()).toBe(0);
    expectState(s, "TIME-WAIT");
  });

  it("close() does nothing, abort() closes without RST", () => {
    const s = socketTimeWait();
    s.close();
    expectState(s, "TIME-WAIT");
    s.abort();
    expectState(s, "CLOSED");
    recvNothing(s);
  });

  it("is reached through CLOSING too", () => {
    const s = socketClosing({ timeWaitNs: ms(100) });
    send(s, { seq: R(2), ack: L(2) }, { now: ms(5) });
    expect(s.pollAt(ms(5))).toBe(ms(105));
  });
});

describe("CLOSE-WAIT", () => {
  it("still sends (half-close)", () => {
    const s = socketCloseWait();
    expect(s.maySend()).toBe(true);
    expect(s.mayRecv()).toBe(false);
    s.send(bytes("reply"));
    recv(s, 0n, { control: "psh", seq: L(1), ack: R(2), payload: "reply" });
  });

  it("close() sends FIN and enters LAST-ACK", () => {
    const s = socketCloseWait();
    s.close();
    expectState(s, "LAST-ACK");
    recv(s, 0n, { control: "fin", seq: L(1), ack: R(2) });
  });

  it("acknowledges a retransmitted FIN", () => {
    const s = socketCloseWait();
    send(s, { control: "fin", seq: R(1), ack: L(1) }, { reply: { seq: L(1), ack: R(2) } });
  });

  it("ignores data after the FIN", () => {
    const s = socketCloseWait();
    send(s, { seq: R(2), ack: L(1), payload: "bogus" });
    expect(s.recvQueue()).toBe(0);
  });

  it("resets on an exact RST", () => {
    const s = socketCloseWait();
    send(s, { control: "rst", seq: R(2) });
    expectState(s, "CLOSED");
    expect(s.error).toBe("Reset");
  });

  it("abort() sends RST", () => {
    const s = socketCloseWait();
    s.abort();
    recv(s, 0n, { control: "rst", seq: L(1), ack: R(2), window: 0 });
  });
});

describe("LAST-ACK", () => {
  it("closes when our FIN is acknowledged", () => {
    const s = socketLastAck();
    send(s, { seq: R(2), ack: L(2) });
    expectState(s, "CLOSED");
    expect(s.error).toBeUndefined();
    recvNothing(s);
  });

  it("retransmits the FIN on timeout", () => {
    const s = socketLastAck();
    const at = s.pollAt(0n) as bigint;
    recv(s, at, { control: "fin", seq: L(1), ack: R(2) });
  });

  it("acknowledges a retransmitted FIN from the peer", () => {
    const s = socketLastAck();
    send(s, { control: "fin", seq: R(1), ack: L(1) }, { reply: { seq: L(2), ack: R(2) } });
    expectState(s, "LAST-ACK");
  });

  it("closes on an exact RST without an error", () => {
    const s = socketLastAck();
    send(s, { control: "rst", seq: R(2) });
    expectState(s, "CLOSED");
    expect(s.error).toBeUndefined();
  });

  it("sends its data before the FIN", () => {
    const s = socketCloseWait();
    s.send(bytes("abc"));
    s.close();
    recv(s, 0n, { control: "fin", seq: L(1), ack: R(2), payload: "abc" });
    send(s, { seq: R(2), ack: L(5) });
    expectState(s, "CLOSED");
  });
});

describe("simultaneous open and close", () => {
  const pump = (a: TcpSocket, b: TcpSocket, now = 0n): void => {
    for (let i = 0; i < 20; i++) {
      let moved = false;
      for (const [x, y, ipx] of [
        [a, b, { src: LOCAL.address, dst: REMOTE.address }],
        [b, a, { src: REMOTE.address, dst: LOCAL.address }],
      ] as const) {
        x.dispatch(now, (seg) => {
          moved = true;
          const r = y.process(now, ipx, seg);
          if (r !== undefined) x.process(now, { src: ipx.dst, dst: ipx.src }, r);
        });
      }
      if (!moved) return;
    }
  };

  it("two SYN-SENT sockets whose SYNs cross both reach ESTABLISHED", () => {
    const a = new TcpSocket(BASE);
    const b = new TcpSocket(BASE);
    a.connect(LOCAL, REMOTE, LOCAL_SEQ, 0n);
    b.connect(REMOTE, LOCAL, REMOTE_SEQ, 0n);
    const sa: unknown[] = [];
    const sb: unknown[] = [];
    // both SYNs leave before either arrives
    a.dispatch(0n, (s) => sa.push(s));
    b.dispatch(0n, (s) => sb.push(s));
    b.process(0n, { src: LOCAL.address, dst: REMOTE.address }, sa[0] as never);
    a.process(0n, { src: REMOTE.address, dst: LOCAL.address }, sb[0] as never);
    expectState(a, "SYN-RECEIVED");
    expectState(b, "SYN-RECEIVED");
    pump(a, b);
    expectState(a, "ESTABLISHED");
    expectState(b, "ESTABLISHED");
    a.send(bytes("from a"));
    b.send(bytes("from b"));
    pump(a, b);
    expect(recvString(a)).toBe("from b");
    expect(recvString(b)).toBe("from a");
  });

  it("two sockets that close at once go through CLOSING to TIME-WAIT", () => {
    const a = new TcpSocket({ ...BASE, timeWaitNs: ms(100) });
    const b = new TcpSocket({ ...BASE, timeWaitNs: ms(100) });
    a.connect(LOCAL, REMOTE, LOCAL_SEQ, 0n);
    b.listen(REMOTE);
    pump(a, b);
    expectState(a, "ESTABLISHED");
    expectState(b, "ESTABLISHED");
    a.close();
    b.close();
    const fa: unknown[] = [];
    const fb: unknown[] = [];
    a.dispatch(0n, (s) => fa.push(s));
    b.dispatch(0n, (s) => fb.push(s));
    b.process(0n, { src: LOCAL.address, dst: REMOTE.address }, fa[0] as never);
    a.process(0n, { src: REMOTE.address, dst: LOCAL.address }, fb[0] as never);
    expectState(a, "CLOSING");
    expectState(b, "CLOSING");
    pump(a, b);
    expectState(a, "TIME-WAIT");
    expectState(b, "TIME-WAIT");
    a.dispatch(ms(100), () => {});
    b.dispatch(ms(100), () => {});
    expectState(a, "CLOSED");
    expectState(b, "CLOSED");
  });

  it("simultaneous close, segment by segment", () => {
    const s = socketFinWait1();
    send(s, { control: "fin", seq: R(1), ack: L(1) });
    expectState(s, "CLOSING");
    recv(s, 0n, { seq: L(2), ack: R(2) });
    send(s, { seq: R(2), ack: L(2) });
    expectState(s, "TIME-WAIT");
  });
});

describe("sequence number wrap-around", () => {
  it("receives data and a FIN that cross 2^32", () => {
    const s = socket();
    s.listen(LOCAL);
    const near = 0xfffffffd as never; // SYN at 2^32 - 3: data starts at 2^32 - 2
    send(s, { control: "syn", seq: near });
    recv(s, 0n, { control: "syn", seq: LOCAL_SEQ, ack: 0xfffffffe as never, mss: 1460 });
    send(s, { seq: 0xfffffffe as never, ack: L(1), payload: "abcdef" });
    recv(s, 0n, { seq: L(1), ack: 4 as never, window: 58 });
    send(s, { control: "fin", seq: 4 as never, ack: L(1), payload: "gh" });
    recv(s, 0n, { seq: L(1), ack: 7 as never, window: 56 });
    expectState(s, "CLOSE-WAIT");
    expect(recvString(s)).toBe("abcdefgh");
  });

  it("sends data, and is acknowledged, across 2^32", () => {
    const s = new TcpSocket({ ...BASE, iss: () => 0xfffffffe as never });
    s.listen(LOCAL);
    send(s, { control: "syn", seq: REMOTE_SEQ });
    recv(s, 0n, { control: "syn", seq: 0xfffffffe as never, ack: R(1), mss: 1460 });
    send(s, { seq: R(1), ack: 0xffffffff as never });
    s.send(bytes("wrap!"));
    recv(s, 0n, { control: "psh", seq: 0xffffffff as never, ack: R(1), payload: "wrap!" });
    send(s, { seq: R(1), ack: 4 as never });
    expect(s.sendQueue()).toBe(0);
    expect(s.pollAt(0n)).toBeUndefined();
    // an ACK "beyond" SND.NXT across the wrap is still caught
    send(s, { seq: R(1), ack: 10 as never }, { reply: { seq: 4 as never, ack: R(1) } });
  });

  it("out-of-order data across 2^32 is reassembled", () => {
    const s = socket();
    s.listen(LOCAL);
    send(s, { control: "syn", seq: 0xfffffffd as never });
    recv(s, 0n, { control: "syn", seq: LOCAL_SEQ, ack: 0xfffffffe as never, mss: 1460 });
    send(s, { seq: 1 as never, ack: L(1), payload: "def" });
    recv(s, 0n, { seq: L(1), ack: 0xfffffffe as never });
    send(s, { seq: 0xfffffffe as never, ack: L(1), payload: "abc" });
    recv(s, 0n, { seq: L(1), ack: 4 as never, window: 58 });
    expect(recvString(s)).toBe("abcdef");
  });
});

describe("FIN-WAIT-1, more", () => {
  it("a FIN whose ACK covers only part of our data leads to CLOSING, then TIME-WAIT", () => {
    const s = socketEstablished();
    s.send(bytes("abcdef"));
    s.close();
    recv(s, 0n, { control: "fin", seq: L(1), ack: R(1), payload: "abcdef" });
    send(s, { control: "fin", seq: R(1), ack: L(4) });
    expectState(s, "CLOSING");
    recv(s, 0n, { seq: L(8), ack: R(2) });
    send(s, { seq: R(2), ack: L(8) });
    expectState(s, "TIME-WAIT");
  });

  it("data and FIN from the peer in FIN-WAIT-2 are delivered before TIME-WAIT", () => {
    const s = socketFinWait2();
    send(s, { control: "fin", seq: R(1), ack: L(2), payload: "last" });
    expectState(s, "TIME-WAIT");
    recv(s, 0n, { seq: L(2), ack: R(6), window: 60 });
    expect(recvString(s)).toBe("last");
    expect(s.recvFinished()).toBe(true);
  });
});
