import { describe, expect, it } from "vitest";
import { test as ftest, fc } from "@fast-check/vitest";
import { job } from "../src/index.ts";
import {
  blockOfFile, configureKeys, crunch, defaultPosixClock, genericStack, defaultSleep, describeDot, describeText, directKv, genericKvRo, impl,
  matchTarget, memKv, plan, ramdisk, register, type Device, type Plan,
} from "../src/config/index.ts";
import { base64Decode } from "@mirage/mirage-kv/crunch";
import { crunchModule, mainModule } from "../src/cli/codegen.ts";

const Web = job({ files: "kv.ro", time: "sleep", clock: "pclock" }, async () => {});
const must = (r: ReturnType<typeof plan>): Plan => {
  if (!r.ok) throw new Error(r.error.message);
  return r.plan;
};

describe("plan", () => {
  it("picks the unix case of matchTarget and the default elsewhere", () => {
    const reg = register("web", Web, { files: genericKvRo("./htdocs"), time: defaultSleep, clock: defaultPosixClock });
    const unix = must(plan(reg, "unix"));
    expect(unix.nodes.map((n) => n.impl.name)).toEqual(["directKv", "sleep", "pclock"]);
    expect(unix.bindings).toEqual({ files: "files", time: "time", clock: "clock" });
  });

  it("refuses an implementation the target does not have, naming device and target", () => {
    const reg = register("web", Web, { files: directKv("./htdocs"), time: defaultSleep, clock: defaultPosixClock });
    const r = plan(reg, "spt");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/^device files: directKv\("\.\/htdocs"\) is not available on spt/);
  });

  it("refuses a matchTarget without a case for the target", () => {
    const reg = register("web", Web, { files: crunch("./htdocs"), time: defaultSleep, clock: defaultPosixClock });
    const r = plan(reg, "xen");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('device time: no implementation for target xen (matchTarget has cases for: unix, spt, hvt, virtio); add a "xen" or "default" case');
  });

  it("connects an implementation used twice once, dependencies first", () => {
    const disk = ramdisk({ sizeSectors: 8 });
    // A kv store over a block device, as a filesystem would be.
    const fsOver = (d: Device<"block">) => impl({ kind: "kv.rw", name: "fat", label: "fat(...)", module: "fat", export: "fatDevice", config: {}, deps: { disk: d } });
    const Two = job({ a: "kv.rw", b: "kv.ro", raw: "block" }, async () => {});
    const reg = register("two", Two, { a: fsOver(disk), b: fsOver(ramdisk({ sizeSectors: 8 })), raw: disk });
    const p = must(plan(reg, "unix"));
    expect(p.nodes.map((n) => n.id)).toEqual(["disk", "a"]);
    expect(p.bindings).toEqual({ a: "a", b: "a", raw: "disk" });
    expect(p.nodes[1]?.deps).toEqual({ disk: "disk" });
  });

  ftest.prop([fc.array(fc.constantFrom("kv.ro", "kv.rw"), { minLength: 1, maxLength: 6 }), fc.boolean()])(
    "every node comes after its dependencies and ids are unique identifiers",
    (kinds, share) => {
      const base = ramdisk({ sizeSectors: 4 });
      const req = Object.fromEntries(kinds.map((k, i) => [`dev-${i}`, k])) as Record<string, "kv.ro" | "kv.rw">;
      const devices: Record<string, Device> = {};
      kinds.forEach((_, i) => {
        devices[`dev-${i}`] = impl({ kind: "kv.rw", name: "fs", label: "fs", module: "m", export: "e", config: { i: share ? 0 : i }, deps: { disk: share ? base : ramdisk({ sizeSectors: i + 1 }) } });
      });
      const J = job(req, async () => {});
      const p = must(plan({ _tag: "Registration", name: "p", job: J as never, devices }, "unix"));
      const seen = new Set<string>();
      for (const n of p.nodes) {
        for (const d of Object.values(n.deps)) expect(seen.has(d)).toBe(true);
        expect(n.id).toMatch(/^[A-Za-z_$][\w$]*$/);
        expect(seen.has(n.id)).toBe(false);
        seen.add(n.id);
      }
      expect(p.nodes.length).toBe(share ? 2 : 2 * kinds.length);
    },
  );
});

