// Block devices, after Mirage_block: a disk of fixed-size sectors, read and written in runs of
// whole sectors through caller-owned buffers.
//
// Core package: ES2022 only (it also runs inside a QuickJS guest), no Node or DOM types.
import { left, right, type Either } from "fp-ts/Either";

export interface BlockInfo {
  /** False for a read-only device: every write gives `ReadOnly`. */
  readonly readWrite: boolean;
  /** Bytes per sector (512 or 4096 in practice). */
  readonly sectorSize: number;
  readonly sizeSectors: bigint;
}

export type BlockError =
  | { readonly _tag: "OutOfBounds"; readonly sector: bigint; readonly count: bigint; readonly sizeSectors: bigint; readonly message: string }
  | { readonly _tag: "Unaligned"; readonly length: number; readonly sectorSize: number; readonly message: string }
  | { readonly _tag: "Disconnected"; readonly message: string }
  | { readonly _tag: "IoError"; readonly message: string };

export type BlockWriteError =
  | BlockError
  | { readonly _tag: "ReadOnly"; readonly message: string }
  | { readonly _tag: "NoSpace"; readonly message: string };

/**
 * A request names a first sector and a list of buffers: the buffers cover consecutive sectors,
 * each one a whole number of sectors (empty buffers are allowed and cover nothing).
 *
 * Every request is checked in full before any I/O, in this order, and the first failure is
 * returned: `Disconnected`; for writes, `ReadOnly`; `Unaligned` (a buffer length that is not a
 * multiple of the sector size); `OutOfBounds` (`sector < 0` or `sector + count > sizeSectors`,
 * where count is the total number of sectors). A request that fails a check transfers nothing:
 * the disk is unchanged and read buffers are untouched. `IoError` and `NoSpace` come from the
 * host during the transfer, which may then be partial.
 *
 * Requests may be issued concurrently; requests on overlapping sectors complete in an
 * unspecified order. `disconnect` waits for requests in flight; later requests give
 * `Disconnected`; disconnecting twice is harmless.
 */
export interface Block {
  readonly kind: "block";
  info(): BlockInfo;
  read(sector: bigint, buffers: ReadonlyArray<Uint8Array>): Promise<Either<BlockError, void>>;
  write(sector: bigint, buffers: ReadonlyArray<Uint8Array>): Promise<Either<BlockWriteError, void>>;
  disconnect(): Promise<void>;
}

export type BlockOp = "read" | "write";

const plural = (n: bigint, word: string): string => `${n} ${word}${n === 1n ? "" : "s"}`;

/** "sector 9", "sectors 6-9" or "at sector 10" for an empty request. */
const span = (sector: bigint, count: bigint): string =>
  count === 0n ? `at sector ${sector}` : count === 1n ? `sector ${sector}` : `sectors ${sector}-${sector + count - 1n}`;

/** Error values with their messages, for backends. */
export const blockError = {
  outOfBounds: (op: BlockOp, sector: bigint, count: bigint, sizeSectors: bigint): BlockError => ({
    _tag: "OutOfBounds",
    sector,
    count,
    sizeSectors,
    message: `Cannot ${op} ${span(sector, count)}: out of bounds (disk has ${plural(sizeSectors, "sector")})`,
  }),
  unaligned: (op: BlockOp, sector: bigint, index: number, length: number, sectorSize: number): BlockError => ({
    _tag: "Unaligned",
    length,
    sectorSize,
    message: `Cannot ${op} at sector ${sector}: buffer ${index} has ${length} bytes, not a multiple of the ${sectorSize}-byte sector size`,
  }),
  disconnected: (op: BlockOp): BlockError => ({
    _tag: "Disconnected",
    message: `Cannot ${op}: the block device is disconnected`,
  }),
  ioError: (message: string): BlockError => ({ _tag: "IoError", message }),
  readOnly: (sector: bigint, count: bigint): BlockWriteError => ({
    _tag: "ReadOnly",
    message: `Cannot write ${span(sector, count)}: the block device is read-only`,
  }),
  noSpace: (sector: bigint, count: bigint): BlockWriteError => ({
    _tag: "NoSpace",
    message: `Cannot write ${span(sector, count)}: no space left on the host device`,
  }),
} as const;

export interface CheckedRequest {
  /** Total sectors covered. */
  readonly count: bigint;
  /** Total bytes covered. */
  readonly bytes: number;
}

