// The TCP layer: two tcpLayers over a fake IPv4 pair on a virtual clock.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Either } from "fp-ts/Either";
import { mockClock, type MockClock } from "@mirage/mirage-clock";
import type { FlowError, ReadResult } from "@mirage/mirage-flow";
import type { TcpFlow } from "../../src/signatures.ts";
import { tcpLayer, type TcpLayer, type TcpLayerOptions } from "../../src/tcp/layer.ts";
import { ipv4Address } from "../../src/wire/ipv4.ts";
import { seqNumber } from "../../src/wire/seq.ts";
import { TcpRepr } from "../../src/wire/tcp.ts";
import { A_ADDR, B_ADDR, drive, elapse, fakeIpPair, testRandom, type FakeIpPair, type FakeLinkOptions } from "./fake-ip.ts";

const MS = 1_000_000n;
const SEC = 1_000_000_000n;

interface Setup {
  readonly clock: MockClock;
  readonly net: FakeIpPair;
  readonly a: TcpLayer;
  readonly b: TcpLayer;
}

const setup = (o: { link?: FakeLinkOptions; a?: TcpLayerOptions; b?: TcpLayerOptions } = {}): Setup => {
  const clock = mockClock();
  const net = fakeIpPair(clock, o.link);
  const a = tcpLayer(net.a, { mclock: clock.mclock, sleep: clock.sleep, random: testRandom(1) }, o.a);
  const b = tcpLayer(net.b, { mclock: clock.mclock, sleep: clock.sleep, random: testRandom(2) }, o.b);
  return { clock, net, a, b };
};

const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const str = (b: Uint8Array): string => new TextDecoder().decode(b);
const sha = (b: Uint8Array): string => createHash("sha256").update(b).digest("hex");

