// The block, clock and random conformance suites in a Solo5 guest (unikernel.ts):
//   mirage configure -t spt && mirage build && mirage run --block:storage=disk.img
// The disk must hold the largest window the block suite asks for: 48 sectors of 4096 bytes
// (a 1 MiB file of zeros will do; what is on it does not matter, nor is it preserved).
import { blockDevice, defaultMonotonicClock, defaultPosixClock, defaultRandom, defaultSleep, register } from "@mirage/mirage/config";
import { Conformance } from "./unikernel.ts";

export default register("conformance", Conformance, {
  disk: blockDevice("storage"),
  pclock: defaultPosixClock,
  mclock: defaultMonotonicClock,
  sleep: defaultSleep,
  random: defaultRandom,
});
