// An incremental, sans-IO HTTP/1.1 message parser (RFC 9112), for requests and for responses.
//
//   const p = requestParser({ maxBodyBytes: 1 << 20 });
//   p.feed(bytes);                       // as they arrive, in any chunking
//   for (let e = p.next(); ...; e = p.next()) ...   // Head, Body..., End, then the next message
//
// `next()` never throws: garbage gives a `Left` with a typed error, after which the parser stays
// failed. It is strict where leniency lets two parsers disagree about where a message ends
// (request smuggling): lines end in CRLF only, no obs-fold, no whitespace before the colon,
// Transfer-Encoding with Content-Length is refused, and so are malformed or conflicting lengths.
import { left, right, type Either } from "fp-ts/Either";
import { latin1Decode } from "@mirage/mirage-flow";
import { HttpHeaders, isTchar, type HeaderField } from "./headers.ts";

export type HttpVersion = "HTTP/1.0" | "HTTP/1.1";

export interface RequestHead {
  readonly method: string;
  /** The request-target exactly as sent: "/path?query", "*", "http://host/path" or "host:port". */
  readonly target: string;
  readonly version: HttpVersion;
  readonly headers: HttpHeaders;
}

export interface ResponseHead {
  readonly version: HttpVersion;
  readonly status: number;
  readonly reason: string;
  readonly headers: HttpHeaders;
}

/** How the body after a head is delimited. */
export type BodyFraming =
  | { readonly _tag: "Length"; readonly length: number }
  | { readonly _tag: "Chunked" }
  /** Responses only: the body runs until the connection closes. */
  | { readonly _tag: "UntilClose" };

export type ParseEvent<H> =
  | { readonly _tag: "Head"; readonly head: H; readonly framing: BodyFraming }
  /** Body bytes (never empty). The view stays valid: the parser never writes into it. */
  | { readonly _tag: "Body"; readonly data: Uint8Array }
  /** The message is complete; the parser moves on to the next one. */
  | { readonly _tag: "End"; readonly trailers: HttpHeaders }
  /** Feed more bytes (or call `end()` if the peer closed). */
  | { readonly _tag: "NeedMore" }
  /** The peer closed between two messages: nothing more will come. */
  | { readonly _tag: "Eof" };

export type HttpParseError =
  | { readonly _tag: "BadStartLine"; readonly message: string }
  | { readonly _tag: "StartLineTooLong"; readonly limit: number; readonly message: string }
  | { readonly _tag: "UnsupportedVersion"; readonly message: string }
  | { readonly _tag: "BadHeader"; readonly message: string }
  | { readonly _tag: "HeadersTooLarge"; readonly message: string }
  | { readonly _tag: "BadHost"; readonly message: string }
  | { readonly _tag: "BadContentLength"; readonly message: string }
  | { readonly _tag: "AmbiguousLength"; readonly message: string }
  | { readonly _tag: "BadTransferEncoding"; readonly message: string }
  | { readonly _tag: "UnsupportedTransferEncoding"; readonly message: string }
  | { readonly _tag: "BadChunk"; readonly message: string }
  | { readonly _tag: "BodyTooLarge"; readonly limit: number; readonly message: string }
  | { readonly _tag: "UnexpectedEof"; readonly message: string };

/** The status a server answers a request that failed to parse with. */
export const statusOfParseError = (e: HttpParseError): number => {
  switch (e._tag) {
    case "StartLineTooLong":
      return 414;
    case "HeadersTooLarge":
      return 431;
    case "BodyTooLarge":
      return 413;
    case "UnsupportedVersion":
      return 505;
    case "UnsupportedTransferEncoding":
      return 501;
    default:
      return 400;
  }
};

export interface ParserLimits {
  /** Longest request or status line, CRLF excluded (default 8 KiB): longer gives `StartLineTooLong`. */
  readonly maxStartLineBytes?: number;
  /** Largest header block (or trailer block), CRLFs included (default 16 KiB): `HeadersTooLarge`. */
  readonly maxHeaderBytes?: number;
  /** Most header fields (or trailer fields) in one message (default 100): `HeadersTooLarge`. */
  readonly maxHeaders?: number;
  /** Largest body (default unlimited): a longer Content-Length, or chunks adding up to more, give `BodyTooLarge`. */
  readonly maxBodyBytes?: number;
}

