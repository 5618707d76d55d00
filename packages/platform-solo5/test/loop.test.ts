// The guest's loop over a fake host: what tick does and returns, timers (a model-checked heap),
// net readiness, the job's status, errors, and the C runtime's loop (simulate) end to end.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { FOREVER, IDLE, LOOP_GLOBAL, readyBit, type LoopEntry } from "../src/host.ts";
import { loopOf, runLoop } from "../src/loop.ts";
import { fakeHost, flushJobs, simulate } from "../src/testing.ts";

const MS = 1_000_000n;

describe("tick", () => {
  it("fires one due timer per tick, in deadline order (ties in arrival order), and says when the next is due", () => {
    const host = fakeHost();
    const loop = loopOf(host);
    const t0 = host.mono;
    const fired: string[] = [];
    loop.timer(t0 + 5n * MS, () => fired.push("b"));
    loop.timer(t0 + 1n * MS, () => fired.push("a"));
    loop.timer(t0 + 5n * MS, () => fired.push("c"));
    expect(loop.tick(0)).toBe(t0 + 1n * MS); // nothing due yet
    expect(fired).toEqual([]);
    host.advanceClock(10n * MS);
    expect(loop.tick(0)).toBe(t0 + 5n * MS); // "a" fired; "b" is due already: a past deadline
    expect(loop.tick(0)).toBe(t0 + 5n * MS); // "b" fired; "c" is due
    expect(loop.tick(0)).toBe(0n); // "c" fired: come back once its jobs ran
    expect(host.exits).toEqual([]);
    expect(loop.tick(0)).toBe(IDLE); // a turn that ran nothing and found nothing: exit(0)
    expect(fired).toEqual(["a", "b", "c"]);
    expect(host.exits).toEqual([0]);
  });

  it("returns FOREVER while only a listening net device is pending, IDLE once it stops listening", () => {
    const host = fakeHost({ nets: [{ name: "service" }] });
    const loop = loopOf(host);
    const w = loop.watchNet(0, () => true);
    expect(loop.nextDeadline()).toBe(IDLE); // not listening: does not hold the guest
    w.setRef(true);
    expect(loop.step(0)).toBe(FOREVER);
    w.setRef(false);
    expect(loop.step(0)).toBe(IDLE);
  });

  it("dispatches readiness to the handle's watcher, and again at once while it stops after a batch", () => {
    const host = fakeHost();
    const loop = loopOf(host);
    const calls: string[] = [];
    let batches = 2;
    loop.watchNet(3, () => {
      calls.push("h3");
      return --batches <= 0;
    }).setRef(true);
    loop.watchNet(40, () => {
      calls.push("h40");
      return true;
    });
    expect(loop.step(readyBit(3) + readyBit(40))).toBe(0n); // h3 has more: come back at once
    expect(loop.step(0)).toBe(FOREVER);
    expect(loop.step(readyBit(7))).toBe(FOREVER); // nobody watches 7
    expect(calls).toEqual(["h3", "h40", "h3"]);
  });

  it("unref'd timers fire while something else holds the guest but do not hold it themselves", () => {
    const host = fakeHost();
    const loop = loopOf(host);
    const t = loop.timer(host.mono + MS, () => undefined);
    t.unref();
    expect(t.hasRef()).toBe(false);
    expect(loop.nextDeadline()).toBe(IDLE);
    const held = loop.timer(host.mono + 10n * MS, () => undefined);
    expect(loop.nextDeadline()).toBe(host.mono + MS);
    held.cancel();
    held.cancel();
    expect(held.active).toBe(false);
    t.ref();
    expect(loop.nextDeadline()).toBe(host.mono + MS);
  });

  it("install defines __mirage_loop with tick and rejection for the C runtime", () => {
    const host = fakeHost();
    const target: Record<string, unknown> = {};
    runLoop(host, async () => undefined, target);
    const entry = target[LOOP_GLOBAL] as LoopEntry;
    expect(typeof entry.tick).toBe("function");
    expect(typeof entry.rejection).toBe("function");
    expect(Object.keys(target)).toEqual([]); // not enumerable
  });
});

