import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { flowPair, readAll, utf8Decode, utf8Encode, type Flow } from "@mirage/mirage-flow";
import { httpClient, request, serve, text, type Handler, type Response } from "../src/index.ts";
import { bytes, str } from "./helpers.ts";

const app: Handler = async (req): Promise<Response> => {
  if (req.path === "/stream")
    return {
      status: 200,
      headers: { "Content-Type": "application/octet-stream" },
      body: (async function* () {
        for (let i = 0; i < 5; i++) yield new Uint8Array(1000).fill(i);
      })(),
    };
  if (req.path === "/echo") return { status: 200, headers: { "X-Len": String(req.body.length), "X-TE": req.headers.get("transfer-encoding") ?? "" }, body: req.body };
  if (req.path === "/bye") return { status: 200, headers: { Connection: "close" }, body: "bye" };
  return text(200, `${req.method} ${req.target} host=${req.headers.get("host")}`);
};

const connect = (): { flow: Flow; serving: Promise<unknown> } => {
  const [c, s] = flowPair();
  return { flow: c, serving: serve(s, app) };
};

/** A fake server: reads the request head, then writes `raw` and closes. */
const rawServer = (raw: string | Uint8Array): Flow => {
  const [c, s] = flowPair();
  void (async () => {
    let seen = "";
    while (!seen.includes("\r\n\r\n")) {
      const r = await s.read();
      if (r._tag === "Left" || r.right._tag === "Eof") break;
      seen += str(r.right.data);
    }
    await s.write(typeof raw === "string" ? bytes(raw) : raw);
    await s.close();
  })();
  return c;
};

describe("request against serve", () => {
  it("GETs with a default Host", async () => {
    const { flow } = connect();
    const r = await request(flow, { path: "/x?y" });
    expect(r._tag === "Right" && r.right).toMatchObject({ status: 200, reason: "OK", version: "HTTP/1.1" });
    expect(r._tag === "Right" && utf8Decode(r.right.body)).toBe("GET /x?y host=localhost");
    expect(r._tag === "Right" && r.right.headers.get("content-type")).toBe("text/plain; charset=utf-8");
  });

  it("POSTs a body with Content-Length, or streamed (chunked)", async () => {
    const { flow } = connect();
    const c = httpClient(flow);
    const a = await c.request({ method: "POST", path: "/echo", body: "héllo", host: "example.org" });
    expect(a._tag === "Right" && [a.right.headers.get("x-len"), utf8Decode(a.right.body)]).toEqual(["6", "héllo"]);
    const b = await c.request({
      method: "PUT",
      path: "/echo",
      body: (async function* () {
        yield utf8Encode("ab");
        yield new Uint8Array(0);
        yield utf8Encode("cd");
      })(),
    });
    expect(b._tag === "Right" && [b.right.headers.get("x-te"), utf8Decode(b.right.body)]).toEqual(["chunked", "abcd"]);
  });

  it("reads a chunked response and a HEAD response without body", async () => {
    const { flow } = connect();
    const c = httpClient(flow);
    const s = await c.request({ path: "/stream" });
    expect(s._tag === "Right" && s.right.headers.get("transfer-encoding")).toBe("chunked");
    expect(s._tag === "Right" && s.right.body.length).toBe(5000);
    expect(s._tag === "Right" && s.right.body[4999]).toBe(4);
    const h = await c.request({ method: "HEAD", path: "/x" });
    expect(h._tag === "Right" && [h.right.headers.get("content-length"), h.right.body.length]).toEqual(["22", 0]); // "HEAD /x host=localhost"
    const g = await c.request({ path: "/x" });
    expect(g._tag === "Right" && utf8Decode(g.right.body)).toBe("GET /x host=localhost");
  });

  test.prop([fc.array(fc.stringMatching(/^\/[a-z]{0,6}$/), { minLength: 1, maxLength: 8 })], { numRuns: 20 })(
    "keep-alive: sequential and concurrent calls on one connection are answered in order",
    async (paths) => {
      const [cf, sf] = flowPair();
      const serving = serve(sf, app);
      const c = httpClient(cf);
      const results = await Promise.all(paths.map((p) => c.request({ path: p })));
      expect(results.map((r) => r._tag === "Right" && utf8Decode(r.right.body))).toEqual(paths.map((p) => `GET ${p} host=localhost`));
      await cf.close();
      expect(await serving).toMatchObject({ requests: paths.length });
    },
  );

  it("after a Connection: close response, further requests fail with ConnectionClosed", async () => {
    const { flow, serving } = connect();
    const c = httpClient(flow);
    const a = await c.request({ path: "/bye" });
    expect(a._tag === "Right" && utf8Decode(a.right.body)).toBe("bye");
    const b = await c.request({ path: "/" });
    expect(b._tag === "Left" && b.left._tag).toBe("ConnectionClosed");
    expect(await serving).toMatchObject({ requests: 1, end: { _tag: "ConnectionClose" } });
  });

  it("gets the server's 413 even while its upload is refused", async () => {
    const [cf, sf] = flowPair({ bufferBytes: 1024 });
    void serve(sf, app, { maxBodyBytes: 1000 });
    const r = await request(cf, { method: "POST", path: "/echo", body: new Uint8Array(100_000) });
    expect(r._tag === "Right" && r.right.status).toBe(413);
  });

  it("refuses invalid requests before sending anything", async () => {
    const [cf, sf] = flowPair();
    expect((await request(cf, { method: "GE T" }))._tag === "Left").toBe(true);
    expect(await request(cf, { path: "/a b" })).toMatchObject({ left: { _tag: "InvalidRequest" } });
    expect(await request(cf, { headers: { "X-A": "1\r\nX-B: 2" } })).toMatchObject({ left: { _tag: "InvalidRequest" } });
    expect(await request(cf, { headers: { "Bad Name": "1" } })).toMatchObject({ left: { _tag: "InvalidRequest" } });
    await cf.close();
    const got = await readAll(sf);
    expect(got._tag === "Right" && got.right.length).toBe(0);
  });
});

