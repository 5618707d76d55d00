// Make a guest-safe copy of Debian's musl libc.a (musl-dev), at build time, outside the repo.
//
// 1. Every global symbol the mirage shim defines is made weak in the copy, so the shim wins
//    whatever the link order and whichever musl member happens to be pulled in (musl's fwrite.lo
//    also holds __fwritex, which vsnprintf needs; its fwrite must lose to ours).
// 2. Debian builds musl with -fstack-protector-strong, which reads the canary from the thread
//    descriptor (%fs:0x28). A Solo5 guest has no thread pointer. Each canary load and check is
//    rewritten, in place and with the same length, into the same instruction with the canary
//    taken as the constant 0: the code then behaves exactly as upstream musl's default build,
//    which has no stack protector. Only the four forms GCC emits here are accepted; anything
//    else at a %fs:0x28 operand stops the build.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, renameSync } from "node:fs";

// 9-byte instruction -> replacement (same length). mov $0,%r64 keeps flags like the original
// mov; sub $0,%r64 sets flags as sub of a zero canary would.
const NOP2 = [0x66, 0x90];
const NOP5 = [0x0f, 0x1f, 0x44, 0x00, 0x00];
const REWRITES = [
  { from: [0x64, 0x48, 0x8b, 0x04, 0x25, 0x28, 0, 0, 0], to: [0x48, 0xc7, 0xc0, 0, 0, 0, 0, ...NOP2], what: "mov %fs:0x28,%rax" },
  { from: [0x64, 0x48, 0x8b, 0x14, 0x25, 0x28, 0, 0, 0], to: [0x48, 0xc7, 0xc2, 0, 0, 0, 0, ...NOP2], what: "mov %fs:0x28,%rdx" },
  { from: [0x64, 0x48, 0x2b, 0x04, 0x25, 0x28, 0, 0, 0], to: [0x48, 0x83, 0xe8, 0x00, ...NOP5], what: "sub %fs:0x28,%rax" },
  { from: [0x64, 0x48, 0x2b, 0x14, 0x25, 0x28, 0, 0, 0], to: [0x48, 0x83, 0xea, 0x00, ...NOP5], what: "sub %fs:0x28,%rdx" },
];

/** Members of a System V / GNU ar archive: name and where its data starts. */
function arMembers(buf) {
  if (buf.toString("latin1", 0, 8) !== "!<arch>\n") throw new Error("not an ar archive");
  const members = [];
  let longNames = "";
  for (let off = 8; off + 60 <= buf.length; ) {
    const rawName = buf.toString("latin1", off, off + 16).trimEnd();
    const size = Number(buf.toString("latin1", off + 48, off + 58).trim());
    const data = off + 60;
    if (rawName === "//") longNames = buf.toString("latin1", data, data + size);
    else if (rawName !== "/" && rawName !== "/SYM64/") {
      let name = rawName;
      if (/^\/\d+$/.test(name)) {
        const start = Number(name.slice(1));
        name = longNames.slice(start, longNames.indexOf("\n", start));
      }
      members.push({ name: name.replace(/\/$/, ""), data, size });
    }
    off = data + size + (size & 1);
  }
  return members;
}

/** Executable sections of an ELF64 relocatable object: name and file offset. */
function execSections(buf, base) {
  const shoff = Number(buf.readBigUInt64LE(base + 0x28));
  const shentsize = buf.readUInt16LE(base + 0x3a);
  const shnum = buf.readUInt16LE(base + 0x3c);
  const shstrndx = buf.readUInt16LE(base + 0x3e);
  const sh = (i) => base + shoff + i * shentsize;
  const strtab = base + Number(buf.readBigUInt64LE(sh(shstrndx) + 0x18));
  const out = [];
  for (let i = 0; i < shnum; i++) {
    const flags = Number(buf.readBigUInt64LE(sh(i) + 8));
    if (!(flags & 4)) continue; // SHF_EXECINSTR
    const nameOff = strtab + buf.readUInt32LE(sh(i));
    const name = buf.toString("latin1", nameOff, buf.indexOf(0, nameOff));
    out.push({ name, offset: base + Number(buf.readBigUInt64LE(sh(i) + 0x18)), size: Number(buf.readBigUInt64LE(sh(i) + 0x20)) });
  }
  return out;
}

/** Locations (member index, section name, occurrence, address) of %fs:0x28 instructions, from objdump. */
function canarySites(archive, objdump) {
  const text = execFileSync(objdump, ["-d", "-w", archive], { maxBuffer: 1 << 28, encoding: "latin1" });
  const sites = [];
  let member = -1;
  let section = null;
  let seen = new Map();
  for (const line of text.split("\n")) {
    if (/:\s+file format /.test(line)) {
      member++;
      seen = new Map();
      section = null;
      continue;
    }
    const sec = /^Disassembly of section (.*):$/.exec(line);
    if (sec) {
      const n = seen.get(sec[1]) ?? 0;
      seen.set(sec[1], n + 1);
      section = { name: sec[1], occurrence: n };
      continue;
    }
    if (!line.includes("%fs:0x28")) continue;
    const ins = /^\s*([0-9a-f]+):\t/.exec(line);
    if (!ins || !section) throw new Error(`cannot place objdump line: ${line}`);
    sites.push({ member, section: section.name, occurrence: section.occurrence, addr: parseInt(ins[1], 16), line: line.trim() });
  }
  return { sites, members: member + 1 };
}

/**
 * Write `out`: a copy of musl's `src` libc.a with `weaken` symbols weak and the stack-protector
 * canary accesses rewritten. Returns counts for the build log.
 */
export function buildGuestMusl({ src, out, weaken, objcopy = "objcopy", objdump = "objdump" }) {
  const list = `${out}.weaken`;
  writeFileSync(list, weaken.join("\n") + "\n");
  const tmp = `${out}.tmp`;
  execFileSync(objcopy, [`--weaken-symbols=${list}`, src, tmp]);
  const buf = readFileSync(tmp);
  const members = arMembers(buf);
  const { sites, members: dumped } = canarySites(tmp, objdump);
  if (dumped !== members.length) throw new Error(`objdump saw ${dumped} members, the archive has ${members.length}`);
  const sectionCache = new Map();
  const counts = Object.fromEntries(REWRITES.map((r) => [r.what, 0]));
  for (const s of sites) {
    const m = members[s.member];
    let secs = sectionCache.get(s.member);
    if (!secs) sectionCache.set(s.member, (secs = execSections(buf, m.data)));
    const sec = secs.filter((x) => x.name === s.section)[s.occurrence];
    if (!sec || s.addr + 9 > sec.size) throw new Error(`no section ${s.section} for ${m.name}: ${s.line}`);
    const at = sec.offset + s.addr;
    const rw = REWRITES.find((r) => r.from.every((b, i) => buf[at + i] === b));
    if (!rw) throw new Error(`unexpected %fs:0x28 instruction in ${m.name}: ${s.line}`);
    Buffer.from(rw.to).copy(buf, at);
    counts[rw.what]++;
  }
  writeFileSync(tmp, buf);
  const left = execFileSync(objdump, ["-d", "-w", tmp], { maxBuffer: 1 << 28, encoding: "latin1" })
    .split("\n")
    .filter((l) => l.includes("%fs:0x28")).length;
  if (left) throw new Error(`${left} %fs:0x28 accesses left after rewriting`);
  renameSync(tmp, out);
  return { members: members.length, rewritten: sites.length, counts };
}
