// typed-rpc, unchanged, inside a Solo5 guest (and the same app on unix): the runtime's globals
// (AbortController, promises, JSON, performance) are enough for it.
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { mirage } from "@mirage/mirage/testing";

const app = path.join(import.meta.dirname, "rpc");

describe("typed-rpc as a control plane", () => {
  for (const target of ["spt", "unix"] as const) {
    it(`runs unchanged on ${target}`, () => {
      expect(mirage(app, ["configure", "-t", target]).stderr).toBe("");
      expect(mirage(app, ["build"]).stderr).toBe("");
      const r = mirage(app, ["run"]);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain("[control] status: rpc-demo");
      expect(r.stdout).toContain("DEBUG [control] a debug line, visible only after setLogLevel");
      expect(r.stdout).toContain('a bad level is an RPC error: unknown level "loud"');
    }, 120_000);
  }
});
