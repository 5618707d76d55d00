import { netConformance } from "@mirage/mirage-net/conformance";
import { netPair } from "@mirage/mirage-net";
import { mockClock } from "@mirage/mirage-clock";
import { createSwitch, faultyNet, pcapMemory, pcapWriter, tapPcap } from "../src/index.ts";
import { realClock } from "./helpers.ts";

netConformance("vnetif switch ports", async () => {
  const sw = createSwitch({ clock: mockClock() });
  return [sw.connect(), sw.connect()] as const;
});

netConformance("vnetif switch ports, with an idle third port and a small MTU", async () => {
  const sw = createSwitch({ clock: mockClock(), mtu: 576 });
  const pair = [sw.connect(), sw.connect()] as const;
  sw.connect();
  return pair;
});

netConformance("vnetif switch ports, batches on macrotasks", async () => {
  const sw = createSwitch({ clock: mockClock(), defer: (f) => setImmediate(f) });
  return [sw.connect(), sw.connect()] as const;
});

netConformance("vnetif switch ports with 1-3 ms of jitter on a real clock", async () => {
  const sw = createSwitch({ clock: realClock(), faults: { delayNs: { minNs: 1_000_000n, maxNs: 3_000_000n } } });
  return [sw.connect(), sw.connect()] as const;
});

netConformance("faultyNet (clean) over a netPair", async () => {
  const [a, b] = netPair();
  const clock = mockClock();
  return [faultyNet(a, {}, { clock }), faultyNet(b, {}, { clock, seed: 1 })] as const;
});

netConformance("tapPcap over switch ports", async () => {
  const clock = mockClock();
  const sw = createSwitch({ clock });
  const w = pcapWriter(pcapMemory().sink);
  return [tapPcap(sw.connect(), w, clock.mclock), tapPcap(sw.connect(), w, clock.mclock)] as const;
});
