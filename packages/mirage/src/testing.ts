// For tests of unikernels: run the mirage CLI and built artefacts as a user would, from a
// shell in the app's directory.
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../bin/mirage.js", import.meta.url));

export interface Ran {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const done = (r: SpawnSyncReturns<string>): Ran => ({ status: r.status, stdout: r.stdout, stderr: r.stderr });

/** `mirage ARGS` in `appDir`. */
export const mirage = (appDir: string, args: readonly string[]): Ran =>
  done(spawnSync(process.execPath, [BIN, ...args], { cwd: appDir, encoding: "utf8", timeout: 120_000 }));

/** `./dist/NAME ARGS` in `appDir` (the unix artefact is executable by itself). */
export const runArtefact = (appDir: string, name: string, args: readonly string[] = []): Ran =>
  done(spawnSync(path.join(appDir, "dist", name), [...args], { cwd: appDir, encoding: "utf8", timeout: 120_000 }));

/** Strips ANSI colours from compiler output. */
export const plain = (s: string): string => s.replace(/\x1b\[[0-9;]*m/g, "");
