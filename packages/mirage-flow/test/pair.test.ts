import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { isRight } from "fp-ts/Either";
import {
  bytesEqual,
  concatBytes,
  flowPair,
  latin1Decode,
  latin1Encode,
  readAll,
  utf8Decode,
  utf8Encode,
  writeAll,
  type Flow,
} from "../src/index.ts";
import { flowConformance } from "../src/conformance.ts";

flowConformance("flowPair", async () => flowPair(), { bufferBytes: 64 * 1024 });
flowConformance("flowPair with 1-byte buffers", async () => flowPair({ bufferBytes: 1 }), {
  bufferBytes: 1,
  numRuns: 8,
  maxBytes: 8 * 1024,
  largeBytes: 16 * 1024,
});
flowConformance("flowPair with 1000-byte buffers", async () => flowPair({ bufferBytes: 1000 }), { bufferBytes: 1000, numRuns: 15 });

const tag = (r: { _tag: "Left"; left: { _tag: string } } | { _tag: "Right"; right: unknown }): string =>
  r._tag === "Left" ? r.left._tag : "ok";

const readTag = async (f: Flow): Promise<string> => {
  const r = await f.read();
  return r._tag === "Left" ? r.left._tag : r.right._tag;
};

const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe("flowPair", () => {
  it("refuses a buffer that is not a positive integer", () => {
    expect(() => flowPair({ bufferBytes: 0 })).toThrow(/positive integer/);
    expect(() => flowPair({ bufferBytes: 1.5 })).toThrow(/positive integer/);
  });

  it("accepts exactly the buffer size without a reader, then blocks", async () => {
    const [a, b] = flowPair({ bufferBytes: 10 });
    expect(tag(await a.write(new Uint8Array(10).fill(1)))).toBe("ok");
    let done = false;
    const w = a.write(new Uint8Array([2])).then((r) => ((done = true), r));
    await flush();
    expect(done).toBe(false);
    const r = await b.read();
    expect(isRight(r) && r.right._tag === "Data" && r.right.data.length).toBe(10);
    expect(tag(await w)).toBe("ok");
  });

  it("reset: the peer's pending read and later writes give Reset, unread data is lost", async () => {
    const [a, b] = flowPair();
    expect(tag(await a.write(new Uint8Array([1, 2, 3])))).toBe("ok");
    const pending = a.read();
    b.reset();
    expect(tag(await pending)).toBe("Reset");
    expect(await readTag(a)).toBe("Reset");
    const w = await a.write(new Uint8Array([1]));
    expect(w._tag === "Left" && w.left).toMatchObject({ _tag: "Reset", message: expect.stringMatching(/^Cannot use the flow: /) });
    // The resetting end behaves as closed.
    expect(tag(await b.write(new Uint8Array([1])))).toBe("Closed");
    expect(await readTag(b)).toBe("Eof");
  });

  it("reset drops the bytes in flight and fails writes blocked on the peer", async () => {
    const [a, b] = flowPair({ bufferBytes: 4 });
    const blocked = a.write(new Uint8Array(100));
    expect(tag(await b.write(new Uint8Array([9])))).toBe("ok");
    b.reset();
    expect(tag(await blocked)).toBe("Reset");
    expect(await readTag(a)).toBe("Reset"); // b's byte in flight is gone
  });

  it("after the peer closed, writes give Reset and reads give Eof after the data", async () => {
    const [a, b] = flowPair();
    expect(tag(await b.write(new Uint8Array([7])))).toBe("ok");
    await b.close();
    expect(tag(await a.write(new Uint8Array([1])))).toBe("Reset");
    const r = await a.read();
    expect(isRight(r) && r.right._tag === "Data" && [...r.right.data]).toEqual([7]);
    expect(await readTag(a)).toBe("Eof");
  });

  it("close fails only the writes still waiting for room; accepted bytes are delivered", async () => {
    const [a, b] = flowPair({ bufferBytes: 4 });
    const w1 = a.write(new Uint8Array([1, 2, 3]));
    const w2 = a.write(new Uint8Array([4, 5, 6]));
    await a.close();
    expect(tag(await w1)).toBe("ok");
    expect(tag(await w2)).toBe("Closed");
    const all = await readAll(b);
    expect(isRight(all) && [...all.right]).toEqual([1, 2, 3, 4]); // w2's first byte had been accepted
  });

  it('shutdown("read") discards incoming data without failing the peer', async () => {
    const [a, b] = flowPair({ bufferBytes: 2 });
    const blocked = a.write(new Uint8Array(10));
    await b.shutdown("read");
    expect(tag(await blocked)).toBe("ok");
    expect(tag(await a.write(new Uint8Array(5)))).toBe("ok");
    expect(await readTag(b)).toBe("Eof");
    // b can still write.
    expect(tag(await b.write(new Uint8Array([3])))).toBe("ok");
    const r = await a.read();
    expect(isRight(r) && r.right._tag === "Data" && [...r.right.data]).toEqual([3]);
  });

  it('shutdown("readWrite") half-closes both ways; the peer sees Eof', async () => {
    const [a, b] = flowPair();
    await a.shutdown("readWrite");
    expect(await readTag(a)).toBe("Eof");
    expect(tag(await a.write(new Uint8Array([1])))).toBe("Closed");
    expect(await readTag(b)).toBe("Eof");
  });

  it("concurrent reads are served in call order", async () => {
    const [a, b] = flowPair();
    const r1 = b.read();
    const r2 = b.read();
    await a.write(new Uint8Array([1]));
    await flush();
    await a.write(new Uint8Array([2]));
    const [x, y] = await Promise.all([r1, r2]);
    expect(isRight(x) && x.right._tag === "Data" && [...x.right.data]).toEqual([1]);
    expect(isRight(y) && y.right._tag === "Data" && [...y.right.data]).toEqual([2]);
  });
});

