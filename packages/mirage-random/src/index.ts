// Randomness, after mirage-crypto-rng: one cryptographic generator per unikernel, seeded and
// reseeded from a platform entropy source (node:crypto on unix, RDRAND/RDSEED in a guest).
//
// Core package: ES2022 only (it also runs inside a QuickJS guest), no Node or DOM types.
import { chacha20 } from "@noble/ciphers/chacha.js";

export interface Random {
  readonly kind: "random";
  /** `n` fresh random bytes (`n` a non-negative integer). */
  generate(n: number): Uint8Array;
  /** Overwrites every byte of `buf` (which may be a view) with random bytes. */
  fill(buf: Uint8Array): void;
  /** Mixes `entropy` into the generator state; all later output depends on it. */
  reseed(entropy: Uint8Array): void;
}

/** Where seeds come from. Provided by the platform; `read(n)` returns exactly `n` bytes. */
export interface EntropySource {
  readonly name: string;
  read(n: number): Uint8Array;
}

/** Bytes of key material a generator needs at least. */
export const SEED_BYTES = 32;

// Each rekey produces one 1 KiB slab of keystream (16 ChaCha20 blocks): the first 32 bytes
// replace the key, the other 992 are handed out and wiped as they are used.
const SLAB = 1024;
const KEY = 32;
const ZERO_NONCE = new Uint8Array(12);
const ZERO_SLAB = new Uint8Array(SLAB);
const ZERO_KEY = new Uint8Array(KEY);
// Domain separation between output (zero nonce) and seed absorption.
const ABSORB_NONCE = new Uint8Array([0x6d, 0x69, 0x72, 0x61, 0x67, 0x65, 0x2d, 0x72, 0x73, 0x65, 0x65, 0x64]); // "mirage-rseed"

/**
 * Absorbs `input` into `key` in place: for each 32-byte chunk `c` (the last one zero-padded,
 * then one chunk carrying the input length), `key = ChaCha20(key XOR c, ABSORB_NONCE)[0..32]`.
 * ChaCha20 is a PRF of its key, so the result is unpredictable if either the old key or the
 * input is; the length chunk keeps "ab" and "ab\0" apart.
 */
const absorb = (key: Uint8Array, input: Uint8Array): void => {
  const k = new Uint8Array(KEY);
  const step = (chunk: Uint8Array): void => {
    for (let i = 0; i < KEY; i++) k[i] = (key[i] as number) ^ (chunk[i] ?? 0);
    chacha20(k, ABSORB_NONCE, ZERO_KEY, key);
  };
  for (let off = 0; off < input.length; off += KEY) step(input.subarray(off, off + KEY));
  const len = new Uint8Array(KEY);
  let n = input.length;
  for (let i = 0; i < 8; i++, n = Math.floor(n / 256)) len[i] = n % 256;
  step(len);
  k.fill(0);
};

/**
 * A fast-key-erasure DRBG over ChaCha20 (D. J. Bernstein, "Fast-key-erasure random-number
 * generators", 2017): the current key produces a 1 KiB slab of keystream whose first 32 bytes
 * at once become the next key, so a later compromise of the state reveals no earlier output.
 *
 * Guarantees:
 * - Deterministic: the same seed and the same sequence of calls give the same bytes.
 * - Output is one byte stream, cut however the caller asks: between two reseeds,
 *   `fill(a); fill(b)` yields exactly the bytes of one `generate(a.length + b.length)`.
 *   Unused bytes of the current slab are kept (not recomputed) until asked for.
 * - `reseed` absorbs the entropy into the key and throws the rest of the current slab away, so
 *   every byte after it depends on the new entropy.
 *
 * There are no Fortuna pools: the platform decides when and with what to reseed.
 * `seed` must hold at least 32 bytes (a shorter seed is a bug: RangeError).
 */
export const chachaRng = (seed: Uint8Array): Random => {
  if (seed.length < SEED_BYTES) {
    throw new RangeError(`Cannot seed the ChaCha20 generator: the seed has ${seed.length} bytes, it needs at least ${SEED_BYTES}`);
  }
  const key = new Uint8Array(KEY);
  const slab = new Uint8Array(SLAB);
  let pos = SLAB; // next unused byte of `slab`; SLAB = empty
  absorb(key, seed);

  const refill = (): void => {
    chacha20(key, ZERO_NONCE, ZERO_SLAB, slab);
    key.set(slab.subarray(0, KEY));
    slab.fill(0, 0, KEY);
    pos = KEY;
  };

  const fill = (out: Uint8Array): void => {
    let off = 0;
    while (off < out.length) {
      if (pos === SLAB) refill();
      const n = Math.min(SLAB - pos, out.length - off);
      out.set(slab.subarray(pos, pos + n), off);
      slab.fill(0, pos, pos + n);
      pos += n;
      off += n;
    }
  };

  return {
    kind: "random",
    generate(n: number): Uint8Array {
      if (!Number.isSafeInteger(n) || n < 0) {
        throw new RangeError(`Cannot generate ${n} random bytes: the length must be a non-negative integer`);
      }
      const out = new Uint8Array(n);
      fill(out);
      return out;
    },
    fill,
    reseed(entropy: Uint8Array): void {
      absorb(key, entropy);
      slab.fill(0);
      pos = SLAB;
    },
  };
};

/** A ChaCha20 generator seeded with 32 bytes read from `source`. */
export const seededRandom = (source: EntropySource): Random => {
  const seed = source.read(SEED_BYTES);
  try {
    return chachaRng(seed);
  } finally {
    seed.fill(0);
  }
};
