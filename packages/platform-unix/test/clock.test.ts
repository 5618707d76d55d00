import { describe, expect, it } from "vitest";
import { isRight } from "fp-ts/Either";
import { clockConformance } from "@mirage/mirage-clock/conformance";
import { mclockDevice, pclockDevice, sleepDevice, unixMClock, unixPClock, unixSleep } from "../src/clock.ts";

clockConformance("unix", () => ({ pclock: unixPClock, mclock: unixMClock, sleep: unixSleep }));

describe("unix clock devices", () => {
  it("connect to the unix clocks", async () => {
    const p = await pclockDevice.connect({}, {}, undefined);
    const m = await mclockDevice.connect({}, {}, undefined);
    const s = await sleepDevice.connect({}, {}, undefined);
    expect(isRight(p) && p.right.kind === "pclock").toBe(true);
    expect(isRight(m) && m.right.kind === "mclock").toBe(true);
    expect(isRight(s) && s.right.kind === "sleep").toBe(true);
    expect(pclockDevice.kind).toBe("pclock");
    expect(mclockDevice.kind).toBe("mclock");
    expect(sleepDevice.kind).toBe("sleep");
  });

  it("pclock agrees with Date.now", () => {
    const diff = unixPClock.now() / 1_000_000n - BigInt(Date.now());
    expect(diff >= -5n && diff <= 5n).toBe(true);
  });

  it("accepts a DOM AbortSignal as its cancel signal", async () => {
    const ac = new AbortController();
    const t0 = unixMClock.elapsedNs();
    const p = unixSleep.sleepNs(3_600_000_000_000n, ac.signal);
    ac.abort();
    await p;
    expect(unixMClock.elapsedNs() - t0 < 1_000_000_000n).toBe(true);
  });

  it("sub-millisecond sleeps still wait their full duration", async () => {
    for (let i = 0; i < 20; i++) {
      const t0 = unixMClock.elapsedNs();
      await unixSleep.sleepNs(300_000n);
      expect(unixMClock.elapsedNs() - t0 >= 300_000n).toBe(true);
    }
  });
});
