// The digests every backend must agree on.
//
// value:      SHA-256(bytes)                      (same as `sha256sum` on the host)
// dictionary: SHA-256("mirage-kv dict\0" || for each entry sorted by name:
//               kind ("v" | "d") || u32be(len(name)) || utf8(name) || digest(entry))
import { sha256 } from "@noble/hashes/sha2.js";
import type { EntryKind } from "./kv.ts";

/** UTF-8 bytes of a JS string (lone surrogates become U+FFFD). No TextEncoder in every guest. */
export const utf8Encode = (s: string): Uint8Array => {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
};

export const valueDigest = (data: Uint8Array): Uint8Array => sha256(data);

export interface DigestEntry {
  readonly name: string;
  readonly kind: EntryKind;
  readonly digest: Uint8Array;
}

const DICT_HEADER = utf8Encode("mirage-kv dict\0");

/** Digest of a dictionary from its direct entries' digests; order of `entries` does not matter. */
export const dictionaryDigest = (entries: ReadonlyArray<DigestEntry>): Uint8Array => {
  const sorted = entries.slice().sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const parts: Uint8Array[] = [DICT_HEADER];
  for (const e of sorted) {
    const name = utf8Encode(e.name);
    const head = new Uint8Array(5);
    head[0] = e.kind === "value" ? 0x76 : 0x64;
    new DataView(head.buffer).setUint32(1, name.length);
    parts.push(head, name, e.digest);
  }
  const total = parts.reduce((n, p) => n + p.length, 0);
  const buf = new Uint8Array(total);
  let off = 0;
  for (const p of parts) {
    buf.set(p, off);
    off += p.length;
  }
  return sha256(buf);
};

export const toHex = (bytes: Uint8Array): string => {
  let s = "";
  for (const b of bytes) s += (b < 16 ? "0" : "") + b.toString(16);
  return s;
};
