// A miswired config.ts must fail to compile, and the message must name the device.
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { checkConfig, CliError } from "../src/cli/load-config.ts";

const fixture = (name: string): string => path.join(import.meta.dirname, "fixtures", name, "config.ts");
const errorOf = (name: string): string => {
  try {
    checkConfig(fixture(name));
  } catch (e) {
    if (e instanceof CliError) return e.message.replace(/\x1b\[[0-9;]*m/g, "");
    throw e;
  }
  throw new Error(`${name} type-checked`);
};

describe("config.ts type-checking", () => {
  it("a block device where a kv is needed names the device and both kinds", () => {
    const msg = errorOf("miswired");
    expect(msg).toContain("does not type-check");
    expect(msg).toContain("device 'kv' needs a kv.ro implementation, not block\"'");
  });

  it("a missing device is named", () => {
    expect(errorOf("missing")).toMatch(/Property 'clock' is missing/);
  });

  it("a device the job does not use is named", () => {
    expect(errorOf("extra")).toContain("device 'sleepy' is not used by the job");
  });

  it("a wrong kind inside matchTarget is caught", () => {
    expect(errorOf("bad-case")).toContain("device 'kv' needs a kv.ro implementation, not block\"'");
  });

  it("a read-write store is accepted where a read-only one is needed, and the job is located", () => {
    expect(checkConfig(fixture("rw-for-ro"))).toEqual({ file: path.join(import.meta.dirname, "fixtures", "jobs.ts"), exportName: "NeedsKv" });
  });

  it("a job defined inside config.ts is refused with a hint", () => {
    expect(errorOf("local-job")).toContain("must be imported from its own module");
  });
});
