// A small HTTP/1.1 client over one flow: one request at a time, the whole response body read.
import { left, right, type Either } from "fp-ts/Either";
import { utf8Encode, type Flow, type FlowError, type FlowWriteError } from "@mirage/mirage-flow";
import { HttpHeaders, invalidField, isToken, type HeadersInit } from "./headers.ts";
import { responseParser, type HttpParseError, type HttpVersion, type MessageParser, type ParserLimits, type ResponseHead } from "./parser.ts";
import { encodeChunk, encodeLastChunk, serializeRequestHead } from "./serialize.ts";

export interface RequestOptions {
  /** Default GET. */
  readonly method?: string;
  /** The request-target (default "/"). */
  readonly path?: string;
  readonly headers?: HeadersInit;
  /** A string is sent as UTF-8 with Content-Length; an async iterable is sent chunked. */
  readonly body?: Uint8Array | string | AsyncIterable<Uint8Array>;
  /** The Host header when `headers` has none (default "localhost"). */
  readonly host?: string;
  /** Default HTTP/1.1. */
  readonly version?: HttpVersion;
}

export interface ClientResponse extends ResponseHead {
  readonly body: Uint8Array;
  readonly trailers: HttpHeaders;
}

export type HttpError =
  | HttpParseError
  | FlowError
  | FlowWriteError
  | { readonly _tag: "InvalidRequest"; readonly message: string }
  /** An earlier response on this connection ended it (Connection: close, or a body delimited by the close). */
  | { readonly _tag: "ConnectionClosed"; readonly message: string };

export interface ClientOptions extends ParserLimits {}

export interface HttpClient {
  /** Sends one request and reads its response; calls made while one is running wait their turn. */
  request(options?: RequestOptions): Promise<Either<HttpError, ClientResponse>>;
}

/** A client for a connection that may carry several requests in turn (keep-alive). */
export const httpClient = (flow: Flow, clientOptions: ClientOptions = {}): HttpClient => {
  let pending: Uint8Array = new Uint8Array(0); // bytes read past the end of the previous response
  let closed = false;
  let queue: Promise<unknown> = Promise.resolve();

  const one = async (options: RequestOptions): Promise<Either<HttpError, ClientResponse>> => {
    if (closed) return left({ _tag: "ConnectionClosed", message: "Cannot send the request: an earlier response closed the connection" });
    const method = options.method ?? "GET";
    const target = options.path ?? "/";
    const version = options.version ?? "HTTP/1.1";
    if (!isToken(method)) return left({ _tag: "InvalidRequest", message: `Cannot send the request: the method ${JSON.stringify(method)} is not a token` });
    if (!/^[\x21-\x7e]+$/.test(target)) return left({ _tag: "InvalidRequest", message: `Cannot send the request: the target ${JSON.stringify(target)} is empty or has a space or non-ASCII character` });
    let headers = HttpHeaders.of(options.headers).without("content-length", "transfer-encoding");
    const bad = invalidField(headers);
    if (bad !== undefined) return left({ _tag: "InvalidRequest", message: `Cannot send the request: ${bad}` });
    if (!headers.has("host")) headers = HttpHeaders.of([["Host", options.host ?? "localhost"], ...headers.fields]);

    const body = options.body;
    let bytes: Uint8Array | undefined;
    let stream: AsyncIterable<Uint8Array> | undefined;
    if (body === undefined) {
      if (method === "POST" || method === "PUT" || method === "PATCH") headers = headers.append("Content-Length", "0");
    } else if (typeof body === "string" || body instanceof Uint8Array) {
      bytes = typeof body === "string" ? utf8Encode(body) : body;
      headers = headers.append("Content-Length", String(bytes.length));
    } else {
      if (version === "HTTP/1.0") return left({ _tag: "InvalidRequest", message: "Cannot send the request: HTTP/1.0 cannot carry a streamed (chunked) body" });
      stream = body;
      headers = headers.append("Transfer-Encoding", "chunked");
    }
    const head = serializeRequestHead({ method, target, version, headers });

    // Write and read at once: a server may answer (413, say) before it reads the whole body.
    const writing = (async (): Promise<Either<FlowWriteError, void>> => {
      const w = await flow.writev(bytes === undefined || bytes.length === 0 ? [head] : [head, bytes]);
      if (w._tag === "Left" || stream === undefined) return w;
      try {
        for await (const chunk of stream) {
          const c = await flow.writev(encodeChunk(chunk));
          if (c._tag === "Left") return c;
        }
      } catch (e) {
        return left({ _tag: "IoError", message: `Cannot send the request body: the stream failed: ${String(e)}` });
      }
      return flow.write(encodeLastChunk());
    })();

    const parser = responseParser({ ...clientOptions, requestMethod: method });
    parser.feed(pending);
    pending = new Uint8Array(0);
    const reading = readResponse(flow, parser);
    const [w, r] = await Promise.all([writing, reading]);
    if (r._tag === "Left") {
      // A write failure explains a response cut short better than the cut itself.
      if (w._tag === "Left" && (r.left._tag === "UnexpectedEof" || r.left._tag === "Reset")) return w;
      closed = true;
      return r;
    }
    const { response, rest, ended } = r.right;
    pending = rest;
    if (ended || response.headers.tokens("connection").includes("close") || (response.version === "HTTP/1.0" && !response.headers.tokens("connection").includes("keep-alive")))
      closed = true;
    return right(response);
  };

  return {
    request(options: RequestOptions = {}): Promise<Either<HttpError, ClientResponse>> {
      const p = queue.then(() => one(options));
      queue = p.catch(() => undefined);
      return p;
    },
  };
};

/** One request on `flow`; the flow stays open (close it, or use `httpClient` for more requests). */
export const request = (flow: Flow, options: RequestOptions = {}, clientOptions: ClientOptions = {}): Promise<Either<HttpError, ClientResponse>> =>
  httpClient(flow, clientOptions).request(options);

interface ReadResponse {
  readonly response: ClientResponse;
  /** Bytes after the response (a server should send none before the next request). */
  readonly rest: Uint8Array;
  /** The body ran until the connection closed. */
  readonly ended: boolean;
}

const readResponse = async (flow: Flow, parser: MessageParser<ResponseHead>): Promise<Either<HttpError, ReadResponse>> => {
  let head: ResponseHead | undefined;
  const chunks: Uint8Array[] = [];
  let total = 0;
  let eof = false;
  let untilClose = false;
  for (;;) {
    const e = parser.next();
    if (e._tag === "Left") return e;
    const ev = e.right;
    switch (ev._tag) {
      case "NeedMore": {
        const r = await flow.read();
        if (r._tag === "Left") return r;
        if (r.right._tag === "Eof") {
          eof = true;
          parser.end();
        } else parser.feed(r.right.data);
        break;
      }
      case "Eof":
        return left({ _tag: "UnexpectedEof", message: "Cannot read the response: the connection closed before it" });
      case "Head":
        head = ev.head;
        untilClose = ev.framing._tag === "UntilClose";
        break;
      case "Body":
        chunks.push(ev.data);
        total += ev.data.length;
        break;
      case "End": {
        const h = head as ResponseHead;
        // Interim responses (100 Continue, 103 Early Hints) come before the real one.
        if (h.status < 200 && h.status !== 101) {
          head = undefined;
          break;
        }
        const body = new Uint8Array(total);
        let off = 0;
        for (const c of chunks) {
          body.set(c, off);
          off += c.length;
        }
        return right({ response: { ...h, body, trailers: ev.trailers }, rest: parser.takeRest(), ended: eof || untilClose });
      }
    }
  }
};