/**
 * The alignment and bounds checks every backend applies before any I/O (see `Block`).
 * `Disconnected` and `ReadOnly` are the backend's to check first.
 */
export const checkRequest = (
  op: BlockOp,
  info: Pick<BlockInfo, "sectorSize" | "sizeSectors">,
  sector: bigint,
  buffers: ReadonlyArray<Uint8Array>,
): Either<BlockError, CheckedRequest> => {
  let bytes = 0;
  for (let i = 0; i < buffers.length; i++) {
    const len = (buffers[i] as Uint8Array).length;
    if (len % info.sectorSize !== 0) return left(blockError.unaligned(op, sector, i, len, info.sectorSize));
    bytes += len;
  }
  const count = BigInt(bytes / info.sectorSize);
  if (sector < 0n || sector + count > info.sizeSectors) return left(blockError.outOfBounds(op, sector, count, info.sizeSectors));
  return right({ count, bytes });
};

export interface RamdiskOptions {
  readonly sectorSize?: number;
  readonly sizeSectors: number | bigint;
  readonly readOnly?: boolean;
}

/** Why a geometry is unusable, or undefined if it is fine. */
const geometryProblem = (sectorSize: number, sizeSectors: number | bigint): string | undefined => {
  if (!Number.isSafeInteger(sectorSize) || sectorSize <= 0) return `the sector size must be a positive integer, not ${sectorSize}`;
  const n = typeof sizeSectors === "bigint" ? sizeSectors : Number.isSafeInteger(sizeSectors) ? BigInt(sizeSectors) : -1n;
  if (n < 0n) return `the size in sectors must be a non-negative integer, not ${sizeSectors}`;
  if (n * BigInt(sectorSize) > 2n ** 32n) return `${n} sectors of ${sectorSize} bytes do not fit in memory (4 GiB at most)`;
  return undefined;
};

/**
 * A disk in memory, zero-filled. Requests complete on the next microtask. An impossible
 * geometry is a bug here (RangeError); `ramdiskDevice` turns it into a config error instead.
 */
export const ramdisk = (opts: RamdiskOptions): Block => {
  const sectorSize = opts.sectorSize ?? 512;
  const problem = geometryProblem(sectorSize, opts.sizeSectors);
  if (problem !== undefined) throw new RangeError(`Cannot create a ramdisk: ${problem}`);
  const info: BlockInfo = { readWrite: opts.readOnly !== true, sectorSize, sizeSectors: BigInt(opts.sizeSectors) };
  let data: Uint8Array | undefined = new Uint8Array(sectorSize * Number(info.sizeSectors));

  return {
    kind: "block",
    info: () => info,
    async read(sector, buffers) {
      if (data === undefined) return left(blockError.disconnected("read"));
      const checked = checkRequest("read", info, sector, buffers);
      if (checked._tag === "Left") return checked;
      let off = Number(sector) * sectorSize;
      for (const b of buffers) {
        b.set(data.subarray(off, off + b.length));
        off += b.length;
      }
      return right(undefined);
    },
    async write(sector, buffers) {
      if (data === undefined) return left(blockError.disconnected("write"));
      const checked = checkRequest("write", info, sector, buffers);
      if (!info.readWrite) return left(blockError.readOnly(sector, checked._tag === "Right" ? checked.right.count : 0n));
      if (checked._tag === "Left") return checked;
      let off = Number(sector) * sectorSize;
      for (const b of buffers) {
        data.set(b, off);
        off += b.length;
      }
      return right(undefined);
    },
    async disconnect() {
      data = undefined;
    },
  };
};

export interface RamdiskConfig {
  readonly sectorSize?: number;
  readonly sizeSectors: number;
  readonly readOnly?: boolean;
}

export type BlockConfigError = { readonly _tag: "InvalidConfig"; readonly message: string };

/** The ramdisk as a device definition (structurally a `DeviceDefinition` of @mirage/mirage). */
export const ramdiskDevice = {
  kind: "block" as const,
  connect: async (config: RamdiskConfig, _deps: {}, _ctx: unknown): Promise<Either<BlockConfigError, Block>> => {
    const problem = geometryProblem(config.sectorSize ?? 512, config.sizeSectors);
    if (problem !== undefined) return left({ _tag: "InvalidConfig", message: `Cannot create a ramdisk: ${problem}` });
    return right(ramdisk(config));
  },
};
