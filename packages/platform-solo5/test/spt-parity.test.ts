// mirage-spt against upstream solo5-spt's behaviour on three points:
//   - 63 devices (the most a Solo5 manifest holds) attach and work, the seccomp filter staying
//     as strict per device as with one: block I/O only whole blocks inside each device, read and
//     write only on network devices; a 64th device is refused by the manifest rules;
//   - a block backing file is refused under upstream's conditions, in upstream's words, naming
//     the device and the file;
//   - --x-exec-heap makes the heap executable (for JITs), with upstream's warning.
// The guests are linked here: a pure-C guest that walks its manifest and makes raw system calls
// on its devices' descriptors, with manifests of up to 63 devices.
import { execFileSync, spawn } from "node:child_process";
import { closeSync, mkdirSync, mkdtempSync, openSync, readSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bindingsLib, guestCflags, guestLdflags, linkImage, nativeDir } from "../native/ld/image.mjs";
import { manifestNote, MFT_ENTRY_SIZE, type Device } from "../native/manifest.mjs";
import { ensureBuilt, type Run, spt, tenderPath } from "./spt-helpers.ts";

const linuxX64 = process.platform === "linux" && process.arch === "x64";
const d = linuxX64 ? describe : describe.skip;

// The guest. Command-line words:
//   all                 every block device: write its name into its first and last block, read
//                       both back; every network device: write a frame naming it
//   op=OP dev=NAME [off=N] [size=N] [fdadd=N] [fdsub=N]
//                       one raw system call on NAME's host descriptor (+fdadd -fdsub):
//                       OP is pread, pwrite (size defaults to the block size), read or write
//   exec                copy `mov $42, %eax; ret` to the heap and call it
//   execbss             the same in the image's own data segment (its .bss)
//   writetext           write to the image's own code
// Prints "still alive" after the raw call; exits 0 unless a check failed.
const GUEST = String.raw`
#include "guest.h"
#include "sys.h"
#include "mirage_solo5_abi.h"

static uint8_t buf[65536], want[65536];

static const struct ms5_mft *manifest(void)
{
    const struct ms5_spt_boot_info *bi =
        (const struct ms5_spt_boot_info *)(uintptr_t)MS5_SPT_BOOT_INFO_BASE;
    return (const struct ms5_mft *)bi->mft;
}

/* The word value v (up to a space) equals s. */
static int value_is(const char *v, const char *s)
{
    unsigned long n = strlen(s);
    return memcmp(v, s, n) == 0 && (v[n] == ' ' || v[n] == 0);
}

static int exercise_all(const struct ms5_mft *m)
{
    int bad = 0;
    unsigned nblock = 0, nnet = 0;
    for (uint32_t i = 1; i < m->entries; i++) {
        const struct ms5_mft_entry *e = &m->e[i];
        solo5_handle_t h;
        if (e->type == MS5_DEV_BLOCK_BASIC) {
            struct solo5_block_info info;
            if (solo5_block_acquire(e->name, &h, &info) != SOLO5_R_OK || h != i) {
                out("acquire FAILED ");
                out(e->name);
                out("\n");
                bad = 1;
                continue;
            }
            uint64_t bs = info.block_size;
            memset(want, 0, bs);
            memcpy(want, e->name, strlen(e->name));
            uint64_t offs[2] = {0, info.capacity - bs};
            for (int k = 0; k < 2; k++) {
                memset(buf, 0xee, bs);
                bad |= solo5_block_write(h, offs[k], want, bs) != SOLO5_R_OK;
                bad |= solo5_block_read(h, offs[k], buf, bs) != SOLO5_R_OK;
                bad |= memcmp(buf, want, bs) != 0;
            }
            nblock++;
        } else {
            struct solo5_net_info info;
            if (solo5_net_acquire(e->name, &h, &info) != SOLO5_R_OK || h != i) {
                bad = 1;
                continue;
            }
            memset(want, 0, 64);
            memcpy(want, "frame from ", 11);
            memcpy(want + 11, e->name, strlen(e->name));
            want[11 + strlen(e->name)] = '\n';
            bad |= solo5_net_write(h, want, 12 + strlen(e->name)) != SOLO5_R_OK;
            size_t got;
            bad |= solo5_net_read(h, buf, sizeof buf, &got) != SOLO5_R_AGAIN;
            nnet++;
        }
    }
    out("all: block=");
    out_u64(nblock);
    out(" net=");
    out_u64(nnet);
    out(bad ? " FAILED\n" : " ok\n");
    return bad;
}

static int raw(const struct ms5_mft *m, const char *cmdline)
{
    const char *op = arg(cmdline, "op"), *dev = arg(cmdline, "dev");
    const struct ms5_mft_entry *e = 0;
    for (uint32_t i = 1; dev && i < m->entries; i++)
        if (value_is(dev, m->e[i].name))
            e = &m->e[i];
    if (op == 0 || e == 0) {
        out("raw: no such device\n");
        return 1;
    }
    const char *s;
    long fd = e->b.hostfd + (long)parse_u64(arg(cmdline, "fdadd")) -
              (long)parse_u64(arg(cmdline, "fdsub"));
    long size = (s = arg(cmdline, "size")) ? (long)parse_u64(s)
                : e->type == MS5_DEV_BLOCK_BASIC ? e->u.block.block_size : 16;
    long off = (long)parse_u64(arg(cmdline, "off"));
    long nr = value_is(op, "pread") ? NR_pread64 : value_is(op, "pwrite") ? NR_pwrite64
            : value_is(op, "read") ? NR_read : NR_write;
    out("raw: calling ");
    out(op);
    out("\n");
    long r = sys4(nr, fd, (long)buf, size, off);
    out("still alive: ");
    if (r < 0) {
        out("-");
        r = -r;
    }
    out_u64((uint64_t)r);
    out("\n");
    return 0;
}

int solo5_app_main(const struct solo5_start_info *si)
{
    const struct ms5_mft *m = manifest();
    int bad = 0;
    out("devices: ");
    out_u64(m->entries - 1);
    out("\n");
    if (has_word(si->cmdline, "all"))
        bad |= exercise_all(m);
    if (arg(si->cmdline, "op"))
        bad |= raw(m, si->cmdline);
    int heap = has_word(si->cmdline, "exec"), bss = has_word(si->cmdline, "execbss");
    if (heap || bss) {
        static const uint8_t code[] = {0xb8, 0x2a, 0x00, 0x00, 0x00, 0xc3};
        uint8_t *p = heap ? (uint8_t *)si->heap_start : buf;
        memcpy(p, code, sizeof code);
        out(heap ? "exec: calling code on the heap\n" : "exec: calling code in .bss\n");
        int (*fn)(void) = (int (*)(void))(uintptr_t)p;
        int v = fn();
        out("exec: it returned ");
        out_u64((uint64_t)v);
        out("\n");
        bad |= v != 42;
    }
    if (has_word(si->cmdline, "writetext")) {
        out("writetext: writing to the code\n");
        *(volatile uint8_t *)(uintptr_t)&solo5_app_main = 0xc3;
        out("writetext: it worked\n");
    }
    return bad;
}
`;

