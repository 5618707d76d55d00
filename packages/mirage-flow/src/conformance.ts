// The conformance suite every Flow backend runs, on a pair of connected flows:
//   flowConformance("tcp over vnetif", async () => { ...two ends of one connection... }, { bufferBytes })
//
// Every step that waits on the flow is bounded by `timeoutMs`, so a backend that hangs fails
// with the name of what it was waiting for instead of stalling the run.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Flow, FlowError, FlowWriteError, ReadResult } from "./index.ts";
import type { Either } from "fp-ts/Either";

export interface FlowConformanceOptions {
  /**
   * The most bytes a writer can get accepted while nobody reads (every buffer on the way added
   * up). Given, the suite checks back-pressure with writes of several times that much; omitted
   * (an unbounded flow), it does not.
   */
  readonly bufferBytes?: number;
  /** Random transfers to try (default 25); each makes a fresh pair. */
  readonly numRuns?: number;
  /** Largest random transfer per direction in bytes (default 200 KiB). */
  readonly maxBytes?: number;
  /** Bytes each way in the large-transfer test (default 1 MiB). */
  readonly largeBytes?: number;
  /** How long one step may take before the flow counts as hung (default 5000 ms). */
  readonly timeoutMs?: number;
  /** How long to wait before concluding that a blocked write stays blocked (default 50 ms). */
  readonly settleMs?: number;
}

