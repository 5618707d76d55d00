// AbortController/AbortSignal/EventTarget of the guest against Node's: the same random programs
// give the same traces.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { DOMExceptionImpl, EventImpl, makeAbortClasses } from "../src/abort.ts";
import { cancellation } from "@mirage/mirage-clock";

type Op =
  | { readonly op: "add"; readonly c: number; readonly l: number; readonly once: boolean; readonly via?: number }
  | { readonly op: "remove"; readonly c: number; readonly l: number }
  | { readonly op: "onabort"; readonly c: number; readonly l: number | null }
  | { readonly op: "abort"; readonly c: number; readonly reason: "none" | "string" | "object" | "undefined" }
  | { readonly op: "throwIfAborted"; readonly c: number }
  | { readonly op: "removerListener"; readonly c: number; readonly l: number; readonly victim: number }
  | { readonly op: "adderListener"; readonly c: number; readonly l: number; readonly added: number };

const CONTROLLERS = 3;
const c = fc.integer({ min: 0, max: CONTROLLERS }); // CONTROLLERS = the AbortSignal.any of 0 and 1
const l = fc.integer({ min: 0, max: 4 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant("add" as const), c, l, once: fc.boolean() }),
  // A listener whose removal signal is its own target: the DOM Standard removes it before the
  // event fires, Node (a listener on the signal) after. Tested apart below.
  fc.record({ op: fc.constant("add" as const), c, l, once: fc.boolean(), via: fc.integer({ min: 0, max: CONTROLLERS - 1 }) }).filter((o) => o.via !== o.c),
  fc.record({ op: fc.constant("remove" as const), c, l }),
  // onabort = null deactivates the handler (DOM Standard): set again, it runs after the listeners
  // added in between; Node keeps its first place. Tested apart below.
  fc.record({ op: fc.constant("onabort" as const), c, l }),
  fc.record({ op: fc.constant("abort" as const), c: fc.integer({ min: 0, max: CONTROLLERS - 1 }), reason: fc.constantFrom("none" as const, "string" as const, "object" as const, "undefined" as const) }),
  fc.record({ op: fc.constant("throwIfAborted" as const), c }),
  fc.record({ op: fc.constant("removerListener" as const), c, l, victim: l }),
  // Not adderListener: Node calls listeners added during a dispatch, the DOM Standard (and we) do not.
);

interface Api {
  AbortController: new () => { signal: unknown; abort(reason?: unknown): void };
  AbortSignal: { any(signals: unknown[]): unknown };
}

interface SignalLike {
  readonly aborted: boolean;
  readonly reason: unknown;
  onabort: ((e: unknown) => void) | null;
  addEventListener(type: string, f: unknown, o?: unknown): void;
  removeEventListener(type: string, f: unknown, o?: unknown): void;
  throwIfAborted(): void;
}

const describeReason = (r: unknown): string => {
  if (r instanceof Error) return `${r.name}:${r.message}:${(r as { code?: number }).code}`;
  if (typeof r === "object" && r !== null) return `object:${JSON.stringify(r)}`;
  return `${typeof r}:${String(r)}`;
};

