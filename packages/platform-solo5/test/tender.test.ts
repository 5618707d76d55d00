// mirage-spt's command line and its refusals: each a clear message on stderr and exit 1,
// before anything runs. Images with a wrong target, ABI version or unsafe segments are made
// by patching a good image's bytes.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NOTE_TYPE_ABI1, solo5Notes } from "../native/manifest.mjs";
import { ensureBuilt, spt, testGuest } from "./spt-helpers.ts";

const linuxX64 = process.platform === "linux" && process.arch === "x64";
const d = linuxX64 ? describe : describe.skip;

let dir = "";
let disk = "";
beforeAll(async () => {
  if (!linuxX64) return;
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "mirage-tender-"));
  disk = join(dir, "disk.img");
  writeFileSync(disk, Buffer.alloc(64 << 10));
}, 120_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A copy of `image` with `patch` applied to its bytes. */
const patched = (image: string, name: string, patch: (b: Buffer) => void): string => {
  const bytes = readFileSync(image);
  patch(bytes);
  const out = join(dir, name);
  writeFileSync(out, bytes, { mode: 0o755 });
  return out;
};

/** The file offset of the ABI1 note's descriptor. */
const abiOffset = (b: Buffer): number => {
  const note = solo5Notes(b).find((n) => n.type === NOTE_TYPE_ABI1);
  if (!note) throw new Error("no ABI note");
  return note.desc.byteOffset - b.byteOffset;
};

const expectRefusal = (args: string[], message: RegExp) => {
  const r = spt(args);
  expect(r.stdout).toBe("");
  expect(r.stderr).toMatch(message);
  expect(r.code).toBe(1);
};

d("mirage-spt command line", () => {
  it("--help prints the options and exits 0", () => {
    const r = spt(["--help"]);
    expect(r.code).toBe(0);
    for (const opt of ["--mem=MB", "--net:NAME=IFACE", "--net-mac:NAME=", "--block:NAME=PATH", "--block-sector-size:NAME=BYTES"]) expect(r.stdout).toContain(opt);
  });

  it("--version names the ABI version", () => {
    const r = spt(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/spt ABI version 2/);
  });

  it("requires a KERNEL operand", () => expectRefusal([], /missing KERNEL operand/));
  it("refuses a missing file", () => expectRefusal([join(dir, "nope.spt")], /nope\.spt: cannot open: No such file/));
  it("refuses an unknown option", () => expectRefusal(["--frobnicate", testGuest("hello")], /unknown option '--frobnicate'/));

  for (const bad of ["--mem=", "--mem=abc", "--mem=0", "--mem=1", "--mem=-5", "--mem=12x", "--mem=99999999"]) {
    it(`refuses ${bad}`, () => expectRefusal([bad, testGuest("hello")], new RegExp(`${bad}: expected --mem=MB, a whole number of MiB`)));
  }
});

d("devices against the manifest", () => {
  it("refuses a device name the manifest does not declare, listing the declared ones", () =>
    expectRefusal(["--block:nosuch=" + disk, testGuest("block")], /--block:nosuch=.*declares no block device named 'nosuch' \(declared: storage \(BLOCK_BASIC\)\)/));

  it("refuses a device attached with the wrong kind", () =>
    expectRefusal(["--net:storage=tap0", testGuest("block")], /device 'storage' is a BLOCK_BASIC device in the manifest/));

  it("refuses a device name that is not alphanumeric", () => expectRefusal(["--block:sto-rage=" + disk, testGuest("block")], /device names are letters and digits/));

  it("refuses to start when a declared device is not attached, naming every one and the option to add", () => {
    const r = spt([testGuest("devices")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/declares network device 'service' but it is not attached: add --net:service=TAPIF/);
    expect(r.stderr).toMatch(/declares block device 'storage' but it is not attached: add --block:storage=FILE/);
    expect(r.stdout).toBe("");
  });

  it("refuses a device attached twice", () =>
    expectRefusal(["--block:storage=" + disk, "--block:storage=" + disk, testGuest("block")], /device 'storage' is attached twice/));

  it("refuses an unreadable backing file", () => expectRefusal(["--block:storage=" + join(dir, "missing.img"), testGuest("block")], /block device 'storage': could not open '.*missing\.img' read-write/));

  it("refuses a bad sector size and a bad MAC", () => {
    expectRefusal(["--block-sector-size:storage=1000", "--block:storage=" + disk, testGuest("block")], /power of two from 512/);
    expectRefusal(["--net-mac:service=zz", testGuest("net")], /expected a MAC address/);
    expectRefusal(["--net-mac:service=01:00:00:00:00:01", testGuest("net")], /multicast/);
  });
});

d("images the tender refuses", () => {
  it("a non-ELF file", () => {
    const f = join(dir, "text.spt");
    writeFileSync(f, "#!/bin/sh\necho hi\n".repeat(10));
    expectRefusal([f], /not an ELF file/);
  });

  it("a dynamic (PIE) Linux program", () => expectRefusal([process.execPath], /not a static executable/));

  it("an image for another target (hvt)", () => {
    const img = patched(testGuest("hello"), "hvt-target.spt", (b) => b.writeUInt32LE(1, abiOffset(b)));
    expectRefusal([img], /built for the hvt target, not spt/);
  });

  it("an image asking for another ABI version", () => {
    const img = patched(testGuest("hello"), "abi9.spt", (b) => b.writeUInt32LE(9, abiOffset(b) + 4));
    expectRefusal([img], /requests spt ABI version 9; this tender implements version 2/);
  });

  it("an image without the Solo5 ABI note", () => {
    const img = patched(testGuest("hello"), "noabi.spt", (b) => {
      const at = abiOffset(b) - 20;
      b.writeUInt32LE(0x12345678, at + 8); // note type
    });
    expectRefusal([img], /not a Solo5 image \(no Solo5 ABI note\)/);
  });

  it("an image whose manifest is corrupt", () => {
    const img = patched(testGuest("block"), "badmft.spt", (b) => {
      const mft = solo5Notes(b).find((n) => n.type !== NOTE_TYPE_ABI1);
      if (!mft) throw new Error("no manifest");
      b.writeUInt32LE(7, mft.desc.byteOffset - b.byteOffset + 4); // version 7
    });
    expectRefusal([img], /manifest version 7, expected 1/);
  });

  it("an image with a writable and executable segment", () => {
    const img = patched(testGuest("hello"), "wx.spt", (b) => {
      const phoff = Number(b.readBigUInt64LE(32));
      // the first PT_LOAD is the text: make it RWX
      for (let i = 0; i < b.readUInt16LE(56); i++) {
        const ph = phoff + i * 56;
        if (b.readUInt32LE(ph) === 1) {
          b.writeUInt32LE(7, ph + 4);
          break;
        }
      }
    });
    expectRefusal([img], /segment 0 is both writable and executable; refusing to load it/);
  });

  it("an image linked below the lowest guest address", () => {
    const img = patched(testGuest("hello"), "low.spt", (b) => {
      const ph = Number(b.readBigUInt64LE(32));
      b.writeBigUInt64LE(0x1000n, ph + 16); // p_vaddr of the first header (PT_LOAD text)
    });
    expectRefusal([img], /below the lowest guest address 0x100000/);
  });

  it("a guest command line longer than 8191 bytes", () => expectRefusal([testGuest("hello"), "x".repeat(8192)], /longer than 8191 bytes/));
});
