// The "newc" cpio format Linux unpacks as an initramfs (Documentation/driver-api/early-userspace/
// buffer-format.rst): a 110-byte ASCII header per entry, the name, the data, each padded to 4
// bytes, ended by an entry named TRAILER!!!. The kernel accepts several archives back to back,
// which is how a run's files are laid over the cached base archive without rewriting it.

import { concatBytes } from "@mirage/mirage-flow";

export type CpioEntry =
  | { readonly kind: "dir"; readonly path: string; readonly mode?: number }
  | { readonly kind: "file"; readonly path: string; readonly data: Uint8Array; readonly mode?: number }
  | { readonly kind: "symlink"; readonly path: string; readonly target: string };

const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;
const S_IFLNK = 0o120000;
const TRAILER = "TRAILER!!!";
const encoder = new TextEncoder();
const decoder = new TextDecoder();

const pad4 = (n: number) => (4 - (n % 4)) % 4;
const hex8 = (n: number) => (n >>> 0).toString(16).padStart(8, "0");

const header = (ino: number, mode: number, nlink: number, size: number, nameSize: number): string =>
  // magic, ino, mode, uid, gid, nlink, mtime, filesize, devmajor, devminor, rdevmajor, rdevminor, namesize, check
  "070701" + [ino, mode, 0, 0, nlink, 0, size, 0, 0, 0, 0, nameSize, 0].map(hex8).join("");

const checkPath = (p: string): string => {
  const name = p.replace(/^\/+/, "");
  if (name === "" || name === TRAILER || name.split("/").some((s) => s === "" || s === "." || s === ".."))
    throw new Error(`cpio: bad path ${JSON.stringify(p)}`);
  return name;
};

/** One archive holding `entries` in order (parents must come before their children). */
export const encodeCpio = (entries: readonly CpioEntry[]): Uint8Array => {
  const parts: Uint8Array[] = [];
  const push = (b: Uint8Array) => parts.push(b);
  const entry = (ino: number, mode: number, nlink: number, name: string, data: Uint8Array) => {
    const nameBytes = encoder.encode(`${name}\0`);
    push(encoder.encode(header(ino, mode, nlink, data.length, nameBytes.length)));
    push(nameBytes);
    push(new Uint8Array(pad4(110 + nameBytes.length)));
    push(data);
    push(new Uint8Array(pad4(data.length)));
  };
  entries.forEach((e, i) => {
    const name = checkPath(e.path);
    if (e.kind === "dir") entry(i + 1, S_IFDIR | (e.mode ?? 0o755), 2, name, new Uint8Array());
    else if (e.kind === "file") entry(i + 1, S_IFREG | (e.mode ?? 0o644), 1, name, e.data);
    else entry(i + 1, S_IFLNK | 0o777, 1, name, encoder.encode(e.target));
  });
  entry(0, 0, 1, TRAILER, new Uint8Array());
  return concatBytes(parts);
};

/** The entries of one or more concatenated archives (for tests and for checking a built bed). */
export const decodeCpio = (bytes: Uint8Array): CpioEntry[] => {
  const out: CpioEntry[] = [];
  let at = 0;
  while (at < bytes.length) {
    if (bytes.length - at < 110) throw new Error(`cpio: truncated header at ${at}`);
    const head = decoder.decode(bytes.subarray(at, at + 110));
    if (!head.startsWith("070701")) throw new Error(`cpio: bad magic at ${at}`);
    const field = (k: number) => {
      const s = head.slice(6 + 8 * k, 14 + 8 * k);
      if (!/^[0-9a-fA-F]{8}$/.test(s)) throw new Error(`cpio: bad header field ${k} at ${at}`);
      return parseInt(s, 16);
    };
    const mode = field(1);
    const size = field(6);
    const nameSize = field(11);
    const nameAt = at + 110;
    const dataAt = nameAt + nameSize + pad4(110 + nameSize);
    const next = dataAt + size + pad4(size);
    if (nameSize < 1 || dataAt + size > bytes.length) throw new Error(`cpio: entry at ${at} runs past the end`);
    const name = decoder.decode(bytes.subarray(nameAt, nameAt + nameSize - 1));
    const data = bytes.slice(dataAt, dataAt + size);
    at = next;
    if (name === TRAILER) {
      while (at < bytes.length && bytes[at] === 0) at++; // padding between archives
      continue;
    }
    const type = mode & 0o170000;
    if (type === S_IFDIR) out.push({ kind: "dir", path: name, mode: mode & 0o7777 });
    else if (type === S_IFLNK) out.push({ kind: "symlink", path: name, target: decoder.decode(data) });
    else if (type === S_IFREG) out.push({ kind: "file", path: name, data, mode: mode & 0o7777 });
    else throw new Error(`cpio: ${name}: unsupported file type 0o${type.toString(8)}`);
  }
  return out;
};
