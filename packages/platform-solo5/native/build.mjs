#!/usr/bin/env node
// The one install-time build entry of @mirage/platform-solo5 (its `install` script, so
// `pnpm install` runs it). Each part skips work whose outputs are newer than its inputs.
//
//   1. QuickJS for the guest (native/quickjs/build.mjs → build/libquickjs-guest.a), if present
//   2. Solo5 side (native/ld/image.mjs): the mirage-spt and mirage-hvt tenders, the spt/hvt
//      bindings libraries, the pure-C test guests
//
// Linux x86_64 only; elsewhere this prints a note and exits 0 (the unix target still works).
//   node native/build.mjs            build what is out of date
//   CC=clang node native/build.mjs   another compiler
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

if (process.platform !== "linux" || process.arch !== "x64") {
  console.log(`@mirage/platform-solo5: skipping the native build (Solo5 targets need Linux x86_64, this is ${process.platform}/${process.arch})`);
  process.exit(0);
}

const quickjs = join(here, "quickjs", "build.mjs");
if (existsSync(quickjs)) {
  const r = spawnSync(process.execPath, [quickjs], { stdio: "inherit" });
  if (r.status !== 0) {
    console.error(`@mirage/platform-solo5: ${quickjs} failed`);
    process.exit(r.status ?? 1);
  }
}

const { buildSolo5 } = await import("./ld/image.mjs");
try {
  await buildSolo5();
} catch (e) {
  console.error(`@mirage/platform-solo5: native build failed: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
}