type Pair = readonly [Flow, Flow];

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const within = <T,>(p: Promise<T>, ms: number, what: string): Promise<T> => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`flow conformance: ${what} did not finish within ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
};

/** Deterministic bytes: position `start + i` of stream `seed`, so a misplaced byte shows. */
const pattern = (start: number, length: number, seed: number): Uint8Array => {
  const b = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    let x = Math.imul((start + i) ^ seed, 0x9e3779b1) >>> 0;
    x ^= x >>> 15;
    b[i] = (x ^ (x >>> 8)) & 0xff;
  }
  return b;
};

const firstDifference = (a: Uint8Array, b: Uint8Array): number => {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return a.length === b.length ? -1 : n;
};

const expectSameBytes = (actual: Uint8Array, expected: Uint8Array, what: string): void => {
  expect(actual.length, `${what}: length`).toBe(expected.length);
  const d = firstDifference(actual, expected);
  expect(d, `${what}: first difference at byte ${d}`).toBe(-1);
};

const concat = (chunks: ReadonlyArray<Uint8Array>): Uint8Array => {
  const out = new Uint8Array(chunks.reduce((s, c) => s + c.length, 0));
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
};

const tagOf = (r: Either<FlowError | FlowWriteError, unknown>): string => (r._tag === "Right" ? "ok" : r.left._tag);

const readTag = (r: Either<FlowError, ReadResult>): string => (r._tag === "Left" ? r.left._tag : r.right._tag);

/** Reads to `Eof`, checking every chunk is non-empty, pausing before read i as `pauses[i]` says. */
const drain = async (flow: Flow, timeoutMs: number, what: string, pauses: ReadonlyArray<number> = []): Promise<Uint8Array> => {
  const chunks: Uint8Array[] = [];
  for (let i = 0; ; i++) {
    // A pause of 1 lets other promise jobs run; 2 also lets timers and I/O run (first reads only:
    // a macrotask turn costs a millisecond).
    const p = pauses.length > 0 ? (pauses[i % pauses.length] as number) : 0;
    if (p === 1) for (let k = 0; k < 10; k++) await Promise.resolve();
    else if (p === 2 && i < 40) await delay(0);
    const r = await within(flow.read(), timeoutMs, `${what}: read ${i}`);
    if (r._tag === "Left") throw new Error(`${what}: read ${i} failed: ${r.left._tag}: ${r.left.message}`);
    if (r.right._tag === "Eof") return concat(chunks);
    expect(r.right.data.length, `${what}: read ${i} returned an empty chunk`).toBeGreaterThan(0);
    chunks.push(r.right.data);
  }
};

/** Reads exactly `n` bytes (a chunk may run past them only if `n` is the end of what was sent). */
const readExactly = async (flow: Flow, n: number, timeoutMs: number, what: string): Promise<Uint8Array> => {
  const chunks: Uint8Array[] = [];
  let got = 0;
  while (got < n) {
    const r = await within(flow.read(), timeoutMs, `${what}: read`);
    if (r._tag === "Left") throw new Error(`${what}: read failed: ${r.left._tag}: ${r.left.message}`);
    if (r.right._tag === "Eof") throw new Error(`${what}: Eof after ${got} of ${n} bytes`);
    chunks.push(r.right.data);
    got += r.right.data.length;
  }
  return concat(chunks);
};

interface WritePlan {
  /** Chunk sizes, written one by one; a write with `vec` goes through writev in up to 3 pieces. */
  readonly writes: ReadonlyArray<{ readonly size: number; readonly vec: boolean }>;
  /** What the reader waits for before each read (cycled): 0 nothing, 1 other jobs, 2 a macrotask turn. */
  readonly pauses: ReadonlyArray<number>;
}

/** Writes the plan, scribbling over each buffer once its write resolved (the flow must have copied it). */
const runWriter = async (flow: Flow, plan: WritePlan, seed: number, timeoutMs: number, what: string): Promise<Uint8Array> => {
  let pos = 0;
  for (const [i, w] of plan.writes.entries()) {
    const bytes = pattern(pos, w.size, seed);
    let r: Either<FlowWriteError, void>;
    let buffers: Uint8Array[];
    if (w.vec) {
      const a = Math.floor(w.size / 3);
      const b = Math.floor((2 * w.size) / 3);
      buffers = [bytes.slice(0, a), bytes.slice(a, b), bytes.slice(b)];
      r = await within(flow.writev(buffers), timeoutMs, `${what}: writev ${i} (${w.size} bytes)`);
    } else {
      buffers = [bytes.slice()];
      r = await within(flow.write(buffers[0] as Uint8Array), timeoutMs, `${what}: write ${i} (${w.size} bytes)`);
    }
    expect(tagOf(r), `${what}: write ${i}`).toBe("ok");
    for (const b of buffers) b.fill(0xa5);
    pos += w.size;
  }
  await within(flow.shutdown("write"), timeoutMs, `${what}: shutdown("write")`);
  return pattern(0, pos, seed);
};

export const flowConformance = (name: string, makePair: () => Promise<Pair>, options: FlowConformanceOptions = {}): void => {
  const numRuns = options.numRuns ?? 25;
  const maxBytes = options.maxBytes ?? 200 * 1024;
  const timeoutMs = options.timeoutMs ?? 5000;
  const settleMs = options.settleMs ?? 50;
  const bufferBytes = options.bufferBytes;
  const largeBytes = options.largeBytes ?? 1 << 20;

  const withPair = async (body: (a: Flow, b: Flow) => Promise<void>): Promise<void> => {
    const [a, b] = await makePair();
    try {
      await body(a, b);
    } finally {
      await within(Promise.all([a.close(), b.close()]), timeoutMs, "closing both ends");
    }
  };

  const size = fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 0, max: 2000 }) },
    { weight: 2, arbitrary: fc.integer({ min: 2000, max: Math.max(2000, Math.floor(maxBytes / 4)) }) },
    { weight: 1, arbitrary: fc.constantFrom(0, 1) },
  );
  const plan: fc.Arbitrary<WritePlan> = fc.record({
    writes: fc.array(fc.record({ size, vec: fc.boolean() }), { maxLength: 24 }).filter((ws) => ws.reduce((s, w) => s + w.size, 0) <= maxBytes),
    pauses: fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 5 }),
  });

  describe(`flow conformance: ${name}`, () => {
    it("is a flow", async () => {
      await withPair(async (a, b) => {
        expect(a.kind).toBe("flow");
        expect(b.kind).toBe("flow");
      });
    });

    it("random chunkings arrive byte-exact and in order, both ways at once", async () => {
      await fc.assert(
        fc.asyncProperty(plan, plan, fc.integer({ min: 1, max: 0x7fffffff }), async (pa, pb, seed) => {
          await withPair(async (a, b) => {
            const [sentAB, sentBA, gotAB, gotBA] = await Promise.all([
              runWriter(a, pa, seed, timeoutMs, "a→b writer"),
              runWriter(b, pb, seed ^ 0x5555, timeoutMs, "b→a writer"),
              drain(b, timeoutMs, "a→b reader", pb.pauses),
              drain(a, timeoutMs, "b→a reader", pa.pauses),
            ]);
            expectSameBytes(gotAB, sentAB, "a→b");
            expectSameBytes(gotBA, sentBA, "b→a");
          });
        }),
        { numRuns },
      );
    });

    it(`moves ${largeBytes} bytes each way in one write`, async () => {
      await withPair(async (a, b) => {
        const n = largeBytes;
        const x = pattern(0, n, 1);
        const y = pattern(0, n, 2);
        const [wa, wb, gotB, gotA] = await Promise.all([
          within(a.write(x), timeoutMs * 4, "a's large write").then(async (r) => (await a.shutdown("write"), r)),
          within(b.write(y), timeoutMs * 4, "b's large write").then(async (r) => (await b.shutdown("write"), r)),
          drain(b, timeoutMs, "b reads"),
          drain(a, timeoutMs, "a reads"),
        ]);
        expect([tagOf(wa), tagOf(wb)]).toEqual(["ok", "ok"]);
        expectSameBytes(gotB, x, "a→b");
        expectSameBytes(gotA, y, "b→a");
      });
    });

    it('shutdown("write"): the peer reads Eof after all the data, the other direction goes on', async () => {
      await withPair(async (a, b) => {
        // Written while the peer reads: the suite assumes nothing about buffer sizes.
        const x = pattern(0, 3000, 7);
        const reading = drain(b, timeoutMs, "b reads to Eof");
        expect(tagOf(await within(a.write(x), timeoutMs, "a writes"))).toBe("ok");
        await within(a.shutdown("write"), timeoutMs, 'a shutdown("write")');
        expectSameBytes(await reading, x, "a→b before Eof");
        const again = await within(b.read(), timeoutMs, "b reads after Eof");
        expect(readTag(again), "reading after Eof").toBe("Eof");
        // b → a still works after a's half-close.
        const y = pattern(0, 5000, 8);
        const [wy, gotY] = await Promise.all([
          within(b.write(y), timeoutMs, "b writes after a's half-close"),
          readExactly(a, y.length, timeoutMs, "a reads after its half-close"),
        ]);
        expect(tagOf(wy)).toBe("ok");
        expectSameBytes(gotY, y, "b→a");
        await within(b.shutdown("write"), timeoutMs, 'b shutdown("write")');
        expect(readTag(await within(a.read(), timeoutMs, "a reads Eof")), "a after b's half-close").toBe("Eof");
      });
    });

    it('write and writev after close or shutdown("write") give Closed', async () => {
      await withPair(async (a, b) => {
        await a.shutdown("write");
        const w1 = await within(a.write(new Uint8Array([1])), timeoutMs, "write after shutdown");
        const w2 = await within(a.writev([new Uint8Array([1]), new Uint8Array([2])]), timeoutMs, "writev after shutdown");
        expect([tagOf(w1), tagOf(w2)]).toEqual(["Closed", "Closed"]);
        expect(w1._tag === "Left" && w1.left.message.length).toBeGreaterThan(0);
        await b.close();
        const w3 = await within(b.write(new Uint8Array([1])), timeoutMs, "write after close");
        const w4 = await within(b.writev([new Uint8Array([1])]), timeoutMs, "writev after close");
        expect([tagOf(w3), tagOf(w4)]).toEqual(["Closed", "Closed"]);
        await b.close(); // twice is harmless
      });
    });

    it('after shutdown("read") or close, reads give Eof', async () => {
      await withPair(async (a, b) => {
        await a.shutdown("read");
        expect(readTag(await within(a.read(), timeoutMs, "read after shutdown read"))).toBe("Eof");
        await b.close();
        expect(readTag(await within(b.read(), timeoutMs, "read after close"))).toBe("Eof");
      });
    });

    it("close while a read is pending resolves the read (never hangs)", async () => {
      await withPair(async (a, b) => {
        const pendingA = a.read();
        const pendingB = b.read();
        await delay(settleMs);
        await a.close();
        const ra = await within(pendingA, timeoutMs, "a's read pending across a.close()");
        expect(["Eof", "Reset", "IoError", "Timeout"]).toContain(readTag(ra));
        const rb = await within(pendingB, timeoutMs, "b's read pending across the peer's close");
        expect(["Eof", "Reset", "IoError", "Timeout"]).toContain(readTag(rb));
      });
    });

    it("concurrent writes are queued, never interleaved", async () => {
      await withPair(async (a, b) => {
        const sizes = [5000, 1, 70000, 300, 0, 20000];
        const parts = sizes.map((n, i) => new Uint8Array(n).fill(i + 1));
        const writes = parts.map((p, i) => (i % 2 === 0 ? a.write(p) : a.writev([p.subarray(0, 1), p.subarray(1)])));
        const reading = drain(b, timeoutMs, "b reads the concurrent writes");
        const results = await within(Promise.all(writes), timeoutMs, "concurrent writes");
        expect(results.map(tagOf)).toEqual(sizes.map(() => "ok"));
        await a.shutdown("write");
        expectSameBytes(await reading, concat(parts), "concurrent writes in call order");
      });
    });

    it("empty writes send nothing and reads never return an empty chunk", async () => {
      await withPair(async (a, b) => {
        expect(tagOf(await within(a.write(new Uint8Array(0)), timeoutMs, "empty write"))).toBe("ok");
        expect(tagOf(await within(a.writev([]), timeoutMs, "empty writev"))).toBe("ok");
        expect(tagOf(await within(a.writev([new Uint8Array(0), new Uint8Array(0)]), timeoutMs, "writev of empties"))).toBe("ok");
        expect(tagOf(await within(a.write(new Uint8Array([42])), timeoutMs, "one byte"))).toBe("ok");
        await a.shutdown("write");
        expectSameBytes(await drain(b, timeoutMs, "b reads"), new Uint8Array([42]), "only the one byte");
      });
    });

    if (bufferBytes !== undefined) {
      it(`back-pressure: a write of 4x the ${bufferBytes}-byte buffer waits for the reader`, async () => {
        await withPair(async (a, b) => {
          const x = pattern(0, bufferBytes * 4, 3);
          let done = false;
          const w = a.write(x).then((r) => {
            done = true;
            return r;
          });
          await delay(settleMs);
          expect(done, "the write finished although nobody read").toBe(false);
          const reading = drain(b, timeoutMs, "b drains");
          const r = await within(w, timeoutMs, "the blocked write, once the reader reads");
          expect(tagOf(r)).toBe("ok");
          await a.shutdown("write");
          expectSameBytes(await reading, x, "a→b under back-pressure");
        });
      });

      it("a writer blocked by back-pressure resolves when the peer closes", async () => {
        await withPair(async (a, b) => {
          const w = a.write(pattern(0, bufferBytes * 4, 4));
          await delay(settleMs);
          await b.close();
          const r = await within(w, timeoutMs, "the blocked write after the reader closed");
          expect(["ok", "Reset", "IoError", "Timeout"]).toContain(tagOf(r));
        });
      });
    }
  });
};
