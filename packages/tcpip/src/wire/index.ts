// The wire layer: zero-copy views and header representations, one file per protocol
// (after smoltcp's src/wire). Core code: ES2022 only, no Node APIs.
export * from "./error.ts";
export * from "./checksum.ts";
export * from "./seq.ts";
export * from "./ethernet.ts";
export * from "./ipv4.ts";
export * from "./arp.ts";
export * from "./icmpv4.ts";
export * from "./udp.ts";
export * from "./tcp.ts";
export * from "./dhcp.ts";
export { copyInto } from "./util.ts";
