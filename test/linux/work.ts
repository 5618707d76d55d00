// Copies of the examples under test/.work, so a test can configure one for another target
// while the example's own tests use its directory.
import * as fs from "node:fs";
import * as path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "..");

/** A copy of the app in `from` at test/.work/NAME, without its build outputs and dependencies. */
export const copyApp = (from: string, name: string): string => {
  const to = path.join(root, "test", ".work", name);
  fs.rmSync(to, { recursive: true, force: true });
  fs.cpSync(from, to, { recursive: true, filter: (src) => !/\/(node_modules|dist|mirage|test|store)(\/|$)|disk\.img$/.test(src.slice(from.length)) });
  return to;
};

export const copyExample = (name: string, suffix: string): string => copyApp(path.join(root, "examples", name), `${name}-${suffix}`);
