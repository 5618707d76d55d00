// The conformance suite every Block backend runs:
//   blockConformance("file", async ({ sectorSize, sizeSectors }) => ...a fresh read-write disk...)
//
// Model-based: fast-check generates sequences of requests (in bounds, straddling the end, at
// exactly the last sector, at `sizeSectors`, huge or negative sectors, misaligned buffers,
// multi-buffer, empty) and runs them against the device and against a Uint8Array holding the
// whole disk. The model starts from what the fresh device reads, so backends need not zero.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Block, BlockError, BlockWriteError } from "./index.ts";
import type { Either } from "fp-ts/Either";

export interface BlockGeometry {
  readonly sectorSize: number;
  readonly sizeSectors: number;
}

export interface BlockConformanceOptions {
  /** Sector sizes to try (default [512, 4096]). */
  readonly sectorSizes?: ReadonlyArray<number>;
  /** Largest disk to try, in sectors (default 48). */
  readonly maxSectors?: number;
  /** Model-based runs (default 40); each makes a fresh device. */
  readonly numRuns?: number;
}

interface Model {
  readonly disk: Uint8Array;
  readonly sectorSize: number;
  readonly size: bigint;
}

interface Real {
  readonly block: Block;
}

type Outcome = "ok" | "Unaligned" | "OutOfBounds";

const expectedOutcome = (m: Model, sector: bigint, lengths: ReadonlyArray<number>): Outcome => {
  if (lengths.some((l) => l % m.sectorSize !== 0)) return "Unaligned";
  const count = BigInt(lengths.reduce((s, l) => s + l, 0) / m.sectorSize);
  return sector < 0n || sector + count > m.size ? "OutOfBounds" : "ok";
};

const firstDifference = (a: Uint8Array, b: Uint8Array): number => {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return a.length === b.length ? -1 : n;
};

const expectSameBytes = (actual: Uint8Array, expected: Uint8Array, what: string): void => {
  const d = firstDifference(actual, expected);
  expect(d, `${what}: first difference at byte ${d}`).toBe(-1);
};

/** Deterministic, seed-dependent contents (cheap to generate, distinct per write). */
const pattern = (length: number, seed: number): Uint8Array => {
  const b = new Uint8Array(length);
  let x = (seed | 1) >>> 0;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    b[i] = x & 0xff;
  }
  return b;
};

const SENTINEL = 0xee;

const describeOutcome = (r: Either<BlockError | BlockWriteError, void>): string =>
  r._tag === "Right" ? "ok" : r.left._tag;

const checkErrorShape = (e: BlockError | BlockWriteError, m: Model, sector: bigint, lengths: ReadonlyArray<number>): void => {
  expect(typeof e.message).toBe("string");
  expect(e.message.length).toBeGreaterThan(0);
  if (e._tag === "OutOfBounds") {
    expect(e.sector).toBe(sector);
    expect(e.count).toBe(BigInt(lengths.reduce((s, l) => s + l, 0) / m.sectorSize));
    expect(e.sizeSectors).toBe(m.size);
  } else if (e._tag === "Unaligned") {
    expect(e.sectorSize).toBe(m.sectorSize);
    expect(e.length % m.sectorSize).not.toBe(0);
    expect(lengths).toContain(e.length);
  }
};

const readAll = async (block: Block, m: Model): Promise<Uint8Array> => {
  const all = new Uint8Array(m.disk.length);
  const r = await block.read(0n, [all]);
  expect(describeOutcome(r), "reading the whole disk").toBe("ok");
  return all;
};

class WriteCmd implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly sector: bigint,
    readonly lengths: ReadonlyArray<number>,
    readonly seed: number,
  ) {}
  check = (): boolean => true;
  async run(m: Model, r: Real): Promise<void> {
    const buffers = this.lengths.map((l, i) => pattern(l, this.seed + i * 7919));
    const copies = buffers.map((b) => b.slice());
    const expected = expectedOutcome(m, this.sector, this.lengths);
    const res = await r.block.write(this.sector, buffers);
    expect(describeOutcome(res), `write ${this.sector} [${this.lengths}]`).toBe(expected);
    buffers.forEach((b, i) => expectSameBytes(b, copies[i] as Uint8Array, "write must not modify its buffers"));
    if (res._tag === "Left") {
      checkErrorShape(res.left, m, this.sector, this.lengths);
      expectSameBytes(await readAll(r.block, m), m.disk, "a failed write must change nothing");
      return;
    }
    let off = Number(this.sector) * m.sectorSize;
    for (const b of buffers) {
      m.disk.set(b, off);
      off += b.length;
    }
  }
  toString = (): string => `write(${this.sector}n, [${this.lengths}], seed=${this.seed})`;
}

