// Just enough of vitest to run the signature packages' conformance suites where vitest cannot
// run: inside a QuickJS guest. The app's package.json aliases "vitest" to this file at bundle
// time (`"mirage": { "alias": { "vitest": "./vitest-shim.ts" } }`), so the suites' own
// `import { describe, expect, it } from "vitest"` lands here, and the unikernel imports `run`
// from here too (one module: esbuild bundles a file once).
//
// - describe / it / test (with .skip and .skipIf), beforeAll / afterAll / beforeEach / afterEach:
//   collected while the suite functions run, executed in order by `run`.
// - Tests may be async; each one races a timeout (setTimeout), default 5 s as in vitest.
// - expect(value, message?) with the matchers the suites use: toBe, toEqual, toHaveLength,
//   toBeInstanceOf, toThrow, toContain, toMatch, toBeGreaterThan(OrEqual), toBeLessThan(OrEqual),
//   toBeDefined, toBeUndefined, toBeTruthy, toBeFalsy, each also under `.not`.
// - `run` prints one line per test and a summary "N passed, M failed".
//
// Core module: ES2020 plus what the guest's globals give (setTimeout, console, Date).

type Body = () => unknown;
type TestOptions = number | { readonly timeout?: number };

interface TestCase {
  readonly kind: "test";
  readonly name: string;
  readonly fn: Body | undefined; // undefined: skipped
  readonly timeoutMs: number | undefined;
}

interface Suite {
  readonly kind: "suite";
  readonly name: string;
  readonly skip: boolean;
  readonly children: Array<Suite | TestCase>;
  readonly beforeAll: Body[];
  readonly afterAll: Body[];
  readonly beforeEach: Body[];
  readonly afterEach: Body[];
}

const newSuite = (name: string, skip: boolean): Suite => ({ kind: "suite", name, skip, children: [], beforeAll: [], afterAll: [], beforeEach: [], afterEach: [] });

let root = newSuite("", false);
let current = root;

const timeoutOf = (o: TestOptions | undefined): number | undefined => (typeof o === "number" ? o : o?.timeout);

// ---- registration ----

const registerSuite = (name: string, body: Body, skip: boolean): void => {
  const s = newSuite(name, skip || current.skip);
  current.children.push(s);
  const parent = current;
  current = s;
  try {
    const r = body();
    if (r instanceof Promise) throw new Error(`describe("${name}"): an async describe body is not supported by the shim`);
  } finally {
    current = parent;
  }
};

const registerTest = (name: string, fn: Body | undefined, options: TestOptions | undefined, skip: boolean): void => {
  current.children.push({ kind: "test", name, fn: skip || current.skip ? undefined : fn, timeoutMs: timeoutOf(options) });
};

type TestFn = {
  (name: string, fn?: Body, options?: TestOptions): void;
  skip(name: string, fn?: Body, options?: TestOptions): void;
  skipIf(condition: unknown): (name: string, fn?: Body, options?: TestOptions) => void;
  runIf(condition: unknown): (name: string, fn?: Body, options?: TestOptions) => void;
};

const makeTest = (): TestFn =>
  Object.assign((name: string, fn?: Body, options?: TestOptions) => registerTest(name, fn, options, fn === undefined), {
    skip: (name: string, fn?: Body, options?: TestOptions) => registerTest(name, fn, options, true),
    skipIf: (c: unknown) => (name: string, fn?: Body, options?: TestOptions) => registerTest(name, fn, options, Boolean(c) || fn === undefined),
    runIf: (c: unknown) => (name: string, fn?: Body, options?: TestOptions) => registerTest(name, fn, options, !c || fn === undefined),
  });

export const it: TestFn = makeTest();
export const test: TestFn = it;

export const describe = Object.assign((name: string, body: Body) => registerSuite(name, body, false), {
  skip: (name: string, body: Body) => registerSuite(name, body, true),
  skipIf: (c: unknown) => (name: string, body: Body) => registerSuite(name, body, Boolean(c)),
  runIf: (c: unknown) => (name: string, body: Body) => registerSuite(name, body, !c),
});

