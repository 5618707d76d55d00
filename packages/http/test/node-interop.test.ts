// Interop with a real peer: our server under Node's HTTP client (http.get and fetch), and our
// client against Node's http.createServer, each over a real TCP socket on 127.0.0.1.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as http from "node:http";
import * as net from "node:net";
import type { AddressInfo } from "node:net";
import { left, right, type Either } from "fp-ts/Either";
import { flowConformance } from "@mirage/mirage-flow/conformance";
import type { Sleep } from "@mirage/mirage-clock";
import { utf8Decode, utf8Encode, type Flow, type FlowError, type FlowWriteError, type ReadResult } from "@mirage/mirage-flow";
import { contentTypeOf, httpClient, request, route, serve, text, type Handler, type ServeResult } from "../src/index.ts";

/** A Node socket as a Flow: reads pause the socket while nobody asks, writes wait for 'drain'. */
const socketFlow = (socket: net.Socket): Flow => {
  const chunks: Uint8Array[] = [];
  const readers: ((r: Either<FlowError, ReadResult>) => void)[] = [];
  let ended = false;
  let failure: FlowError | undefined;
  let closed = false;
  let writeShut = false;
  socket.pause();
  const serveReaders = (): void => {
    while (readers.length > 0) {
      const c = chunks.shift();
      if (c !== undefined) (readers.shift() as (r: Either<FlowError, ReadResult>) => void)(right({ _tag: "Data", data: c }));
      else if (failure !== undefined) (readers.shift() as (r: Either<FlowError, ReadResult>) => void)(left(failure));
      else if (ended || closed) (readers.shift() as (r: Either<FlowError, ReadResult>) => void)(right({ _tag: "Eof" }));
      else break;
    }
    if (readers.length > 0 && chunks.length === 0) socket.resume();
    else socket.pause();
  };
  socket.on("data", (d: Buffer) => {
    chunks.push(new Uint8Array(d.buffer, d.byteOffset, d.byteLength).slice());
    serveReaders();
  });
  socket.on("end", () => {
    ended = true;
    serveReaders();
  });
  socket.on("error", (e: NodeJS.ErrnoException) => {
    failure = e.code === "ECONNRESET" || e.code === "EPIPE" ? { _tag: "Reset", message: `Cannot use the flow: ${e.message}` } : { _tag: "IoError", message: e.message };
    serveReaders();
  });
  socket.on("close", () => {
    ended = true;
    serveReaders();
  });
  const write = (parts: ReadonlyArray<Uint8Array>): Promise<Either<FlowWriteError, void>> => {
    if (closed || writeShut) return Promise.resolve(left({ _tag: "Closed", message: "Cannot write: the flow is closed" }));
    if (failure !== undefined) return Promise.resolve(left(failure));
    if (socket.destroyed || !socket.writable) return Promise.resolve(left({ _tag: "Reset", message: "Cannot use the flow: the socket is gone" }));
    const buf = Buffer.concat(parts.map((p) => Buffer.from(p))); // a copy: the caller may reuse its buffers
    if (buf.length === 0) return Promise.resolve(right(undefined));
    return new Promise((resolve) => {
      const ok = socket.write(buf);
      if (ok) resolve(right(undefined));
      else {
        const done = (): void => {
          socket.off("drain", done);
          socket.off("close", done);
          resolve(failure === undefined && !socket.destroyed ? right(undefined) : left(failure ?? { _tag: "Reset", message: "Cannot use the flow: the socket closed" }));
        };
        socket.on("drain", done);
        socket.on("close", done);
      }
    });
  };
  return {
    kind: "flow",
    read: () => new Promise((resolve) => {
      readers.push(resolve);
      serveReaders();
    }),
    write: (data) => write([data]),
    writev: (data) => write(data),
    async shutdown(mode) {
      if (mode !== "read" && !writeShut) {
        writeShut = true;
        socket.end();
      }
      if (mode !== "write") {
        chunks.length = 0;
        ended = true;
        serveReaders();
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      chunks.length = 0;
      serveReaders();
      if (!writeShut) socket.end(() => socket.destroy());
      else socket.destroy();
    },
  };
};

/** A connected pair of flows over a real loopback TCP connection. */
const tcpPair = async (): Promise<readonly [Flow, Flow]> => {
  const server = net.createServer({ allowHalfOpen: true });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const accepted = new Promise<net.Socket>((resolve) => server.once("connection", resolve));
  const client = net.connect({ port: (server.address() as AddressInfo).port, host: "127.0.0.1", allowHalfOpen: true });
  await new Promise<void>((resolve) => client.once("connect", () => resolve()));
  const s = await accepted;
  server.close();
  return [socketFlow(client), socketFlow(s)] as const;
};

// The adapter itself is a Flow like any other: it passes the same suite as flowPair (Node's
// socket buffers are large and elastic, so no back-pressure bound is claimed).
flowConformance("Node net.Socket adapter (test helper)", tcpPair, { numRuns: 10, maxBytes: 64 * 1024 });

/** Sleep on the host's timers (what platform-unix provides; written here to keep the test self-contained). */
const hostSleep: Sleep = {
  kind: "sleep",
  sleepNs: (ns, signal) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(resolve, Number(ns / 1_000_000n));
      signal?.addEventListener?.("abort", () => {
        clearTimeout(t);
        resolve();
      });
    }),
};

