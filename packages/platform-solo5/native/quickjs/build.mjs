#!/usr/bin/env node
// Build QuickJS for Solo5 guests from the sources in the `qjsc` npm package (never copied into
// the repo), plus the host compiler and a host test harness. Outputs, in packages/platform-solo5/build/:
//
//   qjsc-host                  QuickJS's compiler for this machine (gcc + glibc), same CONFIG_* as the guest
//   libquickjs-guest.a         QuickJS (quickjs, libregexp, libunicode, cutils, libbf) + mirage-libc.o, for x86_64 guests
//   mirage-libc.o              the libc shim alone (allocator, console stdio, clocks, errno, exit, ...)
//   libc-musl-guest.a          Debian's musl libc.a made guest-safe (see musl-guest.mjs)
//   quickjs-include/           quickjs.h, mirage_libc.h
//   quickjs-harness            host test harness: the guest objects on raw Linux system calls
//   quickjs-guest-probe.elf    the harness linked as a guest would be (link check only)
//   quickjs-guest.json         the recipe: flags, link line, paths (for the image builder and tests)
//
// Steps whose outputs are newer than their inputs, with the same command, are skipped.
// Usage: node build.mjs [--force] [--quiet]
import { execFileSync, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildGuestMusl } from "./musl-guest.mjs";
import { checkImage } from "./check-guest.mjs";

const started = process.hrtime.bigint();
const force = process.argv.includes("--force");
const quiet = process.argv.includes("--quiet");
const here = dirname(fileURLToPath(import.meta.url));
const pkg = resolve(here, "../..");
const out = join(pkg, "build");
const objDir = join(out, "quickjs-obj");
const incDir = join(out, "quickjs-include");
const shimDir = join(here, "shim");

const CC = process.env.CC ?? "gcc";
const MUSL_INCLUDE = "/usr/include/x86_64-linux-musl";
const MUSL_LIBC = "/usr/lib/x86_64-linux-musl/libc.a";

function fail(msg) {
  console.error(`quickjs build: ${msg}`);
  process.exit(1);
}

// ---- inputs ----
const require = createRequire(join(pkg, "package.json"));
let qjscDir;
try {
  qjscDir = dirname(require.resolve("qjsc/package.json"));
} catch {
  fail("the qjsc package is not installed (devDependency of @mirage/platform-solo5; run pnpm install)");
}
const src = join(qjscDir, "deps", "quickjs_2021_03_27");
const VERSION = readFileSync(join(src, "VERSION"), "utf8").trim();
if (VERSION !== "2021-03-27") fail(`expected QuickJS 2021-03-27 in ${src}, found ${VERSION}`);
for (const tool of [CC, "ar", "ld", "objcopy", "objdump"]) {
  try {
    execFileSync(tool, ["--version"], { stdio: "ignore" });
  } catch {
    fail(`${tool} is missing (apt-get install gcc binutils)`);
  }
}
if (!existsSync(join(MUSL_INCLUDE, "stdlib.h")) || !existsSync(MUSL_LIBC))
  fail(`musl is missing (${MUSL_INCLUDE}, ${MUSL_LIBC}): apt-get install musl-dev`);
const gccInclude = execFileSync(CC, ["-print-file-name=include"], { encoding: "utf8" }).trim();
const libgcc = execFileSync(CC, ["-print-libgcc-file-name"], { encoding: "utf8" }).trim();
const gccVersion = execFileSync(CC, ["-dumpfullversion"], { encoding: "utf8" }).trim();

// ---- configuration: identical for host and guest, so qjsc-host's bytecode loads in the guest ----
// CONFIG_BIGNUM: BigInt exists in QuickJS 2021 only with it (libbf). It also changes the atom
// table, and bytecode refers to atoms by number: host and guest must agree on it.
const CONFIG = ["-D_GNU_SOURCE", `-DCONFIG_VERSION="${VERSION}"`, "-DCONFIG_BIGNUM"];
const QUICKJS_CORE = ["quickjs", "libregexp", "libunicode", "cutils", "libbf"];
const HOST_CFLAGS = ["-O2", ...CONFIG, "-w"];
const GUEST_CFLAGS = [
  "-O2",
  "-nostdinc", "-isystem", MUSL_INCLUDE, "-isystem", gccInclude, // musl's headers, gcc's own (stdarg, stddef)
  "-fno-stack-protector", // the canary would live at %fs:0x28; there is no thread pointer
  "-mno-red-zone",        // Solo5 ABI: the guest stack may be used by trap/interrupt frames
  "-fno-pie",             // a static image at a fixed address (Solo5 loads ET_EXEC at its link address)
  "-ffunction-sections", "-fdata-sections", // let the image link drop what it does not use
  "-fno-asynchronous-unwind-tables",        // no unwinder in the guest
];
const OWN_WARNINGS = ["-Wall", "-Wextra", "-Wno-unused-parameter", "-Wno-cast-function-type"];

