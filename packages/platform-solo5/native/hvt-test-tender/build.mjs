// Builds build/mirage-hvt-test, the minimal KVM tender the tests use to boot the integer-only hvt
// self-test images (see README.md). Skipped when the binary is newer than its inputs.
// Test-only: deploy hvt images with upstream solo5-hvt.
//   node native/hvt-test-tender/build.mjs
import { execFile } from "node:child_process";
import { mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = resolve(here, "..", "..");
export const hvtTestTenderPath = join(packageDir, "build", "mirage-hvt-test");
const common = join(here, "..", "tender-common");
const sources = [join(here, "tender.c"), join(common, "tender-common.c")];
const inputs = [...sources, join(common, "tender-common.h"), join(here, "..", "include", "mirage_solo5_abi.h"), fileURLToPath(import.meta.url)];

const mtime = (p) => {
  try {
    return statSync(p).mtimeMs;
  } catch {
    return -1;
  }
};

/** Compiles the tender if it is missing or older than its sources (Linux x86_64 only). */
export async function buildHvtTestTender() {
  const out = hvtTestTenderPath;
  if (process.platform !== "linux" || process.arch !== "x64") throw new Error(`mirage-hvt-test needs Linux x86_64 (this is ${process.platform}/${process.arch})`);
  const t = mtime(out);
  if (t >= 0 && inputs.every((i) => mtime(i) <= t)) return { out, built: false };
  mkdirSync(dirname(out), { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  const cc = process.env.CC || "gcc";
  const args = ["-std=gnu11", "-O2", "-g", "-Wall", "-Wextra", "-D_FORTIFY_SOURCE=2", "-fstack-protector-strong", ...sources, "-o", tmp];
  try {
    await new Promise((ok, fail) =>
      execFile(cc, args, (err, stdout, stderr) => (err ? fail(new Error(`${cc} ${args.join(" ")}\n${stderr}${stdout}`)) : ok(undefined))),
    );
    renameSync(tmp, out);
  } finally {
    rmSync(tmp, { force: true });
  }
  return { out, built: true };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildHvtTestTender().then(
    (r) => console.log(r.built ? `built ${r.out}` : `${r.out} is up to date`),
    (e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exitCode = 1;
    },
  );
}
