// @mirage/tcpip: the stack's signatures (what apps use), the IP-layer contract the transports
// plug into, and the wire codecs.
export * from "./wire/index.ts";
export type * from "./signatures.ts";
export type * from "./ip-layer.ts";
