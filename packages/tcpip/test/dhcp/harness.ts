// A test language for the DHCP client (not a test file itself): poll at an exact time and
// assert exactly what goes out and what is reported; build server replies to a request.
import { expect } from "vitest";
import { dhcpClient, type DhcpClient, type DhcpClientConfig, type DhcpEvent, type DhcpSend } from "../../src/dhcp/client.ts";
import { DhcpMessageType, DhcpOp, type DhcpRepr } from "../../src/wire/dhcp.ts";
import type { Ipv4Address } from "../../src/wire/ipv4.ts";
import { ip, mac } from "../wire/helpers.ts";

export const MAC = mac("02:00:00:00:00:01");
export const OTHER_MAC = mac("02:00:00:00:00:02");
export const SERVER = ip("192.168.56.1");
export const SERVER2 = ip("192.168.56.2");
export const ADDR = ip("192.168.56.10");
export const MASK = ip("255.255.255.0");
export const DNS = ip("192.168.56.53");

/** Seconds (may be fractional to the ns) as bigint nanoseconds. */
export const s = (secs: number): bigint => BigInt(Math.round(secs * 1e9));

export const client = (over: Partial<DhcpClientConfig> = {}): DhcpClient =>
  dhcpClient({ mac: MAC, random: () => 0.5, hostname: "mirage", ...over });

/** A `random` that hands out `values` in turn, then 0.5 forever. */
export const sequence = (...values: number[]): (() => number) => {
  let i = 0;
  return () => (i < values.length ? (values[i++] as number) : 0.5);
};

const typeName = (t: number): string => Object.entries(DhcpMessageType).find(([, v]) => v === t)?.[0] ?? String(t);

/** Polls at `now`; expects exactly these sends (type and destination) and these event tags. */
export const expectPoll = (
  c: DhcpClient,
  now: bigint,
  sends: ReadonlyArray<readonly [type: number, dst: "broadcast" | Ipv4Address]>,
  events: ReadonlyArray<DhcpEvent["_tag"]> = [],
): { send: readonly DhcpSend[]; events: readonly DhcpEvent[] } => {
  const out = c.poll(now);
  expect(out.send.map((x) => [typeName(x.message.messageType), x.dst])).toEqual(sends.map(([t, d]) => [typeName(t), d]));
  expect(out.events.map((e) => e._tag)).toEqual(events);
  return out;
};

/** Polls at `now` and expects exactly one message of `type` to `dst`, and no events. */
export const expectSend = (c: DhcpClient, now: bigint, type: number, dst: "broadcast" | Ipv4Address = "broadcast"): DhcpRepr =>
  (expectPoll(c, now, [[type, dst]]).send[0] as DhcpSend).message;

export const expectNothing = (c: DhcpClient, now: bigint): void => {
  expectPoll(c, now, []);
};

/** Polls at each due time until `until`, collecting (time, type, dst) of what goes out. */
export const schedule = (c: DhcpClient, until: bigint): Array<[number, string, string]> => {
  const out: Array<[number, string, string]> = [];
  for (let at = c.pollAt(); at !== undefined && at <= until; at = c.pollAt()) {
    for (const x of c.poll(at).send) out.push([Number(at) / 1e9, typeName(x.message.messageType), x.dst === "broadcast" ? "broadcast" : "unicast"]);
  }
  return out;
};

/** A server's reply to `req` (same xid and chaddr), offering ADDR/24 from SERVER for an hour. */
export const reply = (req: DhcpRepr, type: number, over: Partial<DhcpRepr> = {}): DhcpRepr => ({
  op: DhcpOp.Reply,
  messageType: type as DhcpRepr["messageType"],
  xid: req.xid,
  secs: 0,
  broadcast: req.broadcast,
  hops: 0,
  clientHardwareAddress: req.clientHardwareAddress,
  clientIp: req.clientIp,
  yourIp: type === DhcpMessageType.Nak ? (0 as Ipv4Address) : ADDR,
  serverIp: SERVER,
  relayAgentIp: 0 as Ipv4Address,
  serverIdentifier: SERVER,
  ...(type === DhcpMessageType.Nak ? {} : { leaseTime: 3600, subnetMask: MASK, routers: [SERVER], dnsServers: [DNS] }),
  ...over,
});

/** Runs DISCOVER/OFFER/REQUEST/ACK at `t`; returns the client Bound with ADDR until t + 3600 s. */
export const bound = (t = 0n, over: Partial<DhcpClientConfig> = {}, ack: Partial<DhcpRepr> = {}): DhcpClient => {
  const c = client(over);
  c.start(t);
  const d = expectSend(c, t, DhcpMessageType.Discover);
  c.handle(t, reply(d, DhcpMessageType.Offer));
  const r = expectSend(c, t, DhcpMessageType.Request);
  c.handle(t, reply(r, DhcpMessageType.Ack, ack));
  expectPoll(c, t, [], ["Bound"]);
  expect(c.state()).toBe("Bound");
  return c;
};