class ReadCmd implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly sector: bigint,
    readonly lengths: ReadonlyArray<number>,
  ) {}
  check = (): boolean => true;
  async run(m: Model, r: Real): Promise<void> {
    const buffers = this.lengths.map((l) => new Uint8Array(l).fill(SENTINEL));
    const expected = expectedOutcome(m, this.sector, this.lengths);
    const res = await r.block.read(this.sector, buffers);
    expect(describeOutcome(res), `read ${this.sector} [${this.lengths}]`).toBe(expected);
    if (res._tag === "Left") {
      checkErrorShape(res.left, m, this.sector, this.lengths);
      for (const b of buffers) expect(b.every((x) => x === SENTINEL), "a failed read must leave its buffers untouched").toBe(true);
      return;
    }
    let off = Number(this.sector) * m.sectorSize;
    for (const b of buffers) {
      expectSameBytes(b, m.disk.subarray(off, off + b.length), `read ${this.sector} [${this.lengths}]`);
      off += b.length;
    }
  }
  toString = (): string => `read(${this.sector}n, [${this.lengths}])`;
}

class VerifyAllCmd implements fc.AsyncCommand<Model, Real> {
  check = (): boolean => true;
  async run(m: Model, r: Real): Promise<void> {
    expectSameBytes(await readAll(r.block, m), m.disk, "whole disk");
  }
  toString = (): string => "verifyAll()";
}

const HUGE = [2n ** 63n - 1n, 2n ** 63n, 2n ** 64n, 2n ** 64n + 1n, BigInt(Number.MAX_SAFE_INTEGER) + 1n, 10n ** 30n, -1n, -(2n ** 64n)];

const commandsFor = (g: BlockGeometry) => {
  const ss = g.sectorSize;
  const size = g.sizeSectors;
  const S = BigInt(size);
  // Buffer lengths in sectors; requests of 1-3 buffers covering at most 8 sectors.
  const counts = fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 3 }).filter((c) => c.reduce((a, b) => a + b, 0) <= 8);
  const aligned = counts.map((c) => c.map((n) => n * ss));
  const nonEmpty = aligned.filter((l) => l.some((x) => x > 0));
  const unaligned = fc
    .tuple(aligned, fc.nat(), fc.integer({ min: 1, max: ss - 1 }))
    .map(([l, i, extra]) => l.map((x, j) => (j === i % l.length ? x + extra : x)));
  const seed = fc.integer({ min: 1, max: 0x7fffffff });
  const total = (l: ReadonlyArray<number>): number => l.reduce((a, b) => a + b, 0) / ss;
  // A sector where the request fits.
  const inBounds = (l: ReadonlyArray<number>) => fc.bigInt({ min: 0n, max: BigInt(Math.max(0, size - total(l))) });
  // A sector where the request runs past the end (or starts at/after it).
  const straddling = (l: ReadonlyArray<number>) => fc.bigInt({ min: BigInt(size - total(l) + 1), max: S + 2n });
  const anySector = fc.oneof(fc.bigInt({ min: -2n, max: S + 2n }), fc.constantFrom(...HUGE));

  const req = fc.oneof(
    { weight: 6, arbitrary: aligned.chain((l) => inBounds(l).map((s) => [s, l] as const)) },
    { weight: 2, arbitrary: nonEmpty.chain((l) => straddling(l).map((s) => [s, l] as const)) },
    { weight: 1, arbitrary: fc.constant([S - 1n, [ss]] as const) }, // exactly the last sector
    { weight: 1, arbitrary: fc.constant([S, [ss]] as const) }, // sector = size
    { weight: 1, arbitrary: fc.constant([S, [] as number[]] as const) }, // empty request at the end
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...HUGE), nonEmpty) },
    { weight: 2, arbitrary: fc.tuple(anySector, unaligned) },
  );

  return [
    fc.tuple(req, seed).map(([[s, l], sd]) => new WriteCmd(s, l, sd)),
    req.map(([s, l]) => new ReadCmd(s, l)),
    fc.constant(new VerifyAllCmd()),
  ];
};

