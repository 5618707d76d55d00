// @mirage/mirage-kv: the key-value store signatures (after Mirage_kv v6), keys, errors, digests,
// and two generic stores. Modules are side-effect free; import "@mirage/mirage-kv/mem" or
// "@mirage/mirage-kv/crunch" directly to keep a bundle to what it uses.
export { Key } from "./key.ts";
export type {
  KvError,
  KvWriteError,
  KvOp,
  NotFound,
  DictionaryExpected,
  ValueExpected,
  StorageError,
  NoSpace,
  AlreadyPresent,
  RenameSourcePrefix,
} from "./errors.ts";
export { KvErrors } from "./errors.ts";
export type { KvRO, KvRW, EntryKind, NowNs } from "./kv.ts";
export { valueDigest, dictionaryDigest, utf8Encode, toHex, type DigestEntry } from "./digest.ts";
export { memKv, memKvDevice, type MemKvOptions } from "./mem.ts";
export { crunchedKv, crunchDevice, base64Decode, type CrunchEntry, type CrunchConfigError } from "./crunch.ts";
