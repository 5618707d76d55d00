// The glue that runs the sans-IO DHCP client: bytes in from a transport, bytes out to it, one
// cancellable sleep on the monotonic clock for its timers, and lease events to the stack.
//
// The transport is all the IP layer has to provide. Before we have an address it must send
// from 0.0.0.0:68 to 255.255.255.255:67 (and, once bound, from our address to the server for
// renewals), and deliver every UDP datagram to port 68, broadcast or unicast, whatever its
// destination address: until the lease is bound the stack has no address to match.
import { cancellation, type Cancellation, type MClock, type Sleep } from "@mirage/mirage-clock";
import type { Logger } from "@mirage/mirage-logs";
import { DhcpRepr } from "../wire/dhcp.ts";
import { ipv4Address, type Ipv4Address } from "../wire/ipv4.ts";
import { dhcpClient, type DhcpClient, type DhcpClientConfig, type DhcpCounters, type DhcpEvent, type DhcpLease, type DhcpSend } from "./client.ts";

/** UDP port 68 as the DHCP client sees it. */
export interface DhcpTransport {
  /**
   * Sends one DHCP message (the UDP payload) to port 67 at `dst` (255.255.255.255 or the
   * server), from port 68 and from our address, or 0.0.0.0 when we have none.
   */
  send(dst: Ipv4Address, bytes: Uint8Array): Promise<void>;
  /** Registers the one receiver for the payloads of UDP datagrams to port 68 (`from`: source IP). */
  onReceive(cb: (bytes: Uint8Array, from?: Ipv4Address) => void): void;
}

export interface DhcpRunOptions extends DhcpClientConfig {
  readonly transport: DhcpTransport;
  readonly mclock: MClock;
  readonly sleep: Sleep;
  /**
   * Called with each event, in order: on Bound, `setAddress(cidr, gateway)`; on Renewed, update
   * gateway and DNS; on Lost, remove the address. An exception is logged, not propagated.
   */
  readonly onLease: (event: DhcpEvent) => void;
  readonly logger?: Pick<Logger, "debug" | "info" | "warn" | "error">;
}

export interface DhcpRunStats extends DhcpCounters {
  /** Received payloads that did not decode as DHCP. */
  rxMalformed: number;
  /** Sends the transport rejected. */
  txErrors: number;
}

export interface DhcpRunner {
  readonly client: DhcpClient;
  /** The current lease, or the next one to be bound. */
  bound(): Promise<DhcpLease>;
  /** Sends a RELEASE (if bound), reports Lost, and stops. */
  release(): Promise<void>;
  /** Stops silently (the server keeps the lease until it expires). */
  stop(): void;
  stats(): DhcpRunStats;
}

export const runDhcp = (options: DhcpRunOptions): DhcpRunner => {
  const { transport, mclock, sleep, onLease, logger } = options;
  const client = dhcpClient(options);
  let stopped = false;
  let armedAt: bigint | undefined;
  let token: Cancellation | undefined;
  let rxMalformed = 0;
  let txErrors = 0;
  let waiters: Array<(l: DhcpLease) => void> = [];

  const transmit = (s: DhcpSend): Promise<void> => {
    const bytes = new Uint8Array(DhcpRepr.bufferLen(s.message));
    DhcpRepr.emit(s.message, bytes);
    const dst = s.dst === "broadcast" ? ipv4Address.broadcast : s.dst;
    logger?.debug("dhcp send", { type: s.message.messageType, dst: ipv4Address.toString(dst), xid: s.message.xid });
    return transport.send(dst, bytes).catch((e: unknown) => {
      txErrors++;
      logger?.warn("Cannot send a DHCP message", { error: String(e) });
    });
  };

  const deliver = (e: DhcpEvent): void => {
    if (e._tag === "Lost") logger?.info("dhcp lease lost", { cidr: `${ipv4Address.toString(e.cidr.address)}/${e.cidr.prefixLen}`, reason: e.reason });
    else logger?.info(e._tag === "Bound" ? "dhcp bound" : "dhcp renewed", { cidr: `${ipv4Address.toString(e.cidr.address)}/${e.cidr.prefixLen}` });
    try {
      onLease(e);
    } catch (err) {
      logger?.error("the DHCP lease handler threw", { error: String(err) });
    }
    if (e._tag === "Bound") {
      const ws = waiters;
      waiters = [];
      const { _tag, ...lease } = e;
      for (const w of ws) w(lease);
    }
  };

  const disarm = (): void => {
    token?.cancel();
    token = undefined;
    armedAt = undefined;
  };

  const rearm = (): void => {
    if (stopped) return;
    const at = client.pollAt();
    if (at === armedAt) return;
    disarm();
    if (at === undefined) return;
    const t = cancellation();
    token = t;
    armedAt = at;
    void sleep.sleepNs(at - mclock.elapsedNs(), t.signal).then(() => {
      if (t.signal.aborted || stopped) return;
      token = undefined;
      armedAt = undefined;
      pump();
    });
  };

  /** Polls the client once; returns the sends it started. */
  const pump = (): Promise<void>[] => {
    if (stopped) return [];
    const { send, events } = client.poll(mclock.elapsedNs());
    const sent = send.map(transmit);
    for (const e of events) deliver(e);
    rearm();
    return sent;
  };

  transport.onReceive((bytes) => {
    if (stopped) return;
    const m = DhcpRepr.decode(bytes);
    if (m._tag === "Left") {
      rxMalformed++;
      logger?.debug("dhcp: dropped a malformed message", { error: m.left.message });
      return;
    }
    client.handle(mclock.elapsedNs(), m.right);
    pump();
  });

  client.start(mclock.elapsedNs());
  pump();

  return {
    client,
    bound() {
      const l = client.lease();
      return l !== undefined ? Promise.resolve(l) : new Promise((resolve) => waiters.push(resolve));
    },
    async release() {
      if (stopped) return;
      client.release(mclock.elapsedNs());
      const sent = pump();
      stopped = true;
      disarm();
      await Promise.all(sent);
    },
    stop() {
      stopped = true;
      client.stop();
      disarm();
    },
    stats: () => ({ ...client.stats(), rxMalformed, txErrors }),
  };
};
