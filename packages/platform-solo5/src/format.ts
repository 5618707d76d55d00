// `inspect` and `format` for the guest's console, after Node's util.inspect/util.format: the
// same text for the common cases (primitives, plain objects and arrays, Map, Set, typed arrays,
// class instances, errors, cycles, the 80-column line breaking with 3 compact levels), never a
// throw (getters are not called; a throwing toString or Proxy trap shows up as a placeholder).
//
// Core module: ES2022 only, no Node or DOM types.

export interface InspectOptions {
  /** Levels of nesting shown; deeper objects become `[Object]` (default 2; Infinity for all). */
  readonly depth?: number;
  /** Also show an array's `[length]` (what `%o` shows). */
  readonly showHidden?: boolean;
  /** Items of an array, Map or Set shown before "... n more items" (default 100). */
  readonly maxArrayLength?: number;
  /** Width at which output is broken over lines (default 80). */
  readonly breakLength?: number;
}

interface Ctx {
  readonly depth: number;
  readonly showHidden: boolean;
  readonly maxArrayLength: number;
  readonly breakLength: number;
  readonly compact: number;
  indentationLvl: number;
  currentDepth: number;
  readonly seen: unknown[];
  /** Objects found to be circular, with their reference numbers. */
  readonly circular: Map<unknown, number>;
}

const IDENT = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

const META: readonly string[] = (() => {
  const m: string[] = [];
  for (let i = 0; i < 0x20; i++) m.push(`\\x${i.toString(16).toUpperCase().padStart(2, "0")}`);
  m[8] = "\\b";
  m[9] = "\\t";
  m[10] = "\\n";
  m[12] = "\\f";
  m[13] = "\\r";
  return m;
})();

/** A string as Node quotes it: single quotes unless the string has some and double or backtick are free. */
export const quoteString = (s: string): string => {
  let quote = "'";
  if (s.includes("'")) {
    if (!s.includes('"')) quote = '"';
    else if (!s.includes("`") && !s.includes("${")) quote = "`";
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let esc: string | undefined;
    if (c < 0x20) esc = META[c];
    else if (c === 0x27 && quote === "'") esc = "\\'";
    else if (c === 0x5c) esc = "\\\\";
    else if (c >= 0x7f && c <= 0x9f) esc = `\\x${c.toString(16).toUpperCase()}`;
    else if (c >= 0xd800 && c <= 0xdfff) {
      const next = s.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      esc = `\\u${c.toString(16)}`;
    }
    if (esc !== undefined) {
      out += s.slice(last, i) + esc;
      last = i + 1;
    }
  }
  return quote + out + s.slice(last) + quote;
};

const formatNumber = (n: number): string => (Object.is(n, -0) ? "-0" : String(n));

const safe = <T>(f: () => T, fallback: T): T => {
  try {
    return f();
  } catch {
    return fallback;
  }
};

const protoOf = (v: object): object | null => safe(() => Object.getPrototypeOf(v) as object | null, null);

/** The name of the nearest constructor on the prototype chain, null for a null prototype. */
const constructorName = (v: object): string | null => {
  let obj: object | null = v;
  while (obj !== null) {
    const desc = safe(() => Object.getOwnPropertyDescriptor(obj, "constructor"), undefined);
    if (desc !== undefined && typeof desc.value === "function" && desc.value.name !== "") return desc.value.name as string;
    obj = protoOf(obj);
  }
  return null;
};

const fnBase = (f: Function): string => {
  const src = safe(() => Function.prototype.toString.call(f), "");
  const name = typeof f.name === "string" ? f.name : "";
  if (src.startsWith("class") && /^class\b/.test(src)) {
    const sup = protoOf(f);
    const ext = sup !== null && sup !== Function.prototype && typeof (sup as Function).name === "string" && (sup as Function).name !== "" ? ` extends ${(sup as Function).name}` : "";
    return `[class ${name === "" ? "(anonymous)" : name}${ext}]`;
  }
  const ctor = constructorName(f);
  const kind = ctor === "AsyncFunction" || ctor === "GeneratorFunction" || ctor === "AsyncGeneratorFunction" ? ctor : "Function";
  return `[${kind}${name === "" ? " (anonymous)" : `: ${name}`}]`;
};