const pseudoRandom = (n: number, seed: number): Uint8Array => {
  const out = new Uint8Array(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
};

/** Reads until Eof; rejects on an error. */
const readAll = async (f: TcpFlow): Promise<Uint8Array> => {
  const parts: Uint8Array[] = [];
  let n = 0;
  for (;;) {
    const r = await f.read();
    if (r._tag === "Left") throw new Error(`read failed: ${r.left._tag}`);
    if (r.right._tag === "Eof") break;
    parts.push(r.right.data);
    n += r.right.data.length;
  }
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** Writes in chunks of `chunk` bytes. */
const writeAll = async (f: TcpFlow, data: Uint8Array, chunk = 65536): Promise<void> => {
  for (let i = 0; i < data.length; i += chunk) {
    const r = await f.write(data.subarray(i, i + chunk));
    if (r._tag === "Left") throw new Error(`write failed: ${r.left._tag}`);
  }
};

const connected = async (s: Setup, port = 80): Promise<TcpFlow> => {
  const r = await drive(s.clock, s.a.connect({ address: B_ADDR, port }));
  if (r._tag === "Left") throw new Error(`connect failed: ${r.left._tag}`);
  return r.right;
};

/** b listens on `port` and hands each flow to the returned queue. */
const accepting = async (s: Setup, port = 80, opts = {}): Promise<TcpFlow[]> => {
  const flows: TcpFlow[] = [];
  const r = await s.b.listen(port, (f) => void flows.push(f), opts);
  expect(r._tag).toBe("Right");
  return flows;
};

const isReadLeft = (r: Either<FlowError, ReadResult>, tag: string): boolean => r._tag === "Left" && r.left._tag === tag;

describe("tcpLayer: connect and accept", () => {
  it("connects; the listener's handler gets the flow with both endpoints", async () => {
    const s = setup();
    const flows = await accepting(s);
    const c = await connected(s);
    expect(flows).toHaveLength(0); // the server is established one link latency later
    await elapse(s.clock, 2n * MS);
    expect(flows).toHaveLength(1);
    const f = flows[0] as TcpFlow;
    expect(c.kind).toBe("flow");
    expect(c.remote).toEqual({ address: B_ADDR, port: 80 });
    expect(c.local.address).toBe(A_ADDR);
    expect(c.local.port).toBeGreaterThanOrEqual(49152);
    expect(f.local).toEqual({ address: B_ADDR, port: 80 });
    expect(f.remote).toEqual(c.local);
    expect(s.a.stats().activeOpens).toBe(1);
    expect(s.b.stats().passiveOpens).toBe(1);
  });

  it("exchanges data both ways", async () => {
    const s = setup();
    const flows = await accepting(s);
    const c = await connected(s);
    await drive(s.clock, c.write(text("ping")));
    const server = await drive(s.clock, (async () => {
      while (flows.length === 0) await new Promise((r) => setImmediate(r));
      return flows[0] as TcpFlow;
    })());
    const r1 = await drive(s.clock, server.read());
    expect(r1._tag === "Right" && r1.right._tag === "Data" && str(r1.right.data)).toBe("ping");
    await drive(s.clock, server.write(text("pong")));
    const r2 = await drive(s.clock, c.read());
    expect(r2._tag === "Right" && r2.right._tag === "Data" && str(r2.right.data)).toBe("pong");
  });

  it("transfers 1 MB each way at once, byte-exact (SHA-256)", async () => {
    const s = setup();
    const up = pseudoRandom(1 << 20, 7);
    const down = pseudoRandom(1 << 20, 9);
    let serverGot: Uint8Array | undefined;
    const serverDone = new Promise<void>((resolve) => {
      void s.b.listen(80, async (f) => {
        const [got] = await Promise.all([readAll(f), (async () => {
          await writeAll(f, down);
          await f.shutdown("write");
        })()]);
        serverGot = got;
        await f.close();
        resolve();
      });
    });
    const c = await connected(s);
    const [clientGot] = await drive(
      s.clock,
      Promise.all([readAll(c), (async () => {
        await writeAll(c, up);
        await c.shutdown("write");
      })(), serverDone]),
    );
    expect(sha(serverGot as Uint8Array)).toBe(sha(up));
    expect(sha(clientGot)).toBe(sha(down));
    expect(s.a.stats().badChecksum + s.b.stats().badChecksum).toBe(0);
  });

  it("transfers 256 KB correctly over a lossy, reordering, duplicating link whose IP layer fills late", async () => {
    const s = setup({ link: { loss: 0.03, reorder: 0.1, reorderNs: 5n * MS, duplicate: 0.02, asyncFill: true, seed: 5 } });
    const up = pseudoRandom(256 * 1024, 3);
    let got: Promise<Uint8Array> | undefined;
    await s.b.listen(80, (f) => {
      got = readAll(f);
    });
    const c = await connected(s);
    await drive(s.clock, (async () => {
      await writeAll(c, up, 10_000);
      await c.close();
    })());
    const received = await drive(s.clock, (async () => {
      while (got === undefined) await new Promise((r) => setImmediate(r));
      return got;
    })());
    expect(sha(received)).toBe(sha(up));
    expect(s.a.stats().retransmittedSegments).toBeGreaterThan(0);
  });

  it("picks distinct ephemeral ports and ISNs", async () => {
    const s = setup();
    await accepting(s);
    const syns: Array<{ port: number; seq: number }> = [];
    s.net.tap = (from, src, dst, p) => {
      const r = TcpRepr.decode(p, src, dst);
      if (from === "a" && r._tag === "Right" && r.right.control === "syn") syns.push({ port: r.right.srcPort, seq: r.right.seq });
      return true;
    };
    await connected(s);
    await connected(s);
    expect(syns).toHaveLength(2);
    const [x, y] = syns as [{ port: number; seq: number }, { port: number; seq: number }];
    expect(x.port).not.toBe(y.port);
    for (const p of [x.port, y.port]) expect(p).toBeGreaterThanOrEqual(49152);
    expect(x.seq).not.toBe(y.seq);
  });
});

describe("tcpLayer: errors", () => {
  it("connect to a port nobody listens on is Refused (the peer answers RST)", async () => {
    const s = setup();
    const r = await drive(s.clock, s.a.connect({ address: B_ADDR, port: 81 }));
    expect(r._tag === "Left" && r.left._tag).toBe("Refused");
    expect(s.b.stats().resetsSent).toBe(1);
    expect(s.a.stats().connections).toBe(0);
  });

  it("connect times out after the SYN retries when nothing answers", async () => {
    const s = setup({ a: { socket: { synRetries: 2 } } });
    s.net.loss = 1;
    const t0 = s.clock.nowNs();
    const r = await drive(s.clock, s.a.connect({ address: B_ADDR, port: 80 }), 60n * SEC, 100n * MS);
    expect(r._tag === "Left" && r.left._tag).toBe("Timeout");
    expect(s.clock.nowNs() - t0).toBe(7n * SEC); // SYNs at 0, 1 and 3 s; gives up at 7 s
    expect(s.a.stats().connections).toBe(0);
  });

  it("connect honours its own timeout", async () => {
    const s = setup();
    s.net.loss = 1;
    const r = await drive(s.clock, s.a.connect({ address: B_ADDR, port: 80 }, { timeoutNs: 500n * MS }));
    expect(r._tag === "Left" && r.left._tag).toBe("Timeout");
  });

  it("connect without a route is NoRoute", async () => {
    const s = setup();
    const r = await s.a.connect({ address: ipv4Address.fromOctets(10, 9, 9, 9), port: 80 });
    expect(r._tag === "Left" && r.left._tag).toBe("NoRoute");
  });

  it("listen: PortInUse and InvalidPort", async () => {
    const s = setup();
    expect((await s.b.listen(80, () => {}))._tag).toBe("Right");
    const again = await s.b.listen(80, () => {});
    expect(again._tag === "Left" && again.left._tag).toBe("PortInUse");
    for (const p of [0, 65536, 1.5]) {
      const bad = await s.b.listen(p, () => {});
      expect(bad._tag === "Left" && bad.left._tag).toBe("InvalidPort");
    }
    s.b.unlisten(80);
    expect((await s.b.listen(80, () => {}))._tag).toBe("Right");
  });

  it("a RST in ESTABLISHED surfaces as Reset on a pending read, later reads and writes", async () => {
    const s = setup();
    await accepting(s);
    const c = await connected(s);
    const pending = c.read();
    await drive(s.clock, s.b.close()); // aborts b's connections: RST
    const r = await drive(s.clock, pending);
    expect(isReadLeft(r, "Reset")).toBe(true);
    expect(isReadLeft(await c.read(), "Reset")).toBe(true);
    const w = await c.write(text("x"));
    expect(w._tag === "Left" && w.left._tag).toBe("Reset");
    expect(s.a.stats().connections).toBe(0);
  });

  it("drops and counts segments with a bad checksum; the transfer recovers", async () => {
    const s = setup();
    let corrupted = 0;
    s.net.tap = (from, _src, _dst, p) => {
      if (from === "a" && p.length > 100 && corrupted < 2) {
        corrupted++;
        p[p.length - 1] = (p[p.length - 1] as number) ^ 0x55;
      }
      return true;
    };
    let got: Promise<Uint8Array> | undefined;
    await s.b.listen(80, (f) => {
      got = readAll(f);
    });
    const c = await connected(s);
    const data = pseudoRandom(20_000, 1);
    await drive(s.clock, (async () => {
      await writeAll(c, data);
      await c.close();
    })());
    const received = await drive(s.clock, (async () => {
      while (got === undefined) await new Promise((r) => setImmediate(r));
      return got;
    })());
    expect(sha(received)).toBe(sha(data));
    expect(s.b.stats().badChecksum).toBe(2);
  });

  it("counts malformed segments", async () => {
    const s = setup();
    s.net.a.register(6, () => {});
    await s.net.a.write(B_ADDR, 6, 10, (b) => b.fill(1));
    await elapse(s.clock, 5n * MS);
    expect(s.b.stats().malformed).toBe(1);
  });

  it("keepalive resets a dead idle peer: the pending read gets Timeout", async () => {
    const s = setup();
    await accepting(s);
    const r = await drive(s.clock, s.a.connect({ address: B_ADDR, port: 80 }, { keepalive: { afterNs: SEC, intervalNs: SEC, probes: 3 } }));
    if (r._tag === "Left") throw new Error("connect failed");
    const c = r.right;
    const t0 = s.clock.nowNs();
    s.net.loss = 1; // the peer vanishes
    const read = await drive(s.clock, c.read(), 60n * SEC, 10n * MS);
    expect(isReadLeft(read, "Timeout")).toBe(true);
    // probes at 1, 2, 3 s idle; reset at 4 s
    expect(s.clock.nowNs() - t0).toBeGreaterThanOrEqual(4n * SEC - 2n * MS);
    expect(s.clock.nowNs() - t0).toBeLessThanOrEqual(4n * SEC + 10n * MS);
    expect(s.a.stats().connections).toBe(0);
  });

  it("keepalive keeps a live idle connection", async () => {
    const s = setup();
    await accepting(s);
    const c = await connected(s);
    c.setKeepalive({ afterNs: SEC, intervalNs: SEC, probes: 2 });
    await elapse(s.clock, 10n * SEC, 50n * MS);
    expect(s.a.connections()[0]?.stats.state).toBe("ESTABLISHED");
    expect(s.a.connections()[0]?.stats.keepaliveProbes).toBeGreaterThanOrEqual(9);
  });
});

describe("tcpLayer: flows", () => {
  it("half-close: the server reads Eof, still answers, then closes", async () => {
    const s = setup();
    await s.b.listen(80, async (f) => {
      const req = await readAll(f);
      await f.write(text(`got ${str(req)}`));
      await f.close();
    });
    const c = await connected(s);
    await drive(s.clock, c.write(text("request")));
    await c.shutdown("write");
    const w = await c.write(text("more"));
    expect(w._tag === "Left" && w.left._tag).toBe("Closed");
    const reply = await drive(s.clock, readAll(c));
    expect(str(reply)).toBe("got request");
    const again = await c.read();
    expect(again).toEqual({ _tag: "Right", right: { _tag: "Eof" } });
  });

  it("back-pressure: a large write resolves only after the reader makes room", async () => {
    const s = setup();
    const flows = await accepting(s);
    const c = await connected(s);
    const data = pseudoRandom(1 << 20, 2);
    let done = false;
    const w = c.write(data).then((r) => {
      done = true;
      return r;
    });
    await elapse(s.clock, 2n * SEC, 10n * MS);
    expect(done).toBe(false); // 256 KiB in our buffer, 256 KiB in theirs; the rest waits
    const server = flows[0] as TcpFlow;
    const got = drive(s.clock, (async () => {
      const parts: number[] = [];
      let n = 0;
      while (n < data.length) {
        const r = await server.read();
        if (r._tag === "Left" || r.right._tag === "Eof") break;
        n += r.right.data.length;
        parts.push(r.right.data.length);
      }
      return n;
    })());
    const r = await drive(s.clock, w);
    expect(r._tag).toBe("Right");
    expect(await got).toBe(data.length);
  });

  it("close() lingers in TIME-WAIT inside the layer, then goes", async () => {
    const s = setup();
    await s.b.listen(80, async (f) => {
      await readAll(f);
      await f.close();
    });
    const c = await connected(s);
    await c.close();
    await elapse(s.clock, 100n * MS);
    expect(s.a.stats().timeWait).toBe(1);
    expect(s.b.stats().connections).toBe(0);
    await elapse(s.clock, 60n * SEC, 500n * MS);
    expect(s.a.stats().connections).toBe(0);
  });

  it("reads after close() give Eof; writes give Closed", async () => {
    const s = setup();
    await accepting(s);
    const c = await connected(s);
    const pending = c.read();
    await c.close();
    expect(await pending).toEqual({ _tag: "Right", right: { _tag: "Eof" } });
    expect(await c.read()).toEqual({ _tag: "Right", right: { _tag: "Eof" } });
    const w = await c.write(text("x"));
    expect(w._tag === "Left" && w.left._tag).toBe("Closed");
  });

  it("shutdown('read') discards incoming data but keeps the window open", async () => {
    const s = setup({ a: { socket: { recvBufferBytes: 4096 } } });
    const flows = await accepting(s);
    const c = await connected(s);
    await c.shutdown("read");
    await elapse(s.clock, 5n * MS);
    const server = flows[0] as TcpFlow;
    await drive(s.clock, writeAll(server, pseudoRandom(50_000, 4), 5000));
    expect(await c.read()).toEqual({ _tag: "Right", right: { _tag: "Eof" } });
  });

  it("writes of zero bytes and writev", async () => {
    const s = setup();
    let got: Promise<Uint8Array> | undefined;
    await s.b.listen(80, (f) => {
      got = readAll(f);
    });
    const c = await connected(s);
    expect((await c.write(new Uint8Array(0)))._tag).toBe("Right");
    await drive(s.clock, c.writev([text("a"), text("bc"), text("def")]));
    await c.close();
    const r = await drive(s.clock, (async () => {
      while (got === undefined) await new Promise((res) => setImmediate(res));
      return got;
    })());
    expect(str(r)).toBe("abcdef");
  });

  it("setNoDelay sends small writes at once", async () => {
    const s = setup();
    await accepting(s);
    const c = await connected(s);
    c.setNoDelay(true);
    let segs = 0;
    s.net.tap = (from, src, dst, p) => {
      const r = TcpRepr.decode(p, src, dst);
      if (from === "a" && r._tag === "Right" && r.right.payload.length > 0) segs++;
      return true;
    };
    await c.write(text("a"));
    await c.write(text("b"));
    await elapse(s.clock, 0n, 1n);
    await new Promise((r) => setImmediate(r));
    expect(segs).toBe(2);
  });
});

describe("tcpLayer: listeners under a SYN flood", () => {
  it("keeps at most `backlog` half-open connections, evicting the oldest; the server stays healthy", async () => {
    const s = setup();
    const flows = await accepting(s, 80, { backlog: 2 });
    // side a is a raw spoofer for now: it sends SYNs and never completes them
    const synAcks: Array<{ port: number; seq: number; ack: number }> = [];
    s.net.a.register(6, (src, dst, p) => {
      const r = TcpRepr.decode(p, src, dst);
      if (r._tag === "Right" && r.right.control === "syn") synAcks.push({ port: r.right.dstPort, seq: r.right.seq, ack: r.right.ack as number });
    });
    const raw = (port: number, control: "syn" | "none", seq: number, ack?: number) =>
      s.net.a.write(B_ADDR, 6, 20, (buf, src) =>
        TcpRepr.emit(
          { srcPort: port, dstPort: 80, control, seq: seqNumber(seq), ack: ack === undefined ? undefined : seqNumber(ack), window: 1000, sackPermitted: false, sackRanges: [], payload: new Uint8Array(0) },
          buf,
          src,
          B_ADDR,
        ),
      );
    for (let port = 1000; port < 1005; port++) await raw(port, "syn", 5000 + port);
    await elapse(s.clock, 5n * MS);
    expect(synAcks.map((x) => x.port)).toEqual([1000, 1001, 1002, 1003, 1004]);
    expect(s.b.stats().halfOpen).toBe(2);
    expect(s.b.stats().halfOpenEvicted).toBe(3);
    // completing an evicted handshake gets a RST; completing a kept one gets a connection
    const old = synAcks[0] as { seq: number };
    const resets = s.b.stats().resetsSent;
    await raw(1000, "none", 6001, old.seq + 1);
    const kept = synAcks[4] as { seq: number };
    await raw(1004, "none", 6005, kept.seq + 1);
    await elapse(s.clock, 5n * MS);
    expect(s.b.stats().resetsSent).toBe(resets + 1);
    expect(flows.map((f) => f.remote.port)).toEqual([1004]);
    // a real client still gets in
    const a2 = tcpLayer(s.net.a, { mclock: s.clock.mclock, sleep: s.clock.sleep, random: testRandom(3) });
    const r = await drive(s.clock, a2.connect({ address: B_ADDR, port: 80 }));
    expect(r._tag).toBe("Right");
  });

  it("drops half-open connections whose SYN-ACKs go unanswered", async () => {
    const s = setup({ b: { socket: { synAckRetries: 1 } } });
    await accepting(s);
    s.net.a.register(6, () => {});
    await s.net.a.write(B_ADDR, 6, 20, (buf, src) =>
      TcpRepr.emit(
        { srcPort: 1234, dstPort: 80, control: "syn", seq: seqNumber(1), window: 1000, sackPermitted: false, sackRanges: [], payload: new Uint8Array(0) },
        buf,
        src,
        B_ADDR,
      ),
    );
    await elapse(s.clock, 10n * MS);
    expect(s.b.stats().halfOpen).toBe(1);
    await elapse(s.clock, 4n * SEC, 100n * MS);
    expect(s.b.stats().halfOpen).toBe(0);
    expect(s.b.stats().connections).toBe(0);
  });

  it("answers segments to closed ports with RST, but never a RST", async () => {
    const s = setup();
    const replies: string[] = [];
    s.net.a.register(6, (src, dst, p) => {
      const r = TcpRepr.decode(p, src, dst);
      if (r._tag === "Right") replies.push(`${r.right.control} seq=${r.right.seq} ack=${r.right.ack}`);
    });
    const send = (control: "none" | "rst", seq: number, ack: number | undefined, payload = 0) =>
      s.net.a.write(B_ADDR, 6, 20 + payload, (buf, src) =>
        TcpRepr.emit(
          { srcPort: 999, dstPort: 7, control, seq: seqNumber(seq), ack: ack === undefined ? undefined : seqNumber(ack), window: 0, sackPermitted: false, sackRanges: [], payload: new Uint8Array(payload) },
          buf,
          src,
          B_ADDR,
        ),
      );
    await send("none", 100, 555);
    await send("none", 100, undefined, 3);
    await send("rst", 100, undefined);
    await elapse(s.clock, 5n * MS);
    expect(replies).toEqual(["rst seq=555 ack=undefined", "rst seq=0 ack=103"]);
  });
});

describe("tcpLayer: lingering connections", () => {
  /** Side a as a raw endpoint: sends hand-made segments from `port`, collects what b answers. */
  const rawPeer = (s: Setup, port: number) => {
    const got: TcpRepr[] = [];
    s.net.a.register(6, (src, dst, p) => {
      const r = TcpRepr.decode(p, src, dst);
      if (r._tag === "Right") got.push({ ...r.right, payload: r.right.payload.slice() });
    });
    const send = (control: "syn" | "fin" | "none", seq: number, ack?: number) =>
      s.net.a.write(B_ADDR, 6, 20, (buf, src) =>
        TcpRepr.emit(
          { srcPort: port, dstPort: 80, control, seq: seqNumber(seq), ack: ack === undefined ? undefined : seqNumber(ack), window: 1000, sackPermitted: false, sackRanges: [], payload: new Uint8Array(0) },
          buf,
          src,
          B_ADDR,
        ),
      );
    return { got, send };
  };

  it("a new SYN above a TIME-WAIT connection's sequence space reopens the 4-tuple; an old one gets a challenge ACK", async () => {
    const s = setup();
    await s.b.listen(80, (f) => void f.close()); // the server closes first: it will sit in TIME-WAIT
    const p = rawPeer(s, 2000);
    await p.send("syn", 100);
    await elapse(s.clock, 2n * MS);
    const synAck = p.got.shift() as TcpRepr;
    expect(synAck.control).toBe("syn");
    await p.send("none", 101, synAck.seq + 1);
    await elapse(s.clock, 2n * MS);
    const fin = p.got.shift() as TcpRepr;
    expect(fin.control).toBe("fin");
    await p.send("fin", 101, fin.seq + 1);
    await elapse(s.clock, 2n * MS);
    expect(p.got.shift()).toEqual(expect.objectContaining({ control: "none", ack: 102 }));
    expect(s.b.stats().timeWait).toBe(1);
    await p.send("syn", 50); // below RCV.NXT: the TIME-WAIT socket answers (RFC 5961)
    await elapse(s.clock, 2n * MS);
    expect(p.got.shift()).toEqual(expect.objectContaining({ control: "none", ack: 102 }));
    await p.send("syn", 5000);
    await elapse(s.clock, 2n * MS);
    expect(p.got.shift()).toEqual(expect.objectContaining({ control: "syn", ack: 5001 }));
    expect(s.b.stats().timeWait).toBe(0);
    expect(s.b.stats().halfOpen).toBe(1);
  });

  it("an orphaned connection stuck in FIN-WAIT-2 is reset after finWait2Timeout", async () => {
    const s = setup({ a: { finWait2TimeoutNs: 5n * SEC } });
    const flows = await accepting(s); // the server never closes
    const c = await connected(s);
    await c.close();
    await elapse(s.clock, 10n * MS);
    expect(s.a.connections()[0]?.stats.state).toBe("FIN-WAIT-2");
    await elapse(s.clock, 5n * SEC, 100n * MS);
    expect(s.a.stats().connections).toBe(0);
    const server = flows[0] as TcpFlow;
    const r = await drive(s.clock, server.write(text("anyone?")));
    expect(r._tag === "Left" && r.left._tag).toBe("Reset");
  });
});