describe("configure-time keys", () => {
  const Net = job({ stack: "stackv4" }, async () => {});
  const reg = register("net", Net, { stack: genericStack({ ipv4: "10.0.0.2/24" }) });
  it("the socket stack by default on unix, the direct stack over a TAP with --net=direct", () => {
    expect(must(plan(reg, "unix")).nodes.map((n) => n.impl.name)).toEqual(["socketStack"]);
    const direct = must(plan(reg, "unix", { net: "direct" }));
    expect(direct.nodes.map((n) => [n.id, n.impl.name])).toEqual([["net", "netif"], ["stack", "directStack"]]);
    expect(direct.nodes[1]?.deps).toEqual({ net: "net" });
    expect(direct.nodes[1]?.impl.config).toEqual({ ipv4: "10.0.0.2/24" });
  });
  it("lists the keys a config reads", () => {
    expect([...configureKeys(reg)]).toEqual([["net", { doc: expect.stringContaining("socket"), choices: ["socket", "direct"], default: "socket" }]]);
  });
  it("names an unknown key and a bad value", () => {
    const unknown = plan(reg, "unix", { nett: "direct" });
    expect(!unknown.ok && unknown.error.message).toBe("unknown configure option --nett for net (it takes: --net)");
    const bad = plan(reg, "unix", { net: "raw" });
    expect(!bad.ok && bad.error.message).toBe("device stack: --net=raw is not a choice (expected one of socket, direct)");
  });
});

describe("describe", () => {
  const reg = register("web", Web, { files: matchTarget({ unix: directKv("./htdocs"), default: crunch("./htdocs") }), time: defaultSleep, clock: defaultPosixClock });
  it("prints a readable tree", () => {
    expect(describeText(must(plan(reg, "unix")), reg)).toBe(
      ["web (target unix)", '  files: kv.ro = directKv("./htdocs")', "  time: sleep = unix sleep", "  clock: pclock = unix pclock"].join("\n"),
    );
  });
  it("prints Graphviz with an edge per device", () => {
    const dot = describeDot(must(plan(reg, "unix")));
    expect(dot.startsWith('digraph "web" {')).toBe(true);
    expect(dot).toContain('job -> files [label="files"];');
    expect(dot).toContain('files [label="directKv(\\"./htdocs\\")\\nkv.ro"];');
    expect(dot.trimEnd().endsWith("}")).toBe(true);
  });
});

describe("generated main.ts", () => {
  it("imports only the chosen implementations and connects in order (golden)", () => {
    const reg = register("web", Web, { files: genericKvRo("./htdocs"), time: defaultSleep, clock: defaultPosixClock });
    const p = must(plan(reg, "unix"));
    expect(mainModule({ plan: p, jobModule: "../unikernel.ts", jobExport: "Web", crunchModules: {} })).toBe(
      `// Generated by \`mirage configure -t unix\` from config.ts. Do not edit: change config.ts and run configure again.
import { start } from "@mirage/mirage/runtime";
import { platform } from "@mirage/platform-unix/runtime";
import { Web } from "../unikernel.ts";
import { fsKvRoDevice } from "@mirage/platform-unix/kv-fs";
import { sleepDevice, pclockDevice } from "@mirage/platform-unix/clock";

const boot = start(platform, { name: "web", args: [Web.args, fsKvRoDevice.args, sleepDevice.args, pclockDevice.args] });

const files = await boot.connect("files", "directKv(\\"./htdocs\\")", fsKvRoDevice, {"root":"./htdocs"}, {});
const time = await boot.connect("time", "unix sleep", sleepDevice, {}, {});
const clock = await boot.connect("clock", "unix pclock", pclockDevice, {}, {});

await boot.run(Web, { files, time, clock });
`,
    );
  });

  it("passes crunched entries and renames clashing imports", () => {
    const J = job({ platform: "kv.ro", disk: "block", store: "kv.rw" }, async () => {});
    const reg = register("x", J, { platform: crunch("./d"), disk: blockOfFile("./disk.img"), store: memKv() });
    const src = mainModule({ plan: must(plan(reg, "unix")), jobModule: "../u.ts", jobExport: "default", crunchModules: { platform_: "./crunch_platform_.ts" } });
    expect(src).toContain('import unikernel from "../u.ts";');
    expect(src).toContain('await boot.connect("platform_", "crunch(\\"./d\\")", crunchDevice, { entries: entries }, {});');
    expect(src).toContain('import { entries } from "./crunch_platform_.ts";');
    expect(src).toContain("await boot.run(unikernel, { platform: platform_, disk, store });");
  });
  ftest.prop([fc.uint8Array({ maxLength: 300 })])("a crunch module's base64 decodes to the file's bytes", (bytes) => {
    const literal = /base64Decode\("([^"]*)"\)/.exec(crunchModule("d", [{ path: "/f", data: bytes, mtimeNs: 0n }]))?.[1];
    expect(literal).toBeDefined();
    expect(base64Decode(literal ?? "")).toEqual(bytes);
  });
});