export interface MessageParser<H> {
  /** Appends bytes from the peer. The parser keeps `data` and never writes into it. */
  feed(data: Uint8Array): void;
  /** The peer closed: a body delimited by the close ends; a message cut short is an error. */
  end(): void;
  /** The next event, or the error that stopped the parser. */
  next(): Either<HttpParseError, ParseEvent<H>>;
  /** True between messages with nothing buffered but blank lines. */
  readonly idle: boolean;
  /** Removes and returns the bytes fed but not parsed yet (to hand them to another parser). */
  takeRest(): Uint8Array;
}

export interface ResponseParserOptions extends ParserLimits {
  /** The method of the request being answered (HEAD responses have no body). Default GET. */
  readonly requestMethod?: string;
}

const CR = 0x0d;
const LF = 0x0a;
const SP = 0x20;
const HTAB = 0x09;
const MAX_CHUNK_LINE = 4096;
/** 13 hex digits stay below 2^53. */
const MAX_CHUNK_SIZE_DIGITS = 13;
/** Content-Length with more digits than this is beyond any safe integer. */
const MAX_LENGTH_DIGITS = 15;
/** Blank lines skipped before a request line (RFC 9112 §2.2 asks for at least one). */
const MAX_LEADING_BLANK_LINES = 8;

const err = <T extends HttpParseError["_tag"]>(tag: T, message: string, extra: object = {}): HttpParseError =>
  ({ _tag: tag, message, ...extra }) as HttpParseError;

const indexOfCrlf = (b: Uint8Array, from: number, to: number): number => {
  for (let i = from; i + 1 < to; i++) if (b[i] === CR && b[i + 1] === LF) return i;
  return -1;
};

const indexOfBlankLine = (b: Uint8Array, from: number, to: number): number => {
  for (let i = from; i + 3 < to; i++) if (b[i] === CR && b[i + 1] === LF && b[i + 2] === CR && b[i + 3] === LF) return i;
  return -1;
};

const isVersion = (s: string): HttpVersion | "other" | undefined => {
  if (!/^HTTP\/[0-9]\.[0-9]$/.test(s)) return undefined;
  return s === "HTTP/1.1" || s === "HTTP/1.0" ? s : "other";
};

/** Parses the field lines of `b[start, end)` (each ending in CRLF). */
const parseFields = (b: Uint8Array, start: number, end: number, maxFields: number, what: string): Either<HttpParseError, HeaderField[]> => {
  const fields: HeaderField[] = [];
  let i = start;
  while (i < end) {
    const eol = indexOfCrlf(b, i, end);
    if (eol < 0) return left(err("BadHeader", `Cannot parse the ${what}: a line does not end in CRLF`));
    const first = b[i] as number;
    if (first === SP || first === HTAB)
      return left(err("BadHeader", `Cannot parse the ${what}: a line starts with whitespace (obs-fold is not accepted)`));
    let colon = i;
    while (colon < eol && isTchar(b[colon] as number)) colon++;
    if (colon === i) return left(err("BadHeader", `Cannot parse the ${what}: a field has an empty or invalid name`));
    if (colon === eol || b[colon] !== 0x3a) return left(err("BadHeader", `Cannot parse the ${what}: a field name has an invalid character or no colon`));
    let vs = colon + 1;
    let ve = eol;
    while (vs < ve && (b[vs] === SP || b[vs] === HTAB)) vs++;
    while (ve > vs && (b[ve - 1] === SP || b[ve - 1] === HTAB)) ve--;
    for (let k = vs; k < ve; k++) {
      const c = b[k] as number;
      if ((c < 0x20 && c !== HTAB) || c === 0x7f) return left(err("BadHeader", `Cannot parse the ${what}: a field value has a control character`));
    }
    if (fields.length >= maxFields) return left(err("HeadersTooLarge", `Cannot parse the ${what}: more than ${maxFields} fields`));
    fields.push([latin1Decode(b, i, colon), latin1Decode(b, vs, ve)]);
    i = eol + 2;
  }
  return right(fields);
};

type Kind<H> = {
  readonly isRequest: boolean;
  /** Parses the start line `s` (CRLF excluded). */
  startLine(s: string): Either<HttpParseError, (headers: HttpHeaders) => H>;
  /** Decides the body framing once the head is known. */
  framing(head: H, headers: HttpHeaders): Either<HttpParseError, BodyFraming>;
};

