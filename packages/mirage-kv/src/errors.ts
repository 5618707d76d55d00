// Errors are values: one tagged union for reads, a wider one for writes. Each carries the key it is
// about (when there is one) and a human message of the form "Cannot <op> <key>: <why>".
import { Key } from "./key.ts";

/** The key (or a prefix of it) does not exist. */
export interface NotFound {
  readonly _tag: "NotFound";
  readonly key: Key;
  readonly message: string;
}
/** `key` is bound to a value where a dictionary was needed (list, or a path through a value). */
export interface DictionaryExpected {
  readonly _tag: "DictionaryExpected";
  readonly key: Key;
  readonly message: string;
}
/** `key` is a dictionary where a value was needed (get, set over a dictionary, ...). */
export interface ValueExpected {
  readonly _tag: "ValueExpected";
  readonly key: Key;
  readonly message: string;
}
/** The storage underneath failed (host I/O error, permission, ...). Never produced by mem/crunch. */
export interface StorageError {
  readonly _tag: "StorageError";
  readonly key: Key;
  readonly code: string;
  readonly message: string;
}

export type KvError = NotFound | DictionaryExpected | ValueExpected | StorageError;

/** Not enough room; nothing was written. */
export interface NoSpace {
  readonly _tag: "NoSpace";
  readonly message: string;
}
/** `allocate` on a key that exists. */
export interface AlreadyPresent {
  readonly _tag: "AlreadyPresent";
  readonly key: Key;
  readonly message: string;
}
/** `rename` of a dictionary to itself or into its own subtree. */
export interface RenameSourcePrefix {
  readonly _tag: "RenameSourcePrefix";
  readonly source: Key;
  readonly dest: Key;
  readonly message: string;
}

export type KvWriteError = KvError | NoSpace | AlreadyPresent | RenameSourcePrefix;

/** The operation named in messages. */
export type KvOp =
  | "exists" | "get" | "get part of" | "list" | "read the modification time of" | "digest" | "size"
  | "set" | "set part of" | "remove" | "rename" | "allocate";

const s = Key.toString;

/**
 * Constructors. `op` and `subject` only shape the message: `subject` is the key the caller passed,
 * `key` the one the error is about (they differ when a prefix of the subject is the culprit).
 */
export const KvErrors = {
  notFound: (op: KvOp, key: Key, subject: Key = key): NotFound => ({
    _tag: "NotFound",
    key,
    message: `Cannot ${op} ${s(subject)}: ${Key.equal(key, subject) ? "" : s(key) + " "}not found`,
  }),
  dictionaryExpected: (op: KvOp, key: Key, subject: Key = key): DictionaryExpected => ({
    _tag: "DictionaryExpected",
    key,
    message: `Cannot ${op} ${s(subject)}: ${s(key)} is a value, not a dictionary`,
  }),
  valueExpected: (op: KvOp, key: Key, subject: Key = key): ValueExpected => ({
    _tag: "ValueExpected",
    key,
    message: `Cannot ${op} ${s(subject)}: ${s(key)} is a dictionary, not a value`,
  }),
  storage: (op: KvOp, key: Key, code: string, why: string): StorageError => ({
    _tag: "StorageError",
    key,
    code,
    message: `Cannot ${op} ${s(key)}: ${why}`,
  }),
  noSpace: (op: KvOp, subject: Key): NoSpace => ({
    _tag: "NoSpace",
    message: `Cannot ${op} ${s(subject)}: no space left`,
  }),
  alreadyPresent: (op: KvOp, key: Key): AlreadyPresent => ({
    _tag: "AlreadyPresent",
    key,
    message: `Cannot ${op} ${s(key)}: already present`,
  }),
  renameSourcePrefix: (source: Key, dest: Key): RenameSourcePrefix => ({
    _tag: "RenameSourcePrefix",
    source,
    dest,
    message: `Cannot rename ${s(source)} to ${s(dest)}: the destination is the source dictionary or inside it`,
  }),
} as const;
