// One logging facade for every target: a logger per source ("app", "tcpip.tcp", "kv") whose
// level is set at boot by `-l/--logs=SRC:LEVEL,...`. It sits on pino's browser build, which
// needs only `console`-free plain JS and so runs unchanged on Node and inside the QuickJS guest.
/// <reference path="./pino-browser.d.ts" />
import pino from "pino/browser.js";

export const LEVELS = ["trace", "debug", "info", "warn", "error", "fatal"] as const;
export type Level = (typeof LEVELS)[number];
export type Threshold = Level | "silent";
const THRESHOLDS: readonly Threshold[] = [...LEVELS, "silent"];

const PINO_LEVEL_NAMES: Readonly<Record<number, Level>> = { 10: "trace", 20: "debug", 30: "info", 40: "warn", 50: "error", 60: "fatal" };

export interface Logger {
  readonly source: string;
  trace(msg: string, fields?: Record<string, unknown>): void;
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  isEnabled(level: Level): boolean;
}

export interface LogRecord {
  readonly level: Level;
  readonly source: string;
  readonly timeMs: number;
  readonly msg: string;
  readonly fields: Readonly<Record<string, unknown>>;
}

/** Per-source thresholds. A pattern is a source name, `prefix.*`, or `*` (the default). */
export interface LevelSpec {
  readonly default: Threshold;
  readonly rules: ReadonlyArray<{ readonly pattern: string; readonly threshold: Threshold }>;
}

export const defaultLevels: LevelSpec = { default: "info", rules: [] };

/** Parses `*:info,tcpip.*:debug,kv:warn`; a bare level (`debug`) sets the default. */
export const parseLevels = (text: string): { ok: true; spec: LevelSpec } | { ok: false; error: string } => {
  let def: Threshold = defaultLevels.default;
  const rules: { pattern: string; threshold: Threshold }[] = [];
  for (const item of text.split(",")) {
    const part = item.trim();
    if (part === "") continue;
    const colon = part.lastIndexOf(":");
    const pattern = colon < 0 ? "*" : part.slice(0, colon);
    const level = colon < 0 ? part : part.slice(colon + 1);
    if (!(THRESHOLDS as readonly string[]).includes(level)) {
      return { ok: false, error: `unknown level "${level}" in "${part}" (expected one of ${THRESHOLDS.join(", ")})` };
    }
    if (pattern === "") return { ok: false, error: `empty source name in "${part}"` };
    if (pattern === "*") def = level as Threshold;
    else rules.push({ pattern, threshold: level as Threshold });
  }
  return { ok: true, spec: { default: def, rules } };
};

const matches = (pattern: string, source: string): boolean =>
  pattern.endsWith(".*") ? source === pattern.slice(0, -2) || source.startsWith(pattern.slice(0, -1)) : pattern === source;

/** The threshold for a source: the most specific (longest) matching rule wins. */
export const thresholdFor = (spec: LevelSpec, source: string): Threshold => {
  let best: { pattern: string; threshold: Threshold } | undefined;
  for (const rule of spec.rules) {
    if (matches(rule.pattern, source) && (best === undefined || rule.pattern.length > best.pattern.length)) best = rule;
  }
  return best?.threshold ?? spec.default;
};

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");
const isoTime = (ms: number): string => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}Z`;
};

/** `2026-11-22T10:00:00.000Z INFO  [app] message key=value` */
export const formatRecord = (r: LogRecord): string => {
  const extra = Object.entries(r.fields)
    .map(([k, v]) => ` ${k}=${typeof v === "string" ? v : safeJson(v)}`)
    .join("");
  return `${isoTime(r.timeMs)} ${r.level.toUpperCase().padEnd(5)} [${r.source}] ${r.msg}${extra}`;
};

const safeJson = (v: unknown): string => {
  try {
    return typeof v === "bigint" ? `${v}n` : (JSON.stringify(v, (_k, x: unknown) => (typeof x === "bigint" ? `${x}n` : x)) ?? String(v));
  } catch {
    return String(v);
  }
};

export type Sink = (record: LogRecord) => void;

interface Registry {
  spec: LevelSpec;
  sink: Sink;
  now: () => number;
  readonly loggers: Map<string, { readonly logger: Logger; readonly setThreshold: (t: Threshold) => void }>;
}

const registry: Registry = {
  spec: defaultLevels,
  sink: () => {},
  now: () => Date.now(),
  loggers: new Map(),
};

/** Where records go (the platform's console) and how time is read. Set once at boot. */
export const configureLogs = (options: { sink?: Sink; levels?: LevelSpec; now?: () => number }): void => {
  if (options.sink !== undefined) registry.sink = options.sink;
  if (options.now !== undefined) registry.now = options.now;
  if (options.levels !== undefined) setLevels(options.levels);
};

/** Changes thresholds at run time (boot arguments, later the control plane). */
export const setLevels = (spec: LevelSpec): void => {
  registry.spec = spec;
  for (const [source, entry] of registry.loggers) entry.setThreshold(thresholdFor(spec, source));
};

export const currentLevels = (): LevelSpec => registry.spec;

const RESERVED = new Set(["level", "time", "msg", "source"]);

/** The logger for a source; the same object for the same name. */
export const logger = (source: string): Logger => {
  const existing = registry.loggers.get(source);
  if (existing !== undefined) return existing.logger;
  let threshold = thresholdFor(registry.spec, source);
  const p = pino({
    level: threshold,
    base: null,
    timestamp: false,
    browser: {
      asObject: true,
      write: (o: object) => {
        const rec = o as Record<string, unknown>;
        const fields: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(rec)) if (!RESERVED.has(k)) fields[k] = v;
        registry.sink({
          level: PINO_LEVEL_NAMES[Number(rec["level"])] ?? "info",
          source,
          timeMs: registry.now(),
          msg: typeof rec["msg"] === "string" ? rec["msg"] : "",
          fields,
        });
      },
    },
  });
  const rank = (t: Threshold): number => THRESHOLDS.indexOf(t);
  const log = (level: Level) => (msg: string, fields?: Record<string, unknown>) => p[level](fields ?? {}, msg);
  const l: Logger = {
    source,
    trace: log("trace"),
    debug: log("debug"),
    info: log("info"),
    warn: log("warn"),
    error: log("error"),
    isEnabled: (level) => rank(level) >= rank(threshold),
  };
  registry.loggers.set(source, {
    logger: l,
    setThreshold: (t) => {
      threshold = t;
      p.level = t;
    },
  });
  return l;
};
