// TCP: the sans-IO socket (socket.ts) and the layer that runs it over IPv4 (layer.ts).
export { rstReplyFor, TCP_DEFAULT_PEER_MSS, TcpSocket, windowScaleFor } from "./socket.ts";
export type { TcpIpPair, TcpSocketError, TcpSocketOptions, TcpSocketStats, TcpState } from "./socket.ts";
export { tcpLayer } from "./layer.ts";
export type { TcpLayer, TcpLayerOptions, TcpLayerStats } from "./layer.ts";