const errorText = (e: Error, ctx: Ctx): string => {
  const head = safe(() => String(e), "Error");
  const stack = safe(() => e.stack, undefined);
  let text: string;
  if (typeof stack !== "string" || stack === "") text = `[${head}]`;
  else if (stack.startsWith(head) || stack.startsWith(safe(() => String(e.name), "Error"))) text = stack;
  else text = `${head}\n${stack}`; // QuickJS: the stack holds only the frames
  text = text.replace(/\n+$/, "");
  if (ctx.indentationLvl > 0) text = text.split("\n").join(`\n${" ".repeat(ctx.indentationLvl)}`);
  return text;
};

// Display width, as Node computes it without ICU: code points, East Asian wide ones count 2,
// control and combining ones 0. (Node with ICU asks ICU; they agree outside exotic scripts.)
const isFullWidth = (c: number): boolean =>
  c >= 0x1100 &&
  (c <= 0x115f ||
    c === 0x2329 ||
    c === 0x232a ||
    (c >= 0x2e80 && c <= 0x3247 && c !== 0x303f) ||
    (c >= 0x3250 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0xa4c6) ||
    (c >= 0xa960 && c <= 0xa97c) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe10 && c <= 0xfe19) ||
    (c >= 0xfe30 && c <= 0xfe6b) ||
    (c >= 0xff01 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x1b000 && c <= 0x1b001) ||
    (c >= 0x1f200 && c <= 0x1f251) ||
    (c >= 0x1f300 && c <= 0x1f64f) ||
    (c >= 0x20000 && c <= 0x3fffd));

const isZeroWidth = (c: number): boolean =>
  c <= 0x1f ||
  (c >= 0x7f && c <= 0x9f) ||
  (c >= 0x300 && c <= 0x36f) ||
  (c >= 0x200b && c <= 0x200f) ||
  (c >= 0x20d0 && c <= 0x20ff) ||
  (c >= 0xfe00 && c <= 0xfe0f) ||
  (c >= 0xfe20 && c <= 0xfe2f) ||
  (c >= 0xe0100 && c <= 0xe01ef);

const stringWidth = (s: string): number => {
  let w = 0;
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 127) break;
    if (c >= 32) w++;
  }
  if (i === s.length) return w;
  for (const ch of s.slice(i).normalize("NFC")) {
    const c = ch.codePointAt(0) as number;
    if (isFullWidth(c)) w += 2;
    else if (!isZeroWidth(c)) w++;
  }
  return w;
};

const isBelowBreakLength = (ctx: Ctx, output: string[], start: number, base: string): boolean => {
  let total = output.length + start;
  if (total + output.length > ctx.breakLength) return false;
  for (const o of output) {
    total += o.length;
    if (total > ctx.breakLength) return false;
  }
  return base === "" || !base.includes("\n");
};

const groupArrayElements = (ctx: Ctx, output: string[], value: unknown[] | undefined): string[] => {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  if (ctx.maxArrayLength < output.length) outputLength--; // "... n more items" is not a cell
  const separatorSpace = 2;
  const dataLen: number[] = [];
  for (let i = 0; i < outputLength; i++) {
    const len = stringWidth(output[i] as string);
    dataLen.push(len);
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength && (totalLength / actualMax > 5 || maxLength <= 6)) {
    const averageBias = Math.sqrt(actualMax - totalLength / output.length);
    const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
    const columns = Math.min(
      Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
      Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15,
    );
    if (columns <= 1) return output;
    const maxLineLength: number[] = [];
    for (let i = 0; i < columns; i++) {
      let lineLength = 0;
      for (let j = i; j < output.length; j += columns) if ((dataLen[j] ?? 0) > lineLength) lineLength = dataLen[j] ?? 0;
      maxLineLength.push(lineLength + separatorSpace);
    }
    let padStart = true;
    if (value !== undefined) {
      for (let i = 0; i < output.length; i++) {
        if (typeof value[i] !== "number" && typeof value[i] !== "bigint") {
          padStart = false;
          break;
        }
      }
    }
    const tmp: string[] = [];
    for (let i = 0; i < outputLength; i += columns) {
      const max = Math.min(i + columns, outputLength);
      let str = "";
      let j = i;
      for (; j < max - 1; j++) {
        // Pad to the column's width on screen: the padding is in UTF-16 units.
        const cell = `${output[j] as string}, `;
        const padding = (maxLineLength[j - i] as number) + (output[j] as string).length - (dataLen[j] as number);
        str += padStart ? cell.padStart(padding, " ") : cell.padEnd(padding, " ");
      }
      if (padStart) {
        const padding = (maxLineLength[j - i] as number) + (output[j] as string).length - (dataLen[j] as number) - separatorSpace;
        str += (output[j] as string).padStart(padding, " ");
      } else str += output[j] as string;
      tmp.push(str);
    }
    if (outputLength < output.length) tmp.push(output[outputLength] as string);
    return tmp;
  }
  return output;
};

