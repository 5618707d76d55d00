// Resolves a registration for one target into the ordered list of devices to connect:
// matchTarget choices are made, equal implementations are shared, dependencies come first.
import type { Device, Impl, Json, Target } from "./device.ts";
import type { Registration } from "./register.ts";

export interface Node {
  /** A JS identifier, unique in main.ts. */
  readonly id: string;
  readonly impl: Impl;
  /** Dependency name → node id. */
  readonly deps: Readonly<Record<string, string>>;
}

export interface Plan {
  readonly name: string;
  readonly target: Target;
  /** In dependency order: every node comes after the nodes it depends on. */
  readonly nodes: readonly Node[];
  /** The job's device name → node id. */
  readonly bindings: Readonly<Record<string, string>>;
}

export interface ConfigError {
  readonly _tag: "ConfigError";
  readonly message: string;
}

const fail = (message: string): never => {
  throw { _tag: "ConfigError", message } satisfies ConfigError;
};

export const isConfigError = (e: unknown): e is ConfigError =>
  typeof e === "object" && e !== null && (e as { _tag?: unknown })._tag === "ConfigError";

/** Configure-time key values (`--net=direct`), by key name. */
export type Keys = Readonly<Record<string, string>>;

const choose = (path: string, d: Device, target: Target, keys: Keys): Impl => {
  if (d._tag === "MatchKey") {
    const value = keys[d.key] ?? d.default;
    const picked = d.cases[value];
    if (picked === undefined) {
      return fail(`device ${path}: --${d.key}=${value} is not a choice (expected one of ${Object.keys(d.cases).join(", ")})`);
    }
    return choose(path, picked, target, keys);
  }
  if (d._tag === "Impl") {
    if (!d.targets.includes(target)) {
      fail(`device ${path}: ${d.label} is not available on ${target} (it is on: ${d.targets.join(", ")}); pick another implementation, e.g. with matchTarget({ ${d.targets[0]}: ${d.label}, default: ... })`);
    }
    return d;
  }
  const picked = d.cases[target] ?? d.cases.default;
  if (picked === undefined) {
    const have = Object.keys(d.cases).join(", ");
    return fail(`device ${path}: no implementation for target ${target} (matchTarget has cases for: ${have}); add a "${target}" or "default" case`);
  }
  return choose(path, picked, target, keys);
};

/** The configure-time keys a registration's devices read, with their docs and choices. */
export const configureKeys = (reg: Registration): ReadonlyMap<string, { readonly doc: string; readonly choices: readonly string[]; readonly default: string }> => {
  const found = new Map<string, { doc: string; choices: readonly string[]; default: string }>();
  const seen = new Set<Device>();
  const walk = (d: Device): void => {
    if (seen.has(d)) return;
    seen.add(d);
    if (d._tag === "MatchKey") {
      found.set(d.key, { doc: d.doc, choices: Object.keys(d.cases), default: d.default });
      Object.values(d.cases).forEach(walk);
    } else if (d._tag === "MatchTarget") Object.values(d.cases).forEach((c) => c !== undefined && walk(c));
    else Object.values(d.deps).forEach(walk);
  };
  Object.values(reg.devices).forEach(walk);
  return found;
};

const stableJson = (j: Json): string =>
  j === null || typeof j !== "object"
    ? JSON.stringify(j)
    : Array.isArray(j)
      ? `[${j.map(stableJson).join(",")}]`
      : `{${Object.keys(j).sort().map((k) => `${JSON.stringify(k)}:${stableJson((j as Record<string, Json>)[k] as Json)}`).join(",")}}`;

const identifier = (s: string): string => {
  const id = s.replace(/[^A-Za-z0-9_$]/g, "_").replace(/^([0-9])/, "_$1");
  return RESERVED.has(id) ? `${id}_` : id;
};
const RESERVED = new Set(["break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "export", "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof", "new", "null", "return", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield", "let", "static", "await", "enum", "job", "boot", "args", "platform"]);

/**
 * Picks an implementation for every device on `target` and orders them. Two devices with the
 * same implementation, configuration and dependencies become one node (connected once).
 */
