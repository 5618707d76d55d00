// Runtime arguments: declared with io-ts codecs by the job (and the runtime itself), parsed from
// argv on unix and from the tender's command line in a Solo5 guest. A bad value stops the boot
// with a message naming the argument and the form it expects (exit 64, EX_USAGE, as MirageOS).
import * as t from "io-ts";
import { isLeft } from "fp-ts/Either";
import type { Validation } from "io-ts";

/**
 * What an argument needs of its codec. An io-ts `t.Type<A, string, string>` is one; methods
 * (not properties) keep `ArgSpec<number>` assignable to `ArgSpec<unknown>`.
 */
export interface ArgCodec<A> {
  readonly name: string;
  decode(text: string): Validation<A>;
  encode(value: A): string;
}

/** One declared argument. `codec` decodes the text given after `--name=`. */
export interface ArgSpec<A> {
  readonly codec: ArgCodec<A>;
  readonly doc: string;
  /** The expected form, shown in `--help` and in errors: `PORT`, `ADDR/PREFIX`. */
  readonly docv: string;
  /** Absent: the argument is required. */
  readonly default?: A;
  /** A flag takes no value: `--verbose` means true. */
  readonly flag?: boolean;
  /** May be left out: its value is then `undefined` (see `arg.optional`). */
  readonly optional?: boolean;
}

export type ArgSpecs = Readonly<Record<string, ArgSpec<unknown>>>;
export type ArgValues<S extends ArgSpecs> = { readonly [K in keyof S]: S[K] extends ArgSpec<infer A> ? A : never };

const fromString = <A>(name: string, parse: (s: string) => A | undefined, encode: (a: A) => string, is: (u: unknown) => u is A) =>
  new t.Type<A, string, string>(
    name,
    is,
    (s, c) => {
      const a = parse(s);
      return a === undefined ? t.failure(s, c) : t.success(a);
    },
    encode,
  );

/**
 * A codec from a parse function, for packages that declare arguments without io-ts of their
 * own: `expected` completes "expected ..." in errors; `parse` returns undefined on bad text.
 */
export const argCodec = <A>(expected: string, parse: (text: string) => A | undefined, encode: (value: A) => string): ArgCodec<A> =>
  fromString<A>(expected, parse, encode, (u): u is A => u !== undefined);

const intCodec = (min: number, max: number) =>
  fromString<number>(
    `an integer from ${min} to ${max}`,
    (s) => {
      if (!/^-?\d+$/.test(s)) return undefined;
      const n = Number(s);
      return Number.isSafeInteger(n) && n >= min && n <= max ? n : undefined;
    },
    String,
    (u): u is number => typeof u === "number",
  );

const boolCodec = fromString<boolean>(
  "true or false",
  (s) => (s === "true" ? true : s === "false" ? false : undefined),
  String,
  (u): u is boolean => typeof u === "boolean",
);

interface Common<A> {
  readonly doc: string;
  readonly default?: A;
  readonly docv?: string;
}

/** Builders for the usual argument shapes; `arg.custom` takes any string codec. */
export const arg = {
  int: (o: Common<number> & { readonly min?: number; readonly max?: number }): ArgSpec<number> => ({
    codec: intCodec(o.min ?? Number.MIN_SAFE_INTEGER, o.max ?? Number.MAX_SAFE_INTEGER),
    doc: o.doc,
    docv: o.docv ?? "INT",
    ...(o.default === undefined ? {} : { default: o.default }),
  }),
  port: (o: Common<number>): ArgSpec<number> => arg.int({ docv: "PORT", ...o, min: 0, max: 65535 }),
  string: (o: Common<string>): ArgSpec<string> => ({
    codec: fromString<string>("a string", (s) => s, (s) => s, (u): u is string => typeof u === "string"),
    doc: o.doc,
    docv: o.docv ?? "STRING",
    ...(o.default === undefined ? {} : { default: o.default }),
  }),
  flag: (o: { readonly doc: string }): ArgSpec<boolean> => ({ codec: boolCodec, doc: o.doc, docv: "BOOL", default: false, flag: true }),
  oneOf: <const V extends string>(values: readonly V[], o: Common<V>): ArgSpec<V> => ({
    codec: fromString<V>(
      `one of ${values.join(", ")}`,
      (s) => (values as readonly string[]).includes(s) ? (s as V) : undefined,
      (v) => v,
      (u): u is V => typeof u === "string" && (values as readonly string[]).includes(u),
    ),
    doc: o.doc,
    docv: o.docv ?? values.join("|"),
    ...(o.default === undefined ? {} : { default: o.default }),
  }),
  /** The same argument, but it may be left out (its value is then `undefined`). */
  optional: <A>(spec: ArgSpec<A>): ArgSpec<A | undefined> => ({ ...spec, optional: true }),
  custom: <A>(codec: ArgCodec<A>, o: Common<A> & { readonly docv: string }): ArgSpec<A> => ({
    codec,
    doc: o.doc,
    docv: o.docv,
    ...(o.default === undefined ? {} : { default: o.default }),
  }),
};