const page = "<!doctype html><title>mirage</title><p>héllo</p>";

const site: Handler = route({
  "GET /": async () => ({ status: 200, headers: { "Content-Type": contentTypeOf("index.html") }, body: page }),
  "POST /echo": async (req) => ({ status: 200, headers: { "Content-Type": "application/octet-stream", "X-Len": String(req.body.length) }, body: req.body }),
  "GET /stream": async () => ({
    status: 200,
    headers: { "Content-Type": "text/plain" },
    body: (async function* () {
      for (let i = 0; i < 100; i++) yield utf8Encode(`line ${i}\n`);
    })(),
  }),
});

describe("our server under Node's HTTP client", () => {
  let server: net.Server;
  let port = 0;
  const results: ServeResult[] = [];
  let connections = 0;
  const sockets = new Set<net.Socket>();

  beforeAll(async () => {
    server = net.createServer({ allowHalfOpen: true }, (socket) => {
      connections++;
      sockets.add(socket);
      void serve(socketFlow(socket), site, {
        maxBodyBytes: 64 * 1024,
        now: () => 784111777n * 1_000_000_000n,
        serverName: "mirage-http",
        sleep: hostSleep,
      }).then((r) => results.push(r));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    for (const s of sockets) s.destroy(); // fetch's pool keeps idle connections open
    await new Promise((resolve) => server.close(resolve));
  });

  const get = (path: string, agent?: http.Agent): Promise<{ res: http.IncomingMessage; body: string }> =>
    new Promise((resolve, reject) => {
      http
        .get({ host: "127.0.0.1", port, path, ...(agent === undefined ? {} : { agent }) }, (res) => {
          const parts: Buffer[] = [];
          res.on("data", (d: Buffer) => parts.push(d));
          res.on("end", () => resolve({ res, body: Buffer.concat(parts).toString("utf8") }));
          res.on("error", reject);
        })
        .on("error", reject);
    });

  it("http.get reads a page with its headers", async () => {
    const { res, body } = await get("/");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(res.headers["content-length"]).toBe(String(Buffer.byteLength(page)));
    expect(res.headers.date).toBe("Sun, 06 Nov 1994 08:49:37 GMT");
    expect(res.headers.server).toBe("mirage-http");
    expect(body).toBe(page);
  });

  it("http.get with a keep-alive agent reuses one connection for several requests", async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const before = connections;
    for (let i = 0; i < 5; i++) expect((await get(i % 2 === 0 ? "/" : "/nope", agent)).res.statusCode).toBe(i % 2 === 0 ? 200 : 404);
    expect(connections - before).toBe(1);
    agent.destroy();
  });

  it("fetch reads a chunked stream, HEAD, 404 and 405", async () => {
    const base = `http://127.0.0.1:${port}`;
    const s = await fetch(`${base}/stream`);
    expect(s.headers.get("transfer-encoding")).toBe("chunked");
    expect(await s.text()).toBe(Array.from({ length: 100 }, (_, i) => `line ${i}\n`).join(""));
    const h = await fetch(`${base}/`, { method: "HEAD" });
    expect([h.status, h.headers.get("content-length"), await h.text()]).toEqual([200, String(Buffer.byteLength(page)), ""]);
    expect((await fetch(`${base}/missing`)).status).toBe(404);
    const m = await fetch(`${base}/`, { method: "DELETE" });
    expect([m.status, m.headers.get("allow")]).toEqual([405, "GET, HEAD"]);
  });

  it("fetch POSTs bodies (Content-Length and streamed/chunked) and gets them back byte-exact", async () => {
    const base = `http://127.0.0.1:${port}`;
    const data = new Uint8Array(50_000).map((_, i) => (i * 7) & 0xff);
    const a = await fetch(`${base}/echo`, { method: "POST", body: data });
    expect(a.headers.get("x-len")).toBe("50000");
    expect(Buffer.from(await a.arrayBuffer()).equals(Buffer.from(data))).toBe(true);
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(data.subarray(0, 1000));
        c.enqueue(data.subarray(1000));
        c.close();
      },
    });
    const b = await fetch(`${base}/echo`, { method: "POST", body: stream, duplex: "half" } as RequestInit);
    expect(b.headers.get("x-len")).toBe("50000");
    expect(Buffer.from(await b.arrayBuffer()).equals(Buffer.from(data))).toBe(true);
  });

  it("a body over the limit gets 413 from a real client, mid-upload", async () => {
    for (const size of [70_000, 3_000_000]) {
      const r = await fetch(`http://127.0.0.1:${port}/echo`, { method: "POST", body: new Uint8Array(size) });
      expect(r.status).toBe(413);
      expect(r.headers.get("connection")).toBe("close");
      expect(await r.text()).toBe("413 Content Too Large\n");
    }
  });

  it("raw garbage on a real socket gets 400 and a close", async () => {
    const sock = net.connect({ port, host: "127.0.0.1" });
    const got: Buffer[] = [];
    sock.on("data", (d: Buffer) => got.push(d));
    await new Promise<void>((resolve) => sock.once("connect", () => resolve()));
    sock.write("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
    await new Promise((resolve) => sock.once("close", resolve));
    expect(Buffer.concat(got).toString("latin1")).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n[^]*Connection: close\r\n/);
  });
});

