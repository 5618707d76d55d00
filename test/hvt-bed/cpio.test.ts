import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { decodeCpio, encodeCpio, type CpioEntry } from "./cpio.ts";

const segment = fc.stringMatching(/^[a-z0-9_.-]{1,12}$/).filter((s) => s !== "." && s !== ".." && s !== "TRAILER!!!");
const entry: fc.Arbitrary<CpioEntry> = fc.oneof(
  fc.record({ kind: fc.constant("dir" as const), path: segment, mode: fc.integer({ min: 0, max: 0o7777 }) }),
  fc.record({ kind: fc.constant("file" as const), path: segment, data: fc.uint8Array({ maxLength: 300 }), mode: fc.integer({ min: 0, max: 0o7777 }) }),
  fc.record({ kind: fc.constant("symlink" as const), path: segment, target: fc.string({ minLength: 1, maxLength: 40 }) }),
);

describe("newc cpio", () => {
  test.prop([fc.array(entry, { maxLength: 12 }), fc.array(entry, { maxLength: 6 })])("round-trips, also as two archives back to back", (a, b) => {
    const one = encodeCpio(a);
    expect(one.length % 4).toBe(0);
    expect(decodeCpio(one)).toEqual(a);
    const both = new Uint8Array([...one, ...encodeCpio(b)]);
    expect(decodeCpio(both)).toEqual([...a, ...b]);
  });

  test.prop([fc.array(entry, { minLength: 1, maxLength: 4 }), fc.nat()])("a truncated archive is an error, never a short list", (a, cut) => {
    const bytes = encodeCpio(a);
    const n = cut % (bytes.length - 1);
    const head = bytes.subarray(0, n);
    let decoded: CpioEntry[] | undefined;
    try {
      decoded = decodeCpio(head);
    } catch {
      return;
    }
    // Cutting exactly after whole entries (before the trailer) is the only way to decode.
    expect(a.slice(0, decoded.length)).toEqual(decoded);
    expect(decoded.length).toBeLessThan(a.length + 1);
  });

  it("refuses paths that would escape or collide with the trailer", () => {
    for (const p of ["", "/", "a/../b", "./x", "TRAILER!!!", "a//b"]) expect(() => encodeCpio([{ kind: "dir", path: p }])).toThrow(/bad path/);
  });

  it("writes the header Linux expects", () => {
    const b = encodeCpio([{ kind: "file", path: "init", data: new TextEncoder().encode("#!/bin/sh\n"), mode: 0o755 }]);
    const head = new TextDecoder().decode(b.subarray(0, 110));
    expect(head.slice(0, 6)).toBe("070701");
    expect(parseInt(head.slice(14, 22), 16)).toBe(0o100755);
    expect(parseInt(head.slice(54, 62), 16)).toBe(10);
    expect(new TextDecoder().decode(b.subarray(110, 115))).toBe("init\0");
  });
});