export const plan = (reg: Registration, target: Target, keys: Keys = {}): { ok: true; plan: Plan } | { ok: false; error: ConfigError } => {
  try {
    const known = configureKeys(reg);
    for (const k of Object.keys(keys)) {
      if (!known.has(k)) {
        fail(`unknown configure option --${k} for ${reg.name}${known.size === 0 ? " (it takes none)" : ` (it takes: ${[...known.keys()].map((x) => `--${x}`).join(", ")})`}`);
      }
    }
    const nodes: Node[] = [];
    const byKey = new Map<string, Node>();
    const used = new Set<string>();
    const visiting = new Set<Device>();
    const fresh = (base: string): string => {
      let id = identifier(base);
      for (let i = 2; used.has(id); i++) id = `${identifier(base)}${i}`;
      used.add(id);
      return id;
    };
    const visit = (path: string, hint: string, d: Device): Node => {
      if (visiting.has(d)) fail(`device ${path}: depends on itself`);
      visiting.add(d);
      const chosen = choose(path, d, target, keys);
      const deps: Record<string, string> = {};
      for (const [depName, dep] of Object.entries(chosen.deps)) deps[depName] = visit(`${path}.${depName}`, depName, dep).id;
      visiting.delete(d);
      const key = `${chosen.module}#${chosen.export}#${stableJson(chosen.config)}#${stableJson(deps)}#${chosen.embed?.dir ?? ""}`;
      const existing = byKey.get(key);
      if (existing !== undefined) return existing;
      const node: Node = { id: fresh(hint), impl: chosen, deps };
      byKey.set(key, node);
      nodes.push(node);
      return node;
    };
    const bindings: Record<string, string> = {};
    for (const name of Object.keys(reg.job.requires)) {
      const d = reg.devices[name];
      if (d === undefined) fail(`device ${name}: the job needs a ${reg.job.requires[name]} device and config.ts gives none`);
      else bindings[name] = visit(name, name, d).id;
    }
    return { ok: true, plan: { name: reg.name, target, nodes, bindings } };
  } catch (e) {
    if (isConfigError(e)) return { ok: false, error: e };
    throw e;
  }
};

/** A tree a person reads: `kv  kv.ro  directKv("./htdocs")`, dependencies indented. */
export const describeText = (p: Plan, reg: Registration): string => {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const lines = [`${p.name} (target ${p.target})`];
  const walk = (name: string, id: string, depth: number) => {
    const n = byId.get(id);
    if (n === undefined) return;
    lines.push(`${"  ".repeat(depth)}${name}: ${n.impl.kind} = ${n.impl.label}`);
    for (const [dep, depId] of Object.entries(n.deps)) walk(dep, depId, depth + 1);
  };
  for (const [name, id] of Object.entries(p.bindings)) walk(name, id, 1);
  const args = Object.keys(reg.job.args);
  if (args.length > 0) lines.push(`  runtime arguments: ${args.join(", ")}`);
  return lines.join("\n");
};

// JSON string syntax is DOT's: quotes escaped, a newline written as \n (a line break in a label).
const dotString = (s: string): string => JSON.stringify(s);

/** Graphviz, like `mirage describe --dot`: the job at the top, an edge per device use. */
export const describeDot = (p: Plan): string => {
  const out = [`digraph ${dotString(p.name)} {`, "  rankdir=TB;", "  node [shape=box, fontname=\"monospace\"];"];
  out.push(`  job [label=${dotString(`${p.name}\n(${p.target})`)}, shape=doubleoctagon];`);
  for (const n of p.nodes) out.push(`  ${n.id} [label=${dotString(`${n.impl.label}\n${n.impl.kind}`)}];`);
  for (const [name, id] of Object.entries(p.bindings)) out.push(`  job -> ${id} [label=${dotString(name)}];`);
  for (const n of p.nodes) for (const [dep, id] of Object.entries(n.deps)) out.push(`  ${n.id} -> ${id} [label=${dotString(dep)}];`);
  out.push("}");
  return out.join("\n");
};
