// Builds the Solo5 side of @mirage/platform-solo5 and links guest images.
//
// Outputs (under packages/platform-solo5/build/, gitignored):
//   mirage-spt, mirage-hvt              the spt and hvt tenders (host programs)
//   spt/libmirage-solo5-spt.a           spt bindings + start code (crt)
//   hvt/libmirage-solo5-hvt.a           hvt bindings + exception table + start code, integer-only
//   spt/libmirage-runtime.a             the QuickJS runtime (event loop, host functions, libc hooks),
//   hvt/libmirage-runtime.a             when the QuickJS part (native/quickjs) has been built
//   test-guests/{hello,block,net,devices}.spt, {hello,devices}.hvt   pure-C test guests
//
// Everything is skipped when its outputs are newer than its inputs (sources, headers, this
// file, the linker script). Used by native/build.mjs at install time; `linkImage` is the API
// the mirage CLI uses to turn objects + a device list into an image:
//
//   import { linkImage } from "@mirage/platform-solo5/native/ld/image.mjs";
//   await linkImage({ target: "spt", objects: ["app.o"], devices: [{ name: "service", type: "NET_BASIC" }], out: "app.spt" });
//
// Command line: node native/ld/image.mjs link --target spt|hvt -o OUT [--device NAME:TYPE]... OBJ|LIB...
//               node native/ld/image.mjs link-js --target spt|hvt -o OUT [--module] [--device NAME:TYPE]... BUNDLE.js
import { execFile } from "node:child_process";
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { manifestAssembly, manifestErrors } from "../manifest.mjs";

const here = dirname(fileURLToPath(import.meta.url));
export const nativeDir = resolve(here, "..");
export const packageDir = resolve(nativeDir, "..");
export const buildDir = join(packageDir, "build");
export const linkerScript = join(here, "mirage-solo5.lds");
export const includeDir = join(nativeDir, "include");
const cc = process.env.CC || "gcc";
const ar = process.env.AR || "ar";
export const TARGETS = ["spt", "hvt", "virtio"];

/** Flags for C code that goes into a guest image. */
export const guestCflags = (target) => [
  "-std=gnu11",
  "-O2",
  "-g",
  "-ffreestanding",
  "-fno-pie",
  "-fno-pic",
  "-fno-plt",
  "-fno-stack-protector",
  "-fno-asynchronous-unwind-tables",
  "-mno-red-zone",
  "-Wall",
  "-Wextra",
  `-I${includeDir}`,
  // hvt: the nested KVM here dies on the first SSE/x87 instruction; the bindings and the
  // self-test stay integer-only (an application that needs floating point must enable it).
  // virtio: integer-only too, so its interrupt handler never touches the application's SSE state.
  ...(target === "hvt" || target === "virtio" ? ["-mgeneral-regs-only"] : []),
];

/** Linker flags for a guest image (objects and libraries follow). */
export const guestLdflags = () => [
  "-nostdlib",
  "-static",
  "-no-pie",
  `-Wl,-T,${linkerScript}`,
  "-Wl,-z,max-page-size=0x1000",
  "-Wl,-z,common-page-size=0x1000",
  "-Wl,-z,noexecstack",
  "-Wl,-z,norelro",
  "-Wl,--build-id=none",
  "-Wl,--gc-sections",
  "-Wl,-u,_start",
];

export const bindingsLib = (target) => join(buildDir, target, `libmirage-solo5-${target}.a`);
/** The tender this package ships for each target (host programs, built at install time). */
export const tenderPaths = { spt: join(buildDir, "mirage-spt"), hvt: join(buildDir, "mirage-hvt") };
/** Targets run by a tender (virtio images are booted by QEMU or a cloud's VM). */
export const TENDER_TARGETS = ["spt", "hvt"];
export const testGuest = (name, target = "spt") => join(buildDir, "test-guests", `${name}.${target}`);

const exec = (cmd, args, opts = {}) =>
  new Promise((resolvePromise, reject) => {
    execFile(cmd, args, { maxBuffer: 16 << 20, ...opts }, (err, stdout, stderr) => {
      if (err) {
        const why = err.code === "ENOENT" ? `${cmd} not found` : `${cmd} failed`;
        reject(new Error(`${why}: ${cmd} ${args.join(" ")}\n${stderr}${stdout}`));
      } else resolvePromise(stdout);
    });
  });