export const beforeAll = (fn: Body): void => void current.beforeAll.push(fn);
export const afterAll = (fn: Body): void => void current.afterAll.push(fn);
export const beforeEach = (fn: Body): void => void current.beforeEach.push(fn);
export const afterEach = (fn: Body): void => void current.afterEach.push(fn);

// ---- expect ----

export class AssertionError extends Error {
  override name = "AssertionError";
}

const isView = (v: unknown): v is ArrayBufferView & ArrayLike<unknown> => ArrayBuffer.isView(v) && !(v instanceof DataView);

/** A short, readable rendering of a value (bigints with their n, typed arrays abbreviated). */
export const show = (v: unknown, depth = 0): string => {
  if (typeof v === "bigint") return `${v}n`;
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "function") return `[Function ${v.name || "anonymous"}]`;
  if (typeof v !== "object" || v === null) return String(v);
  if (depth > 3) return Array.isArray(v) ? "[Array]" : "[Object]";
  if (v instanceof Error) return `${v.name}: ${v.message}`;
  if (v instanceof RegExp) return String(v);
  if (isView(v)) {
    const items = Array.from(v as ArrayLike<number>).slice(0, 16).join(", ");
    return `${v.constructor.name}(${v.length}) [${items}${v.length > 16 ? ", ..." : ""}]`;
  }
  if (Array.isArray(v)) {
    const items = v.slice(0, 20).map((x) => show(x, depth + 1));
    return `[${items.join(", ")}${v.length > 20 ? `, ... ${v.length - 20} more` : ""}]`;
  }
  const entries = Object.keys(v).map((k) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${show((v as Record<string, unknown>)[k], depth + 1)}`);
  return `{ ${entries.join(", ")} }`;
};

/** vitest's toEqual: recursive, ignores properties whose value is undefined. */
export const equals = (a: unknown, b: unknown): boolean => {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (isView(a) || isView(b)) {
    if (!isView(a) || !isView(b) || a.constructor !== b.constructor || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => equals(x, b[i]));
  }
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (a instanceof RegExp || b instanceof RegExp) return a instanceof RegExp && b instanceof RegExp && String(a) === String(b);
  if (a instanceof Map || b instanceof Map) {
    if (!(a instanceof Map) || !(b instanceof Map) || a.size !== b.size) return false;
    for (const [k, v] of a) if (!b.has(k) || !equals(v, b.get(k))) return false;
    return true;
  }
  if (a instanceof Set || b instanceof Set) {
    if (!(a instanceof Set) || !(b instanceof Set) || a.size !== b.size) return false;
    for (const x of a) if (!b.has(x)) return false;
    return true;
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const ka = Object.keys(ra).filter((k) => ra[k] !== undefined);
  const kb = Object.keys(rb).filter((k) => rb[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(rb, k) && equals(ra[k], rb[k]));
};

const ordered = (v: unknown): v is number | bigint => typeof v === "number" || typeof v === "bigint";

export interface Matchers {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toStrictEqual(expected: unknown): void;
  toHaveLength(length: number): void;
  toBeInstanceOf(cls: abstract new (...args: never[]) => unknown): void;
  toThrow(expected?: unknown): void;
  toContain(item: unknown): void;
  toMatch(pattern: RegExp | string): void;
  toBeGreaterThan(n: number | bigint): void;
  toBeGreaterThanOrEqual(n: number | bigint): void;
  toBeLessThan(n: number | bigint): void;
  toBeLessThanOrEqual(n: number | bigint): void;
  toBeDefined(): void;
  toBeUndefined(): void;
  toBeTruthy(): void;
  toBeFalsy(): void;
}

const thrownBy = (fn: unknown): { threw: boolean; error: unknown } => {
  if (typeof fn !== "function") throw new AssertionError(`expected a function to call, got ${show(fn)}`);
  try {
    (fn as () => unknown)();
    return { threw: false, error: undefined };
  } catch (e) {
    return { threw: true, error: e };
  }
};

const throwMatches = (error: unknown, expected: unknown): boolean => {
  if (expected === undefined) return true;
  const message = error instanceof Error ? error.message : String(error);
  if (typeof expected === "function") return error instanceof (expected as new () => unknown);
  if (typeof expected === "string") return message.includes(expected);
  if (expected instanceof RegExp) return expected.test(message);
  if (expected instanceof Error) return message === expected.message;
  return false;
};

const lengthOf = (v: unknown): unknown => (typeof v === "string" || (typeof v === "object" && v !== null) ? (v as { length?: unknown }).length : undefined);

/** One object per `expect` call (the suites call it in tight loops); `what` is only built on failure. */
class Expectation implements Matchers {
  constructor(
    private readonly actual: unknown,
    private readonly message: string | undefined,
    private readonly negated: boolean,
  ) {}

  get not(): Matchers {
    return new Expectation(this.actual, this.message, !this.negated);
  }

  private check(pass: boolean, what: () => string, subject: () => string = () => show(this.actual)): void {
    if (pass !== this.negated) return;
    const text = `expected ${subject()} ${this.negated ? "not " : ""}${what()}`;
    throw new AssertionError(this.message === undefined ? text : `${this.message}: ${text}`);
  }

  toBe(e: unknown): void {
    this.check(Object.is(this.actual, e), () => `to be ${show(e)}`);
  }
  toEqual(e: unknown): void {
    this.check(equals(this.actual, e), () => `to equal ${show(e)}`);
  }
  toStrictEqual(e: unknown): void {
    this.check(equals(this.actual, e), () => `to strictly equal ${show(e)}`);
  }
  toHaveLength(n: number): void {
    this.check(lengthOf(this.actual) === n, () => `to have length ${n} (it has ${show(lengthOf(this.actual))})`);
  }
  toBeInstanceOf(c: abstract new (...args: never[]) => unknown): void {
    this.check(this.actual instanceof c, () => `to be an instance of ${c.name}`);
  }
  toThrow(e?: unknown): void {
    const r = thrownBy(this.actual);
    this.check(
      r.threw && throwMatches(r.error, e),
      () => `to throw${e === undefined ? "" : ` ${show(e)}`} (${r.threw ? `it threw ${show(r.error)}` : "it returned"})`,
      () => "the function",
    );
  }
  toContain(x: unknown): void {
    const a = this.actual;
    const pass = typeof a === "string" ? typeof x === "string" && a.includes(x) : Array.isArray(a) || isView(a) ? Array.from(a as ArrayLike<unknown>).some((y) => y === x) : false;
    this.check(pass, () => `to contain ${show(x)}`);
  }
  toMatch(p: RegExp | string): void {
    const a = this.actual;
    this.check(typeof a === "string" && (typeof p === "string" ? a.includes(p) : p.test(a)), () => `to match ${show(p)}`);
  }
  toBeGreaterThan(n: number | bigint): void {
    this.check(ordered(this.actual) && this.actual > n, () => `to be > ${show(n)}`);
  }
  toBeGreaterThanOrEqual(n: number | bigint): void {
    this.check(ordered(this.actual) && this.actual >= n, () => `to be >= ${show(n)}`);
  }
  toBeLessThan(n: number | bigint): void {
    this.check(ordered(this.actual) && this.actual < n, () => `to be < ${show(n)}`);
  }
  toBeLessThanOrEqual(n: number | bigint): void {
    this.check(ordered(this.actual) && this.actual <= n, () => `to be <= ${show(n)}`);
  }
  toBeDefined(): void {
    this.check(this.actual !== undefined, () => "to be defined");
  }
  toBeUndefined(): void {
    this.check(this.actual === undefined, () => "to be undefined");
  }
  toBeTruthy(): void {
    this.check(Boolean(this.actual), () => "to be truthy");
  }
  toBeFalsy(): void {
    this.check(!this.actual, () => "to be falsy");
  }
}

export const expect = (actual: unknown, message?: string): Matchers & { readonly not: Matchers } => new Expectation(actual, message, false);

// ---- running ----

export interface RunOptions {
  /** Default per-test timeout in ms (vitest's is 5000). */
  readonly timeoutMs?: number;
  /** Only tests whose full name ("suite > test") matches. */
  readonly filter?: RegExp;
  /** Where lines go (default console.log). */
  readonly log?: (line: string) => void;
}

export interface RunResult {
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
  /** Full names of the failed tests. */
  readonly failures: readonly string[];
}

/** The error and its causes (fast-check puts the property's own failure in `cause`). */
const describeError = (e: unknown, depth = 0): string => {
  if (!(e instanceof Error)) return show(e);
  const cause = (e as { cause?: unknown }).cause;
  const text = `${e.name}: ${e.message}`;
  return cause === undefined || depth > 4 ? text : `${text}\nCaused by ${describeError(cause, depth + 1)}`;
};

const withTimeout = async (fn: Body, ms: number, label: string): Promise<void> => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label} timed out after ${ms} ms`)), ms);
  });
  try {
    await Promise.race([Promise.resolve().then(fn), timeout]);
  } finally {
    clearTimeout(timer);
  }
};

