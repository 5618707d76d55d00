// vnetif: an in-memory Ethernet switch for any number of `Net` interfaces in one process, with
// seeded fault injection, a fault-injecting wrapper for any Net, and a pcap writer.
//
// Core package: ES2022 only (it also runs inside a QuickJS guest), no Node or DOM types.
export { createSwitch, type CaptureOptions, type PortOptions, type PortStats, type Switch, type SwitchOptions, type SwitchStats } from "./switch.ts";
export {
  checkFaultProfile,
  faultProfiles,
  isPureTcpAck,
  type DropCounts,
  type FaultProfile,
  type LinkStats,
  type TimeWindow,
} from "./faults.ts";
export { faultyNet, type FaultyNet, type FaultyNetOptions } from "./faulty.ts";
export {
  LINKTYPE_ETHERNET,
  PCAP_GLOBAL_HEADER_BYTES,
  PCAP_MAGIC_NS,
  PCAP_MAGIC_US,
  PCAP_RECORD_HEADER_BYTES,
  pcapMemory,
  pcapWriter,
  tapPcap,
  type PcapOptions,
  type PcapWriter,
  type TimeSource,
} from "./pcap.ts";
export { schedulerOf, type ClockSource, type Scheduler } from "./scheduler.ts";
