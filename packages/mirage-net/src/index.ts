// Network interfaces, after Mirage_net: an Ethernet port that sends and receives whole frames.
//
// Core package: ES2022 only (it also runs inside a QuickJS guest), no Node or DOM types.
export {
  ETHERNET_HEADER_BYTES,
  frameFiller,
  maxFrameSize,
  netError,
  statsCounter,
  type Net,
  type NetError,
  type NetStats,
  type StatsCounter,
} from "./net.ts";
export { macAddress, type MacAddress, type MacAddressError } from "./mac.ts";
export { netPair, type NetPairOptions } from "./pair.ts";
