// Shared test helpers: feeding parsers, arbitraries for messages, raw exchanges over a flow pair.
import { fc } from "@fast-check/vitest";
import { latin1Decode, latin1Encode, readAll, type Flow } from "@mirage/mirage-flow";
import type { Either } from "fp-ts/Either";
import { HttpHeaders, type HeaderField, type HttpParseError, type MessageParser, type ParseEvent, type BodyFraming } from "../src/index.ts";

export const bytes = (s: string): Uint8Array => latin1Encode(s);
export const str = (b: Uint8Array): string => latin1Decode(b);

export const concat = (chunks: ReadonlyArray<Uint8Array>): Uint8Array => {
  const out = new Uint8Array(chunks.reduce((s, c) => s + c.length, 0));
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
};

/** Splits `b` at the given cut points (any numbers: taken modulo the length, deduplicated). */
export const splitAt = (b: Uint8Array, cuts: ReadonlyArray<number>): Uint8Array[] => {
  const points = [...new Set(cuts.map((c) => (b.length === 0 ? 0 : c % (b.length + 1))))].sort((x, y) => x - y);
  const out: Uint8Array[] = [];
  let prev = 0;
  for (const p of points) {
    out.push(b.subarray(prev, p));
    prev = p;
  }
  out.push(b.subarray(prev));
  return out;
};

export interface Message<H> {
  readonly head: H;
  readonly framing: BodyFraming;
  readonly body: Uint8Array;
  readonly trailers: HttpHeaders;
}

export interface Parsed<H> {
  readonly messages: Message<H>[];
  readonly error: HttpParseError | undefined;
  readonly eof: boolean;
}

/** Feeds the pieces one at a time, draining events after each, then (if `end`) signals EOF. */
export const parseAll = <H>(p: MessageParser<H>, pieces: ReadonlyArray<Uint8Array>, end = true): Parsed<H> => {
  const messages: Message<H>[] = [];
  let cur: { head: H; framing: BodyFraming; body: Uint8Array[] } | undefined;
  const drain = (): { error?: HttpParseError; eof?: boolean } => {
    for (let i = 0; i < 100000; i++) {
      const e: Either<HttpParseError, ParseEvent<H>> = p.next();
      if (e._tag === "Left") return { error: e.left };
      const ev = e.right;
      if (ev._tag === "NeedMore") return {};
      if (ev._tag === "Eof") return { eof: true };
      if (ev._tag === "Head") cur = { head: ev.head, framing: ev.framing, body: [] };
      else if (ev._tag === "Body") {
        if (ev.data.length === 0) throw new Error("empty Body event");
        cur?.body.push(ev.data.slice());
      } else if (ev._tag === "End") {
        if (cur === undefined) throw new Error("End without Head");
        messages.push({ head: cur.head, framing: cur.framing, body: concat(cur.body), trailers: ev.trailers });
        cur = undefined;
      }
    }
    throw new Error("parser loops");
  };
  for (const piece of pieces) {
    p.feed(piece);
    const r = drain();
    if (r.error !== undefined) return { messages, error: r.error, eof: false };
    if (r.eof === true) return { messages, error: undefined, eof: true };
  }
  if (end) p.end();
  const r = drain();
  return { messages, error: r.error, eof: r.eof === true };
};

// Arbitraries for valid messages.
const tcharString = (min: number, max: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-.^_`|~".split("")), minLength: min, maxLength: max });

/** Field values: VCHAR, obs-text, inner SP/HTAB, no surrounding whitespace. */
export const fieldValue: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0x21, max: 0x7e }) }, { weight: 1, arbitrary: fc.constantFrom(0x20, 0x09) }, { weight: 1, arbitrary: fc.integer({ min: 0x80, max: 0xff }) }), { maxLength: 40 })
  .map((cs) => String.fromCharCode(...cs).replace(/^[ \t]+|[ \t]+$/g, ""));

const reserved = new Set(["content-length", "transfer-encoding", "host", "connection", "expect", "trailer"]);
export const fieldName: fc.Arbitrary<string> = tcharString(1, 20).filter((n) => !reserved.has(n.toLowerCase()));

export const fields = (max: number): fc.Arbitrary<HeaderField[]> => fc.array(fc.tuple(fieldName, fieldValue), { maxLength: max });

export const method: fc.Arbitrary<string> = fc.oneof(fc.constantFrom("GET", "POST", "PUT", "DELETE", "OPTIONS", "PATCH"), tcharString(1, 10));

export const target: fc.Arbitrary<string> = fc.oneof(
  fc.constant("/"),
  fc.constant("*"),
  fc.string({ unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)), minLength: 0, maxLength: 60 }).map((s) => `/${s}`),
);

/** A body and how it is framed: Content-Length, or chunked with the given chunk sizes and trailers. */
export const body: fc.Arbitrary<{ data: Uint8Array; chunked: ReadonlyArray<number> | undefined; trailers: ReadonlyArray<HeaderField> }> = fc.oneof(
  fc.record({ data: fc.uint8Array({ maxLength: 300 }), chunked: fc.constant(undefined), trailers: fc.constant<ReadonlyArray<HeaderField>>([]) }),
  fc.record({
    data: fc.uint8Array({ maxLength: 300 }),
    chunked: fc.array(fc.integer({ min: 1, max: 100 }), { maxLength: 8 }),
    trailers: fields(3),
  }),
);

/** The body on the wire: identity, or chunks of the given sizes (cycled), with optional extensions. */
export const encodeBody = (data: Uint8Array, chunked: ReadonlyArray<number> | undefined, trailers: ReadonlyArray<HeaderField>, ext = false): Uint8Array => {
  if (chunked === undefined) return data;
  const parts: Uint8Array[] = [];
  let off = 0;
  let i = 0;
  while (off < data.length) {
    const n = Math.min(data.length - off, chunked.length === 0 ? data.length : (chunked[i++ % chunked.length] as number));
    parts.push(bytes(`${n.toString(16)}${ext ? ';name="v"' : ""}\r\n`), data.subarray(off, off + n), bytes("\r\n"));
    off += n;
  }
  parts.push(bytes(`0\r\n${trailers.map(([n, v]) => `${n}: ${v}\r\n`).join("")}\r\n`));
  return concat(parts);
};

/** Sends raw bytes, shuts down writing, and returns everything the server says until it closes. */
export const exchange = async (client: Flow, raw: string | Uint8Array): Promise<string> => {
  const reading = readAll(client);
  await client.write(typeof raw === "string" ? bytes(raw) : raw);
  await client.shutdown("write");
  const r = await reading;
  if (r._tag === "Left") throw new Error(`reading the answer failed: ${r.left.message}`);
  return str(r.right);
};

/** Splits a raw response stream into status lines (one per response: "HTTP/1.1 200 OK"). */
export const statusLines = (raw: string): string[] => raw.match(/HTTP\/1\.[01] \d{3}[^\r]*/g) ?? [];

export const hdrs = (fs: ReadonlyArray<HeaderField>): HttpHeaders => HttpHeaders.of(fs);
