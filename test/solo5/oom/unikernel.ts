// Allocates until the guest heap runs out: the unikernel must stop with a clear message and a
// non-zero status, never hang or corrupt memory.
import { job, logger } from "@mirage/mirage";

const log = logger("oom");

export const Oom = job({}, async () => {
  const keep: Uint8Array[] = [];
  for (let mb = 1; ; mb++) {
    keep.push(new Uint8Array(1024 * 1024).fill(mb & 0xff));
    if (mb % 8 === 0) log.info(`holding ${mb} MiB`);
  }
});
