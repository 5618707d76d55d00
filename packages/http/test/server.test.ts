import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { flowPair, utf8Decode, utf8Encode } from "@mirage/mirage-flow";
import { mockClock } from "@mirage/mirage-clock";
import { contentTypeOf, notFound, route, serve, text, type Handler, type Request, type ServeOptions } from "../src/index.ts";
import { bytes, exchange, statusLines } from "./helpers.ts";

const echo: Handler = async (req) => ({
  status: 200,
  headers: { "Content-Type": "text/plain", "X-Method": req.method, "X-Path": req.path, "X-Query": req.query },
  body: req.method === "POST" ? req.body : `${req.method} ${req.target}`,
});

/** Runs `serve` on one end of a pair and sends `raw` from the other; the server's whole answer. */
const run = async (raw: string | Uint8Array, handler: Handler = echo, options: ServeOptions = {}) => {
  const [client, server] = flowPair();
  const serving = serve(server, handler, options);
  const answer = await exchange(client, raw);
  const result = await serving;
  return { answer, result };
};

const G = (path = "/", extra = ""): string => `GET ${path} HTTP/1.1\r\nHost: h\r\n${extra}\r\n`;

describe("serve: basics", () => {
  it("answers a GET with Content-Length and keeps the connection for the next request", async () => {
    const { answer, result } = await run(G("/a?b=c"));
    expect(answer).toBe("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Method: GET\r\nX-Path: /a\r\nX-Query: b=c\r\nContent-Length: 10\r\n\r\nGET /a?b=c");
    expect(result).toEqual({ requests: 1, end: { _tag: "PeerClosed" } });
  });

  it("gives the handler the body, headers and trailers", async () => {
    let seen: Request | undefined;
    const { answer } = await run(
      "POST /up HTTP/1.1\r\nHost: h\r\nX-A: 1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\nX-T: 9\r\n\r\n",
      async (req) => {
        seen = req;
        return text(201, "made");
      },
    );
    expect(statusLines(answer)).toEqual(["HTTP/1.1 201 Created"]);
    expect(utf8Decode(seen?.body as Uint8Array)).toBe("abcde");
    expect(seen?.headers.get("x-a")).toBe("1");
    expect(seen?.trailers.get("X-T")).toBe("9");
  });

  it("adds Date from the injected clock and Server when asked; no wall clock otherwise", async () => {
    const clock = mockClock(784111777n * 1_000_000_000n);
    const { answer } = await run(G(), echo, { now: () => clock.pclock.now(), serverName: "mirage" });
    expect(answer).toContain("\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\n");
    expect(answer).toContain("\r\nServer: mirage\r\n");
    const plain = await run(G());
    expect(plain.answer).not.toMatch(/\r\nDate:|\r\nServer:/);
  });

  it("sends string bodies as UTF-8 with their byte length", async () => {
    const { answer } = await run(G(), async () => text(200, "héllo ✓"));
    expect(answer).toContain("Content-Length: 10\r\n"); // h é(2) l l o SP ✓(3)
  });

  it("overrides a handler's wrong Content-Length and drops its Transfer-Encoding for a known body", async () => {
    const { answer } = await run(G(), async () => ({ status: 200, headers: { "Content-Length": "99", "Transfer-Encoding": "chunked" }, body: "abc" }));
    expect(answer).toBe("HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc");
  });

  it("204 and 304 carry no body and no length", async () => {
    const { answer } = await run(G("/a") + G("/b"), async (req) => ({ status: req.path === "/a" ? 204 : 304, body: "ignored" }));
    expect(answer).toBe("HTTP/1.1 204 No Content\r\n\r\nHTTP/1.1 304 Not Modified\r\n\r\n");
  });
});