type State =
  | { readonly s: "start"; blankLines: number }
  | { readonly s: "headers"; readonly build: (headers: HttpHeaders) => unknown; scanned: number }
  | { readonly s: "fixed"; remaining: number }
  | { readonly s: "chunkSize" }
  | { readonly s: "chunkData"; remaining: number }
  | { readonly s: "chunkCrlf" }
  | { readonly s: "trailers"; scanned: number }
  | { readonly s: "untilClose" }
  | { readonly s: "failed"; readonly error: HttpParseError }
  | { readonly s: "eof" };

const makeParser = <H>(kind: Kind<H>, limits: ParserLimits): MessageParser<H> => {
  const maxStartLine = limits.maxStartLineBytes ?? 8 * 1024;
  const maxHeaderBytes = limits.maxHeaderBytes ?? 16 * 1024;
  const maxHeaders = limits.maxHeaders ?? 100;
  const maxBody = limits.maxBodyBytes ?? Number.POSITIVE_INFINITY;
  const what = kind.isRequest ? "request" : "response";

  let buf: Uint8Array = new Uint8Array(0);
  let pos = 0;
  let ended = false;
  let state: State = { s: "start", blankLines: 0 };
  let bodyBytes = 0;

  const fail = (e: HttpParseError): Either<HttpParseError, never> => {
    state = { s: "failed", error: e };
    return left(e);
  };
  const needMore = (): Either<HttpParseError, ParseEvent<H>> => {
    if (!ended) return right({ _tag: "NeedMore" });
    return fail(err("UnexpectedEof", `Cannot parse the ${what}: the connection closed in the middle of a message`));
  };
  const avail = (): number => buf.length - pos;
  const finish = (trailers: HttpHeaders): Either<HttpParseError, ParseEvent<H>> => {
    state = { s: "start", blankLines: 0 };
    bodyBytes = 0;
    return right({ _tag: "End", trailers });
  };
  const addBody = (n: number): HttpParseError | undefined => {
    bodyBytes += n;
    return bodyBytes > maxBody ? err("BodyTooLarge", `Cannot accept the ${what} body: it is larger than ${maxBody} bytes`, { limit: maxBody }) : undefined;
  };
  /** Takes up to `n` body bytes, none if none are buffered. */
  const takeBody = (n: number): Uint8Array => {
    const k = Math.min(n, avail());
    const out = buf.subarray(pos, pos + k);
    pos += k;
    return out;
  };

  const step = (): Either<HttpParseError, ParseEvent<H>> => {
    switch (state.s) {
      case "failed":
        return left(state.error);
      case "eof":
        return right({ _tag: "Eof" });
      case "start": {
        // Blank lines before a request line are skipped (a few of them).
        while (kind.isRequest && avail() >= 2 && buf[pos] === CR && buf[pos + 1] === LF) {
          if (++state.blankLines > MAX_LEADING_BLANK_LINES) return fail(err("BadStartLine", "Cannot parse the request: too many blank lines before it"));
          pos += 2;
        }
        if (avail() === 0 || (kind.isRequest && avail() === 1 && buf[pos] === CR)) {
          if (!ended) return right({ _tag: "NeedMore" });
          if (avail() === 0) {
            state = { s: "eof" };
            return right({ _tag: "Eof" });
          }
          return needMore();
        }
        const limit = Math.min(buf.length, pos + maxStartLine + 2);
        const eol = indexOfCrlf(buf, pos, limit);
        if (eol < 0) {
          if (buf.length - pos >= maxStartLine + 2)
            return fail(err("StartLineTooLong", `Cannot parse the ${what}: its first line is longer than ${maxStartLine} bytes`, { limit: maxStartLine }));
          for (let i = pos; i < buf.length; i++) {
            const c = buf[i] as number;
            if (c === LF || (c === CR && i + 1 < buf.length))
              return fail(err("BadStartLine", `Cannot parse the ${what}: its first line has a bare CR or LF`));
          }
          return needMore();
        }
        for (let i = pos; i < eol; i++) {
          const c = buf[i] as number;
          if (c < 0x20 || c === 0x7f) return fail(err("BadStartLine", `Cannot parse the ${what}: its first line has a control character`));
        }
        const line = latin1Decode(buf, pos, eol);
        const r = kind.startLine(line);
        if (r._tag === "Left") return fail(r.left);
        pos = eol + 2;
        state = { s: "headers", build: r.right, scanned: pos };
        return step();
      }
      case "headers":
      case "trailers": {
        const start = pos;
        let blockEnd: number; // index just past the final CRLF of the last field line
        if (avail() >= 2 && buf[pos] === CR && buf[pos + 1] === LF) blockEnd = pos;
        else {
          const from = Math.max(start, state.scanned - 3);
          const limit = Math.min(buf.length, start + maxHeaderBytes + 2);
          const i = indexOfBlankLine(buf, from, limit);
          if (i < 0) {
            state.scanned = buf.length;
            if (buf.length - start >= maxHeaderBytes + 2)
              return fail(err("HeadersTooLarge", `Cannot parse the ${what}: its ${state.s === "headers" ? "header" : "trailer"} block is larger than ${maxHeaderBytes} bytes`));
            return needMore();
          }
          blockEnd = i + 2;
        }
        const fields = parseFields(buf, start, blockEnd, maxHeaders, `${what} ${state.s === "headers" ? "headers" : "trailers"}`);
        if (fields._tag === "Left") return fail(fields.left);
        pos = blockEnd + 2;
        const headers = HttpHeaders.fromFields(fields.right);
        if (state.s === "trailers") return finish(headers);
        const head = state.build(headers) as H;
        const f = kind.framing(head, headers);
        if (f._tag === "Left") return fail(f.left);
        const framing = f.right;
        if (framing._tag === "Length") {
          if (framing.length > maxBody)
            return fail(err("BodyTooLarge", `Cannot accept the ${what} body: its Content-Length ${framing.length} is larger than ${maxBody} bytes`, { limit: maxBody }));
          state = { s: "fixed", remaining: framing.length };
        } else if (framing._tag === "Chunked") state = { s: "chunkSize" };
        else state = { s: "untilClose" };
        return right({ _tag: "Head", head, framing });
      }
      case "fixed": {
        if (state.remaining === 0) return finish(HttpHeaders.empty);
        const data = takeBody(state.remaining);
        if (data.length === 0) return needMore();
        state.remaining -= data.length;
        return right({ _tag: "Body", data });
      }
      case "untilClose": {
        const data = takeBody(avail());
        if (data.length > 0) {
          const e = addBody(data.length);
          return e === undefined ? right({ _tag: "Body", data }) : fail(e);
        }
        if (!ended) return right({ _tag: "NeedMore" });
        state = { s: "eof" };
        return right({ _tag: "End", trailers: HttpHeaders.empty });
      }
      case "chunkSize": {
        const limit = Math.min(buf.length, pos + MAX_CHUNK_LINE + 2);
        const eol = indexOfCrlf(buf, pos, limit);
        if (eol < 0) {
          if (buf.length - pos >= MAX_CHUNK_LINE + 2) return fail(err("BadChunk", `Cannot parse the ${what} body: a chunk-size line is longer than ${MAX_CHUNK_LINE} bytes`));
          return needMore();
        }
        let i = pos;
        let size = 0;
        while (i < eol) {
          const c = buf[i] as number;
          const d = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : c >= 0x41 && c <= 0x46 ? c - 0x37 : -1;
          if (d < 0) break;
          size = size * 16 + d;
          i++;
        }
        if (i === pos) return fail(err("BadChunk", `Cannot parse the ${what} body: a chunk size is not a hexadecimal number`));
        if (i - pos > MAX_CHUNK_SIZE_DIGITS) return fail(err("BadChunk", `Cannot parse the ${what} body: a chunk size has more than ${MAX_CHUNK_SIZE_DIGITS} digits`));
        // chunk-ext = *( BWS ";" BWS ext-name [ BWS "=" BWS ext-val ] ): checked loosely, it is ignored.
        while (i < eol && (buf[i] === SP || buf[i] === HTAB)) i++;
        if (i < eol) {
          if (buf[i] !== 0x3b) return fail(err("BadChunk", `Cannot parse the ${what} body: a chunk size is followed by something other than an extension`));
          for (let k = i; k < eol; k++) {
            const c = buf[k] as number;
            if ((c < 0x20 && c !== HTAB) || c === 0x7f) return fail(err("BadChunk", `Cannot parse the ${what} body: a chunk extension has a control character`));
          }
        }
        pos = eol + 2;
        if (size === 0) {
          state = { s: "trailers", scanned: pos };
          return step();
        }
        const e = addBody(size);
        if (e !== undefined) return fail(e);
        state = { s: "chunkData", remaining: size };
        return step();
      }
      case "chunkData": {
        const data = takeBody(state.remaining);
        if (data.length === 0) return needMore();
        state.remaining -= data.length;
        if (state.remaining === 0) state = { s: "chunkCrlf" };
        return right({ _tag: "Body", data });
      }
      case "chunkCrlf": {
        if (avail() < 2) {
          if (avail() === 1 && buf[pos] !== CR) return fail(err("BadChunk", `Cannot parse the ${what} body: chunk data is not followed by CRLF`));
          return needMore();
        }
        if (buf[pos] !== CR || buf[pos + 1] !== LF) return fail(err("BadChunk", `Cannot parse the ${what} body: chunk data is not followed by CRLF`));
        pos += 2;
        state = { s: "chunkSize" };
        return step();
      }
    }
  };

  return {
    feed(data: Uint8Array): void {
      if (ended || data.length === 0) return;
      if (state.s === "headers" || state.s === "trailers") state.scanned -= pos;
      if (pos >= buf.length) buf = data;
      else {
        // A fresh buffer: views handed out over the old one stay as they were.
        const rest = buf.length - pos;
        const nb = new Uint8Array(rest + data.length);
        nb.set(buf.subarray(pos), 0);
        nb.set(data, rest);
        buf = nb;
      }
      pos = 0;
    },
    end(): void {
      ended = true;
    },
    next(): Either<HttpParseError, ParseEvent<H>> {
      return step();
    },
    takeRest(): Uint8Array {
      const rest = buf.subarray(pos);
      buf = new Uint8Array(0);
      pos = 0;
      if (state.s === "headers" || state.s === "trailers") state.scanned = 0;
      return rest;
    },
    get idle(): boolean {
      if (state.s !== "start") return false;
      for (let i = pos; i < buf.length; i++) if (buf[i] !== CR && buf[i] !== LF) return false;
      return true;
    },
  };
};

