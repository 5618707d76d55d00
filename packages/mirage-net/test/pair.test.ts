import { describe, expect, it } from "vitest";
import { isRight } from "fp-ts/Either";
import { macAddress, netPair, statsCounter } from "../src/index.ts";
import { netConformance } from "../src/conformance.ts";

netConformance("netPair", async () => netPair());
netConformance("netPair with a small MTU", async () => netPair({ mtu: 576 }));

describe("netPair", () => {
  it("uses the default MACs and MTU, or the ones given", () => {
    const [a, b] = netPair();
    expect(macAddress.toString(a.mac)).toBe("02:00:00:00:00:01");
    expect(macAddress.toString(b.mac)).toBe("02:00:00:00:00:02");
    expect(a.mtu).toBe(1500);
    const m = macAddress.localUnicast({ generate: () => new Uint8Array([9, 9, 9, 9, 9, 9]) });
    const [c] = netPair({ mtu: 9000, macs: [m, macAddress.broadcast] });
    expect(c.mtu).toBe(9000);
    expect(macAddress.equal(c.mac, m)).toBe(true);
  });

  it("delivers on a later microtask, in order", async () => {
    const [a, b] = netPair();
    const got: number[] = [];
    void b.listen((f) => got.push(f[14] as number));
    const writes = Array.from({ length: 10 }, (_, i) =>
      a.write(20, (buf) => {
        buf[14] = i;
        return 20;
      }),
    );
    expect(got).toEqual([]); // never re-entrant from write
    await Promise.all(writes);
    await Promise.resolve();
    expect(got).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("drops and counts frames that arrive with no listener; a disconnected end counts nothing", async () => {
    const [a, b] = netPair();
    expect(isRight(await a.write(60, () => 60))).toBe(true);
    await Promise.resolve();
    expect(b.stats().rxDropped).toBe(1);
    await b.disconnect();
    expect(isRight(await a.write(60, () => 60))).toBe(true);
    await Promise.resolve();
    expect(b.stats().rxDropped).toBe(1);
    expect(a.stats().txPkts).toBe(2);
  });

  it("refuses a bad MTU as a bug", () => {
    expect(() => netPair({ mtu: -1 })).toThrow(/MTU must be a non-negative integer/);
  });
});

describe("statsCounter", () => {
  it("counts and resets", () => {
    const s = statsCounter();
    s.rx(10);
    s.tx(20);
    s.tx(1);
    s.dropped();
    expect(s.snapshot()).toEqual({ rxBytes: 10n, rxPkts: 1, txBytes: 21n, txPkts: 2, rxDropped: 1 });
    s.reset();
    expect(s.snapshot()).toEqual({ rxBytes: 0n, rxPkts: 0, txBytes: 0n, txPkts: 0, rxDropped: 0 });
  });
});