describe("serve: keep-alive and close", () => {
  it("HTTP/1.1 keeps alive; Connection: close closes after the answer", async () => {
    const [client, server] = flowPair();
    const serving = serve(server, echo);
    await client.write(bytes(G("/1")));
    const r1 = await client.read();
    expect(r1._tag === "Right" && r1.right._tag === "Data" && utf8Decode(r1.right.data)).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    await client.write(bytes(G("/2", "Connection: close\r\n") + G("/3")));
    const rest = await exchange(client, "");
    expect(statusLines(rest)).toEqual(["HTTP/1.1 200 OK"]); // /3 is never answered
    expect(rest).toContain("Connection: close\r\n");
    expect(await serving).toEqual({ requests: 2, end: { _tag: "ConnectionClose" } });
  });

  it("HTTP/1.0 closes unless it asks for keep-alive", async () => {
    const a = await run("GET / HTTP/1.0\r\n\r\nGET / HTTP/1.0\r\n\r\n");
    expect(statusLines(a.answer)).toHaveLength(1);
    expect(a.answer).toContain("Connection: close\r\n");
    expect(a.result.end._tag).toBe("ConnectionClose");
    const b = await run("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\nGET / HTTP/1.0\r\n\r\n");
    expect(statusLines(b.answer)).toHaveLength(2);
    expect(b.answer).toContain("Connection: keep-alive\r\n");
    expect(b.result.requests).toBe(2);
  });

  it("a handler's Connection: close closes the connection", async () => {
    const { answer, result } = await run(G() + G(), async () => ({ status: 200, headers: { Connection: "close" }, body: "" }));
    expect(statusLines(answer)).toHaveLength(1);
    expect(result.end._tag).toBe("ConnectionClose");
  });

  it("answers requests that arrived before the client half-closed", async () => {
    const { answer, result } = await run(G("/x") + G("/y"));
    expect(statusLines(answer)).toHaveLength(2);
    expect(result).toEqual({ requests: 2, end: { _tag: "PeerClosed" } });
  });
});

describe("serve: pipelining", () => {
  test.prop([fc.array(fc.tuple(fc.constantFrom("GET", "HEAD", "POST", "DELETE"), fc.stringMatching(/^\/[a-z0-9]{0,8}$/), fc.string({ maxLength: 30 })), { minLength: 1, maxLength: 12 })], {
    numRuns: 40,
  })("N requests in one write give N responses, in order", async (reqs) => {
    const raw = reqs
      .map(([m, p, b]) => {
        const body = utf8Encode(b);
        return m === "POST" ? `POST ${p} HTTP/1.1\r\nHost: h\r\nContent-Length: ${body.length}\r\n\r\n${String.fromCharCode(...body)}` : `${m} ${p} HTTP/1.1\r\nHost: h\r\n\r\n`;
      })
      .join("");
    const { answer, result } = await run(bytes(raw));
    expect(result.requests).toBe(reqs.length);
    // Each response echoes method and path in headers; HEAD responses have no body.
    const seen = [...answer.matchAll(/X-Method: (\w+)\r\nX-Path: (\S*)\r\n/g)].map((m) => [m[1], m[2]]);
    expect(seen).toEqual(reqs.map(([m, p]) => [m, p]));
    const expectedLength = reqs.reduce((s, [m, p, b]) => s + (m === "HEAD" ? 0 : m === "POST" ? utf8Encode(b).length : `${m} ${p}`.length), 0);
    const bodies = answer.split(/HTTP\/1\.1 200 OK\r\n[^]*?\r\n\r\n/).join("");
    expect(bodies.length).toBe(expectedLength);
  });

  it("handles requests one at a time, in order, even when handlers take different times", async () => {
    const order: string[] = [];
    const { answer } = await run(G("/slow") + G("/fast"), async (req) => {
      order.push(`start ${req.path}`);
      if (req.path === "/slow") await new Promise((r) => setTimeout(r, 20));
      order.push(`end ${req.path}`);
      return text(200, req.path);
    });
    expect(order).toEqual(["start /slow", "end /slow", "start /fast", "end /fast"]);
    expect(answer.indexOf("/slow")).toBeLessThan(answer.indexOf("/fast"));
  });
});

