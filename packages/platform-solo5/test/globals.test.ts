// installGlobals on a fake host: what gets installed, timers on a virtual clock (ordered as
// Node's real ones), queueMicrotask, crypto.getRandomValues, performance, console, intrinsics.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { webcrypto } from "node:crypto";
import { at, hasOwn, installGlobals, makeCrypto } from "../src/globals.ts";
import { runLoop } from "../src/loop.ts";
import { installPolyfills } from "../src/polyfills.ts";
import { fakeHost, simulate, type FakeHost } from "../src/testing.ts";
import { chachaRng } from "@mirage/mirage-random";

type Fn = (...a: unknown[]) => void;
interface TimerGlobals {
  setTimeout(f: Fn, ms?: number, ...args: unknown[]): unknown;
  clearTimeout(t: unknown): void;
  setInterval(f: Fn, ms?: number, ...args: unknown[]): unknown;
  clearInterval(t: unknown): void;
  queueMicrotask(f: () => void): void;
}

/** A guest: a fake host, the globals on a fresh object, the loop running `main`. */
const guest = (main: (g: TimerGlobals & Record<string, unknown>, host: FakeHost) => Promise<void> | void) => {
  const host = fakeHost();
  const target: Record<string, unknown> = {};
  const installed = installGlobals(host, { target });
  const sim = simulate(host);
  runLoop(host, async () => main(target as TimerGlobals & Record<string, unknown>, host), {});
  return { host, sim, target, installed };
};

interface TimerPlan {
  readonly delays: number[];
  /** Timer i clears timer j (by object or by numeric id) when it fires. */
  readonly clears: { readonly i: number; readonly j: number; readonly byId: boolean }[];
  /** Timers cleared right away. */
  readonly cancelled: number[];
}

// Node's timers start counting when they are made, in whole ms: delays 4 ms apart so that the
// time it takes to make a dozen of them cannot reorder Node's side.
const planArb: fc.Arbitrary<TimerPlan> = fc.array(fc.integer({ min: 0, max: 4 }).map((k) => k * 4), { minLength: 1, maxLength: 12 }).chain((delays) =>
  fc.record({
    delays: fc.constant(delays),
    clears: fc.array(fc.record({ i: fc.nat(delays.length - 1), j: fc.nat(delays.length - 1), byId: fc.boolean() }), { maxLength: 3 }),
    cancelled: fc.uniqueArray(fc.nat(delays.length - 1), { maxLength: 2 }),
  }),
);

/** Runs the plan with these globals; `done` gets the trace once the last timer could have run. */
const runPlan = (g: TimerGlobals, plan: TimerPlan, done: (trace: string[]) => void): void => {
  const trace: string[] = [];
  const handles: unknown[] = [];
  plan.delays.forEach((d, i) => {
    handles.push(
      g.setTimeout(
        (tag: unknown) => {
          trace.push(`t${i}:${String(tag)}`);
          g.queueMicrotask(() => trace.push(`m${i}`));
          void Promise.resolve().then(() => trace.push(`p${i}`));
          for (const c of plan.clears) if (c.i === i) g.clearTimeout(c.byId ? Number(handles[c.j]) : handles[c.j]);
        },
        d,
        `arg${i}`,
      ),
    );
  });
  for (const i of plan.cancelled) g.clearTimeout(handles[i]);
  g.setTimeout(() => done(trace), 40);
};

describe("installGlobals", () => {
  it("installs only what is missing: everything on an empty object, nothing on Node's global", () => {
    const { installed } = guest(() => undefined);
    expect(installed.sort()).toEqual(
      [
        "setTimeout",
        "clearTimeout",
        "setInterval",
        "clearInterval",
        "queueMicrotask",
        "TextEncoder",
        "TextDecoder",
        "DOMException",
        "Event",
        "EventTarget",
        "AbortController",
        "AbortSignal",
        "crypto",
        "performance",
        "console",
      ].sort(),
    );
    const nodeGlobal = installGlobals(fakeHost());
    expect(nodeGlobal).toEqual([]);
  });

  it("polyfills.ts (evaluated first in a guest) adds only what a module may need while loading", () => {
    const target: Record<string, unknown> = {};
    expect(installPolyfills(target)).toEqual(["TextEncoder", "TextDecoder"]); // Node has the intrinsics
    expect(installPolyfills(target)).toEqual([]);
  });

  it("completes a partial console and a crypto without getRandomValues", () => {
    const host = fakeHost();
    const target: Record<string, unknown> = { console: { log: () => undefined }, crypto: {} };
    const installed = installGlobals(host, { target });
    expect(installed).toContain("console.error");
    expect(installed).not.toContain("console.log");
    expect(installed).toContain("crypto.getRandomValues");
    const c = target["console"] as { error(...a: unknown[]): void };
    c.error("bad %d", 7);
    expect(host.consoleText()).toBe("bad 7\n");
  });
});

