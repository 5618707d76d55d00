// TextEncoder and TextDecoder (UTF-8 only), after the WHATWG Encoding Standard, for QuickJS
// which has neither. Plain loops over bytes: QuickJS runs them about 20x slower than V8, so the
// ASCII runs that dominate protocol text take a shortcut.
//
// Core module: ES2022 only, no Node or DOM types.

const REPLACEMENT = 0xfffd;
/** UTF-16 code units collected before one `String.fromCharCode.apply` (engines cap argument counts). */
const CHUNK = 4096;

const fromCodes = (codes: number[]): string => String.fromCharCode.apply(null, codes);

/** The UTF-8 length of `s` with lone surrogates counted as U+FFFD (3 bytes). */
export const utf8Length = (s: string): number => {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
};

/**
 * Encodes `s` into `out` from `at`, stopping before a character that does not fit whole.
 * Returns the UTF-16 code units read and the bytes written (what `encodeInto` reports).
 */
const encodeRange = (s: string, out: Uint8Array, at: number): { read: number; written: number } => {
  let n = at;
  const end = out.length;
  let i = 0;
  for (; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      if (n >= end) break;
      out[n++] = c;
      continue;
    }
    let units = 1;
    if (c >= 0xd800 && c <= 0xdfff) {
      const d = c <= 0xdbff && i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if ((d & 0xfc00) === 0xdc00) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        units = 2;
      } else c = REPLACEMENT;
    }
    if (c < 0x800) {
      if (n + 2 > end) break;
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 0x3f);
    } else if (c < 0x10000) {
      if (n + 3 > end) break;
      out[n++] = 0xe0 | (c >> 12);
      out[n++] = 0x80 | ((c >> 6) & 0x3f);
      out[n++] = 0x80 | (c & 0x3f);
    } else {
      if (n + 4 > end) break;
      out[n++] = 0xf0 | (c >> 18);
      out[n++] = 0x80 | ((c >> 12) & 0x3f);
      out[n++] = 0x80 | ((c >> 6) & 0x3f);
      out[n++] = 0x80 | (c & 0x3f);
    }
    i += units - 1;
  }
  return { read: i, written: n - at };
};

/** The UTF-8 bytes of `s` (lone surrogates become U+FFFD), in an array of exactly that size. */
export const utf8Encode = (s: string): Uint8Array => {
  const out = new Uint8Array(utf8Length(s));
  encodeRange(s, out, 0);
  return out;
};

const bytesOf = (input: unknown): Uint8Array => {
  if (input === undefined) return new Uint8Array(0);
  if (input instanceof Uint8Array) return input;
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  const SAB = (globalThis as { SharedArrayBuffer?: new (n: number) => ArrayBufferLike }).SharedArrayBuffer;
  if (SAB !== undefined && input instanceof SAB) return new Uint8Array(input as ArrayBufferLike);
  throw new TypeError(`The "input" argument must be an instance of ArrayBuffer or ArrayBufferView. Received ${describe(input)}`);
};

const describe = (v: unknown): string =>
  v === null ? "null" : typeof v === "object" ? `an instance of ${(v as object).constructor?.name ?? "Object"}` : `type ${typeof v} (${String(v)})`;

/** The labels of UTF-8 in the Encoding Standard. */
const UTF8_LABELS = ["unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8"];

export interface TextDecoderOptions {
  readonly fatal?: boolean;
  readonly ignoreBOM?: boolean;
}

export interface TextDecodeOptions {
  readonly stream?: boolean;
}

/**
 * WHATWG `TextDecoder` for UTF-8. Malformed input becomes U+FFFD per maximal subpart (or a
 * TypeError with `fatal`); a leading BOM is dropped unless `ignoreBOM`; `{ stream: true }`
 * keeps an incomplete sequence for the next call.
 */
export class TextDecoderImpl {
  readonly encoding = "utf-8";
  readonly fatal: boolean;
  readonly ignoreBOM: boolean;
  // The decoder state of the spec's UTF-8 decoder.
  private codePoint = 0;
  private needed = 0;
  private seen = 0;
  private lower = 0x80;
  private upper = 0xbf;
  private bomSeen = false;
  private doNotFlush = false;

