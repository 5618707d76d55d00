// @mirage/tcpip: for now the wire layer; the stack (arp, ipv4, icmp, udp, tcp) comes next.
export * from "./wire/index.ts";