let dir = "";
let guestObj = "";
let one = ""; // the guest with one block device, storage0
const images = new Map<string, string>();

/** The guest linked with `devices` as its manifest. */
const image = async (name: string, devices: readonly Device[]): Promise<string> => {
  const cached = images.get(name);
  if (cached) return cached;
  const out = await linkImage({ target: "spt", objects: [guestObj], devices, out: join(dir, `${name}.spt`), workDir: join(dir, "work") });
  images.set(name, out);
  return out;
};

const blocks = (n: number, prefix = "b"): Device[] => Array.from({ length: n }, (_, i) => ({ name: `${prefix}${i}`, type: "BLOCK_BASIC" as const }));

/** A sparse backing file of `size` bytes. */
const disk = (name: string, size: number): string => {
  const p = join(dir, name);
  writeFileSync(p, "");
  truncateSync(p, size);
  return p;
};

/** `size` bytes of a file at `at`. */
const bytesAt = (path: string, at: number, size: number): Buffer => {
  const fd = openSync(path, "r");
  const b = Buffer.alloc(size);
  readSync(fd, b, 0, size, at);
  closeSync(fd);
  return b;
};

/** Runs the tender with extra socketpair descriptors 3.. (`nets` of them); collects what arrives on each. */
const sptWithSockets = (args: readonly string[], nets: number, timeoutMs = 20_000): Promise<Run & { frames: string[] }> =>
  new Promise((resolve, reject) => {
    const child = spawn(tenderPath, args, { stdio: ["ignore", "pipe", "pipe", ...Array.from({ length: nets }, () => "pipe" as const)] });
    let stdout = "";
    let stderr = "";
    const frames = Array.from({ length: nets }, () => "");
    child.stdout?.on("data", (b: Buffer) => (stdout += b.toString()));
    child.stderr?.on("data", (b: Buffer) => (stderr += b.toString()));
    for (let i = 0; i < nets; i++) child.stdio[3 + i]?.on("data", (b: Buffer) => (frames[i] += b.toString("latin1")));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, frames });
    });
  });

