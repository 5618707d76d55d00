import { describe, it, expect } from "vitest";
import { Key, crunchedKv, crunchDevice, base64Decode } from "../src/index.ts";
import { kvRoConformance } from "../src/conformance.ts";

kvRoConformance("crunchedKv", async (files) =>
  crunchedKv(files.map((f, i) => ({ path: f.path, data: f.data, mtimeNs: 1_000n + BigInt(i) }))),
);

describe("crunchedKv", () => {
  it("reports the embedded modification times", async () => {
    const kv = crunchedKv([
      { path: "/a/x", data: Uint8Array.of(1), mtimeNs: 5n },
      { path: "a/y", data: Uint8Array.of(2), mtimeNs: 9n },
    ]);
    expect(kv.kind).toBe("kv.ro");
    expect(await kv.lastModified(Key.v("/a/x"))).toEqual({ _tag: "Right", right: 5n });
    expect(await kv.lastModified(Key.v("/a"))).toEqual({ _tag: "Right", right: 9n });
  });

  it("refuses inconsistent entries, and the device turns that into a Left", async () => {
    const d = Uint8Array.of();
    expect(() => crunchedKv([{ path: "/a", data: d, mtimeNs: 0n }, { path: "/a/b", data: d, mtimeNs: 0n }])).toThrow(
      RangeError,
    );
    expect(() => crunchedKv([{ path: "/a/b", data: d, mtimeNs: 0n }, { path: "/a", data: d, mtimeNs: 0n }])).toThrow(
      RangeError,
    );
    expect(() => crunchedKv([{ path: "/a", data: d, mtimeNs: 0n }, { path: "a", data: d, mtimeNs: 0n }])).toThrow(
      RangeError,
    );
    expect(() => crunchedKv([{ path: "/", data: d, mtimeNs: 0n }])).toThrow(RangeError);
    const r = await crunchDevice.connect({ entries: [{ path: "/", data: d, mtimeNs: 0n }] }, {}, undefined);
    expect(r._tag).toBe("Left");
    const ok = await crunchDevice.connect({ entries: [{ path: "/f", data: d, mtimeNs: 0n }] }, {}, undefined);
    expect(ok._tag).toBe("Right");
  });

  it("decodes base64 for generated modules", () => {
    expect([...base64Decode("")]).toEqual([]);
    expect([...base64Decode("AQID")]).toEqual([1, 2, 3]);
    expect([...base64Decode("AQI=")]).toEqual([1, 2]);
    expect([...base64Decode("AQ==")]).toEqual([1]);
    expect([...base64Decode("/+8")]).toEqual([255, 239]);
    expect(() => base64Decode("A*")).toThrow(RangeError);
  });
});
