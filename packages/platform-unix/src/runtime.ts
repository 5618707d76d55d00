// The unix target's side of the runtime: argv, stdout, exit, and the platform context
// (clocks and randomness) that every device receives.
import type { Platform } from "@mirage/mirage/runtime";
import { unixMClock, unixPClock, unixSleep } from "./clock.ts";
import { unixRandom } from "./random.ts";

const writeLine = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

export const platform: Platform = {
  target: "unix",
  argv: process.argv.slice(2),
  context: { pclock: unixPClock, mclock: unixMClock, sleep: unixSleep, random: unixRandom() },
  console: writeLine,
  // On Linux, writes to stdout are synchronous for files, pipes and TTYs, so exiting here
  // loses no output.
  exit: (code) => process.exit(code),
};

process.on("unhandledRejection", (reason) => {
  const text = reason instanceof Error ? (reason.stack ?? reason.message) : String(reason);
  writeLine(`uncaught error (unhandled promise rejection): ${text}`);
  process.exit(1);
});
