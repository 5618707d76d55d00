// Byte helpers for protocols over flows, without TextEncoder/TextDecoder (QuickJS has none).

/** UTF-8 bytes of a string; lone surrogates become U+FFFD, as TextEncoder does. */
export const utf8Encode = (s: string): Uint8Array => {
  // Pure ASCII is the common case in protocol text: one pass, no growth.
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 0x7f) {
      ascii = false;
      break;
    }
  }
  if (ascii) {
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  }
  const out = new Uint8Array(s.length * 3);
  let n = 0;
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
    if (c < 0x80) out[n++] = c;
    else if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 0x3f);
    } else if (c < 0x10000) {
      out[n++] = 0xe0 | (c >> 12);
      out[n++] = 0x80 | ((c >> 6) & 0x3f);
      out[n++] = 0x80 | (c & 0x3f);
    } else {
      out[n++] = 0xf0 | (c >> 18);
      out[n++] = 0x80 | ((c >> 12) & 0x3f);
      out[n++] = 0x80 | ((c >> 6) & 0x3f);
      out[n++] = 0x80 | (c & 0x3f);
    }
  }
  return out.slice(0, n);
};

/** The string a UTF-8 byte sequence spells; malformed sequences become U+FFFD, as TextDecoder does. */
export const utf8Decode = (b: Uint8Array): string => {
  let s = "";
  let codes: number[] = [];
  const flush = (): void => {
    s += String.fromCharCode(...codes);
    codes = [];
  };
  let i = 0;
  while (i < b.length) {
    const c = b[i] as number;
    let cp = 0xfffd;
    let len = 1;
    if (c < 0x80) cp = c;
    else if (c >= 0xc2 && c <= 0xf4) {
      const need = c < 0xe0 ? 1 : c < 0xf0 ? 2 : 3;
      let v = c & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
      // The allowed range of the second byte (no overlongs, no surrogates, nothing past U+10FFFF).
      const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
      const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
      let k = 1;
      for (; k <= need; k++) {
        const x = b[i + k];
        if (x === undefined || x < (k === 1 ? lo : 0x80) || x > (k === 1 ? hi : 0xbf)) break;
        v = (v << 6) | (x & 0x3f);
      }
      if (k > need) {
        cp = v;
        len = need + 1;
      } else len = k; // a maximal invalid prefix becomes one U+FFFD
    }
    i += len;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      codes.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
    } else codes.push(cp);
    if (codes.length >= 4096) flush();
  }
  flush();
  return s;
};

/** One byte per character (ISO-8859-1): the lossless way to read protocol text. */
export const latin1Decode = (b: Uint8Array, start = 0, end = b.length): string => {
  let s = "";
  for (let i = start; i < end; i += 4096) s += String.fromCharCode(...b.subarray(i, Math.min(end, i + 4096)));
  return s;
};

/** Characters to bytes, keeping the low 8 bits of each (exact for ISO-8859-1 text). */
export const latin1Encode = (s: string): Uint8Array => {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
};

export const concatBytes = (chunks: ReadonlyArray<Uint8Array>): Uint8Array => {
  if (chunks.length === 1) return (chunks[0] as Uint8Array).slice();
  let total = 0;
  for (const c of chunks) total += c.length;
  const out = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
};

export const bytesEqual = (a: Uint8Array, b: Uint8Array): boolean => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};
