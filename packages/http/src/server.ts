// An HTTP/1.1 server for one connection: `serve(flow, handler, options)` reads requests, calls
// the handler for each in turn and writes the answers in order (pipelined requests included),
// keeping the connection alive while both sides want to.
import { isLeft, type Either } from "fp-ts/Either";
import { concatBytes, utf8Encode, type Flow, type FlowError, type FlowWriteError, type ReadResult } from "@mirage/mirage-flow";
import { cancellation, type Sleep } from "@mirage/mirage-clock";
import { HttpHeaders, invalidField, type HeadersInit } from "./headers.ts";
import {
  requestParser,
  statusOfParseError,
  type BodyFraming,
  type HttpParseError,
  type HttpVersion,
  type ParseEvent,
  type ParserLimits,
  type RequestHead,
} from "./parser.ts";
import { encodeChunk, encodeLastChunk, httpDate, reasonPhrase, serializeResponseHead } from "./serialize.ts";

export interface Request extends RequestHead {
  /** The target's path: up to the "?" (for an absolute-form target, without scheme and authority); not percent-decoded. */
  readonly path: string;
  /** What follows the "?", without it ("" when there is none); not decoded. */
  readonly query: string;
  /** The whole request body (at most `maxBodyBytes`). */
  readonly body: Uint8Array;
  /** Trailer fields after a chunked body. */
  readonly trailers: HttpHeaders;
}

/** A string body is sent as UTF-8; an async iterable is streamed (chunked, on HTTP/1.1). */
export type Body = Uint8Array | string | AsyncIterable<Uint8Array>;

export interface Response {
  readonly status: number;
  /** Default: the standard phrase for the status. */
  readonly reason?: string;
  /**
   * Transfer-Encoding and Content-Length are the server's to set, except that a Content-Length
   * given with a streamed body is kept (and the stream must match it). `Connection: close`
   * closes the connection after this response.
   */
  readonly headers?: HeadersInit;
  readonly body?: Body;
}

export type Handler = (req: Request) => Promise<Response>;

export interface ServeOptions extends Omit<ParserLimits, "maxBodyBytes"> {
  /** Largest request body accepted (default 1 MiB); larger gives 413. */
  readonly maxBodyBytes?: number;
  /** POSIX time in nanoseconds for the Date header (from a PClock); without it no Date is sent. */
  readonly now?: () => bigint;
  /** The Server header's value; without it none is sent. */
  readonly serverName?: string;
  /**
   * Close the connection when a read waits longer than this (between requests: quietly; in the
   * middle of one: with 408). Needs `sleep`.
   */
  readonly idleTimeoutNs?: bigint;
  /** Bounds the idle timeout and the lingering close after a refused request (without it, refusals close at once). */
  readonly sleep?: Sleep;
  /** Told about handlers that threw or returned an invalid response (answered with 500). */
  readonly onHandlerError?: (error: unknown, req: Request) => void;
}

/** Why `serve` stopped; the flow is closed in every case. */
export type ServeEnd =
  /** The client closed between requests. */
  | { readonly _tag: "PeerClosed" }
  /** A request or response asked for the connection to close (Connection: close, HTTP/1.0). */
  | { readonly _tag: "ConnectionClose" }
  | { readonly _tag: "IdleTimeout" }
  /** A request could not be parsed or was refused (answered with `status`). */
  | { readonly _tag: "BadRequest"; readonly status: number; readonly error: HttpParseError | { readonly _tag: "ExpectationFailed"; readonly message: string } }
  | { readonly _tag: "FlowError"; readonly error: FlowError | FlowWriteError }
  | { readonly _tag: "HandlerError"; readonly error: unknown };

export interface ServeResult {
  /** Requests answered by the handler. */
  readonly requests: number;
  readonly end: ServeEnd;
}

const splitTarget = (target: string): { path: string; query: string } => {
  let t = target;
  if (!t.startsWith("/")) {
    const m = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*/.exec(t);
    if (m === null) return { path: t, query: "" };
    t = t.slice(m[0].length);
    if (t === "" || t.startsWith("?")) t = `/${t}`;
  }
  const hash = t.indexOf("#");
  if (hash >= 0) t = t.slice(0, hash);
  const q = t.indexOf("?");
  return q < 0 ? { path: t, query: "" } : { path: t.slice(0, q), query: t.slice(q + 1) };
};

