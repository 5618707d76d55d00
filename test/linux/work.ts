// Copies of the examples under test/.work, so a test can configure one for another target
// while the example's own tests use its directory.
import * as fs from "node:fs";
import * as path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "..");

export const copyExample = (name: string, suffix: string): string => {
  const from = path.join(root, "examples", name);
  const to = path.join(root, "test", ".work", `${name}-${suffix}`);
  fs.rmSync(to, { recursive: true, force: true });
  fs.cpSync(from, to, { recursive: true, filter: (src) => !/\/(node_modules|dist|mirage|test|store)(\/|$)|disk\.img$/.test(src.slice(from.length)) });
  return to;
};