const mtime = (p) => {
  try {
    return statSync(p).mtimeMs;
  } catch {
    return -1;
  }
};
const filesIn = (dir, re) => (existsSync(dir) ? readdirSync(dir).filter((f) => re.test(f)).map((f) => join(dir, f)) : []);
const headers = () => [includeDir, ...["spt", "hvt", "virtio", "x86"].map((d) => join(nativeDir, d))].flatMap((d) => filesIn(d, /\.h$/));
const fresh = (out, inputs) => {
  const t = mtime(out);
  return t >= 0 && inputs.every((i) => mtime(i) >= 0 && mtime(i) <= t);
};
const toolInputs = () => [fileURLToPath(import.meta.url), join(nativeDir, "manifest.mjs"), linkerScript];

/** Writes `out` via a temporary file so an interrupted build never leaves a half file. */
const atomically = async (out, make) => {
  mkdirSync(dirname(out), { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  try {
    await make(tmp);
    renameSync(tmp, out);
  } finally {
    rmSync(tmp, { force: true });
  }
};

const compile = (src, out, flags) =>
  atomically(out, (tmp) => exec(cc, [...flags, "-c", src, "-o", tmp]));

/** Runs the async thunks at most `n` at a time. */
const pool = async (thunks, n = 2) => {
  const results = [];
  let next = 0;
  const worker = async () => {
    while (next < thunks.length) {
      const i = next++;
      results[i] = await thunks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, thunks.length) }, worker));
  return results;
};

/** The bindings library of a target: its bindings + the start code. */
export async function buildBindings(target) {
  const out = bindingsLib(target);
  const sources = [
    join(nativeDir, target, "bindings.c"),
    join(nativeDir, "runtime", "crt.c"),
    // hvt and virtio: the exception table (an spt guest's faults are the host kernel's signals).
    ...(target === "spt" ? [] : [join(nativeDir, "x86", "traps.c")]),
    // virtio: the multiboot entry and the device drivers.
    ...(target === "virtio" ? [join(nativeDir, "virtio", "boot.S"), join(nativeDir, "virtio", "virtio.c")] : []),
  ];
  const deps = [...sources, ...headers(), ...toolInputs()];
  if (fresh(out, deps)) return { out, built: false };
  const objDir = join(buildDir, target, "obj");
  const objs = await pool(
    sources.map((src) => async () => {
      const obj = join(objDir, `${basename(dirname(src))}-${basename(src).replace(/\.[cS]$/, "")}.o`);
      // crt.c implements memcpy & co: keep the compiler from turning them into calls to themselves.
      const extra = src.endsWith("crt.c") ? ["-fno-builtin", "-fno-tree-loop-distribute-patterns"] : [];
      await compile(src, obj, [...guestCflags(target), ...extra]);
      return obj;
    }),
  );
  await atomically(out, (tmp) => exec(ar, ["rcsD", tmp, ...objs]));
  return { out, built: true };
}

/** The tender of `target` (native/TARGET/tender.c + tender-common/), a host program. */
export async function buildTender(target) {
  const out = tenderPaths[target];
  const common = join(nativeDir, "tender-common");
  const sources = [join(nativeDir, target, "tender.c"), join(common, "tender-common.c")];
  const deps = [...sources, join(common, "tender-common.h"), ...headers(), fileURLToPath(import.meta.url)];
  if (fresh(out, deps)) return { out, built: false };
  await atomically(out, (tmp) =>
    exec(cc, ["-std=gnu11", "-O2", "-g", "-Wall", "-Wextra", "-D_FORTIFY_SOURCE=2", "-fstack-protector-strong", ...sources, "-o", tmp]),
  );
  return { out, built: true };
}

/**
 * Links a guest image: `objects` (object files and static libraries, in link order) +
 * the manifest note for `devices` + the target's bindings + libgcc.
 * `devices`: [{ name, type: "NET_BASIC" | "BLOCK_BASIC" }] (in manifest order: handles 1, 2, ...).
 */
