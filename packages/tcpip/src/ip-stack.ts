// The direct IPv4 stack without TCP: Ethernet, ARP, IPv4, ICMP and UDP over one `Net`.
// TCP plugs in with `ip.register(6, input)` and writes through `ip.write`.
import type { Either } from "fp-ts/Either";
import type { Net, NetError, NetStats } from "@mirage/mirage-net";
import type { Ipv4Address, Ipv4Cidr } from "./wire/ipv4.ts";
import { ethernetLayer, type EthernetLayer, type EthernetStats } from "./ethernet.ts";
import { arpLayer, type ArpConfig, type ArpLayer, type ArpStats } from "./arp.ts";
import { ipv4Layer, type DirectIpv4, type Ipv4Stats } from "./ipv4.ts";
import type { ReassemblyConfig } from "./reassembly.ts";
import { icmpLayer, type IcmpConfig, type IcmpLayer, type IcmpStats } from "./icmp.ts";
import { udpLayer, type DirectUdp, type UdpStats } from "./udp.ts";
import { loggerOf, type StackContext } from "./context.ts";

export interface DirectIpStackOptions {
  /** Our address and prefix; none: unconfigured until `ip.setAddress` (DHCP). */
  readonly cidr?: Ipv4Cidr;
  readonly gateway?: Ipv4Address;
  readonly ttl?: number;
  readonly arp?: Partial<ArpConfig>;
  readonly reassembly?: Partial<ReassemblyConfig>;
  readonly icmp?: Partial<IcmpConfig>;
}

export interface DirectIpStackStats {
  readonly net: NetStats;
  readonly ethernet: EthernetStats;
  readonly arp: ArpStats;
  readonly ipv4: Ipv4Stats;
  readonly icmp: IcmpStats;
  readonly udp: UdpStats;
}

export interface DirectIpStack {
  readonly ethernet: EthernetLayer;
  readonly arp: ArpLayer;
  readonly ip: DirectIpv4;
  readonly icmp: IcmpLayer;
  readonly udp: DirectUdp;
  /** Resolves when the Net stops delivering (disconnected), or at once with its listen error. */
  readonly listening: Promise<Either<NetError, void>>;
  stats(): DirectIpStackStats;
  /** Stops the timers, fails waiting writes and pings, disconnects the Net. */
  disconnect(): Promise<void>;
}

export const directIpStack = (net: Net, ctx: StackContext, options: DirectIpStackOptions = {}): DirectIpStack => {
  const log = loggerOf(ctx, "tcpip.stack");
  const ethernet = ethernetLayer(net, { log: loggerOf(ctx, "tcpip.ethernet") });
  const arp = arpLayer(ethernet, ctx, options.arp);
  const ip = ipv4Layer(
    { ethernet, arp, ctx },
    {
      ...(options.ttl === undefined ? {} : { ttl: options.ttl }),
      ...(options.reassembly === undefined ? {} : { reassembly: options.reassembly }),
    },
  );
  const icmp = icmpLayer(ip, ctx, options.icmp);
  const udp = udpLayer(ip, icmp, ctx, options.ttl === undefined ? {} : { ttl: options.ttl });
  const listening = net.listen(ethernet.input);
  void listening.then((r) => {
    if (r._tag === "Left") log.error("cannot listen on the network interface", { error: r.left.message });
  });
  // Configured last, so the gratuitous ARP goes out with every layer in place.
  if (options.cidr !== undefined) ip.setAddress(options.cidr, options.gateway);

  return {
    ethernet,
    arp,
    ip,
    icmp,
    udp,
    listening,
    stats: () => ({
      net: net.stats(),
      ethernet: ethernet.stats(),
      arp: arp.stats(),
      ipv4: ip.stats(),
      icmp: icmp.stats(),
      udp: udp.stats(),
    }),
    async disconnect() {
      icmp.disconnect();
      ip.disconnect();
      arp.disconnect();
      ethernet.disconnect();
      await net.disconnect();
    },
  };
};