describe("timers", () => {
  it("fire in the same order as Node's, microtasks running between callbacks, clears honoured", async () => {
    await fc.assert(
      fc.asyncProperty(planArb, async (plan) => {
        const node = await new Promise<string[]>((resolve) => runPlan(globalThis as unknown as TimerGlobals, plan, resolve));
        let ours: string[] | undefined;
        const { sim } = guest((g) => runPlan(g, plan, (t) => (ours = t)));
        expect(await sim.run()).toEqual({ _tag: "Exited", code: 0 });
        expect(ours).toEqual(node);
      }),
      { numRuns: 25 },
    );
  });

  it("fire at their deadline on the virtual clock, 1 ms at least (Node's rule for 0, NaN, negative, huge)", async () => {
    const fired: [string, bigint][] = [];
    const { sim } = guest((g, host) => {
      const t0 = host.mono;
      const mark = (name: string) => () => fired.push([name, host.mono - t0]);
      g.setTimeout(mark("zero"), 0);
      g.setTimeout(mark("nan"), Number.NaN);
      g.setTimeout(mark("neg"), -5);
      g.setTimeout(mark("huge"), 2 ** 31);
      g.setTimeout(mark("string"), "3" as unknown as number);
      g.setTimeout(mark("fraction"), 2.5);
      g.setTimeout(mark("none"));
    });
    expect(await sim.run()).toEqual({ _tag: "Exited", code: 0 });
    expect(fired).toEqual([
      ["zero", 1_000_000n],
      ["nan", 1_000_000n],
      ["neg", 1_000_000n],
      ["huge", 1_000_000n],
      ["none", 1_000_000n],
      ["fraction", 2_500_000n],
      ["string", 3_000_000n],
    ]);
  });

  it("setInterval repeats from each firing until cleared; refresh and unref behave as Node's", async () => {
    const log: string[] = [];
    const { sim } = guest((g, host) => {
      const t0 = host.mono;
      const ms = () => Number((host.mono - t0) / 1_000_000n);
      let n = 0;
      const iv = g.setInterval(() => {
        log.push(`iv@${ms()}`);
        if (++n === 3) g.clearInterval(iv);
      }, 10);
      const t = g.setTimeout(() => log.push(`refreshed@${ms()}`), 5) as { refresh(): unknown; hasRef(): boolean };
      g.setTimeout(() => t.refresh(), 4);
      // An unref'd timer does not keep the guest alive: it never fires here.
      const u = g.setTimeout(() => log.push("unref fired"), 1000) as { unref(): unknown; hasRef(): boolean };
      u.unref();
      expect(u.hasRef()).toBe(false);
      expect(t.hasRef()).toBe(true);
    });
    expect(await sim.run()).toEqual({ _tag: "Exited", code: 0 });
    expect(log).toEqual(["refreshed@9", "iv@10", "iv@20", "iv@30"]);
  });

  it("refuse a callback that is not a function, like Node", () => {
    const target = guest(() => undefined).target as unknown as TimerGlobals;
    expect(() => target.setTimeout("code" as unknown as Fn, 1)).toThrow(TypeError);
    expect(() => target.queueMicrotask(5 as unknown as () => void)).toThrow(TypeError);
    target.clearTimeout(undefined);
    target.clearTimeout(null);
    target.clearTimeout({});
  });

  it("queueMicrotask runs before timers and in order with promise jobs; a throw in it stops the guest", async () => {
    const order: string[] = [];
    const ok = guest((g) => {
      g.setTimeout(() => order.push("timer"), 0);
      g.queueMicrotask(() => order.push("micro 1"));
      void Promise.resolve().then(() => order.push("promise"));
      g.queueMicrotask(() => order.push("micro 2"));
    });
    expect(await ok.sim.run()).toEqual({ _tag: "Exited", code: 0 });
    expect(order).toEqual(["micro 1", "promise", "micro 2", "timer"]);

    const bad = guest((g) => {
      g.queueMicrotask(() => {
        throw new Error("microtask bug");
      });
      g.setTimeout(() => order.push("never"), 5);
    });
    expect(await bad.sim.run()).toEqual({ _tag: "Exited", code: 1 });
    expect(bad.host.consoleText()).toMatch(/^uncaught error: Error: microtask bug/);
    expect(order).not.toContain("never");
  });
});

