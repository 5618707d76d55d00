// A Solo5 block device as a Block. Solo5 block I/O is synchronous: each request runs to the end
// inside the call and its promise is already settled; nothing is faked as concurrent.
//
// Core module: ES2022 only (it runs inside QuickJS), no Node or DOM types.
import { left, right, type Either } from "fp-ts/Either";
import { blockError, checkRequest, type Block, type BlockError, type BlockInfo, type BlockWriteError } from "@mirage/mirage-block";
import type { Host } from "./host.ts";

export type Solo5BlockError =
  | { readonly _tag: "NotFound"; readonly name: string; readonly message: string }
  | { readonly _tag: "IoError"; readonly message: string };

export interface Solo5BlockOptions {
  /** Refuse every write with `ReadOnly` (Solo5 devices are always writable). */
  readonly readOnly?: boolean;
}

/** A Block over a Solo5 block device; `name` is its manifest name. */
export interface Solo5Block extends Block {
  readonly name: string;
  readonly handle: number;
}

/**
 * Acquires the manifest's block device `name` (the tender attached it: `--block:NAME=disk.img`).
 * Sectors are Solo5 blocks (`block_size`); each buffer of a request is one host call.
 */
export const solo5Block = (host: Host, name: string, options: Solo5BlockOptions = {}): Either<Solo5BlockError, Solo5Block> => {
  const handle = host.blockAcquire(name);
  if (handle < 0) {
    return left({
      _tag: "NotFound",
      name,
      message: `Cannot open block device "${name}": the guest has no such block device (the manifest names it, the tender attaches it: --block:${name}=disk.img)`,
    });
  }
  const hi = host.blockInfo(handle);
  if (!Number.isSafeInteger(hi.blockSize) || hi.blockSize <= 0 || hi.capacity < 0n || hi.capacity % BigInt(hi.blockSize) !== 0n) {
    return left({ _tag: "IoError", message: `Cannot open block device "${name}": the host reports an impossible geometry (${hi.capacity} bytes in blocks of ${hi.blockSize})` });
  }
  const sectorSize = hi.blockSize;
  const bs = BigInt(sectorSize);
  const info: BlockInfo = { readWrite: options.readOnly !== true, sectorSize, sizeSectors: hi.capacity / bs };
  let connected = true;

  const transfer = (op: "read" | "write", sector: bigint, buffers: ReadonlyArray<Uint8Array>): Either<BlockError, void> => {
    let offset = sector * bs;
    for (const b of buffers) {
      if (b.length === 0) continue;
      const r = op === "read" ? host.blockRead(handle, offset, b) : host.blockWrite(handle, offset, b);
      if (r < 0) return left(blockError.ioError(`Cannot ${op} ${b.length} bytes at byte ${offset} of block device "${name}": the host reported error ${r}`));
      offset += BigInt(b.length);
    }
    return right(undefined);
  };

  const block: Solo5Block = {
    kind: "block",
    name,
    handle,
    info: () => info,
    read(sector, buffers): Promise<Either<BlockError, void>> {
      if (!connected) return Promise.resolve(left(blockError.disconnected("read")));
      const checked = checkRequest("read", info, sector, buffers);
      if (checked._tag === "Left") return Promise.resolve(checked);
      return Promise.resolve(transfer("read", sector, buffers));
    },
    write(sector, buffers): Promise<Either<BlockWriteError, void>> {
      if (!connected) return Promise.resolve(left(blockError.disconnected("write")));
      const checked = checkRequest("write", info, sector, buffers);
      if (!info.readWrite) return Promise.resolve(left(blockError.readOnly(sector, checked._tag === "Right" ? checked.right.count : 0n)));
      if (checked._tag === "Left") return Promise.resolve(checked);
      return Promise.resolve(transfer("write", sector, buffers));
    },
    disconnect(): Promise<void> {
      // Every request finished inside its call: nothing is in flight.
      connected = false;
      return Promise.resolve();
    },
  };
  return right(block);
};
