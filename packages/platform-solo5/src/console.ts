// The guest's console: whole lines of UTF-8 through `consoleWrite`.
//
// Core module: ES2022 only (it runs inside QuickJS), no Node or DOM types.
import type { Host } from "./host.ts";
import { utf8Encode } from "./text.ts";

/** Writes one line (a newline is added) to the host's console. */
export const consoleLine =
  (host: Host) =>
  (line: string): void =>
    host.consoleWrite(utf8Encode(`${line}\n`));