describe("serve: HEAD", () => {
  it("sends the GET headers with Content-Length and no body", async () => {
    const { answer } = await run(`HEAD / HTTP/1.1\r\nHost: h\r\n\r\n${G()}`);
    const [head, get] = answer.split(/(?=HTTP\/1\.1 )/);
    expect(head).toBe("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Method: HEAD\r\nX-Path: /\r\nX-Query: \r\nContent-Length: 6\r\n\r\n");
    expect(get).toMatch(/\r\n\r\nGET \/$/);
  });

  it("does not read a streamed body for HEAD", async () => {
    let pulled = false;
    const { answer } = await run(`HEAD / HTTP/1.1\r\nHost: h\r\n\r\n`, async () => ({
      status: 200,
      body: (async function* () {
        pulled = true;
        yield utf8Encode("x");
      })(),
    }));
    expect(pulled).toBe(false);
    expect(answer).toBe("HTTP/1.1 200 OK\r\n\r\n");
  });
});

describe("serve: streamed bodies", () => {
  async function* parts(...xs: string[]): AsyncGenerator<Uint8Array> {
    for (const x of xs) yield utf8Encode(x);
  }

  it("chunks a stream on HTTP/1.1 (empty pieces skipped)", async () => {
    const { answer } = await run(G(), async () => ({ status: 200, body: parts("hello", "", " world") }));
    expect(answer).toBe("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n");
  });

  it("sends a stream with a given Content-Length as is", async () => {
    const { answer, result } = await run(G() + G(), async () => ({ status: 200, headers: { "content-length": "4" }, body: parts("ab", "cd") }));
    expect(answer).toBe("HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nabcd".repeat(2));
    expect(result.requests).toBe(2);
  });

  it("a stream that breaks its Content-Length ends the connection", async () => {
    const errors: unknown[] = [];
    const { answer, result } = await run(G() + G(), async () => ({ status: 200, headers: { "content-length": "10" }, body: parts("ab") }), {
      onHandlerError: (e) => errors.push(e),
    });
    expect(statusLines(answer)).toHaveLength(1);
    expect(result.end._tag).toBe("HandlerError");
    expect(String(errors[0])).toMatch(/ended after 2 of its Content-Length 10/);
  });

  it("delimits a stream by closing on HTTP/1.0", async () => {
    const { answer, result } = await run("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", async () => ({ status: 200, body: parts("a", "b") }));
    expect(answer).toBe("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nab");
    expect(result.end._tag).toBe("ConnectionClose");
  });

  it("a stream that throws midway aborts the connection", async () => {
    const { answer, result } = await run(G(), async () => ({
      status: 200,
      body: (async function* () {
        yield utf8Encode("part");
        throw new Error("disk on fire");
      })(),
    }));
    expect(answer).toBe("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\npart\r\n"); // no last chunk: the client sees it cut
    expect(result.end._tag).toBe("HandlerError");
  });

  it("respects back-pressure: a large streamed body goes through a small buffer", async () => {
    const [client, server] = flowPair({ bufferBytes: 512 });
    const big = new Uint8Array(200_000).map((_, i) => i & 0xff);
    const serving = serve(server, async () => ({
      status: 200,
      body: (async function* () {
        for (let i = 0; i < big.length; i += 7000) yield big.subarray(i, i + 7000);
      })(),
    }));
    const answer = await exchange(client, G());
    expect((await serving).requests).toBe(1);
    const bodyStart = answer.indexOf("\r\n\r\n") + 4;
    // De-chunk by hand.
    let i = bodyStart;
    const out: number[] = [];
    for (;;) {
      const eol = answer.indexOf("\r\n", i);
      const n = parseInt(answer.slice(i, eol), 16);
      if (n === 0) break;
      for (let k = 0; k < n; k++) out.push(answer.charCodeAt(eol + 2 + k));
      i = eol + 2 + n + 2;
    }
    expect(out.length).toBe(big.length);
    expect(out.every((x, k) => x === big[k])).toBe(true);
  });
});