/** How long and how much a refused client may go on sending before the connection closes. */
const LINGER_NS = 2_000_000_000n;
const LINGER_BYTES = 4 * 1024 * 1024;

const CONTINUE = utf8Encode("HTTP/1.1 100 Continue\r\n\r\n");

const isStream = (b: Body): b is AsyncIterable<Uint8Array> => typeof b !== "string" && !(b instanceof Uint8Array);

type Read = { readonly _tag: "Event"; readonly event: Either<HttpParseError, ParseEvent<RequestHead>> } | { readonly _tag: "Timeout" } | { readonly _tag: "FlowError"; readonly error: FlowError };

/** Serves one connection until it closes; never rejects. The flow is closed on return. */
export const serve = async (flow: Flow, handler: Handler, options: ServeOptions = {}): Promise<ServeResult> => {
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const parser = requestParser({ ...options, maxBodyBytes });
  const { sleep, idleTimeoutNs } = options;
  let requests = 0;

  const readOnce = async (): Promise<Either<FlowError, ReadResult> | "timeout"> => {
    if (sleep === undefined || idleTimeoutNs === undefined) return flow.read();
    const c = cancellation();
    const timer = sleep.sleepNs(idleTimeoutNs, c.signal).then(() => "timeout" as const);
    const r = await Promise.race([flow.read(), timer]);
    c.cancel();
    return r;
  };

  const nextEvent = async (): Promise<Read> => {
    for (;;) {
      const event = parser.next();
      if (event._tag === "Left" || event.right._tag !== "NeedMore") return { _tag: "Event", event };
      const r = await readOnce();
      if (r === "timeout") return { _tag: "Timeout" };
      if (r._tag === "Left") return { _tag: "FlowError", error: r.left };
      if (r.right._tag === "Eof") parser.end();
      else parser.feed(r.right.data);
    }
  };

  const baseHeaders = (h: HttpHeaders): HttpHeaders => {
    let out = h;
    if (options.now !== undefined && !out.has("date")) out = out.append("Date", httpDate(options.now()));
    if (options.serverName !== undefined && !out.has("server")) out = out.append("Server", options.serverName);
    return out;
  };

  /**
   * After refusing a request the client may still be sending (a body over the limit): closing
   * with unread data makes TCP reset the connection, and the client may lose the answer. So,
   * when there is a sleep to bound the wait, shut down writing and discard what comes for a
   * while (RFC 9112 §9.6's lingering close).
   */
  const linger = async (): Promise<void> => {
    if (sleep === undefined) return;
    await flow.shutdown("write");
    const c = cancellation();
    const timer = sleep.sleepNs(idleTimeoutNs !== undefined && idleTimeoutNs < LINGER_NS ? idleTimeoutNs : LINGER_NS, c.signal);
    const drain = (async () => {
      for (let total = 0; total < LINGER_BYTES; ) {
        const r = await flow.read();
        if (r._tag === "Left" || r.right._tag === "Eof") return;
        total += r.right.data.length;
      }
    })();
    await Promise.race([timer, drain]);
    c.cancel();
  };

  const finish = async (end: ServeEnd): Promise<ServeResult> => {
    await flow.close();
    return { requests, end };
  };

  /** Answers a refused request with `status` and closes. */
  const refuse = async (status: number, error: HttpParseError | { readonly _tag: "ExpectationFailed"; readonly message: string }): Promise<ServeResult> => {
    const body = utf8Encode(`${status} ${reasonPhrase(status)}\n`);
    const headers = baseHeaders(
      HttpHeaders.of([
        ["Content-Type", "text/plain; charset=utf-8"],
        ["Content-Length", String(body.length)],
        ["Connection", "close"],
      ]),
    );
    const w = await flow.writev([serializeResponseHead({ version: "HTTP/1.1", status, headers }), body]);
    if (w._tag === "Right") await linger();
    return finish({ _tag: "BadRequest", status, error });
  };

  for (;;) {
    // The head.
    const first = await nextEvent();
    if (first._tag === "Timeout") {
      if (parser.idle) return finish({ _tag: "IdleTimeout" });
      await flow.writev([
        serializeResponseHead({ version: "HTTP/1.1", status: 408, headers: baseHeaders(HttpHeaders.of({ "Content-Length": "0", Connection: "close" })) }),
      ]);
      return finish({ _tag: "IdleTimeout" });
    }
    if (first._tag === "FlowError") return finish({ _tag: "FlowError", error: first.error });
    if (first.event._tag === "Left") return refuse(statusOfParseError(first.event.left), first.event.left);
    const ev = first.event.right;
    if (ev._tag === "Eof") return finish({ _tag: "PeerClosed" });
    if (ev._tag !== "Head") throw new Error(`unreachable: the request parser gave ${ev._tag} before a head`);
    const head = ev.head;

    const expect = head.headers.get("expect");
    if (expect !== undefined) {
      if (expect.toLowerCase() !== "100-continue")
        return refuse(417, { _tag: "ExpectationFailed", message: `Cannot meet the expectation ${JSON.stringify(expect)}` });
      if (head.version === "HTTP/1.1" && !(ev.framing._tag === "Length" && ev.framing.length === 0)) {
        const w = await flow.write(CONTINUE);
        if (isLeft(w)) return finish({ _tag: "FlowError", error: w.left });
      }
    }

    // The body.
    const chunks: Uint8Array[] = [];
    let total = 0;
    let trailers = HttpHeaders.empty;
    for (;;) {
      const r = await nextEvent();
      if (r._tag === "Timeout") {
        await flow.writev([
          serializeResponseHead({ version: "HTTP/1.1", status: 408, headers: baseHeaders(HttpHeaders.of({ "Content-Length": "0", Connection: "close" })) }),
        ]);
        return finish({ _tag: "IdleTimeout" });
      }
      if (r._tag === "FlowError") return finish({ _tag: "FlowError", error: r.error });
      if (r.event._tag === "Left") return refuse(statusOfParseError(r.event.left), r.event.left);
      const e = r.event.right;
      if (e._tag === "Body") {
        chunks.push(e.data);
        total += e.data.length;
      } else if (e._tag === "End") {
        trailers = e.trailers;
        break;
      } else throw new Error(`unreachable: the request parser gave ${e._tag} inside a body`);
    }

    const connection = head.headers.tokens("connection");
    const clientKeepAlive = head.version === "HTTP/1.1" ? !connection.includes("close") : connection.includes("keep-alive");
    const req: Request = { ...head, ...splitTarget(head.target), body: chunks.length === 1 ? (chunks[0] as Uint8Array) : concatBytes(chunks), trailers };

    let res: Response;
    let problem: unknown;
    try {
      res = await handler(req);
      problem = checkResponse(res);
    } catch (e) {
      problem = e;
      res = { status: 500 };
    }
    if (problem !== undefined) {
      options.onHandlerError?.(problem, req);
      const body = utf8Encode("500 Internal Server Error\n");
      const headers = baseHeaders(HttpHeaders.of({ "Content-Type": "text/plain; charset=utf-8", "Content-Length": String(body.length), Connection: "close" }));
      await flow.writev([serializeResponseHead({ version: "HTTP/1.1", status: 500, headers }), ...(head.method === "HEAD" ? [] : [body])]);
      return finish({ _tag: "HandlerError", error: problem });
    }

    requests++;
    const sent = await writeResponse(flow, head, res, clientKeepAlive, baseHeaders);
    if (sent._tag === "FlowError") return finish({ _tag: "FlowError", error: sent.error });
    if (sent._tag === "StreamError") {
      options.onHandlerError?.(sent.error, req);
      return finish({ _tag: "HandlerError", error: sent.error });
    }
    if (!sent.keepAlive) return finish({ _tag: "ConnectionClose" });
  }
};

