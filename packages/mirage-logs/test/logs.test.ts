import { describe, expect, it } from "vitest";
import { test as ftest, fc } from "@fast-check/vitest";
import { configureLogs, formatRecord, logger, parseLevels, thresholdFor, type LogRecord, LEVELS } from "../src/index.ts";

describe("level specs", () => {
  it("parses defaults, sources and prefixes", () => {
    const r = parseLevels("*:warn,tcpip.*:debug,tcpip.tcp:trace");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(thresholdFor(r.spec, "app")).toBe("warn");
    expect(thresholdFor(r.spec, "tcpip.arp")).toBe("debug");
    expect(thresholdFor(r.spec, "tcpip")).toBe("debug");
    expect(thresholdFor(r.spec, "tcpip.tcp")).toBe("trace");
    expect(thresholdFor(r.spec, "tcpipx")).toBe("warn");
  });
  it("a bare level sets the default", () => {
    const r = parseLevels("debug");
    expect(r.ok && r.spec.default).toBe("debug");
  });
  it("names the bad level", () => {
    const r = parseLevels("tcp:loud");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('"loud"');
  });
  ftest.prop([fc.array(fc.tuple(fc.stringMatching(/^[a-z]{1,6}(\.[a-z]{1,6})?$/), fc.constantFrom(...LEVELS)), { maxLength: 5 })])(
    "every rule given is the threshold of its own source",
    (rules) => {
      const dedup = new Map(rules);
      const r = parseLevels([...dedup].map(([s, l]) => `${s}:${l}`).join(","));
      expect(r.ok).toBe(true);
      if (r.ok) for (const [s, l] of dedup) expect(thresholdFor(r.spec, s)).toBe(l);
    },
  );
});

describe("loggers", () => {
  it("filters per source and reaches the sink with fields", () => {
    const seen: LogRecord[] = [];
    const spec = parseLevels("*:info,noisy:error");
    if (!spec.ok) throw new Error(spec.error);
    configureLogs({ sink: (r) => seen.push(r), levels: spec.spec, now: () => 0 });
    const app = logger("app-test");
    const noisy = logger("noisy");
    app.debug("hidden");
    app.info("shown", { n: 1 });
    noisy.warn("hidden too");
    noisy.error("loud");
    expect(seen.map((r) => [r.source, r.level, r.msg])).toEqual([
      ["app-test", "info", "shown"],
      ["noisy", "error", "loud"],
    ]);
    expect(seen[0]?.fields).toEqual({ n: 1 });
    expect(formatRecord(seen[0]!)).toBe("1970-01-01T00:00:00.000Z INFO  [app-test] shown n=1");
    expect(app.isEnabled("debug")).toBe(false);
    configureLogs({ levels: { default: "debug", rules: [] } });
    expect(app.isEnabled("debug")).toBe(true);
  });
});
