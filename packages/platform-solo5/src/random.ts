// Solo5 randomness: the core ChaCha20 generator seeded with entropy from the host
// (RDSEED/RDRAND in hvt/virtio guests, the tender's getrandom on spt).
//
// Core module: ES2022 only (it runs inside QuickJS), no Node or DOM types.
import { seededRandom, type EntropySource, type Random } from "@mirage/mirage-random";
import type { Host } from "./host.ts";

/** The host's entropy, at most 256 bytes a call. */
export const hostEntropy = (host: Host): EntropySource => ({
  name: "solo5",
  read: (n: number): Uint8Array => {
    const out = new Uint8Array(n);
    for (let off = 0; off < n; off += 256) out.set(host.randomSeed(Math.min(256, n - off)), off);
    return out;
  },
});

/** A fresh ChaCha20 generator seeded from the host. */
export const solo5Random = (host: Host): Random => seededRandom(hostEntropy(host));
