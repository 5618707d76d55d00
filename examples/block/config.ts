import { blockOfFile, matchTarget, ramdisk, register } from "@mirage/mirage/config";
import { BlockExample } from "./unikernel.ts";

export default register("block", BlockExample, {
  // A file next to config.ts on unix, created zero-filled (64 sectors) on first boot.
  disk: matchTarget({ unix: blockOfFile("./disk.img", { createSectors: 64 }), default: ramdisk({ sizeSectors: 64 }) }),
});