const lengthOf = (headers: HttpHeaders, what: string): Either<HttpParseError, number | undefined> => {
  const values = headers.getAll("content-length");
  if (values.length === 0) return right(undefined);
  let result: string | undefined;
  for (const v of values)
    for (const part of v.split(",")) {
      const s = part.trim();
      if (!/^[0-9]+$/.test(s)) return left(err("BadContentLength", `Cannot parse the ${what}: Content-Length ${JSON.stringify(v)} is not a number`));
      const n = s.replace(/^0+(?=.)/, "");
      if (result !== undefined && result !== n) return left(err("BadContentLength", `Cannot parse the ${what}: it has conflicting Content-Length values`));
      result = n;
    }
  if (result === undefined) return left(err("BadContentLength", `Cannot parse the ${what}: Content-Length is empty`));
  if (result.length > MAX_LENGTH_DIGITS) return left(err("BadContentLength", `Cannot parse the ${what}: Content-Length ${result} is too large`));
  return right(Number(result));
};

/** Checks Transfer-Encoding: only "chunked", alone and once, is understood. */
const transferEncodingOf = (headers: HttpHeaders, what: string, isRequest: boolean): Either<HttpParseError, "chunked" | "other" | undefined> => {
  if (!headers.has("transfer-encoding")) return right(undefined);
  const codings = headers.tokens("transfer-encoding");
  if (codings.length === 0) return left(err("BadTransferEncoding", `Cannot parse the ${what}: Transfer-Encoding is empty`));
  const last = codings[codings.length - 1];
  if (codings.slice(0, -1).includes("chunked"))
    return left(err("BadTransferEncoding", `Cannot parse the ${what}: chunked is not the last transfer coding or appears twice`));
  if (last === "chunked") {
    if (codings.length === 1) return right("chunked");
    return left(err("UnsupportedTransferEncoding", `Cannot parse the ${what}: only the chunked transfer coding is supported, not ${codings.join(", ")}`));
  }
  if (isRequest) return left(err("BadTransferEncoding", `Cannot parse the request: its last transfer coding is ${last}, not chunked`));
  return right("other");
};

