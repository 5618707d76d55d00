// MirageOS's first example: log a line a few times, sleeping in between.
import { arg, job, logger } from "@mirage/mirage";

const log = logger("hello");

export const Hello = job(
  { time: "sleep" },
  {
    args: {
      hello: arg.string({ doc: "the line to log", default: "Hello World!" }),
      count: arg.int({ doc: "how many times", default: 4, min: 0, max: 1000 }),
      intervalMs: arg.int({ doc: "pause between lines, in milliseconds", default: 1000, min: 0, docv: "MS" }),
    },
  },
  async ({ time }, { hello, count, intervalMs }) => {
    for (let i = 0; i < count; i++) {
      log.info(hello);
      await time.sleepNs(BigInt(intervalMs) * 1_000_000n);
    }
  },
);
