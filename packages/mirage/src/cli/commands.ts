// The CLI's commands. Each takes the app directory and options, and throws CliError with a
// message for the user; main.ts turns that into stderr + exit code.
import * as fs from "node:fs";
import * as path from "node:path";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import * as esbuild from "esbuild";
import { isSolo5, TARGETS, type Impl, type Solo5Target, type Target } from "../config/device.ts";
import { describeDot, describeText, plan, type Keys, type Plan } from "../config/graph.ts";
import type { Registration } from "../config/register.ts";
import { base64Module, crunchModule, mainModule, PLATFORM_MODULES, type CrunchFile } from "./codegen.ts";
import { checkConfig, CliError, evaluateConfig } from "./load-config.ts";
import { shellQuote } from "./shell-quote.ts";
import { checkNoSyscalls } from "./check-image.ts";
import { guestStatus, qemuCommand, showCommand } from "./qemu.ts";

export const GEN_DIR = "mirage";
export const DIST_DIR = "dist";

export interface Configured {
  readonly name: string;
  readonly target: Target;
  readonly keys?: Keys;
  /** Solo5 targets: the devices the tender attaches, in manifest order. */
  readonly manifest?: ReadonlyArray<{ readonly name: string; readonly type: "net" | "block" }>;
}

export const parseTarget = (t: string): Target => {
  if (!(TARGETS as readonly string[]).includes(t)) throw new CliError(`unknown target "${t}" (expected one of ${TARGETS.join(", ")})`, 64);
  return t as Target;
};

const requireBuildable = (target: Target): void => {
  if (PLATFORM_MODULES[target] === undefined) {
    throw new CliError(`target ${target} cannot be built yet: this version builds unix, spt, hvt and virtio (see README "What works")`);
  }
};

const configPath = (appDir: string, file: string | undefined): string => {
  const p = path.resolve(appDir, file ?? "config.ts");
  if (!fs.existsSync(p)) throw new CliError(`no ${path.relative(appDir, p) || p} here: run mirage in a directory with a config.ts, or pass -f FILE`);
  return p;
};

const loadPlan = async (appDir: string, file: string | undefined, target: Target, keys: Keys) => {
  const config = configPath(appDir, file);
  const job = checkConfig(config);
  const reg = await evaluateConfig(config);
  const result = plan(reg, target, keys);
  if (!result.ok) throw new CliError(result.error.message);
  return { config, job, reg, plan: result.plan };
};

const readConfigured = (appDir: string): Configured => {
  const file = path.join(appDir, GEN_DIR, "configure.json");
  if (!fs.existsSync(file)) throw new CliError("not configured: run `mirage configure -t unix` first");
  return JSON.parse(fs.readFileSync(file, "utf8")) as Configured;
};

/** Files below `dir`, sorted, as crunch entries (`/sub/file.txt`). */
const crunchFiles = (dir: string, label: string): CrunchFile[] => {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new CliError(`${label}: ${dir} is not a directory`);
  const out: CrunchFile[] = [];
  const walk = (d: string, prefix: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full, `${prefix}/${entry.name}`);
      else if (entry.isFile()) out.push({ path: `${prefix}/${entry.name}`, data: fs.readFileSync(full), mtimeNs: fs.statSync(full, { bigint: true }).mtimeNs });
    }
  };
  walk(dir, "");
  return out;
};

/** The npm package a module specifier belongs to (`@mirage/platform-unix/kv-fs` → `@mirage/platform-unix`). */
const packageOf = (spec: string): string => spec.split("/").slice(0, spec.startsWith("@") ? 2 : 1).join("/");

const hasPackage = (appDir: string, pkg: string): boolean => {
  for (let d = appDir; ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, "node_modules", pkg, "package.json"))) return true;
    if (path.dirname(d) === d) return false;
  }
};

const checkPackages = (appDir: string, p: Plan): void => {
  const wanted = new Map<string, Impl>();
  for (const n of p.nodes) wanted.set(packageOf(n.impl.module), n.impl);
  for (const [pkg, impl] of wanted) {
    if (!hasPackage(appDir, pkg)) {
      throw new CliError(`${impl.label} comes from ${pkg}, which is not installed for this app: add "${pkg}" to the dependencies in package.json and install`);
    }
  }
  const platform = PLATFORM_MODULES[p.target];
  if (platform !== undefined && !hasPackage(appDir, packageOf(platform))) {
    throw new CliError(`target ${p.target} needs ${packageOf(platform)}: add it to the dependencies in package.json and install`);
  }
};

const posix = (p: string): string => p.split(path.sep).join("/");

