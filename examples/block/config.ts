import { blockDevice, blockOfFile, matchTarget, ramdisk, register } from "@mirage/mirage/config";
import { BlockExample } from "./unikernel.ts";

export default register("block", BlockExample, {
  // unix: a file next to config.ts, created zero-filled (64 sectors) on first boot.
  // Solo5: the block device "storage" (`--block:storage=disk.img`; on virtio a virtio-blk disk).
  disk: matchTarget({
    unix: blockOfFile("./disk.img", { createSectors: 64 }),
    spt: blockDevice("storage"),
    hvt: blockDevice("storage"),
    virtio: blockDevice("storage"),
    default: ramdisk({ sizeSectors: 64 }),
  }),
});