/** `ipv4Gateway` is given as `--ipv4-gateway`. */
export const flagName = (key: string): string => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export type ArgError =
  | { readonly _tag: "UnknownArgument"; readonly arg: string; readonly message: string }
  | { readonly _tag: "MissingValue"; readonly arg: string; readonly message: string }
  | { readonly _tag: "InvalidValue"; readonly arg: string; readonly value: string; readonly message: string }
  | { readonly _tag: "MissingArgument"; readonly arg: string; readonly message: string }
  | { readonly _tag: "DuplicateArgument"; readonly arg: string; readonly message: string };

export interface ParsedArgs {
  readonly values: Readonly<Record<string, unknown>>;
  readonly help: boolean;
}

/**
 * Parses `--name=value`, `--name value`, `-x value` and `-xvalue` (for declared short names).
 * Total: every input gives either values for every declared argument or one ArgError.
 */
export const parseArgs = (
  specs: ArgSpecs,
  argv: readonly string[],
  shorts: Readonly<Record<string, string>> = {},
): { ok: true; args: ParsedArgs } | { ok: false; error: ArgError } => {
  const byFlag = new Map<string, string>();
  for (const key of Object.keys(specs)) byFlag.set(flagName(key), key);
  const raw = new Map<string, string>();
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    if (a === "--help" || a === "-h") {
      help = true;
      continue;
    }
    let key: string | undefined;
    let value: string | undefined;
    let shown = a;
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      shown = `--${name}`;
      key = byFlag.get(name);
      if (eq >= 0) value = a.slice(eq + 1);
    } else if (a.startsWith("-") && a.length >= 2) {
      const long = shorts[a.slice(1, 2)];
      shown = a.slice(0, 2);
      key = long === undefined ? undefined : byFlag.get(long);
      if (a.length > 2) value = a.slice(2).replace(/^=/, "");
    }
    if (key === undefined) {
      return { ok: false, error: { _tag: "UnknownArgument", arg: shown, message: `unknown argument ${a} (see --help)` } };
    }
    const spec = specs[key];
    if (value === undefined) {
      if (spec?.flag === true) value = "true";
      else {
        const next = argv[i + 1];
        if (next === undefined) {
          return { ok: false, error: { _tag: "MissingValue", arg: shown, message: `${shown} needs a value ${spec?.docv ?? ""}`.trim() } };
        }
        value = next;
        i++;
      }
    }
    if (raw.has(key)) {
      return { ok: false, error: { _tag: "DuplicateArgument", arg: shown, message: `${shown} is given more than once` } };
    }
    raw.set(key, value);
  }
  const values: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(specs)) {
    const flag = `--${flagName(key)}`;
    const text = raw.get(key);
    if (text === undefined) {
      if (spec.default === undefined && spec.optional !== true && !help) {
        return { ok: false, error: { _tag: "MissingArgument", arg: flag, message: `${flag}=${spec.docv} is required: ${spec.doc}` } };
      }
      values[key] = spec.default;
      continue;
    }
    const decoded = spec.codec.decode(text);
    if (isLeft(decoded)) {
      return {
        ok: false,
        error: {
          _tag: "InvalidValue",
          arg: flag,
          value: text,
          message: `invalid value "${text}" for ${flag}: expected ${spec.codec.name} (${flag}=${spec.docv})`,
        },
      };
    }
    values[key] = decoded.right;
  }
  return { ok: true, args: { values, help } };
};

/** The `--help` text: one line per argument with its form, default and doc. */
export const helpText = (name: string, specs: ArgSpecs, shorts: Readonly<Record<string, string>> = {}): string => {
  const shortOf = new Map(Object.entries(shorts).map(([s, long]) => [long, s]));
  const rows = Object.entries(specs).map(([key, spec]) => {
    const long = flagName(key);
    const s = shortOf.get(long);
    const left = `${s === undefined ? "    " : `-${s}, `}--${long}${spec.flag === true ? "" : `=${spec.docv}`}`;
    const def =
      spec.default !== undefined ? (spec.flag === true ? "" : ` (default: ${spec.codec.encode(spec.default)})`) : spec.optional === true ? " (optional)" : " (required)";
    return { left, right: `${spec.doc}${def}` };
  });
  rows.push({ left: "-h, --help", right: "show this help and exit" });
  const width = Math.max(...rows.map((r) => r.left.length)) + 2;
  return [`Usage: ${name} [ARGUMENTS]`, "", "Arguments:", ...rows.map((r) => `  ${r.left.padEnd(width)}${r.right}`)].join("\n");
};