describe("crypto", () => {
  it("getRandomValues fills integer typed arrays (views too) and refuses the rest as Node does", () => {
    const c = makeCrypto(chachaRng(new Uint8Array(32).fill(1)));
    const errorName = (f: () => unknown): string => {
      try {
        f();
        return "ok";
      } catch (e) {
        return (e as Error).name;
      }
    };
    const samples: (() => ArrayBufferView)[] = [
      () => new Uint8Array(16),
      () => new Int32Array(4),
      () => new BigUint64Array(2),
      () => new Uint8ClampedArray(3),
      () => new Float32Array(4),
      () => new Float64Array(1),
      () => new DataView(new ArrayBuffer(4)),
      () => new Uint8Array(65536),
      () => new Uint8Array(65537),
      () => new Uint32Array(16385),
    ];
    for (const s of samples) expect(errorName(() => c.getRandomValues(s()))).toBe(errorName(() => webcrypto.getRandomValues(s() as Uint8Array)));
    const backing = new Uint8Array(64);
    const view = new Uint16Array(backing.buffer, 16, 8);
    expect(c.getRandomValues(view)).toBe(view);
    expect(backing.subarray(0, 16).every((x) => x === 0) && backing.subarray(32).every((x) => x === 0)).toBe(true);
    expect(backing.subarray(16, 32).some((x) => x !== 0)).toBe(true);
  });

  it("randomUUID gives version-4 UUIDs; the installed crypto is seeded from the host", () => {
    const c = makeCrypto(chachaRng(new Uint8Array(32)));
    for (let i = 0; i < 50; i++) expect(c.randomUUID()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const values = (seed: number) => {
      const target: Record<string, unknown> = {};
      installGlobals(fakeHost({ seed }), { target });
      return Array.from((target["crypto"] as { getRandomValues(a: Uint8Array): Uint8Array }).getRandomValues(new Uint8Array(8)));
    };
    expect(values(7)).toEqual(values(7));
    expect(values(7)).not.toEqual(values(8));
  });
});

describe("performance, console, intrinsics", () => {
  it("performance.now counts ms on the monotonic clock from install; timeOrigin is the wall clock", () => {
    const host = fakeHost();
    const target: Record<string, unknown> = {};
    installGlobals(host, { target });
    const perf = target["performance"] as { now(): number; timeOrigin: number };
    expect(perf.now()).toBe(0);
    host.advanceClock(1_500_000n);
    expect(perf.now()).toBe(1.5);
    expect(perf.timeOrigin).toBe(Date.UTC(2025, 0, 1));
  });

  it("console writes UTF-8 lines to the host console", () => {
    const host = fakeHost();
    const target: Record<string, unknown> = {};
    installGlobals(host, { target });
    const c = target["console"] as { log(...a: unknown[]): void; warn(...a: unknown[]): void };
    c.log("héllo %s", "wörld", { n: 1 });
    c.warn([1, 2]);
    expect(host.consoleText()).toBe("héllo wörld { n: 1 }\n[ 1, 2 ]\n");
  });

  it("Object.hasOwn and at behave as the built-ins", () => {
    fc.assert(
      fc.property(fc.object(), fc.string(), (o, k) => {
        expect(hasOwn(o, k)).toBe(Object.hasOwn(o, k));
      }),
    );
    expect(() => hasOwn(null, "x")).toThrow(TypeError);
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.string(), fc.integer({ min: -20, max: 20 }), (a, s, i) => {
        expect(at.call(a, i)).toBe(a.at(i));
        expect(at.call(s, i)).toBe(s.at(i));
        expect(at.call(Int16Array.from(a.map((x) => x & 0x7fff)), i)).toBe(Int16Array.from(a.map((x) => x & 0x7fff)).at(i));
      }),
    );
  });
});