// 63 block devices with varied sector sizes and capacities: b0 is 5 GiB + 4 KiB (offsets need
// the high word), odd devices have 4096-byte sectors, the others 512.
const MANY = 63;
const sectorOf = (i: number) => (i % 2 === 1 ? 4096 : 512);
const capacityOf = (i: number) => (i === 0 ? 5 * 2 ** 30 + 4096 : (i + 1) * 8192);
const manyArgs = (): string[] => {
  const args = ["--mem=32"];
  for (let i = 0; i < MANY; i++) {
    args.push(`--block:b${i}=${join(dir, "many", `b${i}.img`)}`);
    if (sectorOf(i) !== 512) args.push(`--block-sector-size:b${i}=${sectorOf(i)}`);
  }
  return args;
};

beforeAll(async () => {
  if (!linuxX64) return;
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "mirage-spt-parity-"));
  mkdirSync(join(dir, "work"));
  mkdirSync(join(dir, "many"));
  const src = join(dir, "guest.c");
  writeFileSync(src, GUEST);
  guestObj = join(dir, "guest.o");
  execFileSync("gcc", [...guestCflags("spt"), "-Werror", `-I${join(nativeDir, "runtime", "test-guests")}`, `-I${join(nativeDir, "spt")}`, "-c", src, "-o", guestObj]);
  for (let i = 0; i < MANY; i++) disk(join("many", `b${i}.img`), capacityOf(i));
  one = await image("one", blocks(1, "storage"));
}, 120_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