  constructor(label: string = "utf-8", options: TextDecoderOptions = {}) {
    const l = String(label)
      .replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, "")
      .toLowerCase();
    if (!UTF8_LABELS.includes(l)) throw new RangeError(`The "${String(label)}" encoding is not supported`);
    this.fatal = options?.fatal === true;
    this.ignoreBOM = options?.ignoreBOM === true;
  }

  get [Symbol.toStringTag](): string {
    return "TextDecoder";
  }

  private reset(): void {
    this.codePoint = 0;
    this.needed = 0;
    this.seen = 0;
    this.lower = 0x80;
    this.upper = 0xbf;
  }

  decode(input?: ArrayBuffer | ArrayBufferView | ArrayBufferLike, options: TextDecodeOptions = {}): string {
    const bytes = bytesOf(input);
    if (!this.doNotFlush) {
      this.reset();
      this.bomSeen = false;
    }
    this.doNotFlush = options?.stream === true;
    let out = "";
    const codes: number[] = [];
    let first = !this.ignoreBOM && !this.bomSeen;
    const emit = (cp: number): void => {
      if (first) {
        first = false;
        this.bomSeen = true;
        if (cp === 0xfeff) return;
      }
      if (cp >= 0x10000) {
        cp -= 0x10000;
        codes.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
      } else codes.push(cp);
      if (codes.length >= CHUNK) {
        out += fromCodes(codes);
        codes.length = 0;
      }
    };
    const error = (): void => {
      if (this.fatal) {
        this.reset();
        this.doNotFlush = false;
        throw new TypeError("The encoded data was not valid for encoding utf-8");
      }
      emit(REPLACEMENT);
    };
    const n = bytes.length;
    let i = 0;
    while (i < n) {
      const b = bytes[i] as number;
      if (this.needed === 0) {
        if (b < 0x80) {
          // A run of ASCII: straight to code units.
          if (first) {
            first = false;
            this.bomSeen = true;
          }
          let j = i + 1;
          while (j < n && (bytes[j] as number) < 0x80) j++;
          if (codes.length > 0) {
            out += fromCodes(codes);
            codes.length = 0;
          }
          for (let k = i; k < j; k += CHUNK) out += String.fromCharCode.apply(null, bytes.subarray(k, Math.min(j, k + CHUNK)) as unknown as number[]);
          i = j;
          continue;
        }
        if (b >= 0xc2 && b <= 0xdf) {
          this.needed = 1;
          this.codePoint = b & 0x1f;
        } else if (b >= 0xe0 && b <= 0xef) {
          if (b === 0xe0) this.lower = 0xa0;
          else if (b === 0xed) this.upper = 0x9f;
          this.needed = 2;
          this.codePoint = b & 0xf;
        } else if (b >= 0xf0 && b <= 0xf4) {
          if (b === 0xf0) this.lower = 0x90;
          else if (b === 0xf4) this.upper = 0x8f;
          this.needed = 3;
          this.codePoint = b & 0x7;
        } else error();
        i++;
        continue;
      }
      if (b < this.lower || b > this.upper) {
        // The byte starts over: it is looked at again with a fresh state.
        this.reset();
        error();
        continue;
      }
      this.lower = 0x80;
      this.upper = 0xbf;
      this.codePoint = (this.codePoint << 6) | (b & 0x3f);
      this.seen++;
      i++;
      if (this.seen === this.needed) {
        const cp = this.codePoint;
        this.reset();
        emit(cp);
      }
    }
    if (!this.doNotFlush && this.needed !== 0) {
      this.reset();
      error();
    }
    return codes.length > 0 ? out + fromCodes(codes) : out;
  }
}

export interface TextEncoderEncodeIntoResult {
  read: number;
  written: number;
}

/** WHATWG `TextEncoder`: UTF-8, lone surrogates as U+FFFD. */
export class TextEncoderImpl {
  readonly encoding = "utf-8";

  get [Symbol.toStringTag](): string {
    return "TextEncoder";
  }

  encode(input: string = ""): Uint8Array {
    return utf8Encode(String(input));
  }

  /** Encodes as much of `source` as fits whole into `destination`. */
  encodeInto(source: string, destination: Uint8Array): TextEncoderEncodeIntoResult {
    if (!(destination instanceof Uint8Array)) {
      throw new TypeError(`The "dest" argument must be an instance of Uint8Array. Received ${describe(destination)}`);
    }
    return encodeRange(String(source), destination, 0);
  }
}

/** The string a UTF-8 byte sequence spells (malformed parts as U+FFFD, a BOM kept). */
export const utf8Decode = (bytes: Uint8Array): string => new TextDecoderImpl("utf-8", { ignoreBOM: true }).decode(bytes);
