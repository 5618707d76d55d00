import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import {
  HttpHeaders,
  encodeChunk,
  encodeLastChunk,
  httpDate,
  requestParser,
  responseParser,
  serializeRequestHead,
  serializeResponseHead,
  statusOfParseError,
  type HttpVersion,
} from "../src/index.ts";
import { body, bytes, concat, encodeBody, fields, method, parseAll, splitAt, str, target } from "./helpers.ts";

const req = (raw: string, limits = {}) => parseAll(requestParser(limits), [bytes(raw)]);
const errTag = (raw: string, limits = {}): string | undefined => req(raw, limits).error?._tag;

describe("request parser: valid requests", () => {
  it("parses a GET with headers, case-insensitive lookup, duplicates combined", () => {
    const r = req("GET /a/b?x=1 HTTP/1.1\r\nHost: example.com\r\nAccept: a\r\naccept: b\r\nX-Empty:\r\nX-Pad: \t v \t \r\n\r\n");
    expect(r.error).toBeUndefined();
    const m = r.messages[0];
    expect(m?.head).toMatchObject({ method: "GET", target: "/a/b?x=1", version: "HTTP/1.1" });
    const h = m?.head.headers as HttpHeaders;
    expect(h.get("HOST")).toBe("example.com");
    expect(h.get("accept")).toBe("a, b");
    expect(h.getAll("Accept")).toEqual(["a", "b"]);
    expect(h.get("x-empty")).toBe("");
    expect(h.get("x-pad")).toBe("v");
    expect(h.fields[1]).toEqual(["Accept", "a"]);
    expect(m?.framing).toEqual({ _tag: "Length", length: 0 });
    expect(r.eof).toBe(true);
  });

  it("skips blank lines before a request line", () => {
    const r = req("\r\n\r\nGET / HTTP/1.0\r\n\r\n");
    expect(r.messages.map((m) => m.head.target)).toEqual(["/"]);
  });

  it("HTTP/1.0 needs no Host", () => {
    expect(req("GET / HTTP/1.0\r\n\r\n").messages).toHaveLength(1);
  });

  it("reads a Content-Length body and identical duplicate lengths", () => {
    const r = req("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\nContent-Length: 5\r\n\r\nhelloGET / HTTP/1.1\r\nHost: h\r\n\r\n");
    expect(r.error).toBeUndefined();
    expect(r.messages.map((m) => str(m.body))).toEqual(["hello", ""]);
    expect(req("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3, 003\r\n\r\nabc").messages[0]?.body.length).toBe(3);
  });

  it("decodes chunked bodies with extensions and trailers", () => {
    const r = req("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5;a=b\r\nhello\r\nA \r\n0123456789\r\n0\r\nX-Sum: 1\r\n\r\n");
    expect(r.error).toBeUndefined();
    expect(str(r.messages[0]?.body as Uint8Array)).toBe("hello0123456789");
    expect(r.messages[0]?.trailers.get("x-sum")).toBe("1");
    expect(r.messages[0]?.framing).toEqual({ _tag: "Chunked" });
  });

  it("accepts transfer codings case-insensitively", () => {
    expect(req("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: Chunked\r\n\r\n0\r\n\r\n").error).toBeUndefined();
  });

  it("is idle only between messages", () => {
    const p = requestParser();
    expect(p.idle).toBe(true);
    p.feed(bytes("GET / HT"));
    expect(p.next()).toEqual({ _tag: "Right", right: { _tag: "NeedMore" } });
    expect(p.idle).toBe(false);
    p.feed(bytes("TP/1.1\r\nHost: h\r\n\r\n"));
    expect(p.next()._tag).toBe("Right");
    expect(p.next()).toMatchObject({ right: { _tag: "End" } });
    expect(p.idle).toBe(true);
  });

  it("keeps Body views valid across later feeds", () => {
    const p = requestParser();
    p.feed(bytes("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 6\r\n\r\nabc"));
    p.next();
    const b1 = p.next();
    p.feed(bytes("def"));
    const b2 = p.next();
    expect(b1._tag === "Right" && b1.right._tag === "Body" && str(b1.right.data)).toBe("abc");
    expect(b2._tag === "Right" && b2.right._tag === "Body" && str(b2.right.data)).toBe("def");
    expect(b1._tag === "Right" && b1.right._tag === "Body" && str(b1.right.data)).toBe("abc");
  });
});