export async function linkImage({ target, objects, devices = [], out, libs = [], workDir }) {
  if (!TARGETS.includes(target)) throw new Error(`linkImage: target must be one of ${TARGETS.join(", ")}, got ${target}`);
  const errors = manifestErrors(devices);
  if (errors.length > 0) throw new Error(`linkImage: invalid devices: ${errors.join("; ")}`);
  await buildBindings(target);
  const work = workDir ?? dirname(resolve(out));
  mkdirSync(work, { recursive: true });
  // The whole file name, extension included: the .spt and .hvt of one guest may be linked at
  // the same time into the same work folder and must not share work files.
  const stem = basename(out);
  const mftSrc = join(work, `${stem}.manifest.S`);
  const mftObj = join(work, `${stem}.manifest.o`);
  writeFileSync(mftSrc, manifestAssembly(devices));
  await exec(cc, ["-c", mftSrc, "-o", mftObj]);
  await atomically(resolve(out), async (tmp) => {
    await exec(cc, [...guestLdflags(), "-o", tmp, ...objects, mftObj, "-Wl,--start-group", ...libs, bindingsLib(target), "-lgcc", "-Wl,--end-group"]);
    if (target === "virtio") checkMultibootImage(readFileSync(tmp));
  });
  return resolve(out);
}

// ---- the QuickJS runtime ------------------------------------------------------------------
//
// Needs the QuickJS part (native/quickjs/build.mjs): its recipe, build/quickjs-guest.json, names
// the compiler flags (musl headers, QuickJS's CONFIG_*), qjsc-host and the libraries to link.

const recipePath = join(buildDir, "quickjs-guest.json");
/** The QuickJS part's recipe, or undefined when it has not been built. */
export const quickjsRecipe = () => (existsSync(recipePath) ? JSON.parse(readFileSync(recipePath, "utf8")) : undefined);
export const runtimeLib = (target) => join(buildDir, target, "libmirage-runtime.a");
const RUNTIME_SOURCES = ["main.c", "host.c", "hooks.c"].map((f) => join(nativeDir, "runtime", f));

/** Flags for runtime C code (and the application's bytecode): the guest's libc headers, SSE on. */
export const runtimeCflags = (target, recipe = quickjsRecipe()) => {
  if (recipe === undefined) throw new Error("the QuickJS part is not built (build/quickjs-guest.json is missing): run node native/build.mjs");
  return [
    ...recipe.cflags,
    "-std=gnu11",
    "-g",
    "-Wall",
    "-Wextra",
    "-Wno-unused-parameter",
    "-fno-plt",
    `-I${includeDir}`,
    `-I${join(nativeDir, "runtime")}`,
  ];
};

/** build/<target>/libmirage-runtime.a: main (the event loop), host functions, libc hooks. */
export async function buildRuntime(target) {
  const recipe = quickjsRecipe();
  if (recipe === undefined) return { out: runtimeLib(target), built: false, missing: true };
  const out = runtimeLib(target);
  const deps = [...RUNTIME_SOURCES, join(nativeDir, "runtime", "mirage_runtime.h"), recipePath, ...headers(), ...toolInputs()];
  if (fresh(out, deps)) return { out, built: false };
  const objDir = join(buildDir, target, "obj");
  const objs = await pool(
    RUNTIME_SOURCES.map((src) => async () => {
      const obj = join(objDir, `runtime-${basename(src, ".c")}.o`);
      await compile(src, obj, runtimeCflags(target, recipe));
      return obj;
    }),
  );
  await atomically(out, (tmp) => exec(ar, ["rcsD", tmp, ...objs]));
  return { out, built: true };
}

/**
 * Compiles a JavaScript file (a script, or an ES module with `module: true`) to QuickJS bytecode
 * as C source defining mirage_app_bytecode / mirage_app_bytecode_size, and that to an object.
 */