describe("timer heap", () => {
  type Op = { readonly kind: "add"; readonly at: number } | { readonly kind: "cancel"; readonly i: number } | { readonly kind: "move"; readonly i: number; readonly at: number };
  const opArb: fc.Arbitrary<Op> = fc.oneof(
    { weight: 4, arbitrary: fc.record({ kind: fc.constant("add" as const), at: fc.integer({ min: 0, max: 50 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("cancel" as const), i: fc.nat(60) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("move" as const), i: fc.nat(60), at: fc.integer({ min: 0, max: 50 }) }) },
  );

  it("fires what a sorted list would, in its order, whatever is added, cancelled or rescheduled", () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 80 }), (ops) => {
        const host = fakeHost({ monoNs: 0n });
        const loop = loopOf(host);
        const fired: number[] = [];
        const timers: ReturnType<typeof loop.timer>[] = [];
        // The model: id -> (deadline, order of its last scheduling).
        const model = new Map<number, { at: number; seq: number }>();
        let seq = 0;
        for (const op of ops) {
          if (op.kind === "add") {
            const id = timers.length;
            timers.push(loop.timer(BigInt(op.at), () => fired.push(id)));
            model.set(id, { at: op.at, seq: seq++ });
          } else if (timers.length > 0) {
            const id = op.i % timers.length;
            const t = timers[id] as (typeof timers)[number];
            if (op.kind === "cancel") {
              t.cancel();
              model.delete(id);
            } else {
              t.reschedule(BigInt(op.at));
              model.set(id, { at: op.at, seq: seq++ });
            }
          }
        }
        expect(loop.pendingTimers()).toBe(model.size);
        host.advanceClock(100n);
        while (loop.step(0) !== IDLE) {
          /* one timer a step */
        }
        const expected = [...model].sort((a, b) => a[1].at - b[1].at || a[1].seq - b[1].seq).map(([id]) => id);
        expect(fired).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe("the job and errors", () => {
  it("runs until nothing is pending, then exits 0 after a job that finished", async () => {
    const host = fakeHost();
    const sim = simulate(host);
    const log: string[] = [];
    runLoop(
      host,
      async () => {
        log.push("start");
        await new Promise<void>((r) => loopOf(host).timer(host.mono + 5n * MS, r));
        log.push("woke");
        loopOf(host).timer(host.mono + 5n * MS, () => log.push("after the job"));
      },
      {},
    );
    expect(await sim.run()).toEqual({ _tag: "Exited", code: 0 });
    expect(log).toEqual(["start", "woke", "after the job"]);
    expect(host.mono).toBe(1_000_000_000n + 10n * MS);
  });

  it("exits 1 at once when the job fails, printing why", async () => {
    const host = fakeHost();
    const sim = simulate(host);
    let late = false;
    runLoop(
      host,
      async () => {
        loopOf(host).timer(host.mono + 5n * MS, () => (late = true));
        await null;
        throw new RangeError("the job broke");
      },
      {},
    );
    expect(await sim.run()).toEqual({ _tag: "Exited", code: 1 });
    expect(host.consoleText()).toMatch(/^the job failed: RangeError: the job broke/);
    expect(late).toBe(false);
    // A job that throws before its first await fails the same way.
    const h2 = fakeHost();
    runLoop(h2, (() => {
      throw new Error("sync");
    }) as () => Promise<void>, {});
    expect(await simulate(h2).run()).toEqual({ _tag: "Exited", code: 1 });
  });

  it("exits 1 when the job waits for something nothing can bring", async () => {
    const host = fakeHost();
    runLoop(host, () => new Promise<void>(() => undefined), {});
    expect(await simulate(host).run()).toEqual({ _tag: "Exited", code: 1 });
    expect(host.consoleText()).toMatch(/the job never finished/);
  });

  it("an error thrown by a timer or a net listener stops the guest with status 1", async () => {
    const host = fakeHost();
    runLoop(
      host,
      async () => {
        loopOf(host).timer(host.mono + MS, () => {
          throw new Error("timer bug");
        });
      },
      {},
    );
    expect(await simulate(host).run()).toEqual({ _tag: "Exited", code: 1 });
    expect(host.consoleText()).toMatch(/^uncaught error: Error: timer bug/);

    const h2 = fakeHost({ nets: [{ name: "n" }] });
    const l2 = loopOf(h2);
    l2.watchNet(0, () => {
      throw new TypeError("listener bug");
    }).setRef(true);
    expect(l2.tick(readyBit(0))).toBe(IDLE);
    expect(h2.exits).toEqual([1]);
    expect(h2.consoleText()).toMatch(/listener bug/);
  });

  it("a rejection still unhandled at the next tick stops the guest; one handled in time does not", async () => {
    const host = fakeHost();
    const loop = loopOf(host);
    loop.timer(host.mono + MS, () => undefined);
    const p = {};
    loop.rejection(p, new Error("late handler"), false);
    loop.rejection(p, undefined, true);
    expect(loop.step(0)).toBe(host.mono + MS);
    loop.rejection({}, new Error("nobody cares"), false);
    expect(loop.tick(0)).toBe(IDLE);
    expect(host.exits).toEqual([1]);
    expect(host.consoleText()).toMatch(/^uncaught error \(unhandled promise rejection\): Error: nobody cares/);
  });

  it("exit from inside the job (platform.exit) ends the guest with that code, whatever is pending", async () => {
    const host = fakeHost();
    const loop = loopOf(host);
    runLoop(
      host,
      async () => {
        loop.timer(host.mono + 100n * MS, () => undefined);
        await new Promise<void>((r) => loop.timer(host.mono + MS, r));
        loop.exit(3);
      },
      {},
    );
    expect(await simulate(host).run()).toEqual({ _tag: "Exited", code: 3 });
    expect(loop.exitCode()).toBe(3);
    expect(loop.tick(0)).toBe(IDLE);
    expect(host.exits).toEqual([3]);
  });
});

describe("simulate (the C runtime's loop)", () => {
  it("timers, frames and the end: a guest that counts frames for 50 ms and then stops listening", async () => {
    const host = fakeHost({ nets: [{ name: "service" }] });
    const loop = loopOf(host);
    const handle = host.netAcquire("service");
    const buf = new Uint8Array(1514);
    const got: string[] = [];
    runLoop(
      host,
      async () => {
        const w = loop.watchNet(handle, () => {
          for (;;) {
            const n = host.netRead(handle, buf);
            if (n === 0) return true;
            got.push(`${buf[0]}@${(host.mono - 1_000_000_000n) / MS}`);
          }
        });
        w.setRef(true);
        // Frames arrive from "outside" at 10 and 30 ms (timers stand in for the network).
        loop.timer(host.mono + 10n * MS, () => host.inject("service", new Uint8Array(60).fill(1)));
        loop.timer(host.mono + 30n * MS, () => {
          host.inject("service", new Uint8Array(60).fill(2));
          host.inject("service", new Uint8Array(60).fill(3));
        });
        await new Promise<void>((r) => loop.timer(host.mono + 50n * MS, r));
        w.setRef(false);
      },
      {},
    );
    expect(await simulate(host).run()).toEqual({ _tag: "Exited", code: 0 });
    expect(got).toEqual(["1@10", "2@30", "3@30"]);
  });

  it("reports a guest blocked on frames that never come, and advance() moves time without ending it", async () => {
    const host = fakeHost({ nets: [{ name: "service" }] });
    const loop = loopOf(host);
    loop.watchNet(host.netAcquire("service"), () => true).setRef(true);
    runLoop(host, async () => undefined, {});
    const sim = simulate(host);
    expect(await sim.run()).toEqual({ _tag: "Blocked" });
    const woke: bigint[] = [];
    loop.timer(host.mono + 7n, () => woke.push(host.mono));
    loop.timer(host.mono + 3n, () => woke.push(host.mono));
    const t0 = host.mono;
    await sim.advance(10n);
    expect(woke).toEqual([t0 + 3n, t0 + 7n]);
    expect(host.mono).toBe(t0 + 10n);
    expect(host.exits).toEqual([]);
  });

  it("start() drives the loop in the background while the test waits with real time", async () => {
    const host = fakeHost({ nets: [{ name: "a" }, { name: "b" }], links: [["a", "b"]] });
    const loop = loopOf(host);
    const a = host.netAcquire("a");
    const b = host.netAcquire("b");
    const buf = new Uint8Array(1514);
    const got: number[] = [];
    loop.watchNet(b, () => {
      for (let n = host.netRead(b, buf); n > 0; n = host.netRead(b, buf)) got.push(n);
      return true;
    });
    const sim = simulate(host);
    sim.start();
    host.netWrite(a, new Uint8Array(100), 64);
    await new Promise((r) => setTimeout(r, 5));
    host.netWrite(a, new Uint8Array(100), 70);
    for (let i = 0; i < 5 && got.length < 2; i++) await flushJobs();
    await sim.stop();
    expect(got).toEqual([64, 70]);
  });
});