const reduceToSingleString = (
  ctx: Ctx,
  output: string[],
  base: string,
  braces: readonly [string, string],
  isArrayLike: boolean,
  recurseTimes: number,
  value: unknown[] | undefined,
): string => {
  const entries = output.length;
  let out = output;
  if (isArrayLike && entries > 6) out = groupArrayElements(ctx, output, value);
  if (ctx.currentDepth - recurseTimes < ctx.compact && entries === out.length) {
    const start = out.length + ctx.indentationLvl + braces[0].length + base.length + 10;
    if (isBelowBreakLength(ctx, out, start, base)) {
      const joined = out.join(", ");
      if (!joined.includes("\n")) return `${base === "" ? "" : `${base} `}${braces[0]} ${joined} ${braces[1]}`;
    }
  }
  const indentation = `\n${" ".repeat(ctx.indentationLvl)}`;
  return `${base === "" ? "" : `${base} `}${braces[0]}${indentation}  ${out.join(`,${indentation}  `)}${indentation}${braces[1]}`;
};

const keyText = (key: string | symbol, enumerable: boolean): string => {
  if (typeof key === "symbol") return `[${safe(() => key.toString(), "Symbol()")}]`;
  if (key === "__proto__") return "['__proto__']";
  if (!enumerable) return `[${key}]`;
  return IDENT.test(key) ? key : quoteString(key);
};

const formatProperty = (ctx: Ctx, value: object, recurseTimes: number, key: string | symbol, arrayItem: boolean): string => {
  const desc = safe(() => Object.getOwnPropertyDescriptor(value, key), undefined) ?? { value: undefined, enumerable: true };
  let str: string;
  if (desc.get !== undefined || desc.set !== undefined) {
    str = desc.get !== undefined ? (desc.set !== undefined ? "[Getter/Setter]" : "[Getter]") : "[Setter]";
  } else {
    ctx.indentationLvl += 2;
    str = formatValue(ctx, desc.value, recurseTimes);
    ctx.indentationLvl -= 2;
  }
  if (arrayItem) return str;
  return `${keyText(key, desc.enumerable !== false)}: ${str}`;
};

/** Own keys shown: enumerable ones (all of them with showHidden), array indices apart. */
const ownKeys = (ctx: Ctx, v: object, skipIndices: boolean): (string | symbol)[] => {
  const keys: (string | symbol)[] = safe(() => (ctx.showHidden ? Object.getOwnPropertyNames(v) : Object.keys(v)), [] as string[]);
  const filtered = skipIndices ? keys.filter((k) => !/^(0|[1-9][0-9]*)$/.test(k as string)) : keys;
  const syms = safe(() => Object.getOwnPropertySymbols(v), [] as symbol[]).filter((s) => ctx.showHidden || safe(() => Object.getOwnPropertyDescriptor(v, s)?.enumerable === true, false));
  return [...filtered, ...syms];
};

const TYPED_ARRAY = Object.getPrototypeOf(Uint8Array) as Function;

const isTypedArray = (v: object): v is Uint8Array => v instanceof TYPED_ARRAY;

const prefix = (name: string | null, tag: string, fallback: string, size = ""): string => {
  if (name === null) return `[${fallback}${size}: null prototype]${tag !== "" && tag !== fallback ? ` [${tag}]` : ""} `;
  return `${name}${size}${tag !== "" && tag !== name ? ` [${tag}]` : ""} `;
};

const moreItems = (n: number): string => `... ${n} more item${n > 1 ? "s" : ""}`;