export const blockConformance = (
  name: string,
  make: (geometry: BlockGeometry) => Promise<Block>,
  options: BlockConformanceOptions = {},
): void => {
  const sectorSizes = options.sectorSizes ?? [512, 4096];
  const maxSectors = options.maxSectors ?? 48;
  const numRuns = options.numRuns ?? 40;
  const geometry = fc.record({ sectorSize: fc.constantFrom(...sectorSizes), sizeSectors: fc.integer({ min: 1, max: maxSectors }) });

  describe(`block conformance: ${name}`, () => {
    it("reports its geometry", async () => {
      for (const sectorSize of sectorSizes) {
        const b = await make({ sectorSize, sizeSectors: 5 });
        expect(b.kind).toBe("block");
        const info = b.info();
        expect(info).toEqual({ readWrite: true, sectorSize, sizeSectors: 5n });
        await b.disconnect();
      }
    });

    it("behaves like a byte array under random request sequences (model-based)", async () => {
      await fc.assert(
        fc.asyncProperty(
          geometry.chain((g) => fc.tuple(fc.constant(g), fc.commands(commandsFor(g), { maxCommands: 40 }))),
          async ([g, cmds]) => {
            const block = await make(g);
            try {
              const disk = new Uint8Array(g.sectorSize * g.sizeSectors);
              const initial = await block.read(0n, [disk]);
              expect(describeOutcome(initial)).toBe("ok");
              const model: Model = { disk, sectorSize: g.sectorSize, size: BigInt(g.sizeSectors) };
              await fc.asyncModelRun(() => ({ model, real: { block } }), cmds);
            } finally {
              await block.disconnect();
            }
          },
        ),
        { numRuns },
      );
    });

    it("the last sector is writable and readable; sector = size is out of bounds", async () => {
      for (const sectorSize of sectorSizes) {
        const b = await make({ sectorSize, sizeSectors: 3 });
        const data = pattern(sectorSize, 42);
        expect(describeOutcome(await b.write(2n, [data]))).toBe("ok");
        const back = new Uint8Array(sectorSize);
        expect(describeOutcome(await b.read(2n, [back]))).toBe("ok");
        expectSameBytes(back, data, "last sector");
        const oob = await b.write(3n, [data]);
        expect(oob._tag === "Left" && oob.left._tag === "OutOfBounds" && oob.left.message).toMatch(/^Cannot write sector 3: out of bounds/);
        const oob2 = await b.read(2n, [back, back]);
        expect(oob2._tag === "Left" && oob2.left._tag).toBe("OutOfBounds");
        await b.disconnect();
      }
    });

    it("serves concurrent requests on distinct sectors", async () => {
      const sectorSize = sectorSizes[0] ?? 512;
      const b = await make({ sectorSize, sizeSectors: 16 });
      const datas = Array.from({ length: 16 }, (_, i) => pattern(sectorSize, i + 1));
      const ws = await Promise.all(datas.map((d, i) => b.write(BigInt(i), [d])));
      expect(ws.map(describeOutcome)).toEqual(datas.map(() => "ok"));
      const backs = datas.map(() => new Uint8Array(sectorSize));
      const rs = await Promise.all(backs.map((buf, i) => b.read(BigInt(i), [buf])));
      expect(rs.map(describeOutcome)).toEqual(datas.map(() => "ok"));
      backs.forEach((buf, i) => expectSameBytes(buf, datas[i] as Uint8Array, `sector ${i}`));
      await b.disconnect();
    });

    it("after disconnect, reads and writes give Disconnected", async () => {
      const sectorSize = sectorSizes[0] ?? 512;
      const b = await make({ sectorSize, sizeSectors: 4 });
      const pending = b.write(0n, [pattern(sectorSize, 1)]);
      await b.disconnect();
      expect(describeOutcome(await pending)).toBe("ok"); // in flight before disconnect: completes
      const buf = new Uint8Array(sectorSize).fill(SENTINEL);
      const r = await b.read(0n, [buf]);
      const w = await b.write(0n, [buf]);
      expect(r._tag === "Left" && r.left._tag).toBe("Disconnected");
      expect(w._tag === "Left" && w.left._tag).toBe("Disconnected");
      expect(r._tag === "Left" && r.left.message).toMatch(/disconnected/);
      expect(buf.every((x) => x === SENTINEL)).toBe(true);
      // Even an invalid request reports Disconnected first.
      const bad = await b.read(99n, [new Uint8Array(3)]);
      expect(bad._tag === "Left" && bad.left._tag).toBe("Disconnected");
      await b.disconnect(); // twice is harmless
    });
  });
};
