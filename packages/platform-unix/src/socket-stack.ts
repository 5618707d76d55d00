// The socket stack: the StackV4 signature over the host's own TCP/IP (node:net, node:dgram),
// MirageOS's `--net=socket`. An app written against StackV4 runs unchanged on it and on the
// direct stack; here the kernel does TCP, so there is no TAP device and no root needed.
import * as dgram from "node:dgram";
import * as net from "node:net";
import { isLeft, left, right, type Either } from "fp-ts/Either";
import type { FlowError, FlowWriteError, ReadResult } from "@mirage/mirage-flow";
import type {
  Endpoint, KeepaliveOptions, ListenError, StackV4, TcpConnectError, TcpFlow, TcpListenOptions, TcpV4, UdpDatagram, UdpV4, UdpWriteError,
} from "@mirage/tcpip";
import { ipv4Address, type Ipv4Address, type Ipv4Cidr } from "@mirage/tcpip/wire";

export interface SocketStackConfig {
  /** The host address to bind listeners to (default 0.0.0.0: every interface). */
  readonly bind?: string;
}

const toAddress = (host: string | undefined): Ipv4Address => {
  const a = ipv4Address.parse((host ?? "0.0.0.0").replace(/^::ffff:/, ""));
  return isLeft(a) ? ipv4Address.unspecified : a.right;
};

const errnoOf = (e: unknown): string => (e as NodeJS.ErrnoException | undefined)?.code ?? "";

const flowError = (e: unknown): FlowError => {
  const code = errnoOf(e);
  const message = e instanceof Error ? e.message : String(e);
  if (code === "ECONNRESET" || code === "EPIPE") return { _tag: "Reset", message: `connection reset by peer (${code})` };
  if (code === "ETIMEDOUT") return { _tag: "Timeout", message };
  return { _tag: "IoError", message };
};

/** A connected node:net socket as a TcpFlow: pull-based reads, writes that wait for drain. */
export const socketFlow = (socket: net.Socket): TcpFlow => {
  const chunks: Uint8Array[] = [];
  let ended = false;
  let failed: FlowError | undefined;
  let closed = false;
  let waiting: ((r: Either<FlowError, ReadResult>) => void) | undefined;
  // Reads are pulled: the socket is paused while chunks are queued, so a slow reader
  // back-pressures the peer through the kernel's receive window.
  socket.pause();
  const wake = () => {
    const w = waiting;
    if (w === undefined) return;
    const c = chunks.shift();
    if (c !== undefined) {
      waiting = undefined;
      w(right({ _tag: "Data", data: c }));
    } else if (failed !== undefined) {
      waiting = undefined;
      w(left(failed));
    } else if (ended) {
      waiting = undefined;
      w(right({ _tag: "Eof" }));
    }
  };
  socket.on("data", (d: Buffer) => {
    chunks.push(new Uint8Array(d.buffer, d.byteOffset, d.byteLength));
    socket.pause();
    wake();
  });
  socket.on("end", () => {
    ended = true;
    wake();
  });
  socket.on("error", (e) => {
    failed = flowError(e);
    wake();
  });
  socket.on("close", () => {
    ended = true;
    wake();
  });

  const writeOne = (data: Uint8Array): Promise<Either<FlowWriteError, void>> => {
    if (closed || socket.writableEnded) return Promise.resolve(left({ _tag: "Closed", message: "Cannot write: the flow is closed for writing" }));
    if (failed !== undefined) return Promise.resolve(left(failed));
    if (data.length === 0) return Promise.resolve(right(undefined));
    // Copy: the caller may reuse `data` once write resolves, but Node keeps the view until sent.
    const accepted = socket.write(Uint8Array.prototype.slice.call(data));
    if (accepted) return Promise.resolve(right(undefined));
    return new Promise((resolve) => {
      const done = () => {
        socket.off("drain", done);
        socket.off("close", done);
        resolve(failed !== undefined ? left(failed) : socket.destroyed ? left({ _tag: "Closed", message: "Cannot write: the connection closed" }) : right(undefined));
      };
      socket.on("drain", done);
      socket.on("close", done);
    });
  };

  // Writes (and the parts of a writev) go out in call order, never interleaved.
  let queue: Promise<unknown> = Promise.resolve();
  const serialized = <A>(f: () => Promise<A>): Promise<A> => {
    const next = queue.then(f, f);
    queue = next;
    return next;
  };
  // One write for the whole vector: parts written separately would let Nagle hold the later
  // ones until the peer's (delayed) ACK, 40 ms per HTTP response. The data is copied anyway.
  const writeAll = (datas: ReadonlyArray<Uint8Array>): Promise<Either<FlowWriteError, void>> =>
    writeOne(datas.length === 1 ? (datas[0] as Uint8Array) : Buffer.concat(datas));

  return {
    kind: "flow",
    local: { address: toAddress(socket.localAddress), port: socket.localPort ?? 0 },
    remote: { address: toAddress(socket.remoteAddress), port: socket.remotePort ?? 0 },
    read: () =>
      new Promise((resolve) => {
        if (waiting !== undefined) throw new Error("Cannot read: a read is already pending on this flow");
        waiting = resolve;
        wake();
        if (waiting !== undefined && !ended && failed === undefined) socket.resume();
      }),
    write: (data) => serialized(() => writeOne(data)),
    writev: (datas) => serialized(() => writeAll(datas)),
    shutdown: async (mode) => {
      if (mode !== "read") socket.end();
      if (mode !== "write") {
        chunks.length = 0;
        ended = true;
        wake();
      }
    },
    close: () =>
      new Promise((resolve) => {
        closed = true;
        ended = true;
        chunks.length = 0;
        wake();
        if (socket.destroyed) return resolve();
        socket.once("close", () => resolve());
        // Send what is queued and our FIN, then release the socket without waiting for the
        // peer's FIN (a full close, unlike shutdown("write")).
        socket.destroySoon();
      }),
    setNoDelay: (on) => {
      socket.setNoDelay(on);
    },
    setKeepalive: (k: KeepaliveOptions | undefined) => {
      socket.setKeepAlive(k !== undefined, k === undefined ? 0 : Number(k.afterNs / 1_000_000n));
    },
  };
};

