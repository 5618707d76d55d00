// A Linux peer for end-to-end tests: a network namespace holding a TAP device whose kernel side
// has an address. Our stack (in this process, or a unikernel started inside the namespace)
// owns the other side of the TAP. Everything is created fresh per test file and removed after.
import { execFile, execFileSync, spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import { promisify } from "node:util";

const execFileAsync = promisify(execFile);

/** A process started in the namespace; its output is collected from the start. */
export interface Peer {
  readonly child: ChildProcess;
  output(): string;
  /** Resolves with all output so far once `pattern` matches it. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** Resolves with the exit code. */
  exited(): Promise<number | null>;
}

const watch = (child: ChildProcess): Peer => {
  let out = "";
  const listeners = new Set<() => void>();
  const onData = (d: Buffer) => {
    out += d.toString();
    for (const l of listeners) l();
  };
  child.stdout?.on("data", onData);
  child.stderr?.on("data", onData);
  const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    child,
    output: () => out,
    exited: () => exit,
    waitFor: (pattern, timeoutMs = 20_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (!pattern.test(out)) return false;
          listeners.delete(check);
          clearTimeout(timer);
          resolve(out);
          return true;
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`no output matching ${pattern} after ${timeoutMs} ms:\n${out}`));
        }, timeoutMs);
        if (check()) return;
        listeners.add(check);
        void exit.then((code) => {
          if (listeners.delete(check) && !pattern.test(out)) {
            clearTimeout(timer);
            reject(new Error(`exited with ${code} before printing ${pattern}:\n${out}`));
          }
        });
      }),
  };
};

/** Whether the kernel has netem (some VM kernels ship without it). */
export const hasNetem = (): boolean => {
  try {
    execFileSync("tc", ["qdisc", "add", "dev", "lo", "root", "netem", "delay", "0ms"], { stdio: "ignore" });
    execFileSync("tc", ["qdisc", "del", "dev", "lo", "root"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};

export const canRunLinuxPeer = (): { ok: true } | { ok: false; why: string } => {
  if (process.getuid?.() !== 0) return { ok: false, why: "needs root (CI runs as root)" };
  if (!fs.existsSync("/dev/net/tun")) return { ok: false, why: "no /dev/net/tun" };
  try {
    execFileSync("ip", ["-V"], { stdio: "ignore" });
  } catch {
    return { ok: false, why: "no ip (iproute2)" };
  }
  return { ok: true };
};

export interface LinuxPeer {
  readonly ns: string;
  readonly tap: string;
  /** The kernel side's address, e.g. 10.77.3.1. */
  readonly hostIp: string;
  /** The address our stack takes, e.g. 10.77.3.2. */
  readonly guestIp: string;
  readonly prefix: number;
  /** Runs a command inside the namespace and returns its stdout (blocks: not while our stack runs in this process). */
  run(cmd: string, args: readonly string[], options?: { timeoutMs?: number; input?: string }): string;
  /** Runs a command inside the namespace without blocking the event loop. */
  runAsync(cmd: string, args: readonly string[], options?: { timeoutMs?: number }): Promise<string>;
  /** Starts a long-running command inside the namespace. */
  spawn(cmd: string, args: readonly string[]): Peer;
  destroy(): void;
}

let counter = 0;

/**
 * Creates namespace + TAP + kernel-side address, IPv6 off so the kernel does not chatter on the
 * link. `subnet` picks 10.77.<subnet>.0/24 so concurrent test files don't clash. With `adopt`,
 * the TAP was opened by this process (in the root namespace) and is moved in: our stack then
 * runs in this process while its peer is the namespace's kernel. Without it, the TAP is created
 * inside, for a unikernel started there with `peer.spawn`.
 */
export const createLinuxPeer = (subnet: number, options: { readonly adopt?: string } = {}): LinuxPeer => {
  const tag = `${process.pid % 10000}${counter++}`;
  const ns = `mirage-t${tag}`;
  const tap = options.adopt ?? `mtap${subnet}`;
  const hostIp = `10.77.${subnet}.1`;
  const guestIp = `10.77.${subnet}.2`;
  const sh = (args: string[]) => execFileSync("ip", args, { stdio: ["ignore", "pipe", "pipe"] });
  sh(["netns", "add", ns]);
  const inNs = (cmd: string, args: readonly string[]) => ["netns", "exec", ns, cmd, ...args];
  try {
    execFileSync("ip", inNs("sysctl", ["-qw", "net.ipv6.conf.all.disable_ipv6=1", "net.ipv6.conf.default.disable_ipv6=1"]));
    execFileSync("ip", inNs("ip", ["link", "set", "lo", "up"]));
    if (options.adopt === undefined) execFileSync("ip", inNs("ip", ["tuntap", "add", "dev", tap, "mode", "tap"]));
    else sh(["link", "set", tap, "netns", ns]);
    execFileSync("ip", inNs("ip", ["addr", "add", `${hostIp}/24`, "dev", tap]));
    execFileSync("ip", inNs("ip", ["link", "set", tap, "up"]));
  } catch (e) {
    sh(["netns", "del", ns]);
    throw e;
  }
  const children: ChildProcess[] = [];
  return {
    ns,
    tap,
    hostIp,
    guestIp,
    prefix: 24,
    run: (cmd, args, options) =>
      execFileSync("ip", inNs(cmd, args), { encoding: "utf8", timeout: options?.timeoutMs ?? 30_000, input: options?.input ?? "", stdio: ["pipe", "pipe", "pipe"] }),
    runAsync: async (cmd, args, options) =>
      (await execFileAsync("ip", inNs(cmd, args), { encoding: "utf8", timeout: options?.timeoutMs ?? 30_000 })).stdout,
    spawn: (cmd, args) => {
      const c = spawn("ip", inNs(cmd, args), { stdio: ["pipe", "pipe", "pipe"] });
      children.push(c);
      return watch(c);
    },
    destroy: () => {
      for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
      try {
        sh(["netns", "del", ns]);
      } catch {
        // already gone
      }
    },
  };
};