const formatList = (ctx: Ctx, v: ArrayLike<unknown>, recurseTimes: number, output: string[]): void => {
  const len = v.length;
  const shown = Math.min(ctx.maxArrayLength, len);
  let holes = 0;
  const flushHoles = (): void => {
    if (holes > 0) output.push(`<${holes} empty item${holes > 1 ? "s" : ""}>`);
    holes = 0;
  };
  let i = 0;
  for (; i < len && output.length < shown; i++) {
    if (!safe(() => Object.prototype.hasOwnProperty.call(v, i), false)) {
      holes++;
      continue;
    }
    flushHoles();
    output.push(formatProperty(ctx, v as unknown as object, recurseTimes, String(i), true));
  }
  flushHoles();
  if (i < len) output.push(moreItems(len - i));
};

const formatRaw = (ctx: Ctx, value: object, recurseTimes: number): string => {
  const name = constructorName(value);
  const rawTag = safe(() => (value as { [Symbol.toStringTag]?: unknown })[Symbol.toStringTag], undefined);
  const tag = typeof rawTag === "string" ? rawTag : "";
  let base = "";
  let braces: [string, string] = ["{", "}"];
  let isArrayLike = false;
  let listValue: unknown[] | undefined;
  let body: ((output: string[]) => void) | undefined;
  let keys: (string | symbol)[];

  if (Array.isArray(value)) {
    keys = ownKeys(ctx, value, true);
    const p = name !== "Array" || tag !== "" ? prefix(name, tag, "Array", `(${value.length})`) : "";
    if (value.length === 0 && keys.length === 0) return `${p}[]`;
    braces = [`${p}[`, "]"];
    isArrayLike = true;
    listValue = value;
    body = (out) => formatList(ctx, value, recurseTimes, out);
  } else if (typeof value === "function") {
    keys = ownKeys(ctx, value, false);
    base = fnBase(value);
    if (keys.length === 0) return base;
  } else if (isTypedArray(value)) {
    keys = ownKeys(ctx, value, true);
    const ta = value as unknown as ArrayLike<number | bigint>;
    const p = prefix(name, tag, tag, `(${ta.length})`);
    if (ta.length === 0 && keys.length === 0) return `${p}[]`;
    braces = [`${p}[`, "]"];
    isArrayLike = true;
    listValue = Array.prototype.slice.call(ta, 0, Math.min(ta.length, ctx.maxArrayLength)) as unknown[];
    body = (out) => {
      const n = Math.min(ta.length, ctx.maxArrayLength);
      for (let i = 0; i < n; i++) {
        const x = ta[i] as number | bigint;
        out.push(typeof x === "bigint" ? `${x}n` : formatNumber(x));
      }
      if (ta.length > n) out.push(moreItems(ta.length - n));
    };
  } else if (value instanceof Map) {
    keys = ownKeys(ctx, value, false);
    const p = prefix(name, tag, "Map", `(${value.size})`);
    if (value.size === 0 && keys.length === 0) return `${p}{}`;
    braces = [`${p}{`, "}"];
    body = (out) => {
      ctx.indentationLvl += 2;
      let n = 0;
      for (const [k, v] of value) {
        if (n >= ctx.maxArrayLength) break;
        out.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
        n++;
      }
      ctx.indentationLvl -= 2;
      if (value.size > n) out.push(moreItems(value.size - n));
    };
  } else if (value instanceof Set) {
    keys = ownKeys(ctx, value, false);
    const p = prefix(name, tag, "Set", `(${value.size})`);
    if (value.size === 0 && keys.length === 0) return `${p}{}`;
    braces = [`${p}{`, "}"];
    isArrayLike = false;
    body = (out) => {
      ctx.indentationLvl += 2;
      let n = 0;
      for (const v of value) {
        if (n >= ctx.maxArrayLength) break;
        out.push(formatValue(ctx, v, recurseTimes));
        n++;
      }
      ctx.indentationLvl -= 2;
      if (value.size > n) out.push(moreItems(value.size - n));
    };
  } else {
    keys = ownKeys(ctx, value, false);
    if (value instanceof Error) {
      base = errorText(value, ctx);
      keys = keys.filter((k) => k !== "stack" && k !== "message");
      if (keys.length === 0) return base;
    } else if (value instanceof Date) {
      base = safe(() => (Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString()), "Invalid Date");
      if (keys.length === 0) return base;
    } else if (value instanceof RegExp) {
      base = safe(() => RegExp.prototype.toString.call(value), "/(?:)/");
      if (keys.length === 0) return base;
    } else if (value instanceof ArrayBuffer) {
      const bytes = new Uint8Array(value);
      const shown = Math.min(ctx.maxArrayLength, bytes.length);
      let hex = "";
      for (let i = 0; i < shown; i++) hex += `${i === 0 ? "" : " "}${(bytes[i] as number).toString(16).padStart(2, "0")}`;
      if (bytes.length > shown) hex += ` ... ${bytes.length - shown} more byte${bytes.length - shown > 1 ? "s" : ""}`;
      braces = [`${prefix(name, tag, "ArrayBuffer")}{`, "}"];
      body = (out) => {
        out.push(`[Uint8Contents]: <${hex}>`, `byteLength: ${bytes.length}`);
      };
    } else if (value instanceof Number || value instanceof String || value instanceof Boolean || value instanceof BigInt || value instanceof Symbol) {
      const prim = safe(() => (value as { valueOf(): unknown }).valueOf(), undefined);
      const kind = value instanceof Number ? "Number" : value instanceof String ? "String" : value instanceof Boolean ? "Boolean" : value instanceof BigInt ? "BigInt" : "Symbol";
      base = `[${kind}: ${formatPrimitive(prim, ctx)}]`;
      if (value instanceof String) keys = keys.filter((k) => typeof k !== "string" || !/^(0|[1-9][0-9]*)$/.test(k));
      if (keys.length === 0) return base;
    } else if (value instanceof Promise) {
      braces = [`${prefix(name, tag, "Promise")}{`, "}"];
      body = (out) => {
        out.push("<unknown>");
      };
    } else if (value instanceof WeakMap || value instanceof WeakSet) {
      return `${prefix(name, tag, value instanceof WeakMap ? "WeakMap" : "WeakSet")}{ <items unknown> }`;
    } else {
      const p = name === "Object" && tag === "" ? "" : prefix(name, tag, "Object");
      if (keys.length === 0) return `${p}{}`;
      braces = [`${p}{`, "}"];
    }
  }

  if (recurseTimes > ctx.depth) {
    const p = prefix(name, tag, "Object").slice(0, -1);
    return name === null ? p : `[${p}]`;
  }
  recurseTimes += 1;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  const output: string[] = [];
  body?.(output);
  for (const k of keys) output.push(formatProperty(ctx, value, recurseTimes, k, false));
  ctx.seen.pop();
  const ref = ctx.circular.get(value);
  if (ref !== undefined) {
    const r = `<ref *${ref}>`;
    if (base === "") braces[0] = `${r} ${braces[0]}`;
    else base = `${r} ${base}`;
  }
  return reduceToSingleString(ctx, output, base, braces, isArrayLike, recurseTimes, listValue);
};

