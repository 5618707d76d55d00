// A guest that runs out of memory stops with a clear message and status 1.
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { mirage } from "@mirage/mirage/testing";

const app = path.join(import.meta.dirname, "oom");

describe("out of memory in an spt guest", () => {
  it("ends the job with 'out of memory' and exit 1, after using the heap --mem gave it", () => {
    expect(mirage(app, ["configure", "-t", "spt"]).stderr).toBe("");
    expect(mirage(app, ["build"]).stderr).toBe("");
    const r = mirage(app, ["run", "--mem=32"]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("[oom] holding 16 MiB");
    expect(r.stdout).toContain("oom: the job failed: out of memory");
    const more = mirage(app, ["run", "--mem=64"]);
    expect(more.stdout).toContain("[oom] holding 48 MiB");
  }, 120_000);
});