export async function compileBytecode({ js, out, target = "spt", module = false, bootTrace = false }) {
  const recipe = quickjsRecipe();
  if (recipe === undefined) throw new Error("the QuickJS part is not built: run node native/build.mjs");
  const c = out.replace(/\.o$/, "") + ".c";
  await exec(recipe.qjsc, ["-c", ...(module ? ["-m"] : []), "-N", "mirage_app_bytecode", "-o", c, js]);
  // The runtime prints its boot steps' clock readings when this symbol exists (main.c).
  if (bootTrace) appendFileSync(c, "\nconst int mirage_boot_trace = 1;\n");
  await compile(c, out, runtimeCflags(target, recipe));
  return out;
}

/**
 * A complete QuickJS guest: `js` (bundle, script or module) + runtime + QuickJS + libc + bindings,
 * with the manifest for `devices`.
 */
export async function linkJsImage({ target, js, devices = [], out, workDir, module = false, bootTrace = false }) {
  const recipe = quickjsRecipe();
  if (recipe === undefined) throw new Error("the QuickJS part is not built: run node native/build.mjs");
  const rt = await buildRuntime(target);
  const work = workDir ?? dirname(resolve(out));
  mkdirSync(work, { recursive: true });
  const stem = basename(out);
  const obj = await compileBytecode({ js, out: join(work, `${stem}.bytecode.o`), target, module, bootTrace });
  return linkImage({ target, objects: [obj], devices, out, workDir: work, libs: [rt.out, ...recipe.link.libs] });
}

const TEST_GUESTS = [
  { name: "hello", targets: ["spt", "hvt", "virtio"], devices: [] },
  { name: "block", targets: ["spt", "hvt", "virtio"], devices: [{ name: "storage", type: "BLOCK_BASIC" }] },
  { name: "net", targets: ["spt", "hvt", "virtio"], devices: [{ name: "service", type: "NET_BASIC" }] },
  // hello with a manifest: a net and a block device (fault and structure tests)
  {
    name: "devices",
    source: "hello",
    targets: ["spt", "hvt", "virtio"],
    devices: [
      { name: "service", type: "NET_BASIC" },
      { name: "storage", type: "BLOCK_BASIC" },
    ],
  },
];

/**
 * A .virtio image is loaded by multiboot's address fields (boot.S): the file from the header's
 * page on is copied to memory as one block. Throws unless that gives the ELF's segments, so a
 * linker that lays the file out differently fails the build instead of booting garbage.
 */
export function checkMultibootImage(bytes) {
  const elf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = 0x1badb002;
  let at = -1;
  for (let i = 0; i + 32 <= Math.min(elf.length, 8192); i += 4) {
    if (elf.readUInt32LE(i) === magic && ((elf.readUInt32LE(i) + elf.readUInt32LE(i + 4) + elf.readUInt32LE(i + 8)) >>> 0) === 0) {
      at = i;
      break;
    }
  }
  if (at < 0) throw new Error("virtio image: no multiboot header in the first 8 KiB");
  const [headerAddr, loadAddr, loadEnd, bssEnd] = [12, 16, 20, 24].map((o) => elf.readUInt32LE(at + o));
  const fileBase = at - (headerAddr - loadAddr); // file offset loaded at loadAddr
  const phoff = Number(elf.readBigUInt64LE(32));
  const phentsize = elf.readUInt16LE(54);
  for (let i = 0; i < elf.readUInt16LE(56); i++) {
    const ph = phoff + i * phentsize;
    if (elf.readUInt32LE(ph) !== 1) continue; // PT_LOAD
    const offset = Number(elf.readBigUInt64LE(ph + 8));
    const vaddr = Number(elf.readBigUInt64LE(ph + 16));
    const filesz = Number(elf.readBigUInt64LE(ph + 32));
    const memsz = Number(elf.readBigUInt64LE(ph + 40));
    if (offset - fileBase !== vaddr - loadAddr) throw new Error(`virtio image: segment ${i} is at file offset 0x${offset.toString(16)}, not where a multiboot loader puts address 0x${vaddr.toString(16)}`);
    if (vaddr + filesz > loadEnd || vaddr + memsz > bssEnd) throw new Error(`virtio image: segment ${i} ends past the multiboot header's load or bss end`);
  }
  if (fileBase + (loadEnd - loadAddr) > elf.length) throw new Error("virtio image: the multiboot load end lies past the end of the file");
}