const REQUEST_LINE = /^([^ ]+) ([^ ]+) ([^ ]+)$/;

const requestKind: Kind<RequestHead> = {
  isRequest: true,
  startLine(line) {
    const m = REQUEST_LINE.exec(line);
    if (m === null) return left(err("BadStartLine", "Cannot parse the request line: it is not METHOD SP TARGET SP VERSION"));
    const [, method, target, version] = m as unknown as [string, string, string, string];
    for (let i = 0; i < method.length; i++) if (!isTchar(method.charCodeAt(i))) return left(err("BadStartLine", "Cannot parse the request line: the method is not a token"));
    for (let i = 0; i < target.length; i++) {
      const c = target.charCodeAt(i);
      if (c <= 0x20 || c >= 0x7f) return left(err("BadStartLine", "Cannot parse the request line: the target has a character outside US-ASCII VCHAR"));
    }
    const v = isVersion(version);
    if (v === undefined) return left(err("BadStartLine", `Cannot parse the request line: ${JSON.stringify(version)} is not an HTTP version`));
    if (v === "other") return left(err("UnsupportedVersion", `Cannot serve ${version}: only HTTP/1.0 and HTTP/1.1 are supported`));
    return right((headers: HttpHeaders): RequestHead => ({ method, target, version: v, headers }));
  },
  framing(head, headers) {
    const hosts = headers.getAll("host");
    if (hosts.length > 1) return left(err("BadHost", "Cannot parse the request: it has more than one Host header"));
    if (hosts.length === 0 && head.version === "HTTP/1.1") return left(err("BadHost", "Cannot parse the request: an HTTP/1.1 request must have a Host header"));
    if (hosts.length === 1 && /[\s/?#@]/.test(hosts[0] as string)) return left(err("BadHost", "Cannot parse the request: its Host header is not a host[:port]"));
    const te = transferEncodingOf(headers, "request", true);
    if (te._tag === "Left") return te;
    const cl = lengthOf(headers, "request");
    if (te.right !== undefined && headers.has("content-length"))
      return left(err("AmbiguousLength", "Cannot parse the request: it has both Transfer-Encoding and Content-Length"));
    if (te.right !== undefined && head.version === "HTTP/1.0")
      return left(err("BadTransferEncoding", "Cannot parse the request: HTTP/1.0 has no Transfer-Encoding"));
    if (te.right === "chunked") return right({ _tag: "Chunked" });
    if (cl._tag === "Left") return cl;
    return right({ _tag: "Length", length: cl.right ?? 0 });
  },
};

const STATUS_LINE = /^(HTTP\/[0-9]\.[0-9]) ([0-9]{3})(?: (.*))?$/;

const responseKind = (requestMethod: string): Kind<ResponseHead> => ({
  isRequest: false,
  startLine(line) {
    const m = STATUS_LINE.exec(line);
    if (m === null) return left(err("BadStartLine", "Cannot parse the status line: it is not VERSION SP STATUS SP REASON"));
    const [, version, status, reason] = m as unknown as [string, string, string, string | undefined];
    const v = isVersion(version);
    if (v === "other" || v === undefined) return left(err("UnsupportedVersion", `Cannot read a response in ${version}: only HTTP/1.0 and HTTP/1.1 are supported`));
    const code = Number(status);
    if (code < 100) return left(err("BadStartLine", `Cannot parse the status line: ${status} is not a status code`));
    return right((headers: HttpHeaders): ResponseHead => ({ version: v, status: code, reason: reason ?? "", headers }));
  },
  framing(head, headers) {
    const te = transferEncodingOf(headers, "response", false);
    if (te._tag === "Left") return te;
    if (te.right !== undefined && headers.has("content-length"))
      return left(err("AmbiguousLength", "Cannot parse the response: it has both Transfer-Encoding and Content-Length"));
    const cl = lengthOf(headers, "response");
    if (requestMethod === "HEAD" || head.status < 200 || head.status === 204 || head.status === 304) return right({ _tag: "Length", length: 0 });
    if (te.right === "chunked") return right({ _tag: "Chunked" });
    if (te.right === "other") return right({ _tag: "UntilClose" });
    if (cl._tag === "Left") return cl;
    return right(cl.right === undefined ? { _tag: "UntilClose" } : { _tag: "Length", length: cl.right });
  },
});

export const requestParser = (limits: ParserLimits = {}): MessageParser<RequestHead> => makeParser(requestKind, limits);

export const responseParser = (options: ResponseParserOptions = {}): MessageParser<ResponseHead> =>
  makeParser(responseKind(options.requestMethod ?? "GET"), options);
