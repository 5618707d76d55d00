// @mirage/tcpip: the stack's signatures (what apps use), the IP-layer contract the transports
// plug into, the wire codecs, and the layers. The direct stack device is `@mirage/tcpip/stack`.
export * from "./wire/index.ts";
export type * from "./signatures.ts";
export type * from "./ip-layer.ts";
export * from "./tcp/index.ts";
export * from "./dhcp/index.ts";
export { directIpStack, type DirectIpStack, type DirectIpStackOptions, type DirectIpStackStats } from "./ip-stack.ts";
