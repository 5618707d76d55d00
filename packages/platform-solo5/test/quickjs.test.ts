// QuickJS for Solo5 guests (native/quickjs): the install-time build, qjsc-host bytecode run by
// the guest library in the host harness, and the link checks a Solo5 guest needs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkImage } from "../native/quickjs/check-guest.mjs";

const pkg = fileURLToPath(new URL("..", import.meta.url));
const build = join(pkg, "build");
const qjsc = join(build, "qjsc-host");
const harness = join(build, "quickjs-harness");

interface Recipe {
  readonly quickjsVersion: string;
  readonly cc: string;
  readonly cflags: readonly string[];
  readonly link: { readonly flags: readonly string[]; readonly libs: readonly string[] };
  readonly harness: { readonly objects: readonly string[] };
}

interface Run {
  readonly status: number | null;
  readonly signal: string | null;
  readonly out: string;
}

let dir = "";
let n = 0;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "mirage-quickjs-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The bytes of the array in a `qjsc -c` output file. */
const bytecodeOfC = (c: string): Uint8Array => {
  const size = Number(/_size = (\d+);/.exec(c)?.[1]);
  const bytes = [...c.slice(c.indexOf("{")).matchAll(/0x([0-9a-f]{2})/g)].map((m) => parseInt(m[1] ?? "", 16));
  expect(bytes.length).toBe(size);
  return Uint8Array.from(bytes);
};

/** qjsc-host: JS source to bytecode (a module unless script), written to a .bin for the harness. */
const compile = (source: string, { script = false } = {}): string => {
  const base = join(dir, `t${++n}`);
  writeFileSync(`${base}.js`, source);
  execFileSync(qjsc, ["-c", ...(script ? [] : ["-m"]), "-o", `${base}.c`, `${base}.js`]);
  writeFileSync(`${base}.bin`, bytecodeOfC(readFileSync(`${base}.c`, "utf8")));
  return `${base}.bin`;
};

const runBin = (file: string | null, args: readonly string[] = [], binary = harness): Run => {
  const r = spawnSync(binary, [...args, ...(file ? [file] : [])], { encoding: "utf8", timeout: 30_000 });
  if (r.error) throw r.error;
  return { status: r.status, signal: r.signal, out: r.stdout };
};
const runJs = (source: string, args: readonly string[] = [], opts: { script?: boolean } = {}): Run => runBin(compile(source, opts), args);
const lines = (r: Run): string[] => r.out.trimEnd().split("\n");

describe("quickjs build", () => {
  it("left every artefact in build/ after install", () => {
    for (const f of [
      "qjsc-host",
      "libquickjs-guest.a",
      "mirage-libc.o",
      "libc-musl-guest.a",
      "quickjs-include/quickjs.h",
      "quickjs-include/mirage_libc.h",
      "quickjs-harness",
      "quickjs-guest-probe.elf",
      "quickjs-guest.json",
    ])
      expect(existsSync(join(build, f)), f).toBe(true);
  });

  it("does nothing on a second run (outputs newer than inputs are not rebuilt)", () => {
    const build = (): string => execFileSync(process.execPath, [join(pkg, "native/quickjs/build.mjs")], { encoding: "utf8" });
    build(); // catches up with any source edited since install
    expect(build()).toMatch(/: 0 steps run, \d+ up to date/);
  });

  it("builds qjsc-host from QuickJS 2021-03-27 with CONFIG_BIGNUM, like the guest library", () => {
    const help = spawnSync(qjsc, ["-h"], { encoding: "utf8" });
    expect(help.stdout).toContain("QuickJS Compiler version 2021-03-27");
    // BigInt literals parse only with CONFIG_BIGNUM.
    const big = join(dir, "big.js");
    writeFileSync(big, "export const x = 1n << 64n;");
    expect(spawnSync(qjsc, ["-c", "-m", "-o", join(dir, "big.c"), big]).status).toBe(0);
    const recipe = JSON.parse(readFileSync(join(build, "quickjs-guest.json"), "utf8")) as Recipe;
    expect(recipe.quickjsVersion).toBe("2021-03-27");
    expect(recipe.cflags).toEqual(expect.arrayContaining(["-DCONFIG_BIGNUM", '-DCONFIG_VERSION="2021-03-27"', "-mno-red-zone", "-fno-stack-protector"]));
  });
});

