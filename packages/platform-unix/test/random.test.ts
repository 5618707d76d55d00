import { describe, expect, it } from "vitest";
import { isRight } from "fp-ts/Either";
import { randomConformance } from "@mirage/mirage-random/conformance";
import { nodeEntropy, randomDevice, unixRandom } from "../src/random.ts";

randomConformance("unix", () => unixRandom());

describe("unix random", () => {
  it("nodeEntropy reads exactly n bytes as a plain Uint8Array", () => {
    for (const n of [0, 1, 32, 1000]) {
      const b = nodeEntropy.read(n);
      expect(b.length).toBe(n);
      expect(Object.getPrototypeOf(b)).toBe(Uint8Array.prototype);
    }
    expect(nodeEntropy.name).toBe("node:crypto");
  });

  it("randomDevice connects to a seeded generator", async () => {
    const r = await randomDevice.connect({}, {}, undefined);
    expect(randomDevice.kind).toBe("random");
    expect(isRight(r) && r.right.kind === "random" && r.right.generate(16).length === 16).toBe(true);
  });
});