d("63 devices", () => {
  it("an image with 63 block devices boots with all attached; each one reads and writes its own file", async () => {
    const img = await image("many", blocks(MANY));
    const r = spt([...manyArgs(), img, "all"]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("devices: 63");
    expect(r.stdout).toContain("all: block=63 net=0 ok");
    expect(r.code).toBe(0);
    // Each device's name landed in its own file, in its first and last block.
    for (let i = 0; i < MANY; i++) {
      const f = join(dir, "many", `b${i}.img`);
      const name = Buffer.from(`b${i}\0`, "latin1");
      expect(bytesAt(f, 0, name.length)).toEqual(name);
      expect(bytesAt(f, capacityOf(i) - sectorOf(i), name.length)).toEqual(name);
    }
  });

  it("the project's block test guest, linked with 63 devices, uses the last one (handle 63) across two boots", async () => {
    const obj = join(dir, "block.o");
    execFileSync("gcc", [...guestCflags("spt"), join(nativeDir, "runtime", "test-guests", "block.c"), "-c", "-o", obj]);
    const devices = [...blocks(MANY - 1), { name: "storage", type: "BLOCK_BASIC" as const }];
    const img = await linkImage({ target: "spt", objects: [obj], devices, out: join(dir, "block63.spt"), workDir: join(dir, "work") });
    const storage = disk("storage63.img", 1 << 20);
    const args = [...manyArgs().filter((a) => !a.startsWith("--block:b62=") && !a.startsWith("--block-sector-size:b62=")), `--block:storage=${storage}`];
    const w = spt([...args, img, "write", "seed=63"]);
    expect(w.stdout).toContain("block: capacity=1048576 block_size=512 handle=63");
    expect(w.stdout).toContain("block: wrote 3 sectors");
    expect(w.code).toBe(0);
    const v = spt([...args, img, "verify", "seed=63"]);
    expect(v.stdout).toContain("block: verified 3 sectors");
    expect(v.code).toBe(0);
    expect(bytesAt(storage, (1 << 20) - 512, 512).some((b) => b !== 0)).toBe(true);
  });

  it("the filter allows whole blocks inside each device and nothing else, on the first, middle and last device", async () => {
    const img = await image("many", blocks(MANY));
    const run = (...words: string[]) => spt([...manyArgs(), img, ...words]);
    const allowed = (r: Run) => {
      expect(r.signal).toBeNull();
      expect(r.stdout).toMatch(/still alive: \d+\n/);
      expect(r.code).toBe(0);
    };
    const killed = (r: Run) => {
      expect(r.stdout).toContain("raw: calling");
      expect(r.stdout).not.toContain("still alive");
      expect(r.signal).toBe("SIGSYS");
    };
    for (const i of [0, 1, 31, 32, 61, 62]) {
      const bs = sectorOf(i);
      const last = capacityOf(i) - bs;
      allowed(run("op=pread", `dev=b${i}`, `off=${last}`));
      allowed(run("op=pwrite", `dev=b${i}`, "off=0"));
      killed(run("op=pread", `dev=b${i}`, `off=${last + bs}`)); // at the capacity
      killed(run("op=pwrite", `dev=b${i}`, `off=${last + bs}`)); // would grow the file
      killed(run("op=pread", `dev=b${i}`, "off=0", `size=${bs / 2}`));
      killed(run("op=pread", `dev=b${i}`, "off=0", `size=${bs * 2}`));
      killed(run("op=read", `dev=b${i}`)); // read/write are for network devices
      killed(run("op=write", `dev=b${i}`));
    }
    // the device with offsets past 4 GiB: below the last block through the high word, past it
    allowed(run("op=pread", "dev=b0", `off=${2 ** 32 - 512}`));
    killed(run("op=pread", "dev=b0", `off=${2 ** 33}`));
    killed(run("op=pread", "dev=b0", `off=${2n ** 63n}`));
    // block sizes are per device: b1's 4096-byte blocks are not b2's 512
    killed(run("op=pread", "dev=b2", "off=0", "size=4096"));
    killed(run("op=pread", "dev=b1", "off=0", "size=512"));
    // the descriptors just outside the block range
    killed(run("op=pread", "dev=b62", "fdadd=1"));
    killed(run("op=pread", "dev=b0", "fdsub=1"));
  });

  it("a mixed manifest (8 network + 55 block devices) works too, network I/O only on network devices", async () => {
    const NETS = 8;
    const devices: Device[] = [...Array.from({ length: NETS }, (_, i) => ({ name: `n${i}`, type: "NET_BASIC" as const })), ...blocks(MANY - NETS)];
    const img = await image("mixed", devices);
    const args = ["--mem=32", ...Array.from({ length: NETS }, (_, i) => `--net:n${i}=@${3 + i}`)];
    for (let i = 0; i < MANY - NETS; i++) args.push(`--block:b${i}=${join(dir, "many", `b${i}.img`)}`);
    const r = await sptWithSockets([...args, img, "all"], NETS);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("all: block=55 net=8 ok");
    expect(r.code).toBe(0);
    r.frames.forEach((f, i) => expect(f).toBe(`frame from n${i}\n`));
    // read and write on a network device are allowed, pread64/pwrite64 are not
    const write = await sptWithSockets([...args, img, "op=write", "dev=n7", "size=5"], NETS);
    expect(write.stdout).toContain("still alive: 5");
    expect(write.code).toBe(0);
    const read = await sptWithSockets([...args, img, "op=read", "dev=n0"], NETS);
    expect(read.stdout).toContain("still alive: -11"); // EAGAIN: nothing sent
    expect(read.code).toBe(0);
    const pread = await sptWithSockets([...args, img, "op=pread", "dev=n3"], NETS);
    expect(pread.stdout).not.toContain("still alive");
    expect(pread.signal).toBe("SIGSYS");
    // the block device right after the last network one: no read
    const readBlock = await sptWithSockets([...args, img, "op=read", "dev=n7", "fdadd=1"], NETS);
    expect(readBlock.stdout).not.toContain("still alive");
    expect(readBlock.signal).toBe("SIGSYS");
  });

  it("64 devices are refused: by the manifest rules when linking, and by the tender in an image", async () => {
    await expect(image("too-many", blocks(64))).rejects.toThrow(/at most 63 devices, got 64/);
    // An image whose note declares 64 devices anyway (65 entries), linked by hand.
    const note63 = manifestNote(blocks(63));
    const extra = Buffer.alloc(MFT_ENTRY_SIZE);
    extra.write("b63", 0, "latin1");
    extra.writeUInt32LE(1, 68);
    const note = Buffer.concat([note63, extra]);
    note.writeUInt32LE(note.readUInt32LE(4) + MFT_ENTRY_SIZE, 4); // descsz
    note.writeUInt32LE(65, 28); // entries
    const lines = ['\t.section .note.solo5.manifest,"a",@note', "\t.balign 4"];
    for (let i = 0; i < note.length; i += 16) lines.push(`\t.byte ${[...note.subarray(i, i + 16)].join(",")}`);
    lines.push('\t.section .note.GNU-stack,"",@progbits', "");
    writeFileSync(join(dir, "m64.S"), lines.join("\n"));
    execFileSync("gcc", ["-c", join(dir, "m64.S"), "-o", join(dir, "m64.o")]);
    const img = join(dir, "m64.spt");
    execFileSync("gcc", [...guestLdflags(), "-o", img, guestObj, join(dir, "m64.o"), "-Wl,--start-group", bindingsLib("spt"), "-lgcc", "-Wl,--end-group"]);
    const r = spt([img]);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`mirage-spt: ${img}: the manifest declares 64 devices; a Solo5 manifest holds at most 63 (64 entries, the first one reserved)\n`);
    expect(r.code).toBe(1);
  });
});

