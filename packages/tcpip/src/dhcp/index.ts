// DHCP client: the sans-IO state machine and the glue that runs it over a UDP-like transport.
export * from "./client.ts";
export * from "./run.ts";