const listenError = (port: number, e: unknown): ListenError =>
  errnoOf(e) === "EADDRINUSE"
    ? { _tag: "PortInUse", port, message: `Cannot listen on port ${port}: it is in use` }
    : { _tag: "InvalidPort", port, message: `Cannot listen on port ${port}: ${e instanceof Error ? e.message : String(e)}` };

const validPort = (port: number): boolean => Number.isInteger(port) && port >= 0 && port <= 65535;

const socketTcp = (config: SocketStackConfig): TcpV4 & { close(): Promise<void> } => {
  const servers = new Map<number, net.Server>();
  return {
    kind: "tcpv4",
    listen: (port, handler, options?: TcpListenOptions) =>
      new Promise((resolve) => {
        if (!validPort(port)) return resolve(left({ _tag: "InvalidPort", port, message: `Cannot listen on port ${port}: not a port number` }));
        if (servers.has(port)) return resolve(left({ _tag: "PortInUse", port, message: `Cannot listen on port ${port}: already listening` }));
        // allowHalfOpen: the peer's FIN ends our reads only; we close our side when the app does.
        const server = net.createServer({ pauseOnConnect: true, allowHalfOpen: true }, (socket) => {
          const flow = socketFlow(socket);
          if (options?.keepalive !== undefined) flow.setKeepalive(options.keepalive);
          void Promise.resolve()
            .then(() => handler(flow))
            .catch(() => socket.destroy());
        });
        server.maxConnections = Number.MAX_SAFE_INTEGER;
        server.once("error", (e) => resolve(left(listenError(port, e))));
        server.listen({ port, host: config.bind ?? "0.0.0.0", backlog: options?.backlog ?? 128 }, () => {
          servers.set(port, server);
          resolve(right(undefined));
        });
      }),
    unlisten: (port) => {
      servers.get(port)?.close();
      servers.delete(port);
    },
    connect: (remote: Endpoint, options) =>
      new Promise((resolve) => {
        const socket = net.connect({ host: ipv4Address.toString(remote.address), port: remote.port, allowHalfOpen: true });
        const timeoutMs = options?.timeoutNs === undefined ? undefined : Number(options.timeoutNs / 1_000_000n);
        const timer = timeoutMs === undefined ? undefined : setTimeout(() => {
          socket.destroy();
          resolve(left({ _tag: "Timeout", message: `Cannot connect to ${ipv4Address.toString(remote.address)}:${remote.port}: no answer in ${timeoutMs} ms` }));
        }, timeoutMs);
        socket.once("connect", () => {
          clearTimeout(timer);
          socket.removeAllListeners("error");
          const flow = socketFlow(socket);
          if (options?.keepalive !== undefined) flow.setKeepalive(options.keepalive);
          resolve(right(flow));
        });
        socket.once("error", (e) => {
          clearTimeout(timer);
          const where = `${ipv4Address.toString(remote.address)}:${remote.port}`;
          const code = errnoOf(e);
          const err: TcpConnectError =
            code === "ECONNREFUSED"
              ? { _tag: "Refused", message: `Cannot connect to ${where}: connection refused` }
              : code === "ENETUNREACH" || code === "EHOSTUNREACH"
                ? { _tag: "NoRoute", message: `Cannot connect to ${where}: no route (${code})` }
                : code === "ETIMEDOUT"
                  ? { _tag: "Timeout", message: `Cannot connect to ${where}: timed out` }
                  : { _tag: "Refused", message: `Cannot connect to ${where}: ${(e as Error).message}` };
          resolve(left(err));
        });
      }),
    close: async () => {
      await Promise.all([...servers.values()].map((s) => new Promise<void>((r) => s.close(() => r()))));
      servers.clear();
    },
  };
};