d("block device refusals (upstream's conditions and words)", () => {
  const refused = (args: string[], message: string | RegExp) => {
    const r = spt(args);
    expect(r.stdout).toBe("");
    if (typeof message === "string") expect(r.stderr).toBe(`mirage-spt: ${message}\n`);
    else expect(r.stderr).toMatch(message);
    expect(r.code).toBe(1);
  };

  it("a size that is not a whole number of blocks: 'backing storage size must be block aligned'", () => {
    const f = disk("odd.img", 1000);
    refused([`--block:storage0=${f}`, one], `block device 'storage0': ${f}: backing storage size must be block aligned (512 bytes); it is 1000 bytes`);
    // with a bigger sector size, also when the file is smaller than one block (upstream checks alignment first)
    const small = disk("2k.img", 2048);
    refused([`--block-sector-size:storage0=4096`, `--block:storage0=${small}`, one], `block device 'storage0': ${small}: backing storage size must be block aligned (4096 bytes); it is 2048 bytes`);
    const k6 = disk("6k.img", 6144);
    refused([`--block:storage0=${k6}`, `--block-sector-size:storage0=4096`, one], `block device 'storage0': ${k6}: backing storage size must be block aligned (4096 bytes); it is 6144 bytes`);
  });

  it("an empty file or device: 'backing storage must be at least 1 block'", () => {
    const f = disk("empty.img", 0);
    refused([`--block:storage0=${f}`, one], `block device 'storage0': ${f}: backing storage must be at least 1 block (512 bytes) in size; it is 0 bytes`);
    refused([`--block:storage0=/dev/null`, `--block-sector-size:storage0=1024`, one], "block device 'storage0': /dev/null: backing storage must be at least 1 block (1024 bytes) in size; it is 0 bytes");
  });

  it("a file that cannot be opened read-write: 'could not open'", () => {
    const missing = join(dir, "missing.img");
    refused([`--block:storage0=${missing}`, one], `block device 'storage0': could not open '${missing}' read-write: No such file or directory`);
    refused([`--block:storage0=${dir}`, one], `block device 'storage0': could not open '${dir}' read-write: Is a directory`);
  });

  it("a file whose size cannot be determined (a FIFO): 'could not determine capacity'", () => {
    const fifo = join(dir, "fifo");
    execFileSync("mkfifo", [fifo]);
    refused([`--block:storage0=${fifo}`, one], `block device 'storage0': ${fifo}: could not determine capacity: Illegal seek`);
  });

  it("a sector size that is not a power of two from 512", () => {
    const f = disk("ok.img", 4096);
    for (const bad of ["1000", "256", "0", "65536", "4096x"])
      refused([`--block-sector-size:storage0=${bad}`, `--block:storage0=${f}`, one], /the sector \(block\) size must be a power of two from 512 to 32768/);
  });

  it("a name the manifest does not declare as a block device", () => {
    const f = disk("ok2.img", 4096);
    refused([`--block:nosuch=${f}`, one], /declares no block device named 'nosuch' \(declared: storage0 \(BLOCK_BASIC\)\)/);
  });

  it("the boundary sizes are accepted: a file of exactly one block, and 32768-byte sectors", () => {
    const f = disk("one-block.img", 512);
    const r = spt([`--block:storage0=${f}`, one, "op=pread", "dev=storage0"]);
    expect(r.stdout).toContain("still alive: 512");
    expect(r.code).toBe(0);
    const g = disk("32k.img", 65536);
    const r2 = spt([`--block-sector-size:storage0=32768`, `--block:storage0=${g}`, one, "op=pread", "dev=storage0", "off=32768"]);
    expect(r2.stdout).toContain("still alive: 32768");
    expect(r2.code).toBe(0);
  });
});

