// A block device over a host file (a disk image), with positional reads and writes.
import { open, type FileHandle } from "node:fs/promises";
import { left, right, type Either } from "fp-ts/Either";
import { blockError, checkRequest, type Block, type BlockError, type BlockInfo, type BlockWriteError } from "@mirage/mirage-block";

export interface FileBlockOptions {
  /** Bytes per sector (default 512). The file size must be a multiple of it. */
  readonly sectorSize?: number;
  /** Open the file read-only: `info().readWrite` is false and writes give `ReadOnly`. */
  readonly readOnly?: boolean;
}

export type FileBlockError =
  | BlockError
  | { readonly _tag: "NotFound"; readonly path: string; readonly message: string }
  | { readonly _tag: "InvalidConfig"; readonly message: string };

export interface FileBlockConfig {
  readonly path: string;
  readonly sectorSize?: number;
  readonly readOnly?: boolean;
  /** If the file does not exist, create it zero-filled with this many sectors. */
  readonly createSectors?: number;
}

interface NodeError {
  readonly code?: string;
  readonly message: string;
}

const codeOf = (e: unknown): string | undefined => (e as NodeError | undefined)?.code;
const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

const why = (e: unknown): string => {
  switch (codeOf(e)) {
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "it is a directory";
    case "EROFS":
      return "the host file system is read-only";
    case "ENOSPC":
      return "no space left on the host device";
    default:
      return messageOf(e);
  }
};

const span = (sector: bigint, count: bigint): string =>
  count === 1n ? `sector ${sector}` : `sectors ${sector}-${sector + count - 1n}`;

const badSectorSize = (sectorSize: number): string | undefined =>
  Number.isSafeInteger(sectorSize) && sectorSize > 0 ? undefined : `the sector size must be a positive integer, not ${sectorSize}`;

/**
 * Opens `path` as a disk of `size / sectorSize` sectors. Only regular files are supported.
 * Requests are checked in full before any I/O (see `Block` in @mirage/mirage-block); a host
 * error during the transfer gives `IoError` (ENOSPC: `NoSpace`) and may leave it partial.
 * `disconnect` waits for requests in flight, flushes written data (fdatasync) and closes.
 */
