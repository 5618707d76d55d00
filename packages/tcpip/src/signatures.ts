// The stack as applications see it (after MirageOS's Tcpip.Stack, Tcp, Udp and Mirage_flow),
// implemented twice: the direct stack (our own TCP/IP over a `Net`) and, on unix, the socket
// stack over the host's. Apps written against these run unchanged on both.
import type { Either } from "fp-ts/Either";
import type { Flow } from "@mirage/mirage-flow";
import type { Ipv4Address, Ipv4Cidr } from "./wire/ipv4.ts";

export interface Endpoint {
  readonly address: Ipv4Address;
  readonly port: number;
}

export type TcpConnectError =
  | { readonly _tag: "Refused"; readonly message: string }
  | { readonly _tag: "Timeout"; readonly message: string }
  | { readonly _tag: "NoRoute"; readonly message: string }
  | { readonly _tag: "NoPortAvailable"; readonly message: string }
  | { readonly _tag: "Disconnected"; readonly message: string };

export type ListenError =
  | { readonly _tag: "PortInUse"; readonly port: number; readonly message: string }
  | { readonly _tag: "InvalidPort"; readonly port: number; readonly message: string };

export interface KeepaliveOptions {
  /** Idle time before the first probe. */
  readonly afterNs: bigint;
  readonly intervalNs: bigint;
  /** Unanswered probes before the connection is reset. */
  readonly probes: number;
}

/** A TCP connection: a Flow with its endpoints and per-connection options. */
export interface TcpFlow extends Flow {
  readonly local: Endpoint;
  readonly remote: Endpoint;
  /** Disable Nagle's algorithm: small writes go out at once. */
  setNoDelay(on: boolean): void;
  setKeepalive(options: KeepaliveOptions | undefined): void;
}

export interface TcpListenOptions {
  readonly keepalive?: KeepaliveOptions;
  /** Connections accepted but not yet handed to the handler, plus half-open ones (default 128). */
  readonly backlog?: number;
}

export interface TcpV4 {
  readonly kind: "tcpv4";
  /**
   * Calls `handler` with each established connection; the handler owns the flow. A promise:
   * a host's socket stack learns that a port is taken only asynchronously.
   */
  listen(port: number, handler: (flow: TcpFlow) => void | Promise<void>, options?: TcpListenOptions): Promise<Either<ListenError, void>>;
  unlisten(port: number): void;
  connect(remote: Endpoint, options?: { readonly timeoutNs?: bigint; readonly keepalive?: KeepaliveOptions }): Promise<Either<TcpConnectError, TcpFlow>>;
}

export interface UdpDatagram {
  readonly src: Endpoint;
  readonly dst: Endpoint;
  /** Valid only during the handler call: copy what you keep. */
  readonly data: Uint8Array;
}

export type UdpWriteError =
  | { readonly _tag: "NoRoute"; readonly message: string }
  | { readonly _tag: "TooLarge"; readonly size: number; readonly message: string }
  | { readonly _tag: "Disconnected"; readonly message: string };

export interface UdpV4 {
  readonly kind: "udpv4";
  listen(port: number, handler: (d: UdpDatagram) => void): Promise<Either<ListenError, void>>;
  unlisten(port: number): void;
  write(dst: Endpoint, data: Uint8Array, options?: { readonly srcPort?: number; readonly ttl?: number }): Promise<Either<UdpWriteError, void>>;
}

export interface Ipv4Info {
  /** Our addresses with their prefixes (empty until DHCP has a lease). */
  addresses(): readonly Ipv4Cidr[];
  gateway(): Ipv4Address | undefined;
  /** The largest IP packet sent without fragmenting. */
  readonly mtu: number;
}

export interface StackV4 {
  readonly kind: "stackv4";
  readonly tcp: TcpV4;
  readonly udp: UdpV4;
  readonly ipv4: Ipv4Info;
  disconnect(): Promise<void>;
}