describe("readAll and writeAll", () => {
  it("readAll stops with LimitExceeded past the limit", async () => {
    const [a, b] = flowPair();
    await a.write(new Uint8Array(11));
    const r = await readAll(b, 10);
    expect(r._tag === "Left" && r.left).toMatchObject({ _tag: "LimitExceeded", limit: 10 });
  });

  it("writeAll writes arrays, iterables and async iterables in order", async () => {
    const [a, b] = flowPair({ bufferBytes: 3 });
    async function* gen(): AsyncGenerator<Uint8Array> {
      yield new Uint8Array([4, 5]);
      yield new Uint8Array([6]);
    }
    const reading = readAll(b);
    expect(tag(await writeAll(a, new Uint8Array([1])))).toBe("ok");
    expect(tag(await writeAll(a, [new Uint8Array([2]), new Uint8Array([3])]))).toBe("ok");
    expect(tag(await writeAll(a, gen()))).toBe("ok");
    await a.close();
    const r = await reading;
    expect(isRight(r) && [...r.right]).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("writeAll stops at the first error", async () => {
    const [a] = flowPair();
    await a.close();
    expect(tag(await writeAll(a, [new Uint8Array([1])]))).toBe("Closed");
  });
});

describe("byte helpers", () => {
  const enc = new TextEncoder();
  const dec = new TextDecoder();

  test.prop([fc.string({ unit: "grapheme" })])("utf8Encode agrees with TextEncoder", (s) => {
    expect(bytesEqual(utf8Encode(s), enc.encode(s))).toBe(true);
  });

  test.prop([fc.string({ unit: "binary" })])("utf8Encode agrees with TextEncoder on lone surrogates", (s) => {
    expect([...utf8Encode(s)]).toEqual([...enc.encode(s)]);
  });

  test.prop([fc.uint8Array({ maxLength: 64 })])("utf8Decode agrees with TextDecoder on any bytes", (b) => {
    expect(utf8Decode(b)).toBe(dec.decode(b));
  });

  test.prop([fc.uint8Array({ maxLength: 10000 })])("latin1 round-trips every byte", (b) => {
    expect(bytesEqual(latin1Encode(latin1Decode(b)), b)).toBe(true);
  });

  it("concatBytes copies", () => {
    const x = new Uint8Array([1, 2]);
    const c = concatBytes([x]);
    x[0] = 9;
    expect([...c]).toEqual([1, 2]);
    expect([...concatBytes([x, new Uint8Array(0), new Uint8Array([3])])]).toEqual([9, 2, 3]);
  });
});
