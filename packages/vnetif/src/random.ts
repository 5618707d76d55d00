// Seeded randomness for fault decisions: one ChaCha20 stream per (seed, stream id), so a link's
// fate depends only on the seed, its id and the frames it carries.
import { chachaRng, type Random } from "@mirage/mirage-random";

const WORDS = 256;

export class FaultRng {
  private readonly rng: Random;
  private readonly bytes = new Uint8Array(WORDS * 4);
  private readonly view = new DataView(this.bytes.buffer);
  private i = WORDS;

  constructor(seed: number, stream: number) {
    if (!Number.isFinite(seed)) throw new RangeError(`Cannot seed the fault generator: the seed must be a finite number, not ${seed}`);
    const s = new Uint8Array(32);
    s.set([0x76, 0x6e, 0x65, 0x74, 0x69, 0x66, 0x2d, 0x66]); // "vnetif-f"
    const dv = new DataView(s.buffer);
    dv.setFloat64(8, seed);
    dv.setUint32(16, stream >>> 0);
    dv.setUint32(20, Math.floor(stream / 2 ** 32) >>> 0);
    this.rng = chachaRng(s);
  }

  /** A 32-bit unsigned integer. */
  u32(): number {
    if (this.i === WORDS) {
      this.rng.fill(this.bytes);
      this.i = 0;
    }
    return this.view.getUint32(4 * this.i++, true);
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.u32() / 4294967296;
  }

  /** Whether an event of probability `p` happens (draws nothing when p <= 0 or p >= 1). */
  chance(p: number): boolean {
    if (p <= 0) return false;
    if (p >= 1) return true;
    return this.float() < p;
  }

  /** Uniform integer in [0, n), n >= 1 (n <= 2^53). */
  int(n: number): number {
    return n <= 4294967296 ? Math.floor(this.float() * n) : Math.floor((this.u32() * 4294967296 + this.u32()) / 2 ** 64 * n);
  }

  /** Uniform bigint in [lo, hi]. */
  between(lo: bigint, hi: bigint): bigint {
    if (hi <= lo) return lo;
    return lo + BigInt(this.int(Number(hi - lo) + 1));
  }
}
