// The direct stack: Ethernet, ARP, IPv4, ICMP, UDP and TCP over one network interface, as a
// StackV4. Its address comes from `--ipv4` at boot, else from config.ts, else from DHCP.
import { isLeft, left, right, type Either } from "fp-ts/Either";
import { arg, argCodec } from "@mirage/mirage-args";
import type { Net } from "@mirage/mirage-net";
import type { StackContext } from "./context.ts";
import { loggerOf } from "./context.ts";
import { directIpStack, type DirectIpStack, type DirectIpStackStats } from "./ip-stack.ts";
import type { StackV4 } from "./signatures.ts";
import { tcpLayer } from "./tcp/layer.ts";
import { runDhcp, type DhcpRunner } from "./dhcp/run.ts";
import type { DhcpLease } from "./dhcp/client.ts";
import { ipv4Address, ipv4Cidr, type Ipv4Address, type Ipv4Cidr } from "./wire/ipv4.ts";

export interface DirectStackOptions {
  /** Our address; none: DHCP. */
  readonly cidr?: Ipv4Cidr;
  readonly gateway?: Ipv4Address;
}

export interface DirectStack extends StackV4 {
  readonly ip: DirectIpStack;
  /** Present when the address comes from DHCP. */
  readonly dhcp: DhcpRunner | undefined;
  stats(): DirectIpStackStats & { readonly tcp: unknown };
}

const DHCP_CLIENT_PORT = 68;
const DHCP_SERVER_PORT = 67;

/** DHCP over our own UDP: from 0.0.0.0:68 until bound, every datagram to port 68 delivered. */
const startDhcp = (ip: DirectIpStack, ctx: StackContext): DhcpRunner => {
  let receiver: ((bytes: Uint8Array, from?: Ipv4Address) => void) | undefined;
  void ip.udp.listen(DHCP_CLIENT_PORT, (d) => receiver?.(d.data, d.src.address));
  return runDhcp({
    mac: ip.ethernet.mac,
    random: ctx.random,
    mclock: ctx.mclock,
    sleep: ctx.sleep,
    logger: loggerOf(ctx, "tcpip.dhcp"),
    transport: {
      send: async (dst, bytes) => {
        const r = await ip.udp.write({ address: dst, port: DHCP_SERVER_PORT }, bytes, { srcPort: DHCP_CLIENT_PORT });
        if (isLeft(r)) throw new Error(r.left.message);
      },
      onReceive: (cb) => {
        receiver = cb;
      },
    },
    onLease: (e) => {
      if (e._tag === "Lost") ip.ip.setAddress(undefined);
      else ip.ip.setAddress(e.cidr, e.gateway);
    },
  });
};

const orUndefined = <E, A>(e: Either<E, A>): A | undefined => (isLeft(e) ? undefined : e.right);

/** Assembles the layers; the interface is listened to from here on. */
export const directStack = (net: Net, ctx: StackContext, options: DirectStackOptions = {}): DirectStack => {
  const ip = directIpStack(net, ctx, {
    ...(options.cidr === undefined ? {} : { cidr: options.cidr }),
    ...(options.gateway === undefined ? {} : { gateway: options.gateway }),
  });
  const tcp = tcpLayer(ip.ip, ctx);
  const dhcp = options.cidr === undefined ? startDhcp(ip, ctx) : undefined;
  return {
    kind: "stackv4",
    ip,
    dhcp,
    tcp,
    udp: ip.udp,
    ipv4: {
      addresses: () => ip.ip.addresses(),
      gateway: () => ip.ip.gateway(),
      mtu: ip.ip.mtu,
    },
    stats: () => ({ ...ip.stats(), tcp: tcp.stats() }),
    disconnect: async () => {
      dhcp?.stop();
      await tcp.close();
      await ip.disconnect();
    },
  };
};

/** `--ipv4=10.0.0.2/24 --ipv4-gateway=10.0.0.1`, as MirageOS's stack keys. */
export const directStackArgs = {
  ipv4: arg.optional(
    arg.custom(
      argCodec("an IPv4 address with its prefix length, like 10.0.0.2/24", (s) => orUndefined(ipv4Cidr.parse(s)), ipv4Cidr.toString),
      { doc: "our IPv4 address and prefix (default: the one in config.ts; with neither, DHCP)", docv: "ADDR/PREFIX" },
    ),
  ),
  ipv4Gateway: arg.optional(
    arg.custom(argCodec("an IPv4 address, like 10.0.0.1", (s) => orUndefined(ipv4Address.parse(s)), ipv4Address.toString), {
      doc: "the IPv4 gateway for destinations off our subnet",
      docv: "ADDR",
    }),
  ),
};

export interface DirectStackConfig {
  readonly ipv4?: string;
  readonly gateway?: string;
}

export type DirectStackConfigError = { readonly _tag: "InvalidConfig"; readonly message: string };

/** The direct stack as a device for config.ts (`directStack(netif(), { ipv4: "10.0.0.2/24" })`). */
export const directStackDevice = {
  kind: "stackv4" as const,
  args: directStackArgs,
  connect: async (
    config: DirectStackConfig,
    deps: { readonly net: Net },
    ctx: StackContext,
    args: { readonly ipv4?: Ipv4Cidr | undefined; readonly ipv4Gateway?: Ipv4Address | undefined },
  ): Promise<Either<DirectStackConfigError, StackV4>> => {
    let cidr = args.ipv4;
    let gateway = args.ipv4Gateway;
    if (cidr === undefined && config.ipv4 !== undefined) {
      const c = ipv4Cidr.parse(config.ipv4);
      if (isLeft(c)) return left({ _tag: "InvalidConfig", message: `ipv4 in config.ts: ${c.left.message}` });
      cidr = c.right;
      if (gateway === undefined && config.gateway !== undefined) {
        const g = ipv4Address.parse(config.gateway);
        if (isLeft(g)) return left({ _tag: "InvalidConfig", message: `gateway in config.ts: ${g.left.message}` });
        gateway = g.right;
      }
    }
    const log = loggerOf(ctx, "tcpip");
    const stack = directStack(deps.net, ctx, { ...(cidr === undefined ? {} : { cidr }), ...(gateway === undefined ? {} : { gateway }) });
    if (stack.dhcp !== undefined) {
      // Like MirageOS: without a static address the stack is usable once DHCP has a lease.
      log.info("no --ipv4: asking DHCP for an address");
      const lease: DhcpLease = await stack.dhcp.bound();
      cidr = lease.cidr;
      gateway = lease.gateway;
    }
    log.info(`direct stack up: ${cidr === undefined ? "?" : ipv4Cidr.toString(cidr)}${gateway === undefined ? "" : ` via ${ipv4Address.toString(gateway)}`}`);
    return right(stack);
  },
};