const socketUdp = (config: SocketStackConfig): UdpV4 & { close(): void } => {
  const bound = new Map<number, dgram.Socket>();
  let sender: dgram.Socket | undefined;
  const deliver = (port: number, handler: (d: UdpDatagram) => void) => (msg: Buffer, rinfo: dgram.RemoteInfo) =>
    handler({
      src: { address: toAddress(rinfo.address), port: rinfo.port },
      dst: { address: toAddress(config.bind), port },
      data: new Uint8Array(msg.buffer, msg.byteOffset, msg.byteLength),
    });
  return {
    kind: "udpv4",
    listen: (port, handler) =>
      new Promise((resolve) => {
        if (!validPort(port)) return resolve(left({ _tag: "InvalidPort", port, message: `Cannot listen on UDP port ${port}: not a port number` }));
        if (bound.has(port)) return resolve(left({ _tag: "PortInUse", port, message: `Cannot listen on UDP port ${port}: already listening` }));
        const s = dgram.createSocket("udp4");
        s.once("error", (e) => resolve(left(listenError(port, e))));
        s.on("message", deliver(port, handler));
        s.bind({ port, address: config.bind ?? "0.0.0.0" }, () => {
          bound.set(port, s);
          resolve(right(undefined));
        });
      }),
    unlisten: (port) => {
      bound.get(port)?.close();
      bound.delete(port);
    },
    write: (dst, data, options) =>
      new Promise<Either<UdpWriteError, void>>((resolve) => {
        if (data.length > 65507) return resolve(left({ _tag: "TooLarge", size: data.length, message: `Cannot send a UDP datagram of ${data.length} bytes (at most 65507)` }));
        const from = options?.srcPort === undefined ? undefined : bound.get(options.srcPort);
        const s = from ?? (sender ??= dgram.createSocket("udp4").unref());
        s.send(data, dst.port, ipv4Address.toString(dst.address), (e) => {
          if (e === null || e === undefined) resolve(right(undefined));
          else resolve(left({ _tag: "NoRoute", message: `Cannot send to ${ipv4Address.toString(dst.address)}:${dst.port}: ${e.message}` }));
        });
      }),
    close: () => {
      for (const s of bound.values()) s.close();
      bound.clear();
      sender?.close();
      sender = undefined;
    },
  };
};

export const socketStack = (config: SocketStackConfig = {}): StackV4 => {
  const tcp = socketTcp(config);
  const udp = socketUdp(config);
  const bindAddress = toAddress(config.bind);
  return {
    kind: "stackv4",
    tcp,
    udp,
    ipv4: {
      addresses: (): readonly Ipv4Cidr[] => (ipv4Address.isUnspecified(bindAddress) ? [] : [{ address: bindAddress, prefixLen: 32 }]),
      gateway: () => undefined,
      mtu: 1500,
    },
    disconnect: async () => {
      await tcp.close();
      udp.close();
    },
  };
};

/** `socketStack()` in config.ts; `--ipv4-bind` is not needed: bind comes from config. */
export const socketStackDevice = {
  kind: "stackv4" as const,
  connect: async (config: SocketStackConfig, _deps: {}, _ctx: unknown): Promise<Either<never, StackV4>> => right(socketStack(config)),
};
