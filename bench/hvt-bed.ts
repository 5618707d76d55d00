// hvt in the KVM test bed (test/hvt-bed/bed.ts), next to spt in the same bed and the same run:
// boot of hello (start to exit, a loop of boots per step so the bed's 10 ms clock resolves a
// millisecond) and the cost of one VM exit (the self-test's poll hypercall loop) against one
// ppoll system call on spt (the hvt figure includes the tender's own ppoll behind the exit).
// The bed is QEMU's emulator with KVM nested inside it: the figures catch regressions, they say
// nothing about hvt on real hardware.
import * as path from "node:path";
import { tenderPaths, testGuest } from "@mirage/platform-solo5/image";
import { bedUnavailable, runInBed } from "../test/hvt-bed/bed.ts";
import { build, row } from "./solo5.ts";

const BOOTS = 10;
const EXITS = 20_000;

export const hvtBedBench = async (): Promise<void> => {
  const why = bedUnavailable();
  if (why !== undefined) {
    console.log(`hvt in the test bed: skipped (${why})`);
    return;
  }
  const images = { hvt: path.join(build("hello", "hvt"), "dist", "hello.hvt"), spt: path.join(build("hello", "spt"), "dist", "hello.spt") };
  const tenders = { hvt: tenderPaths.hvt, spt: tenderPaths.spt };
  const selfTests = { hvt: testGuest("hello", "hvt"), spt: testGuest("hello", "spt") };
  const targets = ["hvt", "spt"] as const;
  const bed = await runInBed({
    tender: tenders.hvt,
    hostFiles: [tenders.spt, ...Object.values(images), ...Object.values(selfTests)],
    steps: [
      ...targets.map((t) => ({
        name: `boot-${t}`,
        script: `i=0; while [ $i -lt ${BOOTS} ]; do ${tenders[t]} --mem=64 ${images[t]} --count=1 --interval-ms=0 >/dev/null || exit 1; i=$((i+1)); done`,
        timeoutSec: 300,
      })),
      ...targets.map((t) => ({ name: `exits-${t}`, script: `${tenders[t]} ${selfTests[t]} exits=${EXITS} | grep '^exits:'`, timeoutSec: 300 })),
    ],
    timeoutMs: 900_000,
  });
  const boot = (t: (typeof targets)[number]): number => {
    const r = bed.step(`boot-${t}`);
    if (r.status !== 0) throw new Error(`hello.${t} failed to boot in the bed:\n${r.output}`);
    return r.ms / BOOTS;
  };
  const exit = (t: (typeof targets)[number]): number => {
    const r = bed.step(`exits-${t}`);
    const m = /^exits: \d+ in \d+ ns, (\d+) ns each$/m.exec(r.output);
    if (!m) throw new Error(`no exits line from the ${t} self-test in the bed:\n${r.output}`);
    return Number(m[1]);
  };
  const [bh, bs, eh, es] = [boot("hvt"), boot("spt"), exit("hvt"), exit("spt")];
  console.log(`hvt test bed: QEMU TCG, KVM nested; the bed itself booted in ${(bed.bootMs / 1000).toFixed(1)} s`);
  row("bed: boot hello.hvt on mirage-hvt, to exit", `${bh.toFixed(0)} ms`, `hello.spt on mirage-spt: ${bs.toFixed(0)} ms`, `ratio ${(bh / bs).toFixed(2)}`);
  row("bed: one poll hypercall (VM exit), hvt", `${(eh / 1000).toFixed(1)} µs`, `ppoll syscall, spt: ${(es / 1000).toFixed(1)} µs`, `ratio ${(eh / es).toFixed(2)}`);
};