describe("the guest library runs qjsc-host bytecode (host harness)", () => {
  it("arithmetic and number formatting", () => {
    const r = runJs(`
      console.log(1 + 2 * 3, 7 / 2, 2 ** 53 + 1, 0.1 + 0.2, 1e21, -0, 5 % 3, -7 >> 1, -7 >>> 28);
      console.log((123.456).toFixed(2), (255).toString(16), (0.000001234).toExponential(3), (1234.5678).toPrecision(6));
      console.log(parseFloat("3.14159e2"), Number("0x1f"), Math.sqrt(2), Math.sin(1), Math.round(2.5), Math.max(1, NaN));
    `);
    expect(r.status).toBe(0);
    expect(lines(r)).toEqual([
      "7 3.5 9007199254740992 0.30000000000000004 1e+21 0 2 -4 15",
      "123.46 ff 1.234e-6 1234.57",
      `314.159 31 ${Math.sqrt(2)} ${Math.sin(1)} 3 NaN`,
    ]);
  });

  it("BigInt", () => {
    const r = runJs(`
      console.log(2n ** 100n, BigInt.asUintN(64, -1n), (10n ** 30n) / 7n, -5n % 3n, BigInt("0xffffffffffffffff") + 1n);
      const dv = new DataView(new ArrayBuffer(8)); dv.setBigUint64(0, 0x0102030405060708n); console.log(dv.getBigUint64(0).toString(16));
    `);
    expect(r.status).toBe(0);
    expect(lines(r)).toEqual([
      `${2n ** 100n} ${BigInt.asUintN(64, -1n)} ${10n ** 30n / 7n} -2 18446744073709551616`,
      "102030405060708",
    ]);
  });

  it("runs Promise jobs after the script, in order, async/await included", () => {
    const r = runJs(`
      const log = [];
      Promise.resolve(1).then((v) => { log.push("then " + v); return v + 1; }).then((v) => log.push("then " + v));
      (async () => { log.push("async start"); await null; log.push("after await"); })();
      log.push("sync end");
      Promise.all([1, 2, 3].map(async (x) => x * 2)).then((xs) => console.log(log.join(", "), "|", xs.join(" ")));
    `);
    expect(r.status).toBe(0);
    expect(r.out).toBe("async start, sync end, then 1, after await, then 2 | 2 4 6\n");
  });

  it("a Uint8Array/DataView checksum loop", () => {
    const r = runJs(`
      const buf = new Uint8Array(65536);
      for (let i = 0; i < buf.length; i++) buf[i] = (i * 7 + 3) & 0xff;
      const dv = new DataView(buf.buffer, 2, buf.length - 2);
      let sum = 0;
      for (let i = 0; i + 1 < dv.byteLength; i += 2) sum += dv.getUint16(i);
      while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
      dv.setUint32(0, 0xdeadbeef, true);
      console.log(sum, buf[2], buf[5], buf.subarray(10, 14).join(","));
    `);
    const buf = new Uint8Array(65536).map((_, i) => (i * 7 + 3) & 0xff);
    const dv = new DataView(buf.buffer, 2, buf.length - 2);
    let sum = 0;
    for (let i = 0; i + 1 < dv.byteLength; i += 2) sum += dv.getUint16(i);
    while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
    dv.setUint32(0, 0xdeadbeef, true);
    expect(r.status).toBe(0);
    expect(r.out).toBe(`${sum} ${buf[2]} ${buf[5]} ${buf.subarray(10, 14).join(",")}\n`);
  });

  it("JSON", () => {
    const value = { a: [1, 2.5, "x\u00e9\n", null, true], b: { c: { d: -1e-7 } }, e: "\u{1f600}" };
    const r = runJs(`
      const v = JSON.parse(${JSON.stringify(JSON.stringify(value))});
      console.log(JSON.stringify(v));
      console.log(JSON.stringify({ z: 1, a: [] }, null, 2));
      try { JSON.parse("{bad"); } catch (e) { console.log(e.name); }
    `);
    expect(r.status).toBe(0);
    expect(r.out).toBe(`${JSON.stringify(value)}\n${JSON.stringify({ z: 1, a: [] }, null, 2)}\nSyntaxError\n`);
  });

  it("regular expressions", () => {
    const r = runJs(`
      const m = /(?<y>\\d{4})-(?<m>\\d{2})/u.exec("on 2024-06-01");
      console.log(m.groups.y, m.groups.m, m.index);
      console.log("a1b22c333".replace(/\\d+/g, (d) => "<" + d.length + ">"));
      console.log(/^\\p{L}+$/u.test("Grüße"), /caf\\u00e9/i.test("CAFÉ"), "x,y;;z".split(/[,;]+/).join("|"));
      console.log([..."aXbXc".matchAll(/X/g)].map((x) => x.index).join(","), /(a)|b/.exec("b")[1]);
    `);
    expect(r.status).toBe(0);
    expect(lines(r)).toEqual(["2024 06 3", "a<1>b<2>c<3>", "true true x|y|z", "1,3 undefined"]);
  });

  it("Date comes from the wall clock hook, in UTC", () => {
    const fixed = runJs(`
      const d = new Date();
      console.log(Date.now(), d.toISOString(), d.getTimezoneOffset(), d.getHours(), new Date(2024, 1, 29, 12).toISOString());
    `, ["--wall-ms", "1700000000123"]);
    expect(fixed.status).toBe(0);
    expect(fixed.out).toBe("1700000000123 2023-11-14T22:13:20.123Z 0 22 2024-02-29T12:00:00.000Z\n");
    const before = Date.now();
    const live = runJs("console.log(Date.now())");
    const after = Date.now();
    const now = Number(live.out.trim());
    expect(now).toBeGreaterThanOrEqual(before - 1000);
    expect(now).toBeLessThanOrEqual(after + 1000);
  });

  it("an uncaught exception prints its stack and exits 1", () => {
    const r = runJs(`
      function inner() { throw new TypeError("boom " + 42); }
      function outer() { inner(); }
      console.log("before");
      outer();
      console.log("never");
    `);
    expect(r.status).toBe(1);
    expect(lines(r)).toEqual(expect.arrayContaining(["before", "Uncaught TypeError: boom 42"]));
    expect(r.out).toMatch(/at inner \(.*\n\s+at outer \(/);
    expect(r.out).not.toContain("never");
  });

  it("an unhandled rejection exits 1; a handled one does not", () => {
    const bad = runJs(`(async () => { await null; throw new Error("async boom"); })();`);
    expect(bad.status).toBe(1);
    expect(bad.out).toContain("Uncaught (in promise) Error: async boom");
    const ok = runJs(`const p = Promise.reject(new Error("x")); p.catch((e) => console.log("caught", e.message));`);
    expect(ok.status).toBe(0);
    expect(ok.out).toBe("caught x\n");
  });

  it("the exit status is the script's: exitCode, exit(), and scripts as well as modules", () => {
    expect(runJs("globalThis.exitCode = 7;").status).toBe(7);
    const r = runJs(`console.log("a"); exit(5); console.log("b");`);
    expect(r).toMatchObject({ status: 5, out: "a\n" });
    const s = runJs(`var x = 40; console.log(this === globalThis, x + 2);`, [], { script: true });
    expect(s).toMatchObject({ status: 0, out: "true 42\n" });
  });

  it("JS_SetMemoryLimit: running out gives a clean message and exit 1", () => {
    const r = runJs(`const a = []; for (;;) a.push(new Array(1000).fill(1.5));`, ["--memory-limit", String(8 << 20)]);
    expect(r.signal).toBe(null);
    expect(r.status).toBe(1);
    expect(r.out).toContain("Uncaught InternalError: out of memory");
    const caught = runJs(`
      let big = [];
      try { for (;;) big.push("x".repeat(1 << 16) + big.length); } catch (e) { big = null; console.log("caught", e.name, e.message); }
      console.log("still running", [1, 2, 3].length);
    `, ["--memory-limit", String(8 << 20)]);
    expect(caught).toMatchObject({ status: 0, out: "caught InternalError out of memory\nstill running 3\n" });
  });

  it("an exhausted heap (malloc returns NULL) gives a clean message and exit 1", () => {
    const r = runJs(`const a = []; for (;;) a.push(new Float64Array(4096));`, ["--heap-mb", "4"]);
    expect(r.signal).toBe(null);
    expect(r.status).toBe(1);
    expect(r.out).toContain("out of memory");
  });

  it("deep recursion hits JS_SetMaxStackSize as a catchable error, not a crash", () => {
    // QuickJS 2021 throws InternalError("stack overflow"); RangeError came with QuickJS 2024.
    const r = runJs(`
      function f(n) { return f(n + 1) + 1; }
      try { f(0); } catch (e) { console.log(e.name, e.message, e instanceof InternalError); }
      const deep = (n) => (n === 0 ? 0 : 1 + deep(n - 1));
      console.log(deep(1000));
      function g() { return g() + 1; }
      g();
    `, ["--stack-size", String(1 << 20)]);
    expect(r.signal).toBe(null);
    expect(r.status).toBe(1);
    expect(lines(r).slice(0, 3)).toEqual(["InternalError stack overflow true", "1000", "Uncaught InternalError: stack overflow"]);
    // The limit is what JS_SetMaxStackSize says: about 650 bytes of C stack per JS call here.
    const small = runJs("const deep = (n) => (n === 0 ? 0 : 1 + deep(n - 1)); console.log(deep(1000));", ["--stack-size", String(64 << 10)]);
    expect(small.status).toBe(1);
    expect(small.out).toContain("Uncaught InternalError: stack overflow");
  });

  it("frees every byte when the runtime is torn down", () => {
    const r = runJs(`
      const m = new Map(); for (let i = 0; i < 20000; i++) m.set("k" + i, { i, s: "v".repeat(i % 50) });
      let s = 0; for (const [, v] of m) s += v.s.length; console.log(s);
    `, ["--stats"]);
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/heap: check 0, peak \d+ bytes, in use after teardown 0 bytes in 0 blocks, 0 refused/);
  });

  it("refuses bytecode of another format with a message", () => {
    const file = compile("console.log(1)");
    const bytes = readFileSync(file);
    bytes[0] = (bytes[0] ?? 0) ^ 0x40; // the BC_VERSION byte
    writeFileSync(file, bytes);
    const r = runBin(file);
    expect(r.status).toBe(1);
    expect(r.out).toContain("cannot load the bytecode");
    expect(r.out).toContain("invalid version");
  });

  it("links a qjsc-host C array into an image, as the image builder will", () => {
    const recipe = JSON.parse(readFileSync(join(build, "quickjs-guest.json"), "utf8")) as Recipe;
    const js = join(dir, "embedded.js");
    writeFileSync(js, `console.log("embedded", [1, 2, 3].map((x) => x * x).join(","), 10n ** 20n); globalThis.exitCode = 4;`);
    execFileSync(qjsc, ["-c", "-m", "-N", "qjsc_bundle", "-o", join(dir, "bundle.c"), js]);
    execFileSync(recipe.cc, [...recipe.cflags, "-c", join(dir, "bundle.c"), "-o", join(dir, "bundle.o")]);
    const image = join(dir, "embedded-harness");
    execFileSync(recipe.cc, [...recipe.link.flags, "-o", image, ...recipe.harness.objects, join(dir, "bundle.o"), ...recipe.link.libs]);
    expect(runBin(null, [], image)).toMatchObject({ status: 4, out: "embedded 1,4,9 100000000000000000000\n" });
  });

  it("the allocator keeps its invariants under random malloc/calloc/realloc/memalign/free", () => {
    const roomy = runBin(null, ["--alloc-selftest", "300000", "--heap-mb", "64"]);
    expect(roomy.status, roomy.out).toBe(0);
    expect(roomy.out).toMatch(/300000 ops, 0 refused, .* check 0, in use after 0/);
    const tight = runBin(null, ["--alloc-selftest", "300000", "--heap-mb", "3"]);
    expect(tight.status, tight.out).toBe(0);
    expect(tight.out).toMatch(/300000 ops, [1-9]\d* refused, .* check 0, in use after 0/);
  });
});

describe("Solo5 safety of the guest link", () => {
  it("the guest probe has no system call instruction and no %fs/%gs access", () => {
    const r = checkImage(join(build, "quickjs-guest-probe.elf"));
    expect(r.instructions).toBeGreaterThan(100_000);
    expect(r.syscalls).toEqual([]);
    expect(r.segment).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it("in the harness only the Linux hook layer enters the kernel, and nothing reads %fs", () => {
    const r = checkImage(harness, { allowSyscallIn: ["sys"] });
    expect(r.segment).toEqual([]);
    expect(r.syscalls).toEqual([]);
    expect(checkImage(harness).syscalls.length).toBeGreaterThan(0);
  });

  it("the command-line check fails on an image with system calls", () => {
    const script = join(pkg, "native/quickjs/check-guest.mjs");
    expect(spawnSync(process.execPath, [script, join(build, "quickjs-guest-probe.elf")]).status).toBe(0);
    const r = spawnSync(process.execPath, [script, harness], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("system call: sys");
  });
});
