// TextEncoder/TextDecoder of the guest against Node's (ICU), on random strings and random bytes,
// invalid UTF-8 included.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { TextDecoderImpl, TextEncoderImpl, utf8Decode, utf8Encode, utf8Length } from "../src/text.ts";

const NodeEncoder = globalThis.TextEncoder;
const NodeDecoder = globalThis.TextDecoder;

/** Any UTF-16 string, lone surrogates included. */
const utf16 = fc.array(fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0xd800, max: 0xdfff }), fc.integer({ min: 0, max: 0x7f })), { maxLength: 60 }).map((units) => String.fromCharCode(...units));
const anyString = fc.oneof(utf16, fc.string({ unit: "binary", maxLength: 40 }), fc.string({ maxLength: 40 }));

/** Bytes near UTF-8: valid encodings mixed with the bytes decoders get wrong. */
const INTERESTING = [0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xf8, 0xfe, 0xff, 0xef, 0xbb, 0xbf];
const utf8ish = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: anyString.map((s) => Array.from(new NodeEncoder().encode(s))) },
      { weight: 3, arbitrary: fc.array(fc.constantFrom(...INTERESTING), { maxLength: 6 }) },
      { weight: 1, arbitrary: fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 8 }) },
      { weight: 1, arbitrary: fc.constant([0xef, 0xbb, 0xbf]) },
    ),
    { maxLength: 12 },
  )
  .map((parts) => new Uint8Array(parts.flat()));

const tryDecode = (f: () => string): string => {
  try {
    return `ok:${f()}`;
  } catch (e) {
    return `throws:${(e as Error).constructor.name}`;
  }
};

/** Cut points for a streaming decode. */
const cuts = (bytes: Uint8Array) => fc.uniqueArray(fc.integer({ min: 0, max: bytes.length }), { maxLength: 6 }).map((c) => [...c].sort((a, b) => a - b));

const chunked = (bytes: Uint8Array, at: number[]): Uint8Array[] => {
  const out: Uint8Array[] = [];
  let last = 0;
  for (const c of at) {
    out.push(bytes.subarray(last, c));
    last = c;
  }
  out.push(bytes.subarray(last));
  return out;
};

describe("TextEncoder", () => {
  it("encode matches Node's on any string, lone surrogates included", () => {
    fc.assert(
      fc.property(anyString, (s) => {
        expect(Array.from(new TextEncoderImpl().encode(s))).toEqual(Array.from(new NodeEncoder().encode(s)));
        expect(utf8Length(s)).toBe(new NodeEncoder().encode(s).length);
      }),
      { numRuns: 1000 },
    );
  });

  it("encodeInto matches Node's for any destination size (never a partial character)", () => {
    fc.assert(
      fc.property(anyString, fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 4 }), (s, size, off) => {
        const ours = new Uint8Array(size + off).fill(0xaa);
        const theirs = new Uint8Array(size + off).fill(0xaa);
        const r1 = new TextEncoderImpl().encodeInto(s, ours.subarray(off));
        const r2 = new NodeEncoder().encodeInto(s, theirs.subarray(off));
        expect(r1).toEqual({ read: r2.read, written: r2.written });
        expect(Array.from(ours)).toEqual(Array.from(theirs));
      }),
      { numRuns: 1000 },
    );
  });

  it("has Node's surface", () => {
    const e = new TextEncoderImpl();
    expect(e.encoding).toBe("utf-8");
    expect(Array.from(e.encode())).toEqual([]);
    expect(Array.from(e.encode(12 as unknown as string))).toEqual([0x31, 0x32]);
    expect(() => e.encodeInto("x", [] as unknown as Uint8Array)).toThrow(TypeError);
    expect(Object.prototype.toString.call(e)).toBe("[object TextEncoder]");
    expect(utf8Encode("héllo")).toEqual(new NodeEncoder().encode("héllo"));
  });
});