export const configure = async (appDir: string, opts: { target: Target; file?: string | undefined; keys?: Keys }): Promise<string> => {
  requireBuildable(opts.target);
  const keys = opts.keys ?? {};
  const { config, job, plan: p } = await loadPlan(appDir, opts.file, opts.target, keys);
  checkPackages(appDir, p);
  const gen = path.join(appDir, GEN_DIR);
  fs.rmSync(gen, { recursive: true, force: true });
  fs.mkdirSync(gen, { recursive: true });
  const configDir = path.dirname(config);
  const crunchModules: Record<string, string> = {};
  const nodes = p.nodes.map((n) => {
    // Paths in config.ts are relative to it; the artefact gets them absolute.
    const cfg = { ...n.impl.config };
    for (const key of n.impl.paths) {
      const v = cfg[key];
      if (typeof v === "string") cfg[key] = path.resolve(configDir, v);
    }
    if (n.impl.embed !== undefined) {
      const files = crunchFiles(path.resolve(configDir, n.impl.embed.dir), `device ${n.id} (${n.impl.label})`);
      const file = `crunch_${n.id}.ts`;
      fs.writeFileSync(path.join(gen, file), crunchModule(n.impl.embed.dir, files, base64Module(opts.target)));
      crunchModules[n.id] = `./${file}`;
    }
    return { ...n, impl: { ...n.impl, config: cfg } };
  });
  let jobModule = posix(path.relative(gen, job.file));
  if (!jobModule.startsWith(".")) jobModule = `./${jobModule}`;
  fs.writeFileSync(path.join(gen, "main.ts"), mainModule({ plan: { ...p, nodes }, jobModule, jobExport: job.exportName, crunchModules }));
  const manifest = p.nodes.flatMap((n) => (n.impl.manifest === undefined ? [] : [n.impl.manifest]));
  const names = new Set<string>();
  for (const m of manifest) {
    if (names.has(m.name)) throw new CliError(`two devices use the Solo5 device name "${m.name}": give each its own name`);
    names.add(m.name);
  }
  const configured: Configured = { name: p.name, target: p.target, keys, ...(isSolo5(p.target) ? { manifest } : {}) };
  fs.writeFileSync(path.join(gen, "configure.json"), `${JSON.stringify(configured, null, 2)}\n`);
  return `configured ${p.name} for ${p.target}: ${path.relative(process.cwd(), path.join(gen, "main.ts")) || "main.ts"} (${p.nodes.length} device${p.nodes.length === 1 ? "" : "s"})`;
};

export const artefactPath = (appDir: string, c: Configured): string => path.join(appDir, DIST_DIR, isSolo5(c.target) ? `${c.name}.${c.target}` : c.name);

/** The image builder of @mirage/platform-solo5, resolved from the app (it is the app's dependency). */
interface Solo5Image {
  linkJsImage(o: { target: Solo5Target; js: string; devices: ReadonlyArray<{ name: string; type: "net" | "block" }>; out: string; workDir: string; module: boolean }): Promise<string>;
  tenderPaths: Readonly<Record<"spt" | "hvt", string>>;
  checkMultibootImage(elf: Buffer): void;
}
const loadSolo5Image = async (appDir: string): Promise<Solo5Image> => {
  if (!hasPackage(appDir, "@mirage/platform-solo5")) {
    throw new CliError('Solo5 targets need @mirage/platform-solo5: add it to the dependencies in package.json and install');
  }
  const resolved = createRequire(path.join(appDir, "package.json")).resolve("@mirage/platform-solo5/image");
  return (await import(pathToFileURL(resolved).href)) as Solo5Image;
};

/**
 * Module aliases for the bundle, from the app's package.json: `"mirage": { "alias": { "vitest":
 * "./vitest-shim.ts" } }` makes every `import ... from "vitest"` in the bundle (the app's and its
 * dependencies') load the app's ./vitest-shim.ts instead; relative targets are relative to the
 * app directory. esbuild's `alias`, for the unix and Solo5 builds alike.
 */