d("--x-exec-heap", () => {
  let img = "";
  beforeAll(async () => {
    if (linuxX64) img = await image("none", []);
  });

  it("without it the heap is not executable: calling code there faults", () => {
    const r = spt(["--mem=8", img, "exec"]);
    expect(r.stdout).toContain("exec: calling code on the heap");
    expect(r.stdout).not.toContain("it returned");
    expect(r.signal).toBe("SIGSEGV");
  });

  it("with it the guest can run code it wrote to its heap, and the tender warns as upstream does", () => {
    const r = spt(["--x-exec-heap", "--mem=8", img, "exec"]);
    expect(r.stderr).toMatch(/^mirage-spt: warning: --x-exec-heap maps the guest's heap and stack writable and executable/);
    expect(r.stdout).toContain("exec: it returned 42");
    expect(r.code).toBe(0);
  });

  it("the image's own segments keep W^X, and the seccomp filter is unchanged", () => {
    const bss = spt(["--x-exec-heap", "--mem=8", img, "execbss"]);
    expect(bss.stdout).toContain("exec: calling code in .bss");
    expect(bss.stdout).not.toContain("it returned");
    expect(bss.signal).toBe("SIGSEGV");
    const text = spt(["--x-exec-heap", "--mem=8", img, "writetext"]);
    expect(text.stdout).toContain("writetext: writing to the code");
    expect(text.stdout).not.toContain("it worked");
    expect(text.signal).toBe("SIGSEGV");
    // no new system calls: I/O past a block device's end still kills the guest
    const f = disk("xheap.img", 4096);
    const ok = spt(["--x-exec-heap", "--mem=8", `--block:storage0=${f}`, one, "op=pread", "dev=storage0", "off=3584"]);
    expect(ok.stdout).toContain("still alive: 512");
    const past = spt(["--x-exec-heap", "--mem=8", `--block:storage0=${f}`, one, "op=pread", "dev=storage0", "off=4096"]);
    expect(past.stdout).not.toContain("still alive");
    expect(past.signal).toBe("SIGSYS");
  });

  it("is listed in --help; a misspelling is an unknown option", () => {
    expect(spt(["--help"]).stdout).toContain("--x-exec-heap");
    const r = spt(["--x-exec-heapp", img]);
    expect(r.stderr).toContain("unknown option '--x-exec-heapp'");
    expect(r.code).toBe(1);
  });
});
