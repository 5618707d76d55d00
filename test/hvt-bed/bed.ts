// The hvt test bed: a Linux guest with a working /dev/kvm, booted under QEMU's software emulator
// (which emulates AMD SVM), so Solo5 hvt unikernels run on KVM on machines that have none.
//
//   host (no KVM) ── qemu-system-x86_64 -accel tcg -cpu qemu64 ──▶ Debian 6.1 kernel + initramfs
//                                                                    └─ kvm_amd → /dev/kvm → tender → hvt image
//
// The kernel and its modules come from Debian's linux-image-amd64 (apt-get download + dpkg-deb -x,
// nothing installed), cached under node_modules/.cache/mirage-hvt-bed with a base initramfs
// (busybox, the modules, /init). A run appends a second archive holding its files, host
// binaries (with their shared libraries) and one script per step; /init runs the steps in
// order with a timeout each, framing every step's output and exit status with markers on the
// serial console, then powers off. ~2.5 s to a usable /dev/kvm, then the steps.
//
// With a host /dev/kvm that runs SSE/x87 guests (MIRAGE_HVT_BED=direct, or auto-detected by
// `mirage-hvt --check-kvm`), the same steps run on the host instead, each run in a fresh network
// namespace (unshare -n) and a temporary directory laid out like the bed's /bed/work.
import { execFile, spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import { decodeCpio, encodeCpio, type CpioEntry } from "./cpio.ts";
import { tenderPaths } from "@mirage/platform-solo5/image";

const execFileAsync = promisify(execFile);
const root = path.resolve(import.meta.dirname, "..", "..");
const cacheRoot = process.env.MIRAGE_HVT_BED_CACHE ?? path.join(root, "node_modules", ".cache", "mirage-hvt-bed");

/** Load order matters: kvm needs irqbypass, kvm-amd needs kvm and ccp. tun gives TAP devices;
 * bridge (after llc and stp) joins TAP pairs for the net conformance suite. */
const MODULES = ["virt/lib/irqbypass", "arch/x86/kvm/kvm", "drivers/crypto/ccp/ccp", "arch/x86/kvm/kvm-amd", "drivers/net/tun", "net/llc/llc", "net/802/stp", "net/bridge/bridge"];
const WORK = "/bed/work";

export interface BedFile {
  /** Path under the run's working directory (relative), or absolute inside the bed. */
  readonly path: string;
  readonly data: Uint8Array | string;
  readonly mode?: number;
}
export interface BedStep {
  readonly name: string;
  /** A POSIX sh script, run in the working directory with $HVT set to the tender's path. */
  readonly script: string;
  readonly timeoutSec?: number;
}
export interface BedRun {
  /** The tender; copied into the bed with its shared libraries. */
  readonly tender: string;
  readonly files?: readonly BedFile[];
  /** Host files copied in under their own path: images, or programs (their libraries follow). */
  readonly hostFiles?: readonly string[];
  readonly steps: readonly BedStep[];
  /** Whole-run limit, boot included. */
  readonly timeoutMs?: number;
}
export interface StepResult {
  readonly status: number;
  readonly output: string;
  /** Wall time inside the bed (its clock), ms. */
  readonly ms: number;
}
export interface BedResult {
  readonly mode: "qemu" | "direct";
  /** Everything the bed printed (the serial console), for diagnostics. */
  readonly console: string;
  /** From the start of QEMU to the first step (ms); 0 in direct mode. */
  readonly bootMs: number;
  readonly totalMs: number;
  readonly steps: ReadonlyMap<string, StepResult>;
  /** The step's result; throws with the end of the console when the step never finished. */
  step(name: string): StepResult;
}

const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;

/** Why the bed cannot run here (undefined when it can). */
export const bedUnavailable = (): string | undefined => {
  if (process.platform !== "linux" || process.arch !== "x64") return `not Linux x86_64 (${process.platform}/${process.arch})`;
  if (bedMode() === "direct") return undefined;
  if (!has("qemu-system-x86_64")) return "qemu-system-x86_64 not installed (Debian: qemu-system-x86)";
  if (!fs.existsSync(path.join(cacheRoot, "current")) && !has("apt-get")) return "no cached bed kernel and no apt-get to download one";
  if (!has("busybox")) return "busybox not installed (Debian: busybox-static)";
  return undefined;
};

let directProbe: boolean | undefined;
/** "direct" when the host's own KVM runs SSE guests (checked once with mirage-hvt --check-kvm,
 * whatever tender the run uses: upstream's has no such probe), else "qemu". */
export const bedMode = (): "qemu" | "direct" => {
  const forced = process.env.MIRAGE_HVT_BED;
  if (forced === "qemu" || forced === "direct") return forced;
  if (directProbe === undefined) {
    directProbe = false;
    if (fs.existsSync("/dev/kvm")) directProbe = spawnSync(tenderPaths.hvt, ["--check-kvm"], { stdio: "ignore", timeout: 20_000 }).status === 0;
  }
  return directProbe ? "direct" : "qemu";
};

// ---- the cached kernel and base archive -------------------------------------------------------

interface Kernel {
  readonly dir: string;
  readonly vmlinuz: string;
  readonly base: string;
}

const run = async (cmd: string, args: readonly string[], cwd?: string) => {
  try {
    return (await execFileAsync(cmd, args, { cwd, maxBuffer: 64 << 20, encoding: "utf8" })).stdout;
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    throw new Error(`hvt bed: ${cmd} ${args.join(" ")} failed: ${err.stderr || err.message}`);
  }
};

/** The kernel package apt would install for linux-image-amd64 (the version differs between mirrors). */
const kernelPackage = async (): Promise<string> => {
  const deps = await run("apt-cache", ["depends", "linux-image-amd64"]);
  const m = /Depends:\s+(linux-image-[\w.+-]+-amd64)\b/.exec(deps);
  if (!m?.[1]) throw new Error(`hvt bed: apt-cache depends linux-image-amd64 names no kernel package:\n${deps}`);
  return m[1];
};

/** Host file plus the shared libraries it loads (from ldd), as bed paths → host paths. */
const withLibraries = (file: string): string[] => {
  const out = [file];
  const r = spawnSync("ldd", [file], { encoding: "utf8" });
  if (r.status !== 0) return out; // static, or not a program
  for (const line of r.stdout.split("\n")) {
    const m = /(?:=>\s*)?(\/\S+)\s+\(0x/.exec(line);
    if (m?.[1]) out.push(m[1]);
  }
  return out;
};

const parentDirs = (p: string, seen: Set<string>): CpioEntry[] => {
  const parts = p.replace(/^\/+/, "").split("/").slice(0, -1);
  const out: CpioEntry[] = [];
  for (let i = 1; i <= parts.length; i++) {
    const d = parts.slice(0, i).join("/");
    if (!seen.has(d)) {
      seen.add(d);
      out.push({ kind: "dir", path: d });
    }
  }
  return out;
};

/** Entries for host files at their own paths (symlinked libraries resolved to their content). */
const hostEntries = (files: readonly string[], seen: Set<string>): CpioEntry[] => {
  const out: CpioEntry[] = [];
  for (const f of files) {
    if (seen.has(f.replace(/^\/+/, ""))) continue;
    seen.add(f.replace(/^\/+/, ""));
    const st = fs.statSync(f);
    out.push(...parentDirs(f, seen), { kind: "file", path: f, data: fs.readFileSync(f), mode: st.mode & 0o777 });
  }
  return out;
};

const INIT = `#!/bin/busybox sh
/bin/busybox mkdir -p /usr/bin /usr/sbin /sbin
/bin/busybox --install -s
mount -t proc proc /proc
mount -t sysfs sys /sys
mount -t devtmpfs dev /dev
for m in ${MODULES.map((m) => path.basename(m)).join(" ")}; do
  insmod /lib/modules/bed/$m.ko || echo "@@bed-error insmod $m@@"
done
ip link set lo up
sysctl -qw vm.overcommit_memory=1
[ -e /dev/kvm ] || echo "@@bed-error no /dev/kvm@@"
cd ${WORK} && . /bed/steps.sh
echo "@@bed-done@@"
poweroff -f
`;

let prepared: Promise<Kernel> | undefined;

/** Downloads and unpacks the kernel once, and writes the base archive (cached across runs). */
export const prepareBed = (): Promise<Kernel> => (prepared ??= prepareOnce());

const prepareOnce = async (): Promise<Kernel> => {
  const current = path.join(cacheRoot, "current");
  const busybox = spawnSync("sh", ["-c", "command -v busybox"], { encoding: "utf8" }).stdout.trim();
  const stamp = JSON.stringify({ v: 1, init: INIT, busybox: busybox && fs.statSync(busybox).mtimeMs });
  const ready = (dir: string): Kernel | undefined => {
    try {
      if (fs.readFileSync(path.join(dir, "stamp"), "utf8") !== stamp) return undefined;
      return { dir, vmlinuz: path.join(dir, "vmlinuz"), base: path.join(dir, "base.cpio") };
    } catch {
      return undefined;
    }
  };
  const cached = ready(current);
  if (cached) return cached;

  fs.mkdirSync(cacheRoot, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(cacheRoot, "tmp-"));
  try {
    let unpacked = path.join(cacheRoot, "kernel");
    if (!fs.existsSync(path.join(unpacked, "boot"))) {
      const pkg = await kernelPackage();
      await run("apt-get", ["download", "-q", pkg], tmp);
      const deb = fs.readdirSync(tmp).find((f) => f.endsWith(".deb"));
      if (!deb) throw new Error(`hvt bed: apt-get download ${pkg} produced no .deb`);
      const x = path.join(tmp, "x");
      await run("dpkg-deb", ["-x", path.join(tmp, deb), x]);
      fs.rmSync(path.join(tmp, deb));
      fs.rmSync(unpacked, { recursive: true, force: true });
      fs.renameSync(x, unpacked);
    }
    const vmlinuz = fs.readdirSync(path.join(unpacked, "boot")).find((f) => f.startsWith("vmlinuz-"));
    const version = fs.readdirSync(path.join(unpacked, "lib", "modules"))[0];
    if (!vmlinuz || !version) throw new Error(`hvt bed: ${unpacked} holds no kernel`);
    fs.copyFileSync(path.join(unpacked, "boot", vmlinuz), path.join(tmp, "vmlinuz"));

    if (!busybox) throw new Error("hvt bed: busybox not found (Debian: busybox-static)");
    const seen = new Set<string>();
    const entries: CpioEntry[] = ["bin", "dev", "proc", "sys", "tmp", "etc", "bed", "bed/work", "lib", "lib/modules", "lib/modules/bed"].map((d) => {
      seen.add(d);
      return { kind: "dir", path: d };
    });
    entries.push({ kind: "file", path: "bin/busybox", data: fs.readFileSync(busybox), mode: 0o755 });
    seen.add("bin/busybox");
    entries.push(...hostEntries(withLibraries(busybox).slice(1), seen));
    for (const m of MODULES) {
      const ko = path.join(unpacked, "lib", "modules", version, "kernel", `${m}.ko`);
      entries.push({ kind: "file", path: `lib/modules/bed/${path.basename(m)}.ko`, data: fs.readFileSync(ko) });
    }
    entries.push({ kind: "file", path: "init", data: new TextEncoder().encode(INIT), mode: 0o755 });
    fs.writeFileSync(path.join(tmp, "base.cpio"), encodeCpio(entries));
    fs.writeFileSync(path.join(tmp, "kernel-version"), version);
    fs.writeFileSync(path.join(tmp, "stamp"), stamp);
    // Publish atomically: a concurrent preparer either wins the rename or finds ours ready.
    const done = path.join(cacheRoot, `ready-${process.pid}-${Date.now()}`);
    fs.renameSync(tmp, done);
    fs.rmSync(`${current}.link`, { force: true });
    fs.symlinkSync(path.basename(done), `${current}.link`);
    fs.renameSync(`${current}.link`, current);
    return ready(current) ?? (() => { throw new Error("hvt bed: cache vanished while preparing"); })();
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
};

// /tmp is not a separate mount in the bed: host files keep their paths, and a checkout under /tmp
// (a CI clone) must stay visible.

// ---- a run -------------------------------------------------------------------------------------

const shQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
const bytes = (d: Uint8Array | string) => (typeof d === "string" ? new TextEncoder().encode(d) : d);

/** The steps file /init sources: every step framed by begin/end markers with its status. */
const stepsScript = (steps: readonly BedStep[], tender: string): string => {
  const lines = [`export HVT=${shQuote(tender)}`, "bed_ms() { read up _ < /proc/uptime; echo \"${up%.*}${up#*.}0\"; }"];
  steps.forEach((s, i) => {
    lines.push(
      `t0=$(bed_ms); echo "@@bed-begin ${i}@@"`,
      `timeout -s KILL ${s.timeoutSec ?? 60} sh /bed/step-${i}.sh </dev/null 2>&1; s=$?`,
      `t1=$(bed_ms); echo; echo "@@bed-end ${i} $s $((t1 - t0))@@"`,
    );
  });
  return `${lines.join("\n")}\n`;
};

const parseConsole = (text: string, steps: readonly BedStep[]): Map<string, StepResult> => {
  const out = new Map<string, StepResult>();
  steps.forEach((s, i) => {
    const begin = `@@bed-begin ${i}@@\n`;
    const b = text.indexOf(begin);
    if (b < 0) return;
    const endRe = new RegExp(`\\n@@bed-end ${i} (\\d+) (\\d+)@@`, "g");
    endRe.lastIndex = b;
    const e = endRe.exec(text);
    if (!e) return;
    out.set(s.name, { output: text.slice(b + begin.length, e.index), status: Number(e[1]), ms: Number(e[2]) });
  });
  return out;
};

const result = (mode: BedResult["mode"], consoleText: string, steps: readonly BedStep[], bootMs: number, totalMs: number): BedResult => {
  const parsed = parseConsole(consoleText, steps);
  return {
    mode,
    console: consoleText,
    bootMs,
    totalMs,
    steps: parsed,
    step(name) {
      const r = parsed.get(name);
      if (r) return r;
      throw new Error(`hvt bed: step '${name}' did not finish (${mode}, ${totalMs} ms). Console tail:\n${consoleText.slice(-3000)}`);
    },
  };
};

/** A step's shell command that makes TAP device `name`: iproute2 on a host (direct mode),
 * busybox's tunctl in the bed, whose ip has no tuntap. */
export const makeTap = (name: string): string => `{ ip tuntap add ${name} mode tap 2>/dev/null || tunctl -t ${name} >/dev/null; }`;

/** Boots the bed, runs the steps, returns their output and statuses. */
export const runInBed = async (spec: BedRun): Promise<BedResult> => {
  const mode = bedMode();
  return mode === "direct" ? runDirect(spec) : runQemu(spec);
};

const runQemu = async (spec: BedRun): Promise<BedResult> => {
  const kernel = await prepareBed();
  const seen = new Set<string>(decodeCpio(fs.readFileSync(kernel.base)).map((e) => e.path));
  const entries: CpioEntry[] = [];
  const add = (p: string, data: Uint8Array, mode = 0o644) => {
    const abs = p.startsWith("/") ? p : `${WORK}/${p}`;
    entries.push(...parentDirs(abs, seen), { kind: "file", path: abs, data, mode });
    seen.add(abs.replace(/^\/+/, ""));
  };
  entries.push(...hostEntries(withLibraries(spec.tender), seen));
  for (const f of spec.hostFiles ?? []) entries.push(...hostEntries(withLibraries(f), seen));
  for (const f of spec.files ?? []) add(f.path, bytes(f.data), f.mode);
  spec.steps.forEach((s, i) => add(`/bed/step-${i}.sh`, bytes(s.script), 0o755));
  add("/bed/steps.sh", bytes(stepsScript(spec.steps, spec.tender)));

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mirage-bed-"));
  const initrd = path.join(dir, "initrd.cpio");
  fs.copyFileSync(kernel.base, initrd);
  fs.appendFileSync(initrd, encodeCpio(entries));
  const t0 = Date.now();
  let text = "";
  let firstStep = 0;
  try {
    const qemu = spawn(
      "qemu-system-x86_64",
      ["-accel", "tcg", "-cpu", "qemu64", "-smp", "1", "-m", "1024", "-nodefaults", "-no-user-config", "-display", "none",
        "-serial", "stdio", "-no-reboot", "-kernel", kernel.vmlinuz, "-initrd", initrd,
        "-append", "console=ttyS0 quiet loglevel=3 panic=-1 rdinit=/init"],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    const timer = setTimeout(() => qemu.kill("SIGKILL"), spec.timeoutMs ?? 300_000);
    qemu.stdout.on("data", (d: Buffer) => {
      text += d.toString("latin1");
      if (!firstStep && text.includes("@@bed-begin 0@@")) firstStep = Date.now();
    });
    qemu.stderr.on("data", (d: Buffer) => {
      text += d.toString("latin1");
    });
    await new Promise<void>((resolve) => qemu.once("close", () => resolve()));
    clearTimeout(timer);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const clean = text.replace(/\r\n/g, "\n").replace(/\r/g, "");
  return result("qemu", clean, spec.steps, firstStep ? firstStep - t0 : 0, Date.now() - t0);
};

const runDirect = async (spec: BedRun): Promise<BedResult> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mirage-bed-direct-"));
  const t0 = Date.now();
  try {
    const work = path.join(dir, "work");
    fs.mkdirSync(work);
    for (const f of spec.files ?? []) {
      if (f.path.startsWith("/")) throw new Error(`hvt bed (direct): absolute bed path ${f.path}`);
      fs.mkdirSync(path.dirname(path.join(work, f.path)), { recursive: true });
      fs.writeFileSync(path.join(work, f.path), bytes(f.data), { mode: f.mode ?? 0o644 });
    }
    spec.steps.forEach((s, i) => fs.writeFileSync(path.join(dir, `step-${i}.sh`), s.script));
    fs.writeFileSync(path.join(dir, "steps.sh"), stepsScript(spec.steps, spec.tender).replaceAll("/bed/", `${dir}/`));
    const r = spawnSync("unshare", ["-n", "sh", "-c", `ip link set lo up; cd ${shQuote(work)} && . ${shQuote(path.join(dir, "steps.sh"))}`], {
      encoding: "latin1",
      timeout: spec.timeoutMs ?? 300_000,
      maxBuffer: 256 << 20,
    });
    return result("direct", `${r.stdout}${r.stderr}`, spec.steps, 0, Date.now() - t0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};

export const bedKernelVersion = (): string | undefined => {
  try {
    return fs.readFileSync(path.join(cacheRoot, "current", "kernel-version"), "utf8");
  } catch {
    return undefined;
  }
};

// Used by `.ci/run` (and by hand) to fetch the kernel before the tests: node --import tsx test/hvt-bed/bed.ts prepare
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename) && process.argv[2] === "prepare") {
  prepareBed().then(
    (k) => console.log(`hvt bed ready: ${k.dir} (kernel ${bedKernelVersion()})`),
    (e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exitCode = 1;
    },
  );
}