/** The pure-C test guests. */
export async function buildTestGuests() {
  const dir = join(buildDir, "test-guests");
  const built = [];
  const jobs = [];
  for (const g of TEST_GUESTS) {
    for (const target of g.targets) {
      if (target === "hvt" && !existsSync(join(nativeDir, "hvt", "bindings.c"))) continue;
      const src = join(nativeDir, "runtime", "test-guests", `${g.source ?? g.name}.c`);
      const out = testGuest(g.name, target);
      const deps = [src, join(nativeDir, "runtime", "test-guests", "guest.h"), bindingsLib(target), ...headers(), ...toolInputs()];
      if (fresh(out, deps)) continue;
      jobs.push(async () => {
        const obj = join(dir, `${g.name}.${target}.o`);
        await compile(src, obj, guestCflags(target));
        await linkImage({ target, objects: [obj], devices: g.devices, out, workDir: dir });
        built.push(out);
      });
    }
  }
  await pool(jobs);
  return built;
}

/** Everything: tenders and bindings for each target, test guests. */
export async function buildSolo5({ log = console.log } = {}) {
  const t0 = Date.now();
  const tenders = [];
  for (const target of TENDER_TARGETS) tenders.push(await buildTender(target));
  const libs = [];
  for (const target of TARGETS) {
    if (!existsSync(join(nativeDir, target, "bindings.c"))) continue;
    libs.push(await buildBindings(target));
  }
  const guests = await buildTestGuests();
  const runtimes = [];
  if (quickjsRecipe() !== undefined) for (const target of TARGETS) runtimes.push(await buildRuntime(target));
  const built = [...tenders, ...libs, ...runtimes].filter((r) => r.built).map((r) => r.out).concat(guests);
  if (built.length > 0) log(`@mirage/platform-solo5: built ${built.map((p) => p.slice(packageDir.length + 1)).join(", ")} in ${Date.now() - t0} ms`);
  return built;
}

async function main(argv) {
  const [cmd, ...rest] = argv;
  if (cmd === "build" || cmd === undefined) {
    await buildSolo5();
    return 0;
  }
  if (cmd === "link") {
    let target = "spt";
    let out;
    const devices = [];
    const objects = [];
    for (let i = 0; i < rest.length; i++) {
      const a = rest[i];
      if (a === "--target") target = rest[++i];
      else if (a === "-o") out = rest[++i];
      else if (a === "--device") {
        const m = /^([^:]+):(.+)$/.exec(rest[++i] ?? "");
        if (!m) throw new Error(`--device expects NAME:TYPE, got ${rest[i]}`);
        devices.push({ name: m[1], type: { net: "NET_BASIC", block: "BLOCK_BASIC" }[m[2]] ?? m[2] });
      } else objects.push(a);
    }
    if (out === undefined || objects.length === 0) throw new Error("usage: image.mjs link --target spt|hvt -o OUT [--device NAME:TYPE]... OBJ...");
    console.log(await linkImage({ target, objects, devices, out }));
    return 0;
  }
  if (cmd === "link-js") {
    let target = "spt";
    let out;
    let module = false;
    const devices = [];
    let js;
    for (let i = 0; i < rest.length; i++) {
      const a = rest[i];
      if (a === "--target") target = rest[++i];
      else if (a === "-o") out = rest[++i];
      else if (a === "--module") module = true;
      else if (a === "--device") {
        const m = /^([^:]+):(.+)$/.exec(rest[++i] ?? "");
        if (!m) throw new Error(`--device expects NAME:TYPE, got ${rest[i]}`);
        devices.push({ name: m[1], type: { net: "NET_BASIC", block: "BLOCK_BASIC" }[m[2]] ?? m[2] });
      } else js = a;
    }
    if (out === undefined || js === undefined) throw new Error("usage: image.mjs link-js --target spt|hvt -o OUT [--module] [--device NAME:TYPE]... BUNDLE.js");
    console.log(await linkJsImage({ target, js, devices, out, module }));
    return 0;
  }
  console.error(`image.mjs: unknown command ${cmd} (build | link | link-js)`);
  return 2;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exitCode = 1;
    },
  );
}