describe("request parser: refusals", () => {
  const H = "Host: h\r\n";
  it.each([
    ["obs-fold", `GET / HTTP/1.1\r\n${H}X: a\r\n  b\r\n\r\n`, "BadHeader", 400],
    ["space before colon", `GET / HTTP/1.1\r\n${H}X : a\r\n\r\n`, "BadHeader", 400],
    ["no colon", `GET / HTTP/1.1\r\n${H}Xa\r\n\r\n`, "BadHeader", 400],
    ["empty name", `GET / HTTP/1.1\r\n${H}: a\r\n\r\n`, "BadHeader", 400],
    ["control char in value", `GET / HTTP/1.1\r\n${H}X: a\u0001b\r\n\r\n`, "BadHeader", 400],
    ["bare LF in headers", `GET / HTTP/1.1\r\n${H}X: a\nY: b\r\n\r\n`, "BadHeader", 400],
    ["bare CR in headers", `GET / HTTP/1.1\r\n${H}X: a\rY: b\r\n\r\n`, "BadHeader", 400],
    ["bare LF after request line", `GET / HTTP/1.1\n${H}\r\n`, "BadStartLine", 400],
    ["missing version", "GET /\r\n\r\n", "BadStartLine", 400],
    ["two spaces", "GET  / HTTP/1.1\r\n\r\n", "BadStartLine", 400],
    ["bad method", "GE(T / HTTP/1.1\r\n\r\n", "BadStartLine", 400],
    ["non-ASCII target", "GET /\u00e9 HTTP/1.1\r\n\r\n", "BadStartLine", 400],
    ["garbage version", "GET / HTTX/1.1\r\n\r\n", "BadStartLine", 400],
    ["HTTP/2.0", "GET / HTTP/2.0\r\n\r\n", "UnsupportedVersion", 505],
    ["no Host in 1.1", "GET / HTTP/1.1\r\n\r\n", "BadHost", 400],
    ["two Hosts", `GET / HTTP/1.1\r\n${H}${H}\r\n`, "BadHost", 400],
    ["Host with a path", "GET / HTTP/1.1\r\nHost: a/b\r\n\r\n", "BadHost", 400],
    ["TE and CL together (smuggling)", `POST / HTTP/1.1\r\n${H}Transfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n`, "AmbiguousLength", 400],
    ["CL and TE together (smuggling)", `POST / HTTP/1.1\r\n${H}Content-Length: 0\r\nTransfer-Encoding: chunked\r\n\r\n`, "AmbiguousLength", 400],
    ["conflicting CL", `POST / HTTP/1.1\r\n${H}Content-Length: 5\r\nContent-Length: 6\r\n\r\nhello`, "BadContentLength", 400],
    ["conflicting CL list", `POST / HTTP/1.1\r\n${H}Content-Length: 5, 6\r\n\r\nhello`, "BadContentLength", 400],
    ["negative CL", `POST / HTTP/1.1\r\n${H}Content-Length: -1\r\n\r\n`, "BadContentLength", 400],
    ["signed CL", `POST / HTTP/1.1\r\n${H}Content-Length: +5\r\n\r\nhello`, "BadContentLength", 400],
    ["hex CL", `POST / HTTP/1.1\r\n${H}Content-Length: 0x5\r\n\r\nhello`, "BadContentLength", 400],
    ["empty CL", `POST / HTTP/1.1\r\n${H}Content-Length:\r\n\r\n`, "BadContentLength", 400],
    ["huge CL", `POST / HTTP/1.1\r\n${H}Content-Length: 99999999999999999999\r\n\r\n`, "BadContentLength", 400],
    ["gzip, chunked", `POST / HTTP/1.1\r\n${H}Transfer-Encoding: gzip, chunked\r\n\r\n`, "UnsupportedTransferEncoding", 501],
    ["chunked, chunked", `POST / HTTP/1.1\r\n${H}Transfer-Encoding: chunked, chunked\r\n\r\n`, "BadTransferEncoding", 400],
    ["chunked not last", `POST / HTTP/1.1\r\n${H}Transfer-Encoding: chunked, gzip\r\n\r\n`, "BadTransferEncoding", 400],
    ["identity", `POST / HTTP/1.1\r\n${H}Transfer-Encoding: identity\r\n\r\n`, "BadTransferEncoding", 400],
    ["TE in HTTP/1.0", "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", "BadTransferEncoding", 400],
    ["chunk size not hex", `POST / HTTP/1.1\r\n${H}Transfer-Encoding: chunked\r\n\r\nzz\r\n`, "BadChunk", 400],
    ["chunk size with junk", `POST / HTTP/1.1\r\n${H}Transfer-Encoding: chunked\r\n\r\n5 x\r\nhello\r\n0\r\n\r\n`, "BadChunk", 400],
    ["negative chunk", `POST / HTTP/1.1\r\n${H}Transfer-Encoding: chunked\r\n\r\n-5\r\n`, "BadChunk", 400],
    ["chunk data too long", `POST / HTTP/1.1\r\n${H}Transfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n`, "BadChunk", 400],
    ["chunk size too large", `POST / HTTP/1.1\r\n${H}Transfer-Encoding: chunked\r\n\r\n${"f".repeat(14)}\r\n`, "BadChunk", 400],
    ["bare LF after chunk size", `POST / HTTP/1.1\r\n${H}Transfer-Encoding: chunked\r\n\r\n1\na\r\n0\r\n\r\n`, "BadChunk", 400],
    ["obs-fold in trailers", `POST / HTTP/1.1\r\n${H}Transfer-Encoding: chunked\r\n\r\n0\r\nX: a\r\n b\r\n\r\n`, "BadHeader", 400],
  ])("%s", (_name, raw, tag, status) => {
    const r = req(raw);
    expect(r.error?._tag).toBe(tag);
    expect(r.error?.message).toMatch(/^Cannot /);
    expect(statusOfParseError(r.error as never)).toBe(status);
  });

  it("limits the request line (414), the header block and the header count (431)", () => {
    expect(errTag(`GET /${"a".repeat(8 * 1024)} HTTP/1.1\r\nHost: h\r\n\r\n`)).toBe("StartLineTooLong");
    expect(errTag(`GET /${"a".repeat(8 * 1024 - 14)} HTTP/1.1\r\nHost: h\r\n\r\n`)).toBeUndefined(); // exactly 8 KiB
    expect(errTag(`GET /${"a".repeat(8 * 1024 - 13)} HTTP/1.1\r\nHost: h\r\n\r\n`)).toBe("StartLineTooLong");
    // Too long is found without waiting for the end of the line.
    expect(parseAll(requestParser(), [bytes(`GET /${"a".repeat(9000)}`)], false).error?._tag).toBe("StartLineTooLong");
    expect(errTag(`GET / HTTP/1.1\r\nHost: h\r\nX: ${"a".repeat(16 * 1024)}\r\n\r\n`)).toBe("HeadersTooLarge");
    expect(parseAll(requestParser(), [bytes(`GET / HTTP/1.1\r\nHost: h\r\nX: ${"a".repeat(17000)}`)], false).error?._tag).toBe("HeadersTooLarge");
    const many = (n: number): string => Array.from({ length: n }, (_, i) => `X-${i}: ${i}\r\n`).join("");
    expect(errTag(`GET / HTTP/1.1\r\nHost: h\r\n${many(99)}\r\n`)).toBeUndefined();
    expect(errTag(`GET / HTTP/1.1\r\nHost: h\r\n${many(100)}\r\n`)).toBe("HeadersTooLarge");
    expect(errTag(`GET / HTTP/1.1\r\nHost: h\r\n${many(10)}\r\n`, { maxHeaders: 5 })).toBe("HeadersTooLarge");
    expect(statusOfParseError({ _tag: "HeadersTooLarge", message: "" })).toBe(431);
    expect(statusOfParseError({ _tag: "StartLineTooLong", limit: 1, message: "" })).toBe(414);
  });

  it("limits the body (413): by Content-Length before reading it, by chunk sizes as they come", () => {
    const limits = { maxBodyBytes: 10 };
    expect(parseAll(requestParser(limits), [bytes("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 11\r\n\r\n")], false).error).toMatchObject({
      _tag: "BodyTooLarge",
      limit: 10,
    });
    expect(errTag("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 10\r\n\r\n0123456789", limits)).toBeUndefined();
    const r = parseAll(requestParser(limits), [bytes("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n6\r\nabcdef\r\n5\r\n")], false);
    expect(r.error?._tag).toBe("BodyTooLarge");
    expect(statusOfParseError(r.error as never)).toBe(413);
  });

  it("a message cut short by EOF is UnexpectedEof; a clean close is Eof", () => {
    expect(errTag("GET / HTTP/1.1\r\nHost: h\r\n")).toBe("UnexpectedEof");
    expect(errTag("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nabc")).toBe("UnexpectedEof");
    expect(errTag("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n")).toBe("UnexpectedEof");
    const r = req("GET / HTTP/1.1\r\nHost: h\r\n\r\n\r\n");
    expect(r.error).toBeUndefined();
    expect(r.eof).toBe(true);
  });

  it("stays failed after an error", () => {
    const p = requestParser();
    p.feed(bytes("BAD\r\n\r\n"));
    const e = p.next();
    expect(e._tag).toBe("Left");
    p.feed(bytes("GET / HTTP/1.1\r\nHost: h\r\n\r\n"));
    expect(p.next()).toEqual(e);
  });
});

