// The C runtime's base64Decode (what crunched files use in a guest) against @mirage/mirage-kv's,
// inside a real spt guest: random strings of the alphabet, '=', ASCII whitespace and now and then
// a character outside it; the same bytes, or both a RangeError.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { linkJsImage, tenderPaths } from "@mirage/platform-solo5/image";

// The bundler the CLI uses (a dependency of @mirage/mirage, not of these tests).
const esbuild = createRequire(path.resolve(import.meta.dirname, "..", "..", "packages", "mirage", "package.json"))("esbuild") as { build(options: Record<string, unknown>): Promise<unknown> };

const guest = `
import { base64Decode } from "@mirage/mirage-kv/crunch";
const host = globalThis.__mirage_host;
let x = Number(host.cmdline().trim()) >>> 0 || 1;
const next = (n) => { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; return (x >>> 0) % n; };
const chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/= \\n\\t\\r";
const say = (t) => host.consoleWrite(Uint8Array.from(t, (c) => c.charCodeAt(0) & 0xff));
const outcome = (f) => { try { return Array.from(f()).join(","); } catch (e) { return e instanceof RangeError ? "RangeError " + e.message : "other " + e; } };
let agree = 0, errors = 0;
for (let round = 0; round < 3000; round++) {
  let s = "";
  const len = next(64);
  for (let i = 0; i < len; i++) s += next(200) === 0 ? "*é-_."[next(5)] : chars[next(chars.length)];
  const a = outcome(() => base64Decode(s)), b = outcome(() => host.base64Decode(s));
  if (a !== b) { say("DIFFER " + JSON.stringify(s) + ": " + a + " / " + b + "\\n"); host.exit(1); }
  agree++;
  if (a.startsWith("RangeError")) errors++;
}
const big = "QUJD".repeat(250000);
const ok = host.base64Decode(big).length === 750000 && base64Decode(big.slice(0, 400)).join() === host.base64Decode(big.slice(0, 400)).join();
say("base64: " + agree + " agree, " + errors + " refused by both, large " + ok + "\\n");
host.exit(ok ? 0 : 1);
`;

describe("base64Decode in the guest: native and JavaScript agree", () => {
  it("on random inputs, padding, whitespace and bad characters", async () => {
    const dir = path.resolve(import.meta.dirname, "..", ".work", "base64-guest");
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const js = path.join(dir, "guest.js");
    await esbuild.build({ stdin: { contents: guest, resolveDir: import.meta.dirname }, outfile: js, bundle: true, format: "esm", target: "es2020", platform: "neutral", mainFields: ["browser", "module", "main"], conditions: ["browser", "import", "default"], logLevel: "silent" });
    const image = await linkJsImage({ target: "spt", js, out: path.join(dir, "base64.spt"), devices: [], module: true });
    const r = spawnSync(tenderPaths.spt, [image, "12345"], { encoding: "utf8", timeout: 60_000 });
    expect(r.stdout).toMatch(/^base64: 3000 agree, [1-9]\d* refused by both, large true$/m);
    expect(r.status).toBe(0);
  }, 60_000);
});
