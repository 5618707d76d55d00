// Header fields: an ordered list of (name, value) as sent, looked up case-insensitively.

export type HeaderField = readonly [name: string, value: string];

/** What a caller may give as headers: a record (an array value repeats the field), fields, or headers. */
export type HeadersInit =
  | HttpHeaders
  | ReadonlyArray<HeaderField>
  | Readonly<Record<string, string | number | ReadonlyArray<string>>>;

const lower = (s: string): string => s.toLowerCase();

/** Lookup tables, built on first use (kept outside the object so equal headers compare equal). */
const indexes = new WeakMap<HttpHeaders, Map<string, string[]>>();

/** An immutable list of header fields. */
export class HttpHeaders {
  /** Every field in the order received or given, names spelled as they were. */
  readonly fields: ReadonlyArray<HeaderField>;

  private constructor(fields: ReadonlyArray<HeaderField>) {
    this.fields = fields;
  }

  static readonly empty: HttpHeaders = new HttpHeaders([]);

  static of(init?: HeadersInit): HttpHeaders {
    if (init === undefined) return HttpHeaders.empty;
    if (init instanceof HttpHeaders) return init;
    if (Array.isArray(init)) return new HttpHeaders((init as ReadonlyArray<HeaderField>).map(([n, v]) => [n, v] as const));
    const fields: HeaderField[] = [];
    for (const [name, v] of Object.entries(init as Readonly<Record<string, string | number | ReadonlyArray<string>>>)) {
      if (typeof v === "string") fields.push([name, v]);
      else if (typeof v === "number") fields.push([name, String(v)]);
      else for (const x of v) fields.push([name, x]);
    }
    return new HttpHeaders(fields);
  }

  /** @internal The parser's constructor: fields already validated. */
  static fromFields(fields: HeaderField[]): HttpHeaders {
    return new HttpHeaders(fields);
  }

  private lookup_(): Map<string, string[]> {
    let index = indexes.get(this);
    if (index === undefined) {
      const m = new Map<string, string[]>();
      for (const [n, v] of this.fields) {
        const k = lower(n);
        const vs = m.get(k);
        if (vs === undefined) m.set(k, [v]);
        else vs.push(v);
      }
      index = m;
      indexes.set(this, m);
    }
    return index;
  }

  get size(): number {
    return this.fields.length;
  }

  has(name: string): boolean {
    return this.lookup_().has(lower(name));
  }

  /** Every value of the field, in order (use this for Set-Cookie). */
  getAll(name: string): ReadonlyArray<string> {
    return this.lookup_().get(lower(name)) ?? [];
  }

  /** The field's values joined with ", " (the combined value RFC 9110 defines), or undefined. */
  get(name: string): string | undefined {
    const vs = this.lookup_().get(lower(name));
    return vs === undefined ? undefined : vs.length === 1 ? vs[0] : vs.join(", ");
  }

  /** The comma-separated elements of a list field, trimmed and lower-cased, empty ones dropped. */
  tokens(name: string): ReadonlyArray<string> {
    const out: string[] = [];
    for (const v of this.getAll(name))
      for (const t of v.split(",")) {
        const x = t.trim().toLowerCase();
        if (x !== "") out.push(x);
      }
    return out;
  }

  /** These headers with every `name` field replaced by one with `value` (in place of the first). */
  with(name: string, value: string): HttpHeaders {
    const k = lower(name);
    const out: HeaderField[] = [];
    let placed = false;
    for (const f of this.fields) {
      if (lower(f[0]) !== k) out.push(f);
      else if (!placed) {
        out.push([name, value]);
        placed = true;
      }
    }
    if (!placed) out.push([name, value]);
    return new HttpHeaders(out);
  }

  /** These headers plus one more field at the end. */
  append(name: string, value: string): HttpHeaders {
    return new HttpHeaders([...this.fields, [name, value]]);
  }

  /** These headers without any of the named fields. */
  without(...names: string[]): HttpHeaders {
    const ks = new Set(names.map(lower));
    return new HttpHeaders(this.fields.filter(([n]) => !ks.has(lower(n))));
  }
}

// RFC 9110 §5.6.2: tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA
const TCHAR = new Uint8Array(256);
for (let c = 0x30; c <= 0x39; c++) TCHAR[c] = 1;
for (let c = 0x41; c <= 0x5a; c++) TCHAR[c] = 1;
for (let c = 0x61; c <= 0x7a; c++) TCHAR[c] = 1;
for (const ch of "!#$%&'*+-.^_`|~") TCHAR[ch.charCodeAt(0)] = 1;

export const isTchar = (c: number): boolean => TCHAR[c] === 1;

export const isToken = (s: string): boolean => {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (TCHAR[s.charCodeAt(i)] !== 1) return false;
  return true;
};

/** Field-value characters: VCHAR, obs-text, SP and HTAB; no leading or trailing whitespace. */
export const isFieldValue = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xff || (c < 0x20 && c !== 0x09) || c === 0x7f) return false;
  }
  const first = s.charCodeAt(0);
  const last = s.charCodeAt(s.length - 1);
  return s.length === 0 || (first !== 0x20 && first !== 0x09 && last !== 0x20 && last !== 0x09);
};

/** The first field that cannot be sent as it is, described, or undefined if all can. */
export const invalidField = (headers: HttpHeaders): string | undefined => {
  for (const [n, v] of headers.fields) {
    if (!isToken(n)) return `the header name ${JSON.stringify(n)} is not a token`;
    if (!isFieldValue(v)) return `the value of header ${n} has a control character, a character above U+00FF or surrounding whitespace`;
  }
  return undefined;
};