describe("our client against Node's http.createServer", () => {
  let server: http.Server;
  let port = 0;
  const connect = async (): Promise<Flow> => {
    const s = net.connect({ port, host: "127.0.0.1", allowHalfOpen: true });
    await new Promise<void>((resolve) => s.once("connect", () => resolve()));
    return socketFlow(s);
  };

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const parts: Buffer[] = [];
      req.on("data", (d: Buffer) => parts.push(d));
      req.on("end", () => {
        const body = Buffer.concat(parts);
        const url = req.url ?? "/";
        if (url === "/chunked") {
          res.writeHead(200, { "Content-Type": "text/plain", Trailer: "X-Count" });
          for (let i = 0; i < 10; i++) res.write(`part ${i};`);
          res.addTrailers({ "X-Count": "10" });
          res.end();
        } else if (url === "/close") {
          res.writeHead(200, { Connection: "close", "Content-Length": "3" });
          res.end("bye");
        } else {
          res.writeHead(200, {
            "Content-Type": "application/json",
            "X-Seen-Host": req.headers.host ?? "",
            "X-Seen-TE": req.headers["transfer-encoding"] ?? "",
          });
          res.end(JSON.stringify({ method: req.method, url, length: body.length, sum: body.reduce((s, x) => s + x, 0) }));
        }
      });
    });
    server.keepAliveTimeout = 5000;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it("GETs, with the Host we give", async () => {
    const flow = await connect();
    const r = await request(flow, { path: "/hello?x=1", host: `127.0.0.1:${port}` });
    await flow.close();
    expect(r._tag === "Right" && r.right.status).toBe(200);
    expect(r._tag === "Right" && r.right.headers.get("x-seen-host")).toBe(`127.0.0.1:${port}`);
    expect(r._tag === "Right" && JSON.parse(utf8Decode(r.right.body))).toEqual({ method: "GET", url: "/hello?x=1", length: 0, sum: 0 });
  });

  it("sends several requests on one keep-alive connection, bodies with Content-Length and chunked", async () => {
    const flow = await connect();
    const c = httpClient(flow);
    const data = new Uint8Array(30_000).map((_, i) => i & 0xff);
    const sum = data.reduce((s, x) => s + x, 0);
    const a = await c.request({ method: "POST", path: "/a", body: data });
    const b = await c.request({
      method: "PUT",
      path: "/b",
      body: (async function* () {
        yield data.subarray(0, 10_000);
        yield data.subarray(10_000);
      })(),
    });
    const h = await c.request({ method: "HEAD", path: "/h" });
    const g = await c.request({ path: "/g" });
    await flow.close();
    expect(a._tag === "Right" && JSON.parse(utf8Decode(a.right.body))).toEqual({ method: "POST", url: "/a", length: 30_000, sum });
    expect(b._tag === "Right" && b.right.headers.get("x-seen-te")).toBe("chunked");
    expect(b._tag === "Right" && JSON.parse(utf8Decode(b.right.body))).toEqual({ method: "PUT", url: "/b", length: 30_000, sum });
    expect(h._tag === "Right" && [h.right.status, h.right.body.length]).toEqual([200, 0]);
    expect(g._tag === "Right" && JSON.parse(utf8Decode(g.right.body))).toMatchObject({ url: "/g" });
  });

  it("reads Node's chunked response with trailers", async () => {
    const flow = await connect();
    const r = await request(flow, { path: "/chunked" });
    await flow.close();
    expect(r._tag === "Right" && r.right.headers.get("transfer-encoding")).toBe("chunked");
    expect(r._tag === "Right" && utf8Decode(r.right.body)).toBe(Array.from({ length: 10 }, (_, i) => `part ${i};`).join(""));
    expect(r._tag === "Right" && r.right.trailers.get("x-count")).toBe("10");
  });

  it("honours Connection: close from Node", async () => {
    const flow = await connect();
    const c = httpClient(flow);
    const a = await c.request({ path: "/close" });
    expect(a._tag === "Right" && utf8Decode(a.right.body)).toBe("bye");
    const b = await c.request({ path: "/" });
    expect(b._tag === "Left" && b.left._tag).toBe("ConnectionClosed");
    await flow.close();
  });

  it("talks to our own server over real TCP too", async () => {
    const [cf, sf] = await tcpPair();
    const serving = serve(sf, async (req) => text(200, `hi ${req.path}`));
    const c = httpClient(cf);
    const rs = await Promise.all(["/1", "/2", "/3"].map((p) => c.request({ path: p })));
    expect(rs.map((r) => r._tag === "Right" && utf8Decode(r.right.body))).toEqual(["hi /1", "hi /2", "hi /3"]);
    await cf.close();
    expect(await serving).toMatchObject({ requests: 3 });
  });
});
