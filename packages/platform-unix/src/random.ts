// Unix randomness: the host's CSPRNG (node:crypto) as entropy, feeding the core ChaCha20 DRBG.
import { randomBytes } from "node:crypto";
import { right } from "fp-ts/Either";
import { seededRandom, type EntropySource, type Random } from "@mirage/mirage-random";

export const nodeEntropy: EntropySource = {
  name: "node:crypto",
  read: (n: number): Uint8Array => {
    const b = randomBytes(n);
    // A plain Uint8Array, not a Buffer view over Node's shared pool.
    return new Uint8Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
  },
};

/** A fresh ChaCha20 generator seeded from the host. */
export const unixRandom = (): Random => seededRandom(nodeEntropy);

export const randomDevice = {
  kind: "random" as const,
  connect: async (_config: {}, _deps: {}, _ctx: unknown) => right(unixRandom()),
};
