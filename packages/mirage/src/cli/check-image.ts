// Checks on a linked Solo5 image before it is handed to a user.
import { spawnSync } from "node:child_process";
import { CliError } from "./load-config.ts";

/**
 * An hvt guest talks to its tender only through hypercalls: a `syscall` (or `sysenter`,
 * `int $0x80`) linked in from a host library would fault at run time, so it fails the build.
 */
export const checkNoSyscalls = (image: string): void => {
  const r = spawnSync("objdump", ["-d", "--no-show-raw-insn", image], { encoding: "utf8", maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new CliError(`Cannot check ${image} for host system calls: objdump failed (${r.stderr.trim() || r.error?.message})`);
  const bad = r.stdout.split("\n").filter((l) => /\t(syscall|sysenter|int\s+\$0x80)\b/.test(l));
  if (bad.length > 0) {
    throw new CliError(`the hvt image ${image} contains ${bad.length} host system-call instruction(s), which an hvt guest cannot execute:\n${bad.slice(0, 5).join("\n")}`);
  }
};
