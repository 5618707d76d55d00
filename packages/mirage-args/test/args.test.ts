import { describe, expect, it } from "vitest";
import { test as ftest, fc } from "@fast-check/vitest";
import { arg, flagName, helpText, parseArgs, type ArgSpecs } from "../src/index.ts";

const specs = {
  port: arg.port({ doc: "port to listen on", default: 8080 }),
  hello: arg.string({ doc: "greeting", default: "hi" }),
  mode: arg.oneOf(["fast", "safe"], { doc: "mode", default: "safe" }),
  verbose: arg.flag({ doc: "talk more" }),
  ipv4Gateway: arg.string({ doc: "gateway", docv: "ADDR" }),
} satisfies ArgSpecs;

describe("runtime arguments", () => {
  it("parses both --name=value and --name value, and defaults", () => {
    const r = parseArgs(specs, ["--port=80", "--hello", "yo", "--verbose", "--ipv4-gateway=10.0.0.1"]);
    expect(r).toEqual({ ok: true, args: { help: false, values: { port: 80, hello: "yo", mode: "safe", verbose: true, ipv4Gateway: "10.0.0.1" } } });
  });
  it("names the argument and the expected form on a bad value", () => {
    const r = parseArgs(specs, ["--port=http", "--ipv4-gateway=x"]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error._tag).toBe("InvalidValue");
      expect(r.error.message).toBe('invalid value "http" for --port: expected an integer from 0 to 65535 (--port=PORT)');
    }
  });
  it("reports unknown, missing, duplicate and valueless arguments", () => {
    const tag = (argv: string[]) => {
      const r = parseArgs(specs, argv);
      return r.ok ? "ok" : r.error._tag;
    };
    expect(tag(["--ipv4-gateway=a", "--colour=red"])).toBe("UnknownArgument");
    expect(tag([])).toBe("MissingArgument");
    expect(tag(["--ipv4-gateway=a", "--port=1", "--port=2"])).toBe("DuplicateArgument");
    expect(tag(["--ipv4-gateway"])).toBe("MissingValue");
    expect(tag(["--ipv4-gateway=a", "--mode=slow"])).toBe("InvalidValue");
  });
  it("accepts short names when declared", () => {
    const s = { logs: arg.string({ doc: "levels", default: "*:info" }) };
    expect(parseArgs(s, ["-l", "tcp:debug"], { l: "logs" })).toEqual({ ok: true, args: { help: false, values: { logs: "tcp:debug" } } });
    expect(parseArgs(s, ["-ltcp:debug"], { l: "logs" })).toEqual({ ok: true, args: { help: false, values: { logs: "tcp:debug" } } });
  });
  it("--help lists every argument with its form and default", () => {
    const text = helpText("web", specs);
    expect(text).toContain("--port=PORT");
    expect(text).toContain("port to listen on (default: 8080)");
    expect(text).toContain("--ipv4-gateway=ADDR");
    expect(text).toContain("gateway (required)");
    expect(text).toContain("--verbose ");
  });
  it("camelCase keys become kebab-case flags", () => {
    expect(flagName("ipv4Gateway")).toBe("ipv4-gateway");
  });
  ftest.prop([fc.integer({ min: 0, max: 65535 })])("every port round-trips through its text", (p) => {
    const r = parseArgs(specs, [`--port=${p}`, "--ipv4-gateway=g"]);
    expect(r.ok && r.args.values["port"]).toBe(p);
  });
  ftest.prop([fc.array(fc.string(), { maxLength: 6 })])("the parser is total: any argv gives values or one error, never a throw", (argv) => {
    const r = parseArgs(specs, argv);
    if (!r.ok) expect(r.error.message.length).toBeGreaterThan(0);
  });
  it("an optional argument may be left out and is then undefined", () => {
    const s = { gateway: arg.optional(arg.string({ doc: "gateway", docv: "ADDR" })) };
    expect(parseArgs(s, [])).toEqual({ ok: true, args: { help: false, values: { gateway: undefined } } });
    expect(parseArgs(s, ["--gateway=10.0.0.1"])).toEqual({ ok: true, args: { help: false, values: { gateway: "10.0.0.1" } } });
    expect(helpText("x", s)).toContain("gateway (optional)");
  });
});