/** Runs a program; returns what the listeners and calls observed. */
const runProgram = (api: Api, ops: readonly Op[]): string[] => {
  const trace: string[] = [];
  const controllers = Array.from({ length: CONTROLLERS }, () => new api.AbortController());
  const signals = controllers.map((x) => x.signal as SignalLike);
  signals.push(api.AbortSignal.any([signals[0], signals[1]]) as SignalLike);
  // Listener identities per (signal, number), stable so that remove finds them.
  const fns = new Map<string, (e: unknown) => void>();
  const fn = (ci: number, li: number, extra?: (s: SignalLike) => void): ((e: unknown) => void) => {
    const key = `${ci}/${li}`;
    let f = fns.get(key);
    if (f === undefined) {
      f = function (this: unknown, e: unknown) {
        const ev = e as { type: string; target: unknown; isTrusted: boolean };
        const s = signals[ci] as SignalLike;
        trace.push(`L${ci}.${li}:${ev.type}:${ev.target === s}:${this === s}:${s.aborted}:${describeReason(s.reason)}`);
        extra?.(s);
      };
      fns.set(key, f);
    }
    return f;
  };
  for (const o of ops) {
    const s = signals[o.c] as SignalLike;
    switch (o.op) {
      case "add":
        s.addEventListener("abort", fn(o.c, o.l), { once: o.once, ...(o.via !== undefined ? { signal: signals[o.via] } : {}) });
        break;
      case "remove":
        s.removeEventListener("abort", fn(o.c, o.l));
        break;
      case "onabort":
        s.onabort = o.l === null ? null : fn(o.c, o.l);
        trace.push(`onabort set: ${s.onabort === null ? "null" : "fn"}`);
        break;
      case "abort": {
        const ctl = controllers[o.c] as { abort(r?: unknown): void };
        if (o.reason === "none") ctl.abort();
        else ctl.abort(o.reason === "string" ? "why" : o.reason === "object" ? { why: 1 } : undefined);
        trace.push(`aborted ${o.c}: ${signals.map((x) => x.aborted).join(",")}`);
        break;
      }
      case "throwIfAborted":
        try {
          s.throwIfAborted();
          trace.push("no throw");
        } catch (e) {
          trace.push(`threw ${describeReason(e)} same=${e === s.reason}`);
        }
        break;
      case "removerListener": {
        const key = `${o.c}/r${o.l}`;
        let f = fns.get(key);
        if (f === undefined) {
          f = () => {
            trace.push(`R${o.c}.${o.l} removes ${o.victim}`);
            s.removeEventListener("abort", fn(o.c, o.victim));
          };
          fns.set(key, f);
        }
        s.addEventListener("abort", f);
        break;
      }
      case "adderListener": {
        const key = `${o.c}/a${o.l}`;
        let f = fns.get(key);
        if (f === undefined) {
          f = () => {
            trace.push(`A${o.c}.${o.l} adds ${o.added}`);
            s.addEventListener("abort", fn(o.c, o.added));
          };
          fns.set(key, f);
        }
        s.addEventListener("abort", f);
        break;
      }
    }
  }
  return trace;
};

const errors: unknown[] = [];
const ours = makeAbortClasses({ unrefTimer: () => undefined, reportError: (e) => errors.push(e) });

