// Shared by the spt/tender/hvt tests: build the native side once, run the tender.
import { spawn, spawnSync } from "node:child_process";
import { buildSolo5, tenderPaths, testGuest } from "../native/ld/image.mjs";

export { testGuest };
/** The spt tender this package ships. */
export const tenderPath = tenderPaths.spt;

let built: Promise<string[]> | undefined;
/** Builds what is out of date (tender, bindings, test guests); cheap when up to date. */
export const ensureBuilt = (): Promise<string[]> => (built ??= buildSolo5({ log: () => {} }));

export interface Run {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the tender synchronously (for guests that do not wait on the network). */
export const spt = (args: readonly string[], timeoutMs = 20_000): Run => {
  const r = spawnSync(tenderPath, args, { encoding: "utf8", timeout: timeoutMs });
  if (r.error) throw r.error;
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
};

/** Runs a command without blocking the event loop. */
export const runAsync = (cmd: string, args: readonly string[], timeoutMs = 20_000): Promise<Run> =>
  new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });

export const has = (cmd: string): boolean => spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;

/** A process running in the background: its output so far, a wait for a pattern, its end. */
export interface Started {
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
  readonly done: Promise<Run>;
}

export const start = (cmd: string, args: readonly string[], timeoutMs = 30_000): Started => {
  const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  const waiters = new Set<() => void>();
  const poke = () => {
    for (const w of waiters) w();
  };
  child.stdout.on("data", (d: Buffer) => {
    stdout += d.toString();
    poke();
  });
  child.stderr.on("data", (d: Buffer) => {
    stderr += d.toString();
    poke();
  });
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  const done = new Promise<Run>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
      poke();
    });
  });
  let closed = false;
  void done.then(() => (closed = true));
  return {
    done,
    waitFor: (pattern, ms = 10_000) =>
      new Promise<void>((resolve, reject) => {
        const t = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no output matching ${pattern} after ${ms} ms:\n${stdout}${stderr}`));
        }, ms);
        function check() {
          if (pattern.test(stdout)) {
            waiters.delete(check);
            clearTimeout(t);
            resolve();
          } else if (closed) {
            waiters.delete(check);
            clearTimeout(t);
            reject(new Error(`exited before printing ${pattern}:\n${stdout}${stderr}`));
          }
        }
        waiters.add(check);
        check();
      }),
  };
};
