// The conformance app (./conformance) built the user's way for a Solo5 target, and the reading of
// its "N passed, M failed" summary: shared by the spt run here and the hvt run in the test bed.
import * as fs from "node:fs";
import * as path from "node:path";
import { expect } from "vitest";
import { mirage } from "@mirage/mirage/testing";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const APP = path.join(import.meta.dirname, "conformance");

/** A fresh copy of the app under test/.work, configured with `configFile` and built for `target`. */
export const buildConformance = (target: "spt" | "hvt" | "virtio", suffix: string, configFile = "config.ts"): string => {
  const dir = path.join(ROOT, "test", ".work", `solo5-conformance-${suffix}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(APP, dir, { recursive: true, filter: (src) => !/\/(node_modules|dist|mirage)(\/|$)|\.img$/.test(src.slice(APP.length)) });
  const c = mirage(dir, ["configure", "-t", target, "-f", configFile]);
  expect(c.stderr).toBe("");
  const b = mirage(dir, ["build"]);
  expect(b.stderr).toBe("");
  expect(b.stdout).toMatch(new RegExp(`^built dist/[a-z-]+\\.${target} \\(${target}, `));
  return dir;
};

export interface Summary {
  readonly passed: number;
  readonly failed: number;
  readonly passLines: readonly string[];
  readonly failLines: readonly string[];
}

export const summary = (stdout: string): Summary => {
  const m = /^(\d+) passed, (\d+) failed$/m.exec(stdout);
  if (m === null) throw new Error(`no "N passed, M failed" line in the guest's output:\n${stdout}`);
  const lines = stdout.split("\n");
  return {
    passed: Number(m[1]),
    failed: Number(m[2]),
    passLines: lines.filter((l) => l.startsWith("PASS ")),
    failLines: lines.filter((l) => l.startsWith("FAIL ")),
  };
};

/** The suites the block/clock/random app must pass, each with at least five tests. */
export const deviceSuites = ["block conformance: solo5Block", "clock conformance: solo5 clocks", "random conformance: solo5 random (as connected)", "random conformance: solo5Random"];

/** The pairs of net devices the net app takes (one fresh pair per test; Solo5 has no release). */
export const NET_PAIRS = 8;
