import { describe, it, expect } from "vitest";
import { test as fcTest, fc } from "@fast-check/vitest";
import { Key, memKv, memKvDevice, type KvRW } from "../src/index.ts";
import { kvRoConformance, kvRwConformance } from "../src/conformance.ts";

/** A deterministic clock: 1, 2, 3, ... ns. */
const counterClock = () => {
  let t = 0n;
  return { now: () => ++t };
};

const fillMem = async (files: ReadonlyArray<{ path: string; data: Uint8Array }>): Promise<KvRW> => {
  const kv = memKv({ clock: counterClock() });
  for (const f of files) {
    const r = await kv.set(Key.v(f.path), f.data);
    if (r._tag === "Left") throw new Error(r.left.message);
  }
  return kv;
};

kvRoConformance("memKv", fillMem);
kvRwConformance("memKv", async () => memKv({ clock: counterClock() }), {
  makeWithCapacity: async (capacity) => memKv({ clock: counterClock(), capacity }),
  mtimeToleranceNs: 0n,
});

describe("memKv", () => {
  it("stamps each write with the clock, strictly moving forward", async () => {
    const kv = memKv({ clock: counterClock() });
    await kv.set(Key.v("/a"), Uint8Array.of(1));
    await kv.set(Key.v("/b"), Uint8Array.of(1));
    await kv.setPartial(Key.v("/a"), 0n, Uint8Array.of(2));
    expect(await kv.lastModified(Key.v("/a"))).toEqual({ _tag: "Right", right: 3n });
    expect(await kv.lastModified(Key.v("/b"))).toEqual({ _tag: "Right", right: 2n });
    expect(await kv.lastModified(Key.root)).toEqual({ _tag: "Right", right: 3n });
  });

  it("rename keeps the modification time", async () => {
    const kv = memKv({ clock: counterClock() });
    await kv.set(Key.v("/a"), Uint8Array.of(1));
    await kv.set(Key.v("/b"), Uint8Array.of(1));
    await kv.rename(Key.v("/a"), Key.v("/c"));
    expect(await kv.lastModified(Key.v("/c"))).toEqual({ _tag: "Right", right: 1n });
  });

  it("rejects negative offsets and lengths as caller bugs", async () => {
    const kv = await fillMem([{ path: "/a", data: Uint8Array.of(1) }]);
    await expect(kv.getPartial(Key.v("/a"), -1n, 1)).rejects.toThrow(RangeError);
    await expect(kv.getPartial(Key.v("/a"), 0n, -1)).rejects.toThrow(RangeError);
    await expect(kv.setPartial(Key.v("/a"), -1n, Uint8Array.of(1))).rejects.toThrow(RangeError);
  });

  it("connects as a device with the platform clock and capacity", async () => {
    const r = await memKvDevice.connect({ capacity: 1 }, {}, { pclock: counterClock() });
    expect(r._tag).toBe("Right");
    if (r._tag === "Right") {
      expect(r.right.kind).toBe("kv.rw");
      expect((await r.right.set(Key.v("/a"), Uint8Array.of(1, 2)))._tag).toBe("Left");
    }
  });
});

const segment = fc.string({ minLength: 1, maxLength: 6 }).filter((s) => !s.includes("/"));

describe("Key", () => {
  fcTest.prop([fc.array(segment, { maxLength: 6 })])("v(toString(k)) is k", (segs) => {
    const k = Key.ofSegments(segs);
    expect(Key.equal(Key.v(Key.toString(k)), k)).toBe(true);
    expect(Key.segments(k)).toEqual(segs);
  });

  fcTest.prop([fc.array(segment, { minLength: 1, maxLength: 6 })])("add(parent k, basename k) is k", (segs) => {
    const k = Key.ofSegments(segs);
    expect(Key.equal(Key.add(Key.parent(k), Key.basename(k)), k)).toBe(true);
  });

  fcTest.prop([fc.array(segment, { maxLength: 4 }), fc.array(segment, { maxLength: 4 })])(
    "compare is a total order consistent with equal, append extends",
    (a, b) => {
      const ka = Key.ofSegments(a);
      const kb = Key.ofSegments(b);
      expect(Math.sign(Key.compare(ka, kb)) + Math.sign(Key.compare(kb, ka))).toBe(0);
      expect(Key.compare(ka, kb) === 0).toBe(Key.equal(ka, kb));
      const ab = Key.append(ka, kb);
      expect(Key.isPrefix(ka, ab)).toBe(true);
      expect(Key.segments(ab)).toEqual([...a, ...b]);
    },
  );

  it("normalises paths and handles the root", () => {
    expect(Key.segments(Key.v("//a//b/"))).toEqual(["a", "b"]);
    expect(Key.equal(Key.v("a/b"), Key.v("/a/b"))).toBe(true);
    expect(Key.toString(Key.root)).toBe("/");
    expect(Key.equal(Key.v("/"), Key.root)).toBe(true);
    expect(Key.basename(Key.root)).toBe("");
    expect(Key.equal(Key.parent(Key.root), Key.root)).toBe(true);
    expect(Key.toString(Key.add(Key.v("/a"), "b"))).toBe("/a/b");
    expect(Object.isFrozen(Key.v("/a"))).toBe(true);
  });

  it("refuses segments containing / or empty", () => {
    expect(() => Key.add(Key.root, "a/b")).toThrow(RangeError);
    expect(() => Key.add(Key.root, "")).toThrow(RangeError);
    expect(() => Key.ofSegments(["x", "a/b"])).toThrow(RangeError);
  });
});