describe("serve: refusals", () => {
  it("413 when Content-Length exceeds maxBodyBytes, without reading the body", async () => {
    let called = false;
    const { answer, result } = await run(`POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 11\r\n\r\n${"x".repeat(11)}`, async () => ((called = true), text(200, "")), {
      maxBodyBytes: 10,
    });
    expect(called).toBe(false);
    expect(answer).toBe("HTTP/1.1 413 Content Too Large\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 22\r\nConnection: close\r\n\r\n413 Content Too Large\n");
    expect(result).toMatchObject({ requests: 0, end: { _tag: "BadRequest", status: 413, error: { _tag: "BodyTooLarge" } } });
  });

  it("413 when chunks add up to more than maxBodyBytes", async () => {
    const { answer } = await run(`POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n8\r\n12345678\r\n8\r\n12345678\r\n0\r\n\r\n`, echo, { maxBodyBytes: 10 });
    expect(statusLines(answer)).toEqual(["HTTP/1.1 413 Content Too Large"]);
  });

  it("the default body limit is 1 MiB", async () => {
    const { answer } = await run(`POST / HTTP/1.1\r\nHost: h\r\nContent-Length: ${1024 * 1024 + 1}\r\n\r\n`);
    expect(statusLines(answer)).toEqual(["HTTP/1.1 413 Content Too Large"]);
  });

  it.each([
    ["400 on garbage", "HELLO\r\n\r\n", "HTTP/1.1 400 Bad Request"],
    ["400 on TE + CL (smuggling)", "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", "HTTP/1.1 400 Bad Request"],
    ["400 on obs-fold", "GET / HTTP/1.1\r\nHost: h\r\nX: a\r\n b\r\n\r\n", "HTTP/1.1 400 Bad Request"],
    ["400 on a missing Host", "GET / HTTP/1.1\r\n\r\n", "HTTP/1.1 400 Bad Request"],
    ["400 on a request cut short", "GET / HTTP/1.1\r\nHost: h\r\n", "HTTP/1.1 400 Bad Request"],
    ["414 on a long request line", `GET /${"a".repeat(9000)} HTTP/1.1\r\nHost: h\r\n\r\n`, "HTTP/1.1 414 URI Too Long"],
    ["431 on a large header block", `GET / HTTP/1.1\r\nHost: h\r\nX: ${"a".repeat(17000)}\r\n\r\n`, "HTTP/1.1 431 Request Header Fields Too Large"],
    ["431 on too many headers", `GET / HTTP/1.1\r\nHost: h\r\n${"X: 1\r\n".repeat(101)}\r\n`, "HTTP/1.1 431 Request Header Fields Too Large"],
    ["501 on gzip transfer coding", "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", "HTTP/1.1 501 Not Implemented"],
    ["505 on HTTP/2.0", "GET / HTTP/2.0\r\n\r\n", "HTTP/1.1 505 HTTP Version Not Supported"],
    ["417 on an unknown expectation", "GET / HTTP/1.1\r\nHost: h\r\nExpect: magic\r\n\r\n", "HTTP/1.1 417 Expectation Failed"],
  ])("%s", async (_name, raw, status) => {
    const { answer, result } = await run(`${G("/ok")}${raw}`);
    expect(statusLines(answer)).toEqual(["HTTP/1.1 200 OK", status]); // the good request before it is answered
    expect(answer).toMatch(/Connection: close\r\n\r\n\d{3} [^\n]+\n$/);
    expect(result.end._tag).toBe("BadRequest");
  });

  it("lingers after a refusal when it has a sleep: the client's upload is drained, not reset", async () => {
    const upload = async (options: ServeOptions) => {
      const [client, server] = flowPair({ bufferBytes: 1024 });
      const serving = serve(server, echo, { maxBodyBytes: 10, ...options });
      const reading = exchange(client, "");
      const w = await client.write(bytes(`POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 100000\r\n\r\n${"x".repeat(100_000)}`));
      await client.shutdown("write");
      return { write: w._tag === "Left" ? w.left._tag : "ok", answer: await reading, result: await serving };
    };
    const lingering = await upload({ sleep: mockClock().sleep });
    expect(lingering.write).toBe("ok");
    expect(statusLines(lingering.answer)).toEqual(["HTTP/1.1 413 Content Too Large"]);
    const abrupt = await upload({});
    expect(abrupt.write).toBe("Reset");
    expect(statusLines(abrupt.answer)).toEqual(["HTTP/1.1 413 Content Too Large"]);
  });

  it("500 when the handler throws or returns an invalid response, and the error is reported", async () => {
    const errors: unknown[] = [];
    const onHandlerError = (e: unknown): void => void errors.push(e);
    const a = await run(G(), async () => {
      throw new Error("boom");
    }, { onHandlerError });
    expect(statusLines(a.answer)).toEqual(["HTTP/1.1 500 Internal Server Error"]);
    expect(a.result.end._tag).toBe("HandlerError");
    const b = await run(G(), async () => ({ status: 200, headers: { "X-Evil": "a\r\nSet-Cookie: x=1" } }), { onHandlerError });
    expect(statusLines(b.answer)).toEqual(["HTTP/1.1 500 Internal Server Error"]);
    expect(b.answer).not.toContain("Set-Cookie");
    const c = await run(G(), async () => ({ status: 42 }), { onHandlerError });
    expect(statusLines(c.answer)).toEqual(["HTTP/1.1 500 Internal Server Error"]);
    expect(errors.map(String)).toEqual([expect.stringMatching(/boom/), expect.stringMatching(/X-Evil/), expect.stringMatching(/status 42/)]);
  });
});