const formatPrimitive = (v: unknown, ctx: Ctx): string => {
  switch (typeof v) {
    case "string": {
      const limit = ctx.breakLength - ctx.indentationLvl - 4;
      if (v.length > 16 && v.length > limit && v.includes("\n")) {
        const parts = v.split(/(?<=\n)/);
        if (parts.length > 1) return parts.map(quoteString).join(` +\n${" ".repeat(ctx.indentationLvl + 2)}`);
      }
      return quoteString(v);
    }
    case "number":
      return formatNumber(v);
    case "bigint":
      return `${v}n`;
    case "symbol":
      return safe(() => v.toString(), "Symbol()");
    case "undefined":
      return "undefined";
    default:
      return String(v);
  }
};

const formatValue = (ctx: Ctx, v: unknown, recurseTimes: number): string => {
  if ((typeof v !== "object" || v === null) && typeof v !== "function") return formatPrimitive(v, ctx);
  if (ctx.seen.includes(v)) {
    let ref = ctx.circular.get(v);
    if (ref === undefined) {
      ref = ctx.circular.size + 1;
      ctx.circular.set(v, ref);
    }
    return `[Circular *${ref}]`;
  }
  try {
    return formatRaw(ctx, v as object, recurseTimes);
  } catch {
    return "[object: inspection failed]";
  }
};

