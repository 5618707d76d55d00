// Writes a pattern over a run of sectors, reads it back and verifies it, and keeps a boot
// counter in sector 0 so a second boot finds the first one's data. Asking for a sector past
// the end is an error value that names the sector and the disk size.
import { isLeft } from "fp-ts/Either";
import { arg, job, logger } from "@mirage/mirage";
import type { Block } from "@mirage/mirage-block";

const log = logger("block");
const MAGIC = "MIRAGE-BLOCK-EXAMPLE";

const pattern = (sector: bigint, boot: number, size: number): Uint8Array => {
  const out = new Uint8Array(size);
  for (let i = 0; i < size; i++) out[i] = (Number(sector % 251n) * 7 + boot * 13 + i) & 0xff;
  return out;
};

/** Sector 0: the magic, the boot counter and how many sectors that boot wrote. */
interface Header {
  readonly boots: number;
  readonly sectors: number;
}

const readHeader = async (disk: Block, size: number): Promise<Header> => {
  const buf = new Uint8Array(size);
  const r = await disk.read(0n, [buf]);
  if (isLeft(r)) throw new Error(`Cannot read the header: ${r.left.message}`);
  const magic = String.fromCharCode(...buf.subarray(0, MAGIC.length));
  const view = new DataView(buf.buffer);
  return magic === MAGIC ? { boots: view.getUint32(MAGIC.length), sectors: view.getUint32(MAGIC.length + 4) } : { boots: 0, sectors: 0 };
};

const writeHeader = async (disk: Block, size: number, h: Header): Promise<void> => {
  const buf = new Uint8Array(size);
  for (let i = 0; i < MAGIC.length; i++) buf[i] = MAGIC.charCodeAt(i);
  const view = new DataView(buf.buffer);
  view.setUint32(MAGIC.length, h.boots);
  view.setUint32(MAGIC.length + 4, h.sectors);
  const w = await disk.write(0n, [buf]);
  if (isLeft(w)) throw new Error(`Cannot write the header: ${w.left.message}`);
};

export const BlockExample = job(
  { disk: "block" },
  { args: { sectors: arg.int({ doc: "how many sectors to write and verify", default: 16, min: 1 }) } },
  async ({ disk }, { sectors }) => {
    const info = disk.info();
    log.info(`disk: ${info.sizeSectors} sectors of ${info.sectorSize} bytes, ${info.readWrite ? "read-write" : "read-only"}`);
    const { boots: previous, sectors: written } = await readHeader(disk, info.sectorSize);
    if (previous > 0) {
      // The data of the previous boot must still be there.
      const n = BigInt(written);
      const buf = new Uint8Array(Number(n) * info.sectorSize);
      const r = await disk.read(1n, [buf]);
      if (isLeft(r)) throw new Error(`Cannot read back the previous boot's sectors: ${r.left.message}`);
      for (let s = 0n; s < n; s++) {
        const want = pattern(s + 1n, previous, info.sectorSize);
        const got = buf.subarray(Number(s) * info.sectorSize, Number(s + 1n) * info.sectorSize);
        if (!want.every((b, i) => got[i] === b)) throw new Error(`sector ${s + 1n} lost the previous boot's data`);
      }
      log.info(`found the data of boot ${previous} intact`);
    }
    const boot = previous + 1;
    if (BigInt(sectors) + 1n > info.sizeSectors) throw new Error(`--sectors=${sectors} does not fit: the disk has ${info.sizeSectors} sectors`);
    const buffers = Array.from({ length: sectors }, (_, i) => pattern(BigInt(i) + 1n, boot, info.sectorSize));
    const w = await disk.write(1n, buffers);
    if (isLeft(w)) throw new Error(`Cannot write sectors: ${w.left.message}`);
    const back = buffers.map((b) => new Uint8Array(b.length));
    const r = await disk.read(1n, back);
    if (isLeft(r)) throw new Error(`Cannot read sectors: ${r.left.message}`);
    back.forEach((b, i) => {
      if (!b.every((x, j) => buffers[i]?.[j] === x)) throw new Error(`sector ${i + 1} does not read back as written`);
    });
    await writeHeader(disk, info.sectorSize, { boots: boot, sectors });
    log.info(`boot ${boot}: wrote and verified ${sectors} sectors`);
    const past = await disk.read(info.sizeSectors, [new Uint8Array(info.sectorSize)]);
    if (isLeft(past)) log.info(`reading past the end is refused: ${past.left.message}`);
    else throw new Error("a read past the end of the disk succeeded");
  },
);
