// The signature packages' conformance suites inside a Solo5 spt guest, against the Solo5
// backends (the C bindings, the tender, a real file and real TAPs): the app in ./conformance is
// built the user's way (`mirage configure -t spt`, `mirage build`, `mirage run`), with "vitest"
// aliased to its shim, and must print "N passed, 0 failed" and exit 0. A lying disk must make
// the same run fail, so a pass means something.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mirage } from "@mirage/mirage/testing";
import { canRunLinuxPeer } from "../linux/netns.ts";
import { buildConformance, deviceSuites, NET_PAIRS, summary } from "./conformance-app.ts";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const BIN = path.join(ROOT, "packages", "mirage", "bin", "mirage.js");
const built = (suffix: string, configFile?: string): string => buildConformance("spt", suffix, configFile);

describe("block, clock and random conformance inside an spt guest", () => {
  let app: string;
  let tmp: string;
  let disk: string;
  beforeAll(() => {
    app = built("spt");
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "mirage-conformance-"));
    disk = path.join(tmp, "disk.img");
    // Room for the largest window the block suite asks for (48 sectors of 4096 bytes), and more.
    fs.writeFileSync(disk, new Uint8Array(1024 * 1024));
  }, 120_000);
  afterAll(() => {
    if (tmp !== undefined) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it("every suite passes against the Solo5 backends: N passed, 0 failed, exit 0", () => {
    const r = mirage(app, ["run", `--block:storage=${disk}`]);
    const s = summary(r.stdout);
    expect(s.failLines).toEqual([]);
    expect(s.failed).toBe(0);
    expect(s.passed).toBe(s.passLines.length);
    for (const suite of deviceSuites) {
      expect(s.passLines.filter((l) => l.startsWith(`PASS ${suite}`)).length, suite).toBeGreaterThanOrEqual(5);
    }
    expect(s.passLines.some((l) => /model-based/.test(l))).toBe(true);
    expect(r.status).toBe(0);
  });

  it("a lying disk (one bit flipped per read) fails the block suite in the guest, exit 1", () => {
    const r = mirage(app, ["run", `--block:storage=${disk}`, "--", "--lying-disk", "--only=^block conformance"]);
    const s = summary(r.stdout);
    expect(s.failed).toBeGreaterThanOrEqual(3);
    expect(s.failLines.some((l) => /lying > behaves like a byte array under random request sequences/.test(l))).toBe(true);
    expect(r.stdout).toMatch(/Counterexample: /);
    expect(r.stdout).toMatch(/first difference at byte/);
    expect(r.stdout).toMatch(/conformance: the job failed: \d+ conformance tests? failed/);
    expect(r.status).toBe(1);
  });

  it("--help lists the suite's arguments", () => {
    const r = mirage(app, ["run", `--block:storage=${disk}`, "--", "--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("--lying-disk");
    expect(r.stdout).toContain("--only=REGEX");
  });
});

// Eight pairs of net devices (the suite takes a fresh pair per test; Solo5 has no release), each
// pair two TAPs on their own Linux bridge, all in a network namespace with IPv6 off: nothing but
// the suite's frames should cross, but the kernel may flood one, so the counts are lower bounds
// (`quiet: false`, as the unix TAP pair's run).
const can = canRunLinuxPeer();
describe.skipIf(!can.ok)(`net conformance inside an spt guest, over bridged TAP pairs${can.ok ? "" : ` (skipped: ${can.why})`}`, () => {
  const ns = `mirage-conf${process.pid % 100000}`;
  const tap = (side: "a" | "b", i: number): string => `mc${process.pid % 100000}${side}${i}`;
  const ip = (...args: string[]): void => {
    const r = spawnSync("ip", args, { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`ip ${args.join(" ")} failed: ${r.stderr.trim()}`);
  };
  let app: string;
  beforeAll(() => {
    app = built("net-spt", "net.config.ts");
    ip("netns", "add", ns);
    ip("netns", "exec", ns, "sysctl", "-qw", "net.ipv6.conf.all.disable_ipv6=1", "net.ipv6.conf.default.disable_ipv6=1");
    ip("-n", ns, "link", "set", "lo", "up");
    for (let i = 0; i < NET_PAIRS; i++) {
      const bridge = `mcbr${i}`;
      ip("-n", ns, "link", "add", bridge, "type", "bridge", "forward_delay", "0", "stp_state", "0");
      ip("-n", ns, "link", "set", bridge, "up");
      for (const side of ["a", "b"] as const) {
        ip("-n", ns, "tuntap", "add", "dev", tap(side, i), "mode", "tap");
        ip("-n", ns, "link", "set", tap(side, i), "master", bridge);
        ip("-n", ns, "link", "set", tap(side, i), "up");
      }
    }
  }, 120_000);
  afterAll(() => {
    spawnSync("ip", ["netns", "del", ns]);
  });

  it("the net suite passes between the guest's own devices: N passed, 0 failed, exit 0", () => {
    const nets = Array.from({ length: NET_PAIRS }, (_, i) => [`--net:a${i}=${tap("a", i)}`, `--net:b${i}=${tap("b", i)}`]).flat();
    const r = spawnSync("ip", ["netns", "exec", ns, process.execPath, BIN, "run", ...nets], { cwd: app, encoding: "utf8", timeout: 120_000 });
    const s = summary(r.stdout);
    expect(s.failLines).toEqual([]);
    expect(s.failed).toBe(0);
    expect(s.passed).toBe(s.passLines.length);
    expect(s.passLines.filter((l) => l.startsWith("PASS net conformance: solo5Net pairs")).length).toBeGreaterThanOrEqual(8);
    expect(r.stdout).toContain("a written frame arrives intact at the other side, both ways");
    expect(r.status).toBe(0);
  });
});

// The shim itself, under Node: what it must get right for a guest's "0 failed" to mean anything.
describe("the vitest shim", () => {
  const runShim = async (register: (v: typeof import("./conformance/vitest-shim.ts")) => void, timeoutMs = 5000) => {
    const v = await import("./conformance/vitest-shim.ts");
    register(v);
    const lines: string[] = [];
    const r = await v.run({ timeoutMs, log: (l) => lines.push(l) });
    return { ...r, lines };
  };

  it("counts passes and failures, reports the matcher's message, and runs hooks in vitest's order", async () => {
    const order: string[] = [];
    const r = await runShim(({ describe: d, it: t, beforeEach: be, afterEach: ae, expect: e }) => {
      d("outer", () => {
        be(() => void order.push("be outer"));
        ae(() => void order.push("ae outer"));
        d("inner", () => {
          be(() => void order.push("be inner"));
          ae(() => void order.push("ae inner"));
          t("passes", async () => {
            order.push("test");
            e({ a: 1n, b: undefined, c: new Uint8Array([1, 2]) }).toEqual({ a: 1n, c: new Uint8Array([1, 2]) });
            e(() => {
              throw new RangeError("no");
            }).toThrow(RangeError);
            e(() => undefined).not.toThrow();
            e([1, 2, 3]).toContain(2);
            e("abc").toMatch(/^a/);
            e(5n).toBeGreaterThanOrEqual(5n);
            e(new Uint8Array(3)).toHaveLength(3);
          });
        });
        t("fails on toBe", () => e(1n, "what was compared").toBe(2n));
        t("fails on toEqual of typed arrays", () => e(new Uint8Array([1, 2])).toEqual(new Uint8Array([1, 3])));
        t("fails on not", () => e(false).not.toBe(false));
        t("fails on a non-string toMatch", () => e(false).toMatch(/x/));
        t("fails when toThrow's function returns", () => e(() => 1).toThrow());
        t.skip("is skipped", () => e(1).toBe(2));
      });
    });
    expect(order).toEqual(["be outer", "be inner", "test", "ae inner", "ae outer", ...Array.from({ length: 5 }, () => ["be outer", "ae outer"]).flat()]);
    expect({ passed: r.passed, failed: r.failed, skipped: r.skipped }).toEqual({ passed: 1, failed: 5, skipped: 1 });
    expect(r.lines).toContain("     AssertionError: what was compared: expected 1n to be 2n");
    expect(r.lines.at(-1)).toBe("1 passed, 5 failed, 1 skipped");
  });

  it("times a hanging test out, and a thrown error's cause is printed", async () => {
    const r = await runShim(({ it: t }) => {
      t("hangs", () => new Promise(() => undefined), 50);
      t("rejects", async () => {
        throw new Error("outer", { cause: new Error("inner") });
      });
    });
    expect(r.failed).toBe(2);
    expect(r.lines.join("\n")).toMatch(/test timed out after 50 ms/);
    expect(r.lines.join("\n")).toMatch(/Error: outer\n\s+Caused by Error: inner/);
    expect(r.lines.at(-1)).toBe("0 passed, 2 failed");
  });
});
