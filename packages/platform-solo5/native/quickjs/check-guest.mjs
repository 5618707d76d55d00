#!/usr/bin/env node
// Disassemble a linked image and refuse what a Solo5 guest cannot run:
//   - a system call instruction (syscall, sysenter, int $0x80): spt's seccomp filter kills the
//     guest, and hvt has no kernel under it;
//   - any %fs- or %gs-relative access, or a write of the FS/GS base: spt and hvt set up no
//     thread pointer.
// It also lists, for information, the functions that use the x86-64 red zone (stores below
// %rsp): harmless on spt/hvt, where nothing interrupts the guest on its own stack; a target
// that takes interrupts on the guest stack must switch stacks (IST) for them.
//
//   node check-guest.mjs IMAGE [--allow-syscall-in fn,fn]      exit 0 when clean
// (GCC clones such as sys.constprop.0 count as the function they were cloned from.)
import { execFileSync } from "node:child_process";
import { pathToFileURL } from "node:url";

const SYSCALL = /^(syscall|sysenter|int\s+\$0x80)\b/;
const SEGMENT = /%[fg]s:|\b(wr|rd)[fg]sbase\b/;
const RED_ZONE = /-0x[0-9a-f]+\(%rsp\)/;

export function checkImage(image, { allowSyscallIn = [], objdump = "objdump" } = {}) {
  const text = execFileSync(objdump, ["-d", "-w", "--no-show-raw-insn", image], { maxBuffer: 1 << 28, encoding: "latin1" });
  const syscalls = [];
  const segment = [];
  const redZone = new Set();
  let fn = "?";
  let instructions = 0;
  for (const line of text.split("\n")) {
    const f = /^[0-9a-f]+ <(.*)>:$/.exec(line);
    if (f) {
      fn = f[1].replace(/\.(constprop|isra|part|cold|lto_priv)(\.\d+)?/g, ""); // GCC clones keep their function's name
      continue;
    }
    const ins = /^\s*([0-9a-f]+):\t(.*)$/.exec(line);
    if (!ins) continue;
    instructions++;
    const asm = ins[2].trim();
    if (SYSCALL.test(asm) && !allowSyscallIn.includes(fn)) syscalls.push(`${fn}+${ins[1]}: ${asm}`);
    if (SEGMENT.test(asm)) segment.push(`${fn}: ${asm}`);
    if (RED_ZONE.test(asm)) redZone.add(fn);
  }
  return { ok: syscalls.length === 0 && segment.length === 0 && instructions > 0, instructions, syscalls, segment, redZone: [...redZone].sort() };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2);
  const image = args.find((a) => !a.startsWith("--") && args[args.indexOf(a) - 1] !== "--allow-syscall-in");
  const allow = args.includes("--allow-syscall-in") ? args[args.indexOf("--allow-syscall-in") + 1].split(",") : [];
  if (!image) {
    console.error("usage: node check-guest.mjs IMAGE [--allow-syscall-in fn,fn]");
    process.exit(2);
  }
  const r = checkImage(image, { allowSyscallIn: allow });
  console.log(`${image}: ${r.instructions} instructions, ${r.syscalls.length} system call instructions, ${r.segment.length} %fs/%gs accesses`);
  for (const s of r.syscalls) console.log(`  system call: ${s}`);
  for (const s of r.segment) console.log(`  segment access: ${s}`);
  if (r.redZone.length) console.log(`  red zone used by ${r.redZone.length} functions: ${r.redZone.join(" ")}`);
  process.exit(r.ok ? 0 : 1);
}
