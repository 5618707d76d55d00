// Reads every file of a read-only store (a directory crunched into the artefact), copies each
// into a read-write store, reads the copies back and checks them byte for byte.
import { isLeft } from "fp-ts/Either";
import { job, logger } from "@mirage/mirage";
import { Key, type KvRO, type KvRW } from "@mirage/mirage-kv";

const log = logger("kv");

const hex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");

/** Every value below `dir`, depth first, in the order the store lists them. */
const walk = async (kv: KvRO, dir: Key): Promise<Key[]> => {
  const listed = await kv.list(dir);
  if (isLeft(listed)) throw new Error(`Cannot list ${Key.toString(dir)}: ${listed.left.message}`);
  const out: Key[] = [];
  for (const [key, kind] of listed.right) out.push(...(kind === "dictionary" ? await walk(kv, key) : [key]));
  return out;
};

export const KvExample = job({ files: "kv.ro", store: "kv.rw" }, async ({ files, store }) => {
  const keys = await walk(files, Key.root);
  let bytes = 0;
  for (const key of keys) {
    const data = await files.get(key);
    if (isLeft(data)) throw new Error(`Cannot read ${Key.toString(key)}: ${data.left.message}`);
    const digest = await files.digest(key);
    if (isLeft(digest)) throw new Error(`Cannot digest ${Key.toString(key)}: ${digest.left.message}`);
    log.info(`read ${Key.toString(key)}`, { bytes: data.right.length, sha256: hex(digest.right).slice(0, 16) });
    const copy = Key.append(Key.v("/copy"), key);
    const written = await store.set(copy, data.right);
    if (isLeft(written)) throw new Error(`Cannot write ${Key.toString(copy)}: ${written.left.message}`);
    const back = await store.get(copy);
    if (isLeft(back)) throw new Error(`Cannot read back ${Key.toString(copy)}: ${back.left.message}`);
    if (hex(back.right) !== hex(data.right)) throw new Error(`${Key.toString(copy)} does not read back as written`);
    bytes += data.right.length;
  }
  const missing = await files.get(Key.v("/no/such/file"));
  if (isLeft(missing)) log.info(`a missing key is an error value: ${missing.left._tag}`);
  log.info(`verified ${keys.length} files (${bytes} bytes) copied to the read-write store`);
});