describe("response parser", () => {
  const res = (raw: string, requestMethod = "GET", end = true) => parseAll(responseParser({ requestMethod }), [bytes(raw)], end);

  it("reads Content-Length, chunked and until-close bodies", () => {
    expect(str(res("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi").messages[0]?.body as Uint8Array)).toBe("hi");
    expect(str(res("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\n\r\n").messages[0]?.body as Uint8Array)).toBe("hi");
    const r = res("HTTP/1.0 200 OK\r\n\r\nuntil the end");
    expect(r.messages[0]?.framing).toEqual({ _tag: "UntilClose" });
    expect(str(r.messages[0]?.body as Uint8Array)).toBe("until the end");
    // Without EOF, an until-close body is not finished.
    expect(res("HTTP/1.0 200 OK\r\n\r\nabc", "GET", false).messages).toHaveLength(0);
  });

  it("HEAD responses, 1xx, 204 and 304 have no body whatever the headers say", () => {
    const r = res("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", "HEAD");
    expect(r.messages).toHaveLength(2);
    expect(r.messages[0]?.body.length).toBe(0);
    expect(res("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\nContent-Length: 3\r\n\r\nHTTP/1.1 304 Not Modified\r\n\r\n").messages.map((m) => m.head.status)).toEqual([100, 204, 304]);
  });

  it("accepts a status line without a reason, refuses garbage", () => {
    expect(res("HTTP/1.1 200\r\nContent-Length: 0\r\n\r\n").messages[0]?.head).toMatchObject({ status: 200, reason: "" });
    expect(res("HTTP/1.1 20 OK\r\n\r\n").error?._tag).toBe("BadStartLine");
    expect(res("HTTP/3.0 200 OK\r\n\r\n").error?._tag).toBe("UnsupportedVersion");
    expect(res("HTTP/1.1 200 OK\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n").error?._tag).toBe("AmbiguousLength");
  });
});