/** Runs every registered test, prints them and the summary, and forgets them (a second `run` starts afresh). */
export const run = async (options: RunOptions = {}): Promise<RunResult> => {
  const log = options.log ?? ((line: string) => console.log(line));
  const defaultTimeout = options.timeoutMs ?? 5000;
  const tree = root;
  root = current = newSuite("", false);
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const failures: string[] = [];
  const fullName = (path: readonly string[], name: string): string => [...path, name].filter((s) => s !== "").join(" > ");
  const wanted = (t: TestCase, path: readonly string[]): boolean => options.filter === undefined || options.filter.test(fullName(path, t.name));
  const hasWork = (s: Suite, path: readonly string[]): boolean =>
    s.children.some((c) => (c.kind === "suite" ? hasWork(c, [...path, c.name]) : c.fn !== undefined && wanted(c, path)));

  const runSuite = async (s: Suite, path: readonly string[], eachBefore: readonly Body[], eachAfter: readonly Body[]): Promise<void> => {
    const before = [...eachBefore, ...s.beforeEach];
    const after = [...s.afterEach, ...eachAfter];
    const active = hasWork(s, path);
    let setupError: unknown;
    if (active) {
      for (const h of s.beforeAll) {
        try {
          await withTimeout(h, defaultTimeout, "beforeAll");
        } catch (e) {
          setupError = e;
          break;
        }
      }
    }
    for (const c of s.children) {
      if (c.kind === "suite") {
        await runSuite(c, [...path, c.name], before, after);
        continue;
      }
      const name = fullName(path, c.name);
      if (!wanted(c, path)) continue;
      if (c.fn === undefined) {
        skipped++;
        log(`SKIP ${name}`);
        continue;
      }
      const t0 = Date.now();
      let error: unknown = setupError;
      let failedHere = setupError !== undefined;
      if (!failedHere) {
        try {
          for (const h of before) await withTimeout(h, defaultTimeout, "beforeEach");
          await withTimeout(c.fn, c.timeoutMs ?? defaultTimeout, "test");
        } catch (e) {
          error = e;
          failedHere = true;
        }
        for (const h of after) {
          try {
            await withTimeout(h, defaultTimeout, "afterEach");
          } catch (e) {
            if (!failedHere) error = e;
            failedHere = true;
          }
        }
      }
      const ms = Date.now() - t0;
      if (failedHere) {
        failed++;
        failures.push(name);
        log(`FAIL ${name} (${ms} ms)`);
        for (const line of describeError(error).split("\n")) log(`     ${line}`);
      } else {
        passed++;
        log(`PASS ${name} (${ms} ms)`);
      }
    }
    if (active) {
      for (const h of s.afterAll) {
        try {
          await withTimeout(h, defaultTimeout, "afterAll");
        } catch (e) {
          failed++;
          failures.push(fullName(path, "afterAll"));
          log(`FAIL ${fullName(path, "afterAll")}`);
          log(`     ${describeError(e)}`);
        }
      }
    }
  };

  await runSuite(tree, [], [], []);
  log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`);
  return { passed, failed, skipped, failures };
};