/** A human-readable rendering of any value, as Node's `util.inspect` shows it (no colours). */
export const inspect = (value: unknown, options: InspectOptions = {}): string => {
  const ctx: Ctx = {
    depth: options.depth ?? 2,
    showHidden: options.showHidden === true,
    maxArrayLength: options.maxArrayLength ?? 100,
    breakLength: options.breakLength ?? 80,
    compact: 3,
    indentationLvl: 0,
    currentDepth: 0,
    seen: [],
    circular: new Map(),
  };
  return formatValue(ctx, value, 0);
};

/** Global constructors present when this module loads (Node: at startup), as Node's `builtInObjects`. */
const BUILT_IN_OBJECTS = new Set(Object.getOwnPropertyNames(globalThis).filter((n) => /^[A-Z][a-zA-Z0-9]+$/.test(n)));

/** Whether `%s` inspects this object (its toString is a built-in one) rather than calling String(). */
const hasBuiltInToString = (v: object): boolean =>
  safe(() => {
    if (typeof (v as { toString?: unknown }).toString !== "function") return true;
    if (Object.prototype.hasOwnProperty.call(v, "toString")) return false;
    let p: object | null = v;
    do p = Object.getPrototypeOf(p) as object | null;
    while (p !== null && !Object.prototype.hasOwnProperty.call(p, "toString"));
    if (p === null) return true;
    const desc = Object.getOwnPropertyDescriptor(p, "constructor");
    return desc !== undefined && typeof desc.value === "function" && BUILT_IN_OBJECTS.has(desc.value.name as string);
  }, true);

const circularJson = (v: unknown): string => {
  try {
    return String(JSON.stringify(v));
  } catch (e) {
    if (e instanceof TypeError && /circular|cyclic/i.test(e.message)) return "[Circular]";
    throw e;
  }
};

/**
 * Node's `util.format`: `%s %d %i %f %j %o %O %c %%` in a leading string, the remaining
 * arguments appended with spaces (strings as they are, other values inspected).
 */
export const format = (...args: unknown[]): string => {
  const first = args[0];
  let out = "";
  let a = 0;
  if (typeof first === "string") {
    a = 1;
    if (args.length === 1) return first;
    let last = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const c = first[i + 1] as string;
      if (c === "%") {
        out += first.slice(last, i) + "%";
        last = i + 2;
        i++;
        continue;
      }
      if (a >= args.length || !"sjdOoifc".includes(c)) continue;
      const arg = args[a];
      let s: string;
      switch (c) {
        case "s":
          s =
            typeof arg === "number"
              ? formatNumber(arg)
              : typeof arg === "bigint"
                ? `${arg}n`
                : typeof arg === "symbol"
                  ? safe(() => arg.toString(), "Symbol()")
                  : typeof arg === "object" && arg !== null && hasBuiltInToString(arg)
                    ? inspect(arg, { depth: 0 })
                    : safe(() => String(arg), "[object]");
          break;
        case "j":
          s = circularJson(arg);
          break;
        case "d":
          s = typeof arg === "bigint" ? `${arg}n` : typeof arg === "symbol" ? "NaN" : formatNumber(safe(() => Number(arg), Number.NaN));
          break;
        case "i":
          s = typeof arg === "bigint" ? `${arg}n` : typeof arg === "symbol" ? "NaN" : formatNumber(safe(() => Number.parseInt(String(arg), 10), Number.NaN));
          break;
        case "f":
          s = typeof arg === "symbol" ? "NaN" : formatNumber(safe(() => Number.parseFloat(String(arg)), Number.NaN));
          break;
        case "O":
          s = inspect(arg);
          break;
        case "o":
          s = inspect(arg, { showHidden: true, depth: 4 });
          break;
        default: // "c": CSS, consumed and ignored
          s = "";
      }
      out += first.slice(last, i) + s;
      last = i + 2;
      i++;
      a++;
    }
    out += first.slice(last);
  }
  for (; a < args.length; a++) {
    const arg = args[a];
    out += `${a === 0 ? "" : " "}${typeof arg === "string" ? arg : inspect(arg)}`;
  }
  return out;
};