/** Why a handler's response cannot be sent, or undefined. */
const checkResponse = (res: Response): unknown => {
  if (typeof res !== "object" || res === null) return new TypeError("Cannot send the response: the handler returned no response object");
  if (!Number.isInteger(res.status) || res.status < 200 || res.status > 999)
    return new RangeError(`Cannot send the response: status ${res.status} is not an integer from 200 to 999`);
  if (res.reason !== undefined && /[\r\n\0]/.test(res.reason)) return new TypeError("Cannot send the response: the reason phrase has CR, LF or NUL");
  const bad = invalidField(HttpHeaders.of(res.headers));
  return bad === undefined ? undefined : new TypeError(`Cannot send the response: ${bad}`);
};

type Sent = { readonly _tag: "Ok"; readonly keepAlive: boolean } | { readonly _tag: "FlowError"; readonly error: FlowWriteError } | { readonly _tag: "StreamError"; readonly error: unknown };

const writeResponse = async (
  flow: Flow,
  req: { readonly method: string; readonly version: HttpVersion },
  res: Response,
  clientKeepAlive: boolean,
  baseHeaders: (h: HttpHeaders) => HttpHeaders,
): Promise<Sent> => {
  const given = HttpHeaders.of(res.headers);
  let keepAlive = clientKeepAlive && !given.tokens("connection").includes("close");
  const noBody = req.method === "HEAD" || res.status === 204 || res.status === 304;
  const noLength = res.status === 204 || res.status === 304;
  const body: Body = res.body ?? new Uint8Array(0);
  let headers = given.without("transfer-encoding", "connection");

  let bytes: Uint8Array | undefined;
  let framing: BodyFraming | undefined; // for a stream
  if (!isStream(body)) {
    bytes = typeof body === "string" ? utf8Encode(body) : body;
    headers = headers.without("content-length");
    if (!noLength) headers = headers.append("Content-Length", String(bytes.length));
  } else {
    // A HEAD response says what GET would, without reading the stream.
    const cl = given.getAll("content-length");
    const n = cl.length === 1 && /^[0-9]{1,15}$/.test(cl[0] as string) ? Number(cl[0]) : undefined;
    headers = headers.without("content-length");
    if (n !== undefined) {
      framing = { _tag: "Length", length: n };
      if (!noLength) headers = headers.append("Content-Length", String(n));
    } else if (noBody) {
      // Nothing to frame.
    } else if (req.version === "HTTP/1.1") {
      framing = { _tag: "Chunked" };
      headers = headers.append("Transfer-Encoding", "chunked");
    } else {
      framing = { _tag: "UntilClose" };
      keepAlive = false;
    }
  }
  if (!keepAlive) headers = headers.append("Connection", "close");
  else if (req.version === "HTTP/1.0") headers = headers.append("Connection", "keep-alive");
  headers = baseHeaders(headers);

  const head = serializeResponseHead({ version: "HTTP/1.1", status: res.status, reason: res.reason ?? reasonPhrase(res.status), headers });
  if (bytes !== undefined || noBody || framing === undefined) {
    const w = await flow.writev(noBody || bytes === undefined || bytes.length === 0 ? [head] : [head, bytes]);
    return w._tag === "Left" ? { _tag: "FlowError", error: w.left } : { _tag: "Ok", keepAlive };
  }

  const hw = await flow.write(head);
  if (hw._tag === "Left") return { _tag: "FlowError", error: hw.left };
  let sent = 0;
  try {
    for await (const chunk of body as AsyncIterable<Uint8Array>) {
      if (chunk.length === 0) continue;
      sent += chunk.length;
      if (framing._tag === "Length" && sent > framing.length)
        return { _tag: "StreamError", error: new RangeError(`Cannot send the response body: the stream is longer than its Content-Length ${framing.length}`) };
      const w = await (framing._tag === "Chunked" ? flow.writev(encodeChunk(chunk)) : flow.write(chunk));
      if (w._tag === "Left") return { _tag: "FlowError", error: w.left };
    }
  } catch (e) {
    return { _tag: "StreamError", error: e };
  }
  if (framing._tag === "Length" && sent !== framing.length)
    return { _tag: "StreamError", error: new RangeError(`Cannot send the response body: the stream ended after ${sent} of its Content-Length ${framing.length} bytes`) };
  if (framing._tag === "Chunked") {
    const w = await flow.write(encodeLastChunk());
    if (w._tag === "Left") return { _tag: "FlowError", error: w.left };
  }
  return { _tag: "Ok", keepAlive };
};
