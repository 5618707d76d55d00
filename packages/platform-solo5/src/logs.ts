// The @mirage/mirage-logs sink of the guest: formatted records on the host's console.
// (The generated main needs none: `start` already sends records to `platform.console`.)
//
// Core module: ES2022 only (it runs inside QuickJS), no Node or DOM types.
import { formatRecord, type Sink } from "@mirage/mirage-logs";
import type { Host } from "./host.ts";
import { consoleLine } from "./console.ts";

export const consoleSink = (host: Host): Sink => {
  const line = consoleLine(host);
  return (record) => line(formatRecord(record));
};
