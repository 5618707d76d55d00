// `mirage run` quotes each argument; the tender joins them with spaces; the guest splits the
// command line like a POSIX shell. Any argument list must survive the trip unchanged.
import { describe, expect } from "vitest";
import { test as ftest, fc } from "@fast-check/vitest";
import { shellQuote } from "../../packages/mirage/src/cli/shell-quote.ts";
import { splitCommandLine } from "@mirage/platform-solo5/cmdline";

describe("runtime arguments through a Solo5 tender", () => {
  ftest.prop([fc.array(fc.string({ unit: "grapheme-ascii", minLength: 1 }), { maxLength: 8 })])("quote, join with spaces, split = identity", (args) => {
    const line = args.map(shellQuote).join(" ");
    const r = splitCommandLine(line);
    expect(r.ok && r.argv).toEqual(args);
  });
});
