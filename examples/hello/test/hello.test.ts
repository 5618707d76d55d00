import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { mockClock } from "@mirage/mirage-clock";
import { configureLogs, type LogRecord } from "@mirage/mirage-logs";
import { mirage, runArtefact } from "@mirage/mirage/testing";
import { Hello } from "../unikernel.ts";

const app = path.resolve(import.meta.dirname, "..");

describe("hello, in-process on a mock clock", () => {
  it("logs the line four times, a second apart", async () => {
    const seen: Array<[bigint, string]> = [];
    const clock = mockClock();
    configureLogs({ sink: (r: LogRecord) => seen.push([clock.nowNs(), r.msg]) });
    const done = Hello.start({ time: clock.sleep }, { hello: "Hello World!", count: 4, intervalMs: 1000 });
    for (let i = 0; i < 4; i++) await clock.advance(1_000_000_000n);
    await done;
    expect(seen).toEqual([0n, 1n, 2n, 3n].map((s) => [s * 1_000_000_000n, "Hello World!"]));
  });
});

describe("hello, built for unix with the mirage CLI", () => {
  beforeAll(() => {
    mirage(app, ["clean"]);
    const c = mirage(app, ["configure", "-t", "unix"]);
    expect(c.stderr).toBe("");
    expect(c.status).toBe(0);
    const b = mirage(app, ["build"]);
    expect(b.stderr).toBe("");
    expect(b.status).toBe(0);
  });

  it("runs as ./dist/hello and honours its runtime arguments", () => {
    const r = runArtefact(app, "hello", ["--hello=Bonjour", "--count=3", "--interval-ms=1"]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(3);
    for (const l of lines) expect(l).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z INFO  \[hello\] Bonjour$/);
  });

  it("runs through `mirage run -- ARGS`", () => {
    const r = mirage(app, ["run", "--", "--count=1", "--interval-ms=0"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("[hello] Hello World!");
  });

  it("stops the boot with exit 64 and names a bad argument", () => {
    const r = runArtefact(app, "hello", ["--count=lots"]);
    expect(r.status).toBe(64);
    expect(r.stdout).toContain('hello: invalid value "lots" for --count: expected an integer from 0 to 1000 (--count=INT)');
    const u = runArtefact(app, "hello", ["--colour=red"]);
    expect(u.status).toBe(64);
    expect(u.stdout).toContain("unknown argument --colour=red");
    const l = runArtefact(app, "hello", ["-l", "hello:shout"]);
    expect(l.status).toBe(64);
    expect(l.stdout).toContain('unknown level "shout"');
  });

  it("lists its arguments with --help", () => {
    const r = runArtefact(app, "hello", ["--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("--interval-ms=MS");
    expect(r.stdout).toContain("-l, --logs=SRC:LEVEL,...");
  });

  it("-l silences a source", () => {
    const r = runArtefact(app, "hello", ["--count=2", "--interval-ms=0", "-l", "hello:warn"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("");
  });

  it("generates a main.ts that imports only the chosen backends", () => {
    const main = fs.readFileSync(path.join(app, "mirage", "main.ts"), "utf8");
    expect(main).toContain('import { sleepDevice } from "@mirage/platform-unix/clock";');
    expect(main).toContain('const time = await boot.connect("time", "unix sleep", sleepDevice, {}, {});');
    expect(main).not.toContain("mirage-kv");
    const bundle = fs.readFileSync(path.join(app, "dist", "hello"), "utf8");
    // Neither the in-memory KV store nor the host-directory one is linked into hello.
    expect(bundle).not.toContain("memKv");
    expect(bundle).not.toContain("fsKvRo");
    expect(bundle).not.toContain("typescript");
  });

  it("describes its device graph, as Graphviz with --dot", () => {
    const r = mirage(app, ["describe", "--dot"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^digraph "hello" \{/);
    expect(r.stdout).toContain('job -> time [label="time"];');
  });
});
