// The socket stack against the host's TCP/IP on loopback, with Node's own clients as peers.
import * as dgram from "node:dgram";
import * as net from "node:net";
import { isLeft, isRight } from "fp-ts/Either";
import { afterAll, describe, expect, it } from "vitest";
import type { TcpFlow, UdpDatagram } from "@mirage/tcpip";
import { ipv4Address } from "@mirage/tcpip/wire";
import { flowConformance } from "@mirage/mirage-flow/conformance";
import { socketStack } from "../src/socket-stack.ts";

const stack = socketStack({ bind: "127.0.0.1" });
afterAll(() => stack.disconnect());
const localhost = ipv4Address.loopback;
const port = () => 20000 + Math.floor(Math.random() * 20000);

const readAll = async (flow: TcpFlow): Promise<Uint8Array> => {
  const parts: Uint8Array[] = [];
  for (;;) {
    const r = await flow.read();
    if (isLeft(r)) throw new Error(r.left.message);
    if (r.right._tag === "Eof") break;
    parts.push(r.right.data.slice());
  }
  return Buffer.concat(parts);
};

describe("socket stack TCP", () => {
  it("serves a Node client: echo until the client half-closes, then close", async () => {
    const p = port();
    const listened = await stack.tcp.listen(p, async (flow) => {
      const data = await readAll(flow);
      await flow.write(data);
      await flow.close();
    });
    expect(isRight(listened)).toBe(true);
    const payload = Buffer.alloc(300_000, 7);
    const echoed = await new Promise<Buffer>((resolve, reject) => {
      const got: Buffer[] = [];
      const c = net.connect(p, "127.0.0.1", () => c.end(payload));
      c.on("data", (d) => got.push(d));
      c.on("end", () => resolve(Buffer.concat(got)));
      c.on("error", reject);
    });
    expect(echoed.equals(payload)).toBe(true);
    stack.tcp.unlisten(p);
  });

  it("connects out to a Node server, with endpoints and half-close", async () => {
    const server = net.createServer((s) => {
      s.write("hello ");
      s.on("data", (d) => s.end(`got ${d.length}`));
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
    const p = (server.address() as net.AddressInfo).port;
    const c = await stack.tcp.connect({ address: localhost, port: p });
    if (isLeft(c)) throw new Error(c.left.message);
    const flow = c.right;
    expect(flow.remote).toEqual({ address: localhost, port: p });
    expect(ipv4Address.toString(flow.local.address)).toBe("127.0.0.1");
    await flow.write(new Uint8Array(5));
    await flow.shutdown("write");
    expect(Buffer.from(await readAll(flow)).toString()).toBe("hello got 5");
    await flow.close();
    server.close();
  });

  it("reports a refused connection and a port in use as values", async () => {
    const p = port();
    const refused = await stack.tcp.connect({ address: localhost, port: p });
    expect(isLeft(refused) && refused.left._tag).toBe("Refused");
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(p, "127.0.0.1", () => r()));
    const taken = await stack.tcp.listen(p, () => {});
    expect(isLeft(taken) && taken.left).toMatchObject({ _tag: "PortInUse", port: p });
    blocker.close();
  });

  it("a peer reset is a Reset on read", async () => {
    const server = net.createServer((s) => s.on("data", () => s.resetAndDestroy()));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
    const c = await stack.tcp.connect({ address: localhost, port: (server.address() as net.AddressInfo).port });
    if (isLeft(c)) throw new Error(c.left.message);
    await c.right.write(new Uint8Array([1]));
    const r = await c.right.read();
    expect(isLeft(r) && r.left._tag).toBe("Reset");
    server.close();
  });
});

describe("socket stack UDP", () => {
  it("receives from and answers a Node dgram peer", async () => {
    const p = port();
    const seen: UdpDatagram[] = [];
    const l = await stack.udp.listen(p, (d) => {
      seen.push({ ...d, data: d.data.slice() });
      void stack.udp.write(d.src, d.data.slice().reverse(), { srcPort: p });
    });
    expect(isRight(l)).toBe(true);
    const peer = dgram.createSocket("udp4");
    const reply = await new Promise<Buffer>((resolve) => {
      peer.on("message", (m) => resolve(m));
      peer.send(Buffer.from("abc"), p, "127.0.0.1");
    });
    expect(reply.toString()).toBe("cba");
    expect(seen[0]?.dst.port).toBe(p);
    expect(seen[0]?.src.port).toBe((peer.address() as net.AddressInfo).port);
    peer.close();
    stack.udp.unlisten(p);
  });

  it("refuses datagrams over 65507 bytes", async () => {
    const r = await stack.udp.write({ address: localhost, port: 9 }, new Uint8Array(70000));
    expect(isLeft(r) && r.left._tag).toBe("TooLarge");
  });
});

// The flow contract every TCP implementation honours, on pairs of loopback connections.
const conformancePort = port();
let pending: ((f: TcpFlow) => void) | undefined;
const pairStack = socketStack({ bind: "127.0.0.1" });
afterAll(() => pairStack.disconnect());
flowConformance(
  "socket stack TCP flows",
  async () => {
    if (pending === undefined) {
      const l = await pairStack.tcp.listen(conformancePort, (f) => pending?.(f));
      if (isLeft(l)) throw new Error(l.left.message);
      pending = () => {};
    }
    const accepted = new Promise<TcpFlow>((resolve) => {
      pending = resolve;
    });
    const c = await pairStack.tcp.connect({ address: localhost, port: conformancePort });
    if (isLeft(c)) throw new Error(c.left.message);
    return [c.right, await accepted] as const;
  },
  { numRuns: 10 },
);