export const fileBlock = async (path: string, options: FileBlockOptions = {}): Promise<Either<FileBlockError, Block>> => {
  const sectorSize = options.sectorSize ?? 512;
  const readOnly = options.readOnly === true;
  const bad = badSectorSize(sectorSize);
  if (bad !== undefined) return left({ _tag: "InvalidConfig", message: `Cannot open disk image "${path}": ${bad}` });

  let fh: FileHandle;
  try {
    fh = await open(path, readOnly ? "r" : "r+");
  } catch (e) {
    if (codeOf(e) === "ENOENT") return left({ _tag: "NotFound", path, message: `Cannot open disk image "${path}": no such file` });
    return left(blockError.ioError(`Cannot open disk image "${path}": ${why(e)}`));
  }
  let size: number;
  try {
    const st = await fh.stat();
    if (!st.isFile()) {
      await fh.close();
      return left(blockError.ioError(`Cannot open disk image "${path}": not a regular file`));
    }
    size = st.size;
  } catch (e) {
    await fh.close().catch(() => undefined);
    return left(blockError.ioError(`Cannot open disk image "${path}": ${why(e)}`));
  }
  if (size % sectorSize !== 0) {
    await fh.close();
    return left({
      _tag: "Unaligned",
      length: size,
      sectorSize,
      message: `Cannot open disk image "${path}": its size (${size} bytes) is not a multiple of the ${sectorSize}-byte sector size`,
    });
  }

  const info: BlockInfo = { readWrite: !readOnly, sectorSize, sizeSectors: BigInt(size / sectorSize) };
  const handle = fh;
  let connected = true;
  let closing: Promise<void> | undefined;
  let dirty = false;
  let inFlight = 0;
  let drained: (() => void) | undefined;
  const done = (): void => {
    inFlight--;
    if (inFlight === 0) drained?.();
  };

  return right({
    kind: "block",
    info: () => info,

    async read(sector, buffers): Promise<Either<BlockError, void>> {
      if (!connected) return left(blockError.disconnected("read"));
      const checked = checkRequest("read", info, sector, buffers);
      if (checked._tag === "Left") return checked;
      inFlight++;
      try {
        let pos = Number(sector) * sectorSize;
        for (const b of buffers) {
          let got = 0;
          while (got < b.length) {
            const { bytesRead } = await handle.read(b, got, b.length - got, pos + got);
            if (bytesRead === 0) {
              return left(
                blockError.ioError(
                  `Cannot read ${span(sector, checked.right.count)}: "${path}" ends at byte ${pos + got} (was it truncated?)`,
                ),
              );
            }
            got += bytesRead;
          }
          pos += b.length;
        }
        return right(undefined);
      } catch (e) {
        return left(blockError.ioError(`Cannot read ${span(sector, checked.right.count)} of "${path}": ${why(e)}`));
      } finally {
        done();
      }
    },

    async write(sector, buffers): Promise<Either<BlockWriteError, void>> {
      if (!connected) return left(blockError.disconnected("write"));
      const checked = checkRequest("write", info, sector, buffers);
      if (readOnly) return left(blockError.readOnly(sector, checked._tag === "Right" ? checked.right.count : 0n));
      if (checked._tag === "Left") return checked;
      const count = checked.right.count;
      inFlight++;
      dirty = true;
      try {
        let pos = Number(sector) * sectorSize;
        for (const b of buffers) {
          let put = 0;
          while (put < b.length) {
            const { bytesWritten } = await handle.write(b, put, b.length - put, pos + put);
            put += bytesWritten;
          }
          pos += b.length;
        }
        return right(undefined);
      } catch (e) {
        if (codeOf(e) === "ENOSPC") return left(blockError.noSpace(sector, count));
        return left(blockError.ioError(`Cannot write ${span(sector, count)} of "${path}": ${why(e)}`));
      } finally {
        done();
      }
    },

    disconnect(): Promise<void> {
      connected = false;
      closing ??= (async () => {
        if (inFlight > 0) await new Promise<void>((resolve) => (drained = resolve));
        if (dirty) await handle.datasync().catch(() => undefined);
        await handle.close();
      })();
      return closing;
    },
  });
};

/** Creates `path` zero-filled with `bytes` bytes unless it already exists. */
const createIfMissing = async (path: string, bytes: number): Promise<Either<FileBlockError, void>> => {
  let fh: FileHandle;
  try {
    fh = await open(path, "wx");
  } catch (e) {
    if (codeOf(e) === "EEXIST") return right(undefined);
    if (codeOf(e) === "ENOENT") {
      return left({ _tag: "NotFound", path, message: `Cannot create disk image "${path}": its directory does not exist` });
    }
    return left(blockError.ioError(`Cannot create disk image "${path}": ${why(e)}`));
  }
  try {
    await fh.truncate(bytes);
    return right(undefined);
  } catch (e) {
    return left(blockError.ioError(`Cannot create disk image "${path}" of ${bytes} bytes: ${why(e)}`));
  } finally {
    await fh.close();
  }
};

export const fileBlockDevice = {
  kind: "block" as const,
  connect: async (config: FileBlockConfig, _deps: {}, _ctx: unknown): Promise<Either<FileBlockError, Block>> => {
    const sectorSize = config.sectorSize ?? 512;
    const bad = badSectorSize(sectorSize);
    if (bad !== undefined) return left({ _tag: "InvalidConfig", message: `Cannot open disk image "${config.path}": ${bad}` });
    if (config.createSectors !== undefined) {
      const n = config.createSectors;
      if (!Number.isSafeInteger(n) || n < 0 || !Number.isSafeInteger(n * sectorSize)) {
        return left({
          _tag: "InvalidConfig",
          message: `Cannot create disk image "${config.path}": createSectors must be a non-negative integer, not ${n}`,
        });
      }
      const created = await createIfMissing(config.path, n * sectorSize);
      if (created._tag === "Left") return created;
    }
    return fileBlock(config.path, { sectorSize, readOnly: config.readOnly === true });
  },
};