const appAliases = (appDir: string): Record<string, string> => {
  const file = path.join(appDir, "package.json");
  if (!fs.existsSync(file)) return {};
  let alias: unknown;
  try {
    alias = (JSON.parse(fs.readFileSync(file, "utf8")) as { mirage?: { alias?: unknown } }).mirage?.alias;
  } catch (e) {
    throw new CliError(`Cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (alias === undefined) return {};
  if (typeof alias !== "object" || alias === null || Array.isArray(alias) || !Object.values(alias).every((v) => typeof v === "string")) {
    throw new CliError(`${file}: "mirage.alias" must map module names to module names or paths, e.g. { "vitest": "./vitest-shim.ts" }`);
  }
  return alias as Record<string, string>;
};

/**
 * A Solo5 image: main.ts bundled for QuickJS (ES2020, no Node built-ins), compiled to QuickJS
 * bytecode and linked with the C runtime, QuickJS and the target's bindings; the manifest note
 * lists the devices config.ts picked.
 */
const buildSolo5 = async (appDir: string, c: Configured, target: Solo5Target): Promise<string> => {
  const image = await loadSolo5Image(appDir);
  const work = path.join(appDir, GEN_DIR, "solo5");
  fs.mkdirSync(work, { recursive: true });
  const bundle = path.join(work, "bundle.js");
  const result = await esbuild
    .build({
      absWorkingDir: appDir,
      entryPoints: [path.join(GEN_DIR, "main.ts")],
      outfile: bundle,
      bundle: true,
      platform: "neutral",
      format: "esm",
      target: "es2020",
      mainFields: ["browser", "module", "main"],
      conditions: ["browser", "import", "default"],
      alias: appAliases(appDir),
      legalComments: "none",
      logLevel: "silent",
      metafile: true,
    })
    .catch((e: unknown) => {
      throw new CliError(`build failed (the guest has no Node APIs: a Node-only module in the bundle shows up here):\n${e instanceof Error ? e.message : String(e)}`);
    });
  const out = artefactPath(appDir, c);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  try {
    await image.linkJsImage({ target, js: bundle, devices: c.manifest ?? [], out, workDir: work, module: true });
  } catch (e) {
    throw new CliError(`linking the ${target} image failed:\n${e instanceof Error ? e.message : String(e)}`);
  }
  // Symbols are for debugging the build, not for the tender: ship the image stripped (the
  // notes and segments stay).
  const stripped = spawnSync("strip", ["--strip-all", out], { encoding: "utf8" });
  if (stripped.status !== 0) throw new CliError(`Cannot strip ${out}: ${stripped.stderr.trim() || stripped.error?.message} (strip comes with binutils)`);
  if (target !== "spt") checkNoSyscalls(out);
  if (target === "virtio") {
    try {
      image.checkMultibootImage(fs.readFileSync(out));
    } catch (e) {
      throw new CliError(`${out} cannot be booted by a multiboot loader after stripping: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const size = fs.statSync(out).size;
  const js = fs.statSync(bundle).size;
  const devices = (c.manifest ?? []).map((m) => `${m.type} ${m.name}`).join(", ") || "no devices";
  return `built ${path.relative(process.cwd(), out) || out} (${target}, ${(size / 1024).toFixed(1)} KiB; ${(js / 1024).toFixed(1)} KiB of JS from ${Object.keys(result.metafile.inputs).length} modules; ${devices})`;
};

export const build = async (appDir: string): Promise<string> => {
  const c = readConfigured(appDir);
  requireBuildable(c.target);
  if (isSolo5(c.target)) return buildSolo5(appDir, c, c.target);
  const out = artefactPath(appDir, c);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const result = await esbuild.build({
    absWorkingDir: appDir,
    entryPoints: [path.join(GEN_DIR, "main.ts")],
    outfile: out,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // CommonJS dependencies bundled into ESM may still call require() for Node built-ins.
    banner: { js: `#!/usr/bin/env node\nimport { createRequire as __mirageCreateRequire } from "node:module";\nconst require = __mirageCreateRequire(import.meta.url);` },
    alias: appAliases(appDir),
    legalComments: "none",
    logLevel: "silent",
    metafile: true,
  }).catch((e: unknown) => {
    throw new CliError(`build failed:\n${e instanceof Error ? e.message : String(e)}`);
  });
  fs.chmodSync(out, 0o755);
  copyNativeAddons(appDir, Object.keys(result.metafile.inputs), path.dirname(out));
  const size = fs.statSync(out).size;
  const inputs = Object.keys(result.metafile.inputs).length;
  return `built ${path.relative(process.cwd(), out) || out} (${c.target}, ${(size / 1024).toFixed(1)} KiB from ${inputs} modules)`;
};

/**
 * Native addons cannot be bundled: when the TAP backend is linked in, its addon goes next to
 * the artefact (where the loader looks first after the source tree), so dist/ is self-contained.
 */
const copyNativeAddons = (appDir: string, inputs: readonly string[], distDir: string): void => {
  const loader = inputs.find((i) => i.endsWith(path.join("platform-unix", "src", "tap-addon.ts")));
  if (loader === undefined) return;
  const addon = path.resolve(appDir, path.dirname(loader), "..", "build", "tap.node");
  if (!fs.existsSync(addon)) throw new CliError(`the TAP backend is linked in but its addon ${addon} is not built: run pnpm install (it needs a C compiler)`);
  fs.copyFileSync(addon, path.join(distDir, "tap.node"));
};

/** The tender for a Solo5 target: upstream's if given or on PATH, else the one this package ships. */
/**
 * KVM for a virtio guest when /dev/kvm opens and runs an SSE guest (mirage-hvt --check-kvm: a
 * nested KVM can create VMs and still die on the first SSE instruction); QEMU's emulator otherwise.
 */
const kvmWorks = async (appDir: string): Promise<boolean> => {
  try {
    fs.accessSync("/dev/kvm", fs.constants.R_OK | fs.constants.W_OK);
  } catch {
    return false;
  }
  const probe = spawnSync((await loadSolo5Image(appDir)).tenderPaths.hvt, ["--check-kvm"], { stdio: "ignore", timeout: 20_000 });
  return probe.status === 0;
};

/** Boots a .virtio image in QEMU with the manifest's devices; prints the command it runs. */
const runVirtio = async (appDir: string, image: string, c: Configured, args: readonly string[], options: readonly string[]): Promise<number> => {
  const qemu = process.env["MIRAGE_QEMU"];
  const wantsAccel = options.some((o) => o.startsWith("--accel="));
  const plan = qemuCommand({ image, manifest: c.manifest ?? [], options, args, kvm: wantsAccel ? false : await kvmWorks(appDir), ...(qemu ? { qemu } : {}) });
  process.stderr.write(`mirage: ${showCommand(plan)}\n`);
  const r = spawnSync(plan.command, plan.args, { stdio: "inherit" });
  if (r.error !== undefined) {
    const hint = (r.error as NodeJS.ErrnoException).code === "ENOENT" ? " (install QEMU: apt-get install qemu-system-x86, or name it with MIRAGE_QEMU)" : "";
    throw new CliError(`Cannot run ${plan.command}: ${r.error.message}${hint}`);
  }
  return guestStatus(r.status ?? 1);
};

const tenderFor = async (appDir: string, target: "spt" | "hvt"): Promise<string> => {
  const env = process.env[target === "spt" ? "SOLO5_SPT" : "SOLO5_HVT"];
  if (env !== undefined && env !== "") return env;
  const onPath = (process.env["PATH"] ?? "").split(path.delimiter).map((d) => path.join(d, `solo5-${target}`)).find((p) => fs.existsSync(p));
  if (onPath !== undefined) return onPath;
  return (await loadSolo5Image(appDir)).tenderPaths[target];
};

export const run = async (appDir: string, args: readonly string[], tenderArgs: readonly string[] = []): Promise<number> => {
  const c = readConfigured(appDir);
  const out = artefactPath(appDir, c);
  if (!fs.existsSync(out)) throw new CliError(`${path.relative(process.cwd(), out)} does not exist: run \`mirage build\` first`);
  if (c.target === "virtio") return runVirtio(appDir, out, c, args, tenderArgs);
  if (isSolo5(c.target)) {
    // Tender options (--mem, --net:NAME=TAP, --block:NAME=FILE) go before the image, the
    // unikernel's own arguments after it.
    const tender = await tenderFor(appDir, c.target === "spt" ? "spt" : "hvt");
    const r = spawnSync(tender, [...tenderArgs, out, ...args.map(shellQuote)], { stdio: "inherit" });
    if (r.error !== undefined) throw new CliError(`Cannot run ${tender}: ${r.error.message}`);
    return r.status ?? 1;
  }
  const r = spawnSync(process.execPath, [out, ...args], { stdio: "inherit" });
  if (r.error !== undefined) throw new CliError(`Cannot run ${out}: ${r.error.message}`);
  return r.status ?? 1;
};

export const describe = async (appDir: string, opts: { target?: Target | undefined; file?: string | undefined; dot: boolean; keys?: Keys }): Promise<string> => {
  // Without -t, describe what was configured (target and keys), else unix with defaults.
  let configured: Configured | undefined;
  try {
    configured = readConfigured(appDir);
  } catch {
    configured = undefined;
  }
  const target = opts.target ?? configured?.target ?? "unix";
  const keys = opts.target === undefined && Object.keys(opts.keys ?? {}).length === 0 ? (configured?.keys ?? {}) : (opts.keys ?? {});
  const { reg, plan: p } = await loadPlan(appDir, opts.file, target, keys);
  return opts.dot ? describeDot(p) : describeText(p, reg as Registration);
};

export const clean = (appDir: string): string => {
  for (const d of [GEN_DIR, DIST_DIR]) fs.rmSync(path.join(appDir, d), { recursive: true, force: true });
  return `removed ${GEN_DIR}/ and ${DIST_DIR}/`;
};