describe("TextDecoder", () => {
  it("decode matches Node's on random bytes, invalid UTF-8 included (replacement and fatal)", () => {
    fc.assert(
      fc.property(utf8ish, fc.boolean(), fc.boolean(), (bytes, fatal, ignoreBOM) => {
        const opts = { fatal, ignoreBOM };
        expect(tryDecode(() => new TextDecoderImpl("utf-8", opts).decode(bytes))).toBe(tryDecode(() => new NodeDecoder("utf-8", opts).decode(bytes)));
      }),
      { numRuns: 3000 },
    );
  });

  it("decode matches Node's on uniformly random bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(new TextDecoderImpl().decode(bytes)).toBe(new NodeDecoder().decode(bytes));
      }),
      { numRuns: 2000 },
    );
  });

  it("streaming decodes match Node's wherever the input is cut, and the decoder is reusable", () => {
    fc.assert(
      fc.property(
        utf8ish.chain((b) => fc.tuple(fc.constant(b), cuts(b))),
        utf8ish,
        fc.boolean(),
        ([bytes, at], second, ignoreBOM) => {
          const ours = new TextDecoderImpl("utf-8", { ignoreBOM });
          const theirs = new NodeDecoder("utf-8", { ignoreBOM });
          const parts = chunked(bytes, at);
          const run = (d: { decode(b?: Uint8Array, o?: { stream?: boolean }): string }): string[] => {
            const out = parts.map((p, i) => d.decode(p, { stream: i < parts.length - 1 }));
            // A finished stream resets the decoder (BOM handling included).
            out.push(d.decode(second));
            out.push(d.decode(second.subarray(0, 1), { stream: true }), d.decode());
            return out;
          };
          expect(run(ours)).toEqual(run(theirs));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it("drops one leading BOM unless ignoreBOM, even split across chunks", () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41]);
    expect(new TextDecoderImpl().decode(bom)).toBe("\ufeffA");
    expect(new TextDecoderImpl("utf-8", { ignoreBOM: true }).decode(bom)).toBe("\ufeff\ufeffA");
    const d = new TextDecoderImpl();
    expect(d.decode(bom.subarray(0, 1), { stream: true }) + d.decode(bom.subarray(1, 2), { stream: true }) + d.decode(bom.subarray(2))).toBe("\ufeffA");
  });

  it("fatal throws a TypeError on malformed input and on a truncated end", () => {
    const d = new TextDecoderImpl("utf-8", { fatal: true });
    expect(() => d.decode(new Uint8Array([0xc3]))).toThrow(TypeError);
    expect(() => d.decode(new Uint8Array([0xff]))).toThrow(TypeError);
    expect(d.decode(new Uint8Array([0xc3]), { stream: true })).toBe("");
    expect(d.decode(new Uint8Array([0xa9]))).toBe("é");
    expect(d.fatal).toBe(true);
  });

  it("accepts ArrayBuffer, any view (with offsets) and undefined; refuses the rest", () => {
    const bytes = new NodeEncoder().encode("héllo wörld");
    const backing = new Uint8Array(bytes.length + 3);
    backing.set(bytes, 1);
    const d = new TextDecoderImpl();
    expect(d.decode(backing.subarray(1, 1 + bytes.length))).toBe("héllo wörld");
    expect(d.decode(new DataView(backing.buffer, 1, bytes.length))).toBe("héllo wörld");
    expect(d.decode(bytes.slice().buffer)).toBe("héllo wörld");
    expect(d.decode(new Uint16Array([0x6968]))).toBe("hi");
    expect(d.decode()).toBe("");
    expect(() => d.decode("abc" as unknown as Uint8Array)).toThrow(TypeError);
    expect(() => d.decode([1, 2] as unknown as Uint8Array)).toThrow(TypeError);
  });

  it("knows the UTF-8 labels and refuses other encodings with a RangeError", () => {
    for (const l of ["utf-8", "UTF8", " utf-8\n", "unicode-1-1-utf-8", "x-unicode20utf8"]) expect(new TextDecoderImpl(l).encoding).toBe("utf-8");
    for (const l of ["latin1", "utf-16le", "", "utf-9"]) expect(() => new TextDecoderImpl(l)).toThrow(RangeError);
  });

  it("decodes long inputs (chunked String.fromCharCode) the same as Node", () => {
    const s = "ascii ".repeat(3000) + "é€😀".repeat(3000) + "z";
    const b = new NodeEncoder().encode(s);
    expect(new TextDecoderImpl().decode(b)).toBe(s);
    expect(utf8Decode(b)).toBe(s);
  });
});
