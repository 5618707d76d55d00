// 48-bit IEEE 802 MAC addresses as 6-byte arrays.
import { left, right, type Either } from "fp-ts/Either";

declare const macBrand: unique symbol;

/**
 * Six bytes, most significant first, as on the wire. Only `macAddress` functions make one, so
 * a MacAddress always has length 6. Treat it as immutable: the functions here never mutate one
 * and always return fresh arrays, except the shared `macAddress.broadcast`.
 */
export type MacAddress = Uint8Array & { readonly [macBrand]: true };

export type MacAddressError = { readonly _tag: "InvalidMacAddress"; readonly input: string; readonly message: string };

const HEX = "0123456789abcdef";

const hexValue = (c: number): number => {
  if (c >= 48 && c <= 57) return c - 48; // 0-9
  const l = c | 0x20; // lower-case ASCII letters
  if (l >= 97 && l <= 102) return l - 87; // a-f
  return -1;
};

const shown = (s: string): string => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);

const invalid = (input: string, why: string): Either<MacAddressError, MacAddress> =>
  left({ _tag: "InvalidMacAddress", input, message: `Cannot parse MAC address ${shown(input)}: ${why}` });

const brand = (b: Uint8Array): MacAddress => b as MacAddress;

const broadcast = brand(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]));

export const macAddress = {
  /** ff:ff:ff:ff:ff:ff. Shared: never write into it. */
  broadcast,

  /**
   * Parses six two-digit hex bytes separated by ":" (or all by "-"), any case:
   * "02:00:00:00:00:01", "02-00-5E-10-00-00". Total: anything else is a Left.
   */
  parse(input: string): Either<MacAddressError, MacAddress> {
    const expected = 'expected six two-digit hex bytes separated by ":", like 02:00:00:00:00:01';
    if (typeof input !== "string" || input.length !== 17) return invalid(String(input), expected);
    const sep = input.charCodeAt(2);
    if (sep !== 58 && sep !== 45) return invalid(input, expected);
    const out = new Uint8Array(6);
    for (let i = 0; i < 6; i++) {
      const at = i * 3;
      if (i > 0 && input.charCodeAt(at - 1) !== sep) return invalid(input, expected);
      const hi = hexValue(input.charCodeAt(at));
      const lo = hexValue(input.charCodeAt(at + 1));
      if (hi < 0 || lo < 0) return invalid(input, `"${input.slice(at, at + 2)}" is not a hex byte`);
      out[i] = (hi << 4) | lo;
    }
    return right(brand(out));
  },

  /** Copies the 6 bytes at `offset` of `buf` (a Left if there are fewer). */
  ofBytes(buf: Uint8Array, offset = 0): Either<MacAddressError, MacAddress> {
    if (!Number.isSafeInteger(offset) || offset < 0 || offset + 6 > buf.length) {
      return left({
        _tag: "InvalidMacAddress",
        input: "",
        message: `Cannot read a MAC address at byte ${offset}: the buffer has ${buf.length} bytes`,
      });
    }
    return right(brand(buf.slice(offset, offset + 6)));
  },

  /** Lower-case, colon-separated: "02:00:00:00:00:01". */
  toString(mac: MacAddress): string {
    let s = "";
    for (let i = 0; i < 6; i++) {
      const b = mac[i] as number;
      s += (i > 0 ? ":" : "") + HEX[b >> 4] + HEX[b & 15];
    }
    return s;
  },

  /** Writes the 6 bytes into `buf` at `offset` (the caller has checked the room). */
  write(mac: MacAddress, buf: Uint8Array, offset = 0): void {
    buf.set(mac, offset);
  },

  equal(a: MacAddress, b: MacAddress): boolean {
    for (let i = 0; i < 6; i++) if (a[i] !== b[i]) return false;
    return true;
  },

  /** Whether the 6 bytes at `offset` of `buf` are `mac` (false if out of range). No allocation. */
  equalAt(mac: MacAddress, buf: Uint8Array, offset = 0): boolean {
    for (let i = 0; i < 6; i++) if (buf[offset + i] !== mac[i]) return false;
    return true;
  },

  isBroadcast: (mac: MacAddress): boolean => macAddress.equal(mac, broadcast),
  /** Group bit set (broadcast included). */
  isMulticast: (mac: MacAddress): boolean => ((mac[0] as number) & 1) === 1,
  isUnicast: (mac: MacAddress): boolean => ((mac[0] as number) & 1) === 0,
  /** Locally administered (not burned in by a vendor). */
  isLocal: (mac: MacAddress): boolean => ((mac[0] as number) & 2) === 2,

  /** A random locally administered unicast address, from any source of random bytes. */
  localUnicast(random: { generate(n: number): Uint8Array }): MacAddress {
    const b = new Uint8Array(6);
    b.set(random.generate(6).subarray(0, 6));
    b[0] = ((b[0] as number) & 0xfc) | 0x02;
    return brand(b);
  },
} as const;