describe("AbortController/AbortSignal", () => {
  it("random programs trace the same as with Node's (listeners, once, signal option, onabort, reasons, any, removal during dispatch)", () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 25 }), (ops) => {
        expect(runProgram(ours as unknown as Api, ops)).toEqual(runProgram(globalThis as unknown as Api, ops));
      }),
      { numRuns: 2000 },
    );
  });

  it("has the web surface: illegal constructor, static abort, default reasons, toStringTag, event fields", () => {
    expect(() => new ours.AbortSignal()).toThrow(TypeError);
    const s = ours.AbortSignal.abort();
    expect(s.aborted).toBe(true);
    expect(s.reason).toBeInstanceOf(Error);
    expect((s.reason as Error).name).toBe("AbortError");
    expect((s.reason as Error).message).toBe("This operation was aborted");
    expect(ours.AbortSignal.abort("x").reason).toBe("x");
    const ctl = new ours.AbortController();
    expect(Object.prototype.toString.call(ctl)).toBe("[object AbortController]");
    expect(Object.prototype.toString.call(ctl.signal)).toBe("[object AbortSignal]");
    let seen: EventImpl | undefined;
    ctl.signal.addEventListener("abort", (e) => {
      seen = e;
    });
    ctl.abort();
    ctl.abort("again"); // the first reason stays
    expect((ctl.signal.reason as Error).name).toBe("AbortError");
    expect(seen?.type).toBe("abort");
    expect(seen?.isTrusted).toBe(true);
    expect(seen?.target).toBe(ctl.signal);
    expect(seen?.currentTarget).toBe(null);
  });

  it("fits the CancelSignal shape mirage-clock's sleeps take", () => {
    const ctl = new ours.AbortController();
    const fired: string[] = [];
    const sig: import("@mirage/mirage-clock").CancelSignal = ctl.signal;
    sig.addEventListener?.("abort", () => fired.push("abort"));
    ctl.abort();
    expect(fired).toEqual(["abort"]);
    expect(cancellation().signal.aborted).toBe(false);
  });

  it("a listener added during a dispatch waits for the next one (DOM Standard; Node calls it at once)", () => {
    const run = (api: Api) =>
      runProgram(api, [{ op: "adderListener", c: 0, l: 0, added: 1 }, { op: "add", c: 0, l: 2, once: false }, { op: "abort", c: 0, reason: "none" }]).map((x) => x.slice(0, 5));
    expect(run(ours as unknown as Api)).toEqual(["A0.0 ", "L0.2:", "abort"]);
    expect(run(globalThis as unknown as Api)).toEqual(["A0.0 ", "L0.2:", "L0.1:", "abort"]);
  });

  it("a listener removed by its own target's abort is removed before the event (DOM Standard)", () => {
    const ctl = new ours.AbortController();
    const got: string[] = [];
    const f = () => got.push("called");
    ctl.signal.addEventListener("abort", f);
    ctl.signal.addEventListener("abort", f, { signal: ctl.signal }); // a duplicate, but its signal counts
    ctl.abort();
    expect(got).toEqual([]);
  });

  it("onabort = null deactivates the handler; set again, it comes after listeners added meanwhile (DOM Standard)", () => {
    const ctl = new ours.AbortController();
    const order: string[] = [];
    ctl.signal.onabort = () => order.push("handler");
    ctl.signal.onabort = null;
    expect(ctl.signal.onabort).toBe(null);
    ctl.signal.addEventListener("abort", () => order.push("listener"));
    ctl.signal.onabort = () => order.push("handler 2");
    ctl.abort();
    expect(order).toEqual(["listener", "handler 2"]);
  });

  it("reports an exception a listener throws and goes on with the others", () => {
    errors.length = 0;
    const ctl = new ours.AbortController();
    const order: number[] = [];
    ctl.signal.addEventListener("abort", () => {
      order.push(1);
      throw new Error("listener bug");
    });
    ctl.signal.addEventListener("abort", { handleEvent: () => order.push(2) });
    ctl.abort();
    expect(order).toEqual([1, 2]);
    expect(errors).toHaveLength(1);
    expect((errors[0] as Error).message).toBe("listener bug");
  });

  it("AbortSignal.timeout aborts with a TimeoutError when its (unref'd) timer fires", () => {
    const timers: { ms: number; fn: () => void }[] = [];
    const classes = makeAbortClasses({ unrefTimer: (ms, fn) => timers.push({ ms, fn }), reportError: () => undefined });
    const s = classes.AbortSignal.timeout(25);
    expect(s.aborted).toBe(false);
    expect(timers.map((t) => t.ms)).toEqual([25]);
    timers[0]?.fn();
    expect(s.aborted).toBe(true);
    expect((s.reason as Error).name).toBe("TimeoutError");
    expect((s.reason as Error).message).toBe("The operation was aborted due to timeout");
    expect(() => classes.AbortSignal.timeout(-1)).toThrow(RangeError);
  });

  it("EventTarget dispatches to listeners of the type only, stopImmediatePropagation stops the rest", () => {
    const t = new ours.EventTarget();
    const got: string[] = [];
    t.addEventListener("x", (e) => {
      got.push(`1:${e.type}`);
      e.stopImmediatePropagation();
    });
    t.addEventListener("x", () => got.push("2"));
    t.addEventListener("y", () => got.push("y"));
    t.addEventListener("x", null);
    const e = new EventImpl("x", { cancelable: true });
    e.preventDefault();
    expect(t.dispatchEvent(e)).toBe(false);
    expect(got).toEqual(["1:x"]);
    expect(() => t.dispatchEvent({ type: "x" } as unknown as EventImpl)).toThrow(TypeError);
  });

  it("DOMException has a name, a message and the legacy code", () => {
    const e = new DOMExceptionImpl("m", "QuotaExceededError");
    expect(e).toBeInstanceOf(Error);
    expect([e.name, e.message, e.code]).toEqual(["QuotaExceededError", "m", 22]);
    const n = new DOMException("m", "QuotaExceededError");
    expect([n.name, n.message, n.code]).toEqual([e.name, e.message, e.code]);
    expect(new DOMExceptionImpl().name).toBe("Error");
    expect(Object.prototype.toString.call(e)).toBe("[object DOMException]");
  });
});
