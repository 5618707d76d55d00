import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { seqAdd, seqGe, seqGt, seqInWindow, seqLe, seqLt, seqMax, seqMin, seqNumber, seqSub } from "../../src/wire/index.ts";
import { arbSeq } from "./helpers.ts";

const arbDelta = fc.integer({ min: 1, max: 2 ** 31 - 1 });

describe("sequence numbers", () => {
  it("wrap around 2^32", () => {
    const top = seqNumber(0xffffffff);
    expect(seqAdd(top, 1)).toBe(0);
    expect(seqAdd(seqNumber(0), -1)).toBe(0xffffffff);
    expect(seqLt(top, seqNumber(0))).toBe(true);
    expect(seqGt(seqNumber(5), top)).toBe(true);
    expect(seqSub(seqNumber(5), top)).toBe(6);
    expect(seqSub(top, seqNumber(5))).toBe(-6);
    expect(seqMax(top, seqNumber(3))).toBe(3);
    expect(seqMin(top, seqNumber(3))).toBe(0xffffffff);
    expect(seqNumber(-1)).toBe(0xffffffff);
    expect(seqNumber(2 ** 32 + 7)).toBe(7);
  });

  test.prop([arbSeq, arbDelta])("a < a + n for 0 < n < 2^31", (a, n) => {
    const b = seqAdd(a, n);
    expect(seqLt(a, b)).toBe(true);
    expect(seqLe(a, b)).toBe(true);
    expect(seqGt(b, a)).toBe(true);
    expect(seqGe(b, a)).toBe(true);
    expect(seqGe(a, b)).toBe(false);
    expect(seqMax(a, b)).toBe(b);
    expect(seqMin(a, b)).toBe(a);
  });

  test.prop([arbSeq, fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 })])("seqSub(a + n, a) === n", (a, n) => {
    const b = seqAdd(a, n);
    expect(b).toBeGreaterThanOrEqual(0);
    expect(b).toBeLessThan(2 ** 32);
    expect(seqSub(b, a)).toBe(n);
  });

  test.prop([arbSeq, arbSeq])("antisymmetric and total away from the 2^31 ambiguity", (a, b) => {
    fc.pre(seqSub(a, b) !== -(2 ** 31));
    if (a === b) {
      expect(seqLt(a, b) || seqGt(a, b)).toBe(false);
      expect(seqLe(a, b) && seqGe(a, b)).toBe(true);
    } else {
      expect(seqLt(a, b)).toBe(!seqLt(b, a));
      expect(seqLt(a, b)).toBe(seqGt(b, a));
      expect(seqLe(a, b)).toBe(seqLt(a, b));
    }
    // `+ 0` folds -0 into 0: for a === b, -seqSub(b, a) is -0.
    expect(seqSub(a, b)).toBe(-seqSub(b, a) + 0);
  });

  test.prop([arbSeq, arbDelta, arbDelta, arbDelta])("transitive inside a half-space window", (a, x, y, z) => {
    fc.pre(x + y < 2 ** 31);
    const b = seqAdd(a, x);
    const c = seqAdd(b, y);
    expect(seqLt(a, b) && seqLt(b, c) && seqLt(a, c)).toBe(true);
    expect(seqInWindow(b, a, x + y)).toBe(true);
    expect(seqInWindow(c, a, x + y)).toBe(false);
    expect(seqInWindow(a, b, z)).toBe(false);
  });
});