// ---- a tiny make: skip a step when its outputs are newer than its inputs and the command is the same ----
let ran = 0;
let skipped = 0;
const mtime = (p) => (existsSync(p) ? statSync(p).mtimeMs : -1);
function upToDate(outputs, inputs, signature) {
  if (force) return false;
  const sigFile = `${outputs[0]}.cmd`;
  if (!existsSync(sigFile) || readFileSync(sigFile, "utf8") !== signature) return false;
  const oldest = Math.min(...outputs.map(mtime));
  if (oldest < 0) return false;
  return inputs.every((i) => {
    const t = mtime(i);
    if (t < 0) fail(`missing input ${i}`);
    return t <= oldest;
  });
}
async function step(outputs, inputs, signature, run) {
  const sig = JSON.stringify(signature);
  if (upToDate(outputs, inputs, sig)) {
    skipped++;
    return;
  }
  await run();
  writeFileSync(`${outputs[0]}.cmd`, sig);
  ran++;
}

const slots = { free: Math.max(1, availableParallelism()), waiting: [] };
async function exec(cmd, args) {
  while (slots.free === 0) await new Promise((r) => slots.waiting.push(r));
  slots.free--;
  try {
    await new Promise((ok, ko) => {
      const child = spawn(cmd, args, { stdio: ["ignore", "inherit", "pipe"] });
      let err = "";
      child.stderr.on("data", (d) => (err += d));
      child.on("error", ko);
      child.on("close", (code) => {
        if (err.trim() && !quiet) process.stderr.write(err);
        if (code === 0) ok();
        else ko(new Error(`${cmd} ${args.join(" ")} failed (${code})\n${err}`));
      });
    });
  } finally {
    slots.free++;
    slots.waiting.shift()?.();
  }
}
const run = (cmd, args) => () => exec(cmd, args);

function compile(source, object, flags, deps) {
  const args = [...flags, "-c", source, "-o", object];
  return step([object], [source, ...deps], [CC, gccVersion, ...args], run(CC, args));
}

// ---- build ----
for (const d of [out, objDir, join(objDir, "host"), join(objDir, "guest"), incDir]) mkdirSync(d, { recursive: true });

const quickjsHeaders = readdirSync(src).filter((f) => f.endsWith(".h")).map((f) => join(src, f));
const shimHeaders = [join(shimDir, "mirage_libc.h")];
const shimSources = readdirSync(shimDir).filter((f) => f.endsWith(".c")).sort();
const hostObj = (n) => join(objDir, "host", `${n}.o`);
const guestObj = (n) => join(objDir, "guest", `${n}.o`);

copyIfChanged(join(src, "quickjs.h"), join(incDir, "quickjs.h"));
copyIfChanged(join(shimDir, "mirage_libc.h"), join(incDir, "mirage_libc.h"));

const GUEST_OWN = [...GUEST_CFLAGS, ...OWN_WARNINGS, ...CONFIG, "-I", incDir];
// quickjs.c is by far the longest compile: start both of its builds first.
const hostNames = [...QUICKJS_CORE, "qjsc", "quickjs-libc"];
const compiles = [];
for (const n of QUICKJS_CORE) {
  compiles.push(compile(join(src, `${n}.c`), guestObj(n), [...GUEST_CFLAGS, ...CONFIG, "-w"], quickjsHeaders));
  compiles.push(compile(join(src, `${n}.c`), hostObj(n), HOST_CFLAGS, quickjsHeaders));
}
for (const n of ["qjsc", "quickjs-libc"]) compiles.push(compile(join(src, `${n}.c`), hostObj(n), HOST_CFLAGS, quickjsHeaders));
for (const f of shimSources)
  compiles.push(compile(join(shimDir, f), guestObj(`shim-${f.replace(/\.c$/, "")}`), GUEST_OWN, shimHeaders));
