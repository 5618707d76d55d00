#!/usr/bin/env node
// Builds the TAP addon (native/tap.c) into build/tap.node with the system C compiler.
//
// Runs as this package's `install` script, so `pnpm install` builds it. No download: the
// Node-API and libuv headers come from the local Node installation (the same headers
// `node-gyp --nodedir` would use). The addon is Linux-only; elsewhere this prints a note and
// exits 0, and `tapNet` reports that TAP devices are unavailable.
//
//   node native/build.mjs            build
//   CC=clang node native/build.mjs   another compiler
//   MIRAGE_NODE_INCLUDE=/path/include/node node native/build.mjs   headers elsewhere
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const pkg = resolve(here, "..");
const source = join(here, "tap.c");
const outDir = join(pkg, "build");
const out = join(outDir, "tap.node");

if (process.platform !== "linux") {
  console.log(`@mirage/platform-unix: skipping the TAP addon (TAP devices need Linux, this is ${process.platform})`);
  process.exit(0);
}

const fail = (message) => {
  console.error(`@mirage/platform-unix: cannot build the TAP addon: ${message}`);
  process.exit(1);
};

// Directories that may hold node_api.h, best first.
const prefix = resolve(dirname(process.execPath), "..");
const candidates = [
  process.env.MIRAGE_NODE_INCLUDE,
  process.env.npm_config_nodedir && join(process.env.npm_config_nodedir, "include", "node"),
  join(prefix, "include", "node"),
  process.config.variables.node_prefix && join(process.config.variables.node_prefix, "include", "node"),
  "/usr/include/node",
  "/usr/local/include/node",
  "/usr/include/nodejs",
].filter((d) => typeof d === "string" && d.length > 0);
const include = candidates.find((d) => existsSync(join(d, "node_api.h")));
if (include === undefined) {
  fail(
    `no Node-API headers (node_api.h) in ${candidates.join(", ")}. ` +
      "Install them (Debian: the nodejs package from NodeSource ships them; Debian's own nodejs needs libnode-dev), " +
      "or set MIRAGE_NODE_INCLUDE to the directory holding node_api.h.",
  );
}
const uvDirs = [include, "/usr/include", "/usr/local/include"].filter((d) => existsSync(join(d, "uv.h")));
if (uvDirs.length === 0) fail(`no libuv header (uv.h) next to ${include} or in /usr/include (Debian: libuv1-dev)`);

const cc = process.env.CC || "cc";
const tmp = `${out}.${process.pid}.tmp`;
const args = [
  "-std=gnu11",
  "-O2",
  "-g",
  "-fPIC",
  "-shared",
  "-fvisibility=hidden",
  "-Wall",
  "-Wextra",
  "-Wno-unused-parameter",
  `-I${include}`,
  ...uvDirs.filter((d) => d !== include).map((d) => `-I${d}`),
  source,
  "-o",
  tmp,
];
mkdirSync(outDir, { recursive: true });
try {
  execFileSync(cc, args, { stdio: ["ignore", "inherit", "inherit"] });
} catch (e) {
  rmSync(tmp, { force: true });
  const why = e && typeof e === "object" && "code" in e && e.code === "ENOENT" ? `${cc} not found (install gcc or set CC)` : `${cc} failed`;
  fail(`${why}; command: ${cc} ${args.join(" ")}`);
}
renameSync(tmp, out);
console.log(`@mirage/platform-unix: built ${out.slice(pkg.length + 1)} (headers from ${include})`);
