// The Solo5 target's side of the runtime, what a generated main.ts imports: it installs the
// missing globals and the native helpers, hands the loop to the C runtime, and exports the
// `Platform` (command-line arguments, console, exit, clocks and randomness). The generated
// main's FIRST import must be "@mirage/platform-solo5/polyfills" (modules evaluated before it
// may need Object.hasOwn while they load: @noble/hashes does).
//
// QuickJS 2021 has no top-level await: the generated main for Solo5 puts its body in an async
// function and passes it to `run`:
//
//     import { platform, run } from "@mirage/platform-solo5/runtime";
//     run(async () => { const boot = start(platform, ...); ...; await boot.run(job, devices); });
//
// Importing this module outside a guest throws (there is no `__mirage_host`).
//
// Core module: ES2022 only (it runs inside QuickJS), no Node or DOM types.
import "./polyfills.ts"; // first: modules evaluated after it may need Object.hasOwn at import
import type { Platform } from "@mirage/mirage/runtime";
import { getHost } from "./host.ts";
import { installGlobals } from "./globals.ts";
import { installNativeHelpers } from "./native.ts";
import { loopOf, runLoop } from "./loop.ts";
import { consoleLine } from "./console.ts";
import { splitCommandLine } from "./cmdline.ts";
import { solo5MClock, solo5PClock, solo5Sleep } from "./clock.ts";
import { solo5Random } from "./random.ts";

/** EX_USAGE: the command line cannot be split into arguments. */
const EXIT_USAGE = 64;

const host = getHost();
installGlobals(host);
installNativeHelpers(host);
const loop = loopOf(host);
loop.install();
const writeLine = consoleLine(host);

const argvOf = (): string[] => {
  const r = splitCommandLine(host.cmdline());
  if (r.ok) return r.argv;
  writeLine(`Cannot start: ${r.error}`);
  return loop.exit(EXIT_USAGE);
};

export const platform: Platform = {
  target: "solo5",
  argv: argvOf(),
  context: { pclock: solo5PClock(host), mclock: solo5MClock(host), sleep: solo5Sleep(host), random: solo5Random(host) },
  console: writeLine,
  exit: (code) => loop.exit(code),
};

/** Runs the guest's main function on the loop (see `runLoop`). */
export const run = (main: () => Promise<void>): void => {
  runLoop(host, main);
};