/** Waits until the server is blocked in a read with its idle timer running. */
const untilSleeping = async (clock: ReturnType<typeof mockClock>): Promise<void> => {
  for (let i = 0; i < 1000 && clock.pendingSleepers() === 0; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  expect(clock.pendingSleepers()).toBe(1);
};

describe("serve: Expect and timeouts", () => {
  it("sends 100 Continue before reading a body the client is holding back", async () => {
    const [client, server] = flowPair();
    const serving = serve(server, echo);
    await client.write(bytes("POST / HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n"));
    const r = await client.read();
    expect(r._tag === "Right" && r.right._tag === "Data" && utf8Decode(r.right.data)).toBe("HTTP/1.1 100 Continue\r\n\r\n");
    const answer = await exchange(client, "abc");
    expect(answer).toMatch(/^HTTP\/1\.1 200 OK\r\n[^]*\r\n\r\nabc$/);
    expect((await serving).requests).toBe(1);
  });

  it("closes an idle connection after the injected sleep, quietly between requests", async () => {
    const clock = mockClock();
    const [client, server] = flowPair();
    const serving = serve(server, echo, { sleep: clock.sleep, idleTimeoutNs: 5_000_000_000n });
    await client.write(bytes(G()));
    const r = await client.read();
    expect(r._tag === "Right" && r.right._tag === "Data").toBe(true);
    await untilSleeping(clock);
    await clock.advance(4_000_000_000n);
    let done = false;
    void serving.then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(done).toBe(false);
    await clock.advance(1_000_000_000n);
    expect(await serving).toEqual({ requests: 1, end: { _tag: "IdleTimeout" } });
    const after = await client.read();
    expect(after._tag === "Right" && after.right._tag).toBe("Eof");
  });

  it("answers 408 when a request stalls midway", async () => {
    const clock = mockClock();
    const [client, server] = flowPair();
    const serving = serve(server, echo, { sleep: clock.sleep, idleTimeoutNs: 1_000_000n });
    await client.write(bytes("GET / HTTP/1.1\r\nHo"));
    await new Promise((resolve) => setTimeout(resolve, 0)); // the server takes the bytes and re-arms its timer
    await untilSleeping(clock);
    await clock.advance(1_000_000n);
    expect((await serving).end._tag).toBe("IdleTimeout");
    const answer = await exchange(client, "");
    expect(statusLines(answer)).toEqual(["HTTP/1.1 408 Request Timeout"]);
  });

  it("a reset connection ends serve with FlowError", async () => {
    const [client, server] = flowPair();
    const serving = serve(server, echo);
    await client.write(bytes("GET / HT"));
    client.reset();
    expect((await serving).end).toMatchObject({ _tag: "FlowError", error: { _tag: "Reset" } });
  });
});

describe("route, notFound, contentTypeOf", () => {
  const app = route({
    "GET /": async () => text(200, "home"),
    "POST /items": async (req) => text(201, `got ${req.body.length}`),
    "GET /static/*": async (req) => text(200, `static ${req.path}`),
    "GET /static/special": async () => text(200, "special"),
  });
  const call = async (method: string, path: string): Promise<{ status: number; body: string; allow?: string }> => {
    const res = await app({ method, target: path, path, query: "", version: "HTTP/1.1", headers: undefined as never, body: new Uint8Array(3), trailers: undefined as never });
    const h = res.headers as Record<string, string> | undefined;
    return { status: res.status, body: String(res.body), ...(h?.Allow === undefined ? {} : { allow: h.Allow }) };
  };

  it("dispatches on method and path, prefix routes, HEAD as GET, 404 and 405", async () => {
    expect(await call("GET", "/")).toEqual({ status: 200, body: "home" });
    expect(await call("HEAD", "/")).toEqual({ status: 200, body: "home" });
    expect(await call("POST", "/items")).toEqual({ status: 201, body: "got 3" });
    expect(await call("GET", "/static/a/b.css")).toEqual({ status: 200, body: "static /static/a/b.css" });
    expect(await call("GET", "/static/special")).toEqual({ status: 200, body: "special" });
    expect(await call("GET", "/nope")).toMatchObject({ status: 404 });
    expect(await call("DELETE", "/")).toEqual({ status: 405, body: "405 Method Not Allowed\n", allow: "GET, HEAD" });
    expect(await call("GET", "/items")).toEqual({ status: 405, body: "405 Method Not Allowed\n", allow: "POST" });
  });

  it("refuses malformed keys", () => {
    expect(() => route({ "GET": async () => notFound() })).toThrow(/METHOD \/path/);
    expect(() => route({ "GET x": async () => notFound() })).toThrow(/METHOD \/path/);
  });

  it("serves through a real connection", async () => {
    const { answer } = await run(G("/nope"), app);
    expect(answer).toBe("HTTP/1.1 404 Not Found\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 14\r\n\r\n404 Not Found\n");
  });

  it("maps extensions to content types", () => {
    expect(
      ["index.html", "a/b.CSS", "app.js", "x.json", "i.png", "p.jpg", "p.jpeg", "logo.svg", "r.txt", "m.wasm", "favicon.ico", "noext", ".hidden", "dir.d/file", "a.unknown"].map(contentTypeOf),
    ).toEqual([
      "text/html; charset=utf-8",
      "text/css; charset=utf-8",
      "text/javascript; charset=utf-8",
      "application/json",
      "image/png",
      "image/jpeg",
      "image/jpeg",
      "image/svg+xml",
      "text/plain; charset=utf-8",
      "application/wasm",
      "image/x-icon",
      "application/octet-stream",
      "application/octet-stream",
      "application/octet-stream",
      "application/octet-stream",
    ]);
  });
});