for (const n of ["test-harness", "hooks-linux", "guest-probe"])
  compiles.push(compile(join(here, `${n}.c`), guestObj(n), GUEST_OWN, [...shimHeaders, join(here, "test-harness.h"), join(incDir, "quickjs.h")]));

const qjscHost = join(out, "qjsc-host");
const mirageLibc = join(out, "mirage-libc.o");
const libGuest = join(out, "libquickjs-guest.a");
const muslGuest = join(out, "libc-musl-guest.a");
const harness = join(out, "quickjs-harness");
const probe = join(out, "quickjs-guest-probe.elf");

try {
  await Promise.all(compiles);

  const hostObjs = hostNames.map(hostObj);
  const linkHost = [...hostObjs, "-o", qjscHost, "-lm", "-ldl", "-lpthread"];
  const shimObjs = shimSources.map((f) => guestObj(`shim-${f.replace(/\.c$/, "")}`));
  await Promise.all([
    step([qjscHost], hostObjs, [CC, ...linkHost], run(CC, linkHost)),
    step([mirageLibc], shimObjs, ["ld -r", ...shimObjs], run("ld", ["-r", "-o", mirageLibc, ...shimObjs])),
  ]);
  const coreObjs = QUICKJS_CORE.map(guestObj);
  await step([libGuest], [...coreObjs, mirageLibc], ["ar", ...coreObjs, mirageLibc], async () => {
    rmSync(libGuest, { force: true });
    await exec("ar", ["rcs", libGuest, ...coreObjs, mirageLibc]);
  });

  // Every global symbol the shim defines must win over musl's.
  const shimSymbols = execFileSync("nm", ["-g", "--defined-only", mirageLibc], { encoding: "utf8" })
    .split("\n")
    .map((l) => l.trim().split(/\s+/)[2])
    .filter(Boolean)
    .sort();
  let muslReport = null;
  await step([muslGuest], [MUSL_LIBC, mirageLibc, join(here, "musl-guest.mjs")], ["musl", ...shimSymbols], async () => {
    muslReport = buildGuestMusl({ src: MUSL_LIBC, out: muslGuest, weaken: shimSymbols });
  });

  const libs = [libGuest, muslGuest, libgcc];
  const LINK = ["-nostdlib", "-static", "-no-pie", "-Wl,--build-id=none"];
  const harnessObjs = [guestObj("hooks-linux"), guestObj("test-harness")];
  const probeObjs = [guestObj("guest-probe"), guestObj("test-harness")];
  const linkHarness = [...LINK, "-o", harness, ...harnessObjs, ...libs];
  const linkProbe = [...LINK, "-Wl,-e,_start", "-o", probe, ...probeObjs, ...libs];
  await Promise.all([
    step([harness], [...harnessObjs, ...libs], [CC, ...linkHarness], run(CC, linkHarness)),
    step([probe], [...probeObjs, ...libs], [CC, ...linkProbe], run(CC, linkProbe)),
  ]);

  const probeCheck = checkImage(probe);
  if (!probeCheck.ok)
    fail(`the guest link is not Solo5-safe:\n  ${[...probeCheck.syscalls, ...probeCheck.segment].join("\n  ")}`);

  writeIfChanged(
    join(out, "quickjs-guest.json"),
    JSON.stringify(
      {
        quickjsVersion: VERSION,
        source: src,
        config: CONFIG,
        cc: CC,
        cflags: [...GUEST_CFLAGS, ...CONFIG, "-I", incDir],
        include: incDir,
        qjsc: qjscHost,
        link: { flags: LINK, libs },
        mirageLibc,
        harness: { binary: harness, objects: harnessObjs },
      },
      null,
      2,
    ) + "\n",
  );

  const secs = Number(process.hrtime.bigint() - started) / 1e9;
  const musl = muslReport ? `; musl: ${muslReport.rewritten} canary instructions rewritten in ${muslReport.members} members` : "";
  if (!quiet)
    console.log(
      `quickjs ${VERSION}: ${ran} steps run, ${skipped} up to date, ${secs.toFixed(1)} s${musl}; guest probe clean (${probeCheck.instructions} instructions)`,
    );
} catch (e) {
  fail(e.message);
}

function copyIfChanged(from, to) {
  writeIfChanged(to, readFileSync(from));
}
function writeIfChanged(file, data) {
  if (existsSync(file) && readFileSync(file).equals(Buffer.from(data))) return;
  writeFileSync(file, data);
}