const versions: fc.Arbitrary<HttpVersion> = fc.constantFrom("HTTP/1.0", "HTTP/1.1");

describe("properties", () => {
  test.prop([method, target, versions, fields(8), body, fc.array(fc.nat(), { maxLength: 12 }), fc.boolean()])(
    "parse(serialize(request)) = request, however the bytes are split",
    (m, t, v, fs, b, cuts, ext) => {
      const chunked = v === "HTTP/1.1" ? b.chunked : undefined;
      const headers = HttpHeaders.of([
        ["Host", "example.org:8080"],
        ...fs,
        chunked === undefined ? ["Content-Length", String(b.data.length)] : ["Transfer-Encoding", "chunked"],
      ]);
      const wire = concat([serializeRequestHead({ method: m, target: t, version: v, headers }), encodeBody(b.data, chunked, chunked === undefined ? [] : b.trailers, ext)]);
      const r = parseAll(requestParser(), splitAt(wire, cuts));
      expect(r.error).toBeUndefined();
      expect(r.messages).toHaveLength(1);
      const msg = r.messages[0];
      expect(msg?.head).toEqual({ method: m, target: t, version: v, headers });
      expect([...(msg?.body ?? [])]).toEqual([...b.data]);
      expect(msg?.trailers.fields).toEqual(chunked === undefined ? [] : b.trailers);
      expect(r.eof).toBe(true);
    },
  );

  test.prop([fc.integer({ min: 100, max: 599 }), versions, fields(8), body, fc.array(fc.nat(), { maxLength: 12 }), fc.string({ maxLength: 20 }).map((s) => s.replace(/[^\x20-\x7e]/g, "").trim())])(
    "parse(serialize(response)) = response, however the bytes are split",
    (status, v, fs, b, cuts, reason) => {
      const hasBody = status >= 200 && status !== 204 && status !== 304;
      const data = hasBody ? b.data : new Uint8Array(0);
      const chunked = hasBody ? b.chunked : undefined;
      const headers = HttpHeaders.of([...fs, chunked === undefined ? ["Content-Length", String(data.length)] : ["Transfer-Encoding", "chunked"]]);
      const wire = concat([serializeResponseHead({ version: v, status, reason, headers }), hasBody ? encodeBody(data, chunked, b.trailers) : new Uint8Array(0)]);
      const r = parseAll(responseParser(), splitAt(wire, cuts));
      expect(r.error).toBeUndefined();
      expect(r.messages[0]?.head).toEqual({ version: v, status, reason, headers });
      expect([...(r.messages[0]?.body ?? [])]).toEqual([...data]);
    },
  );

  test.prop([fc.array(fc.uint8Array({ minLength: 0, maxLength: 200 }), { maxLength: 10 }), fields(3), fc.array(fc.nat(), { maxLength: 20 })])(
    "chunked encoding round-trips under any re-chunking of the stream",
    (pieces, trailers, cuts) => {
      const wire = concat([
        serializeRequestHead({ method: "POST", target: "/", version: "HTTP/1.1", headers: HttpHeaders.of({ Host: "h", "Transfer-Encoding": "chunked" }) }),
        ...pieces.flatMap((p) => encodeChunk(p)),
        encodeLastChunk(HttpHeaders.of(trailers)),
      ]);
      const r = parseAll(requestParser(), splitAt(wire, cuts));
      expect(r.error).toBeUndefined();
      expect([...(r.messages[0]?.body ?? [])]).toEqual([...concat(pieces)]);
      expect(r.messages[0]?.trailers.fields).toEqual(trailers);
    },
  );

  test.prop([fc.array(fc.tuple(method, target, body), { minLength: 1, maxLength: 6 }), fc.array(fc.nat(), { maxLength: 10 })])(
    "pipelined requests come out in order, however the bytes are split",
    (reqs, cuts) => {
      const wire = concat(
        reqs.flatMap(([m, t, b]) => {
          const headers = HttpHeaders.of([["Host", "h"], b.chunked === undefined ? ["Content-Length", String(b.data.length)] : ["Transfer-Encoding", "chunked"]]);
          return [serializeRequestHead({ method: m, target: t, version: "HTTP/1.1", headers }), encodeBody(b.data, b.chunked, b.trailers)];
        }),
      );
      const r = parseAll(requestParser(), splitAt(wire, cuts));
      expect(r.error).toBeUndefined();
      expect(r.messages.map((x) => [x.head.method, x.head.target, [...x.body]])).toEqual(reqs.map(([m, t, b]) => [m, t, [...b.data]]));
    },
  );

  const junk = fc.oneof(
    fc.uint8Array({ maxLength: 400 }),
    // Mostly-plausible text: fragments of HTTP glued at random.
    fc
      .array(fc.constantFrom("GET ", "POST ", "/ ", "HTTP/1.1", "HTTP/1.0", "\r\n", "\n", "\r", "Host: h", "Content-Length: ", "Transfer-Encoding: chunked", ": ", " ", "5", "0", "ff", ";x", "\t", "abc", "\u0000", "\u00ff"), { maxLength: 40 })
      .map((xs) => bytes(xs.join(""))),
  );

  test.prop([junk, fc.array(fc.nat(), { maxLength: 8 }), fc.boolean()])("the parsers are total on any bytes: events or a typed error, never a throw", (b, cuts, end) => {
    for (const p of [requestParser({ maxBodyBytes: 100 }), responseParser(), responseParser({ requestMethod: "HEAD" })]) {
      const r = parseAll<unknown>(p, splitAt(b, cuts), end);
      if (r.error !== undefined) {
        expect(typeof r.error.message).toBe("string");
        expect([400, 413, 414, 431, 501, 505]).toContain(statusOfParseError(r.error));
      }
    }
  });
});

describe("httpDate", () => {
  it("formats IMF-fixdate", () => {
    expect(httpDate(784111777n * 1_000_000_000n)).toBe("Sun, 06 Nov 1994 08:49:37 GMT");
    expect(httpDate(0n)).toBe("Thu, 01 Jan 1970 00:00:00 GMT");
  });
  test.prop([fc.bigInt({ min: 0n, max: 253402300799n * 1_000_000_000n })])("agrees with Date#toUTCString", (ns) => {
    expect(httpDate(ns)).toBe(new Date(Number(ns / 1_000_000n)).toUTCString());
  });
});