describe("request against raw servers", () => {
  it("reads a body delimited by the close (HTTP/1.0)", async () => {
    const r = await request(rawServer("HTTP/1.0 200 OK\r\nX: y\r\n\r\nall of this"), {});
    expect(r._tag === "Right" && [r.right.version, str(r.right.body)]).toEqual(["HTTP/1.0", "all of this"]);
  });

  it("skips 100 Continue and 103 Early Hints", async () => {
    const r = await request(rawServer("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nok"));
    expect(r._tag === "Right" && [r.right.status, str(r.right.body)]).toEqual([201, "ok"]);
  });

  it("reads trailers", async () => {
    const r = await request(rawServer("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n0\r\nX-Checksum: 7\r\n\r\n"));
    expect(r._tag === "Right" && r.right.trailers.get("x-checksum")).toBe("7");
  });

  it.each([
    ["garbage", "SMTP ready\r\n\r\n", "BadStartLine"],
    ["a truncated body", "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort", "UnexpectedEof"],
    ["a truncated chunked body", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab", "UnexpectedEof"],
    ["nothing at all", "", "UnexpectedEof"],
    ["TE and CL", "HTTP/1.1 200 OK\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n", "AmbiguousLength"],
    ["conflicting lengths", "HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab", "BadContentLength"],
  ])("gives a typed error on %s", async (_name, raw, tag) => {
    const r = await request(rawServer(raw));
    expect(r._tag === "Left" && r.left._tag).toBe(tag);
  });

  it("gives Reset when the server resets the connection", async () => {
    const [c, s] = flowPair();
    void s.read().then(() => s.reset());
    const r = await request(c);
    expect(r._tag === "Left" && r.left._tag).toBe("Reset");
  });
});
