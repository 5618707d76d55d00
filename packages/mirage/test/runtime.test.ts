// The runtime a generated main.ts calls, on a fake platform that records console lines and
// turns exit into an exception (so nothing after exit runs, as on a real target).
import { left, right } from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { mockClock } from "@mirage/mirage-clock";
import { chachaRng } from "@mirage/mirage-random";
import { arg, job } from "../src/index.ts";
import { defineDevice, EXIT_FAILURE, EXIT_USAGE, start, type Platform } from "../src/runtime/index.ts";

class Exit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

const fakePlatform = (argv: string[]) => {
  const lines: string[] = [];
  const clock = mockClock(1_700_000_000_000_000_000n);
  const platform: Platform = {
    target: "test",
    argv,
    context: { pclock: clock.pclock, mclock: clock.mclock, sleep: clock.sleep, random: chachaRng(new Uint8Array(32)) },
    console: (l) => lines.push(l),
    exit: (code) => {
      throw new Exit(code);
    },
  };
  return { platform, lines };
};

const exitOf = async (f: () => unknown): Promise<number> => {
  try {
    await f();
  } catch (e) {
    if (e instanceof Exit) return e.code;
    throw e;
  }
  throw new Error("did not exit");
};

const ifaceArgs = { interface: arg.string({ doc: "the TAP device", docv: "NAME", default: "tap0" }) };
const nic = defineDevice({
  kind: "net-ish",
  args: ifaceArgs,
  connect: async (config: { fail: boolean }, _deps: {}, _ctx, args) =>
    config.fail ? left({ _tag: "NoDevice", message: `no such device ${args.interface}` }) : right({ name: args.interface }),
});
const Echo = job({}, { args: { port: arg.port({ doc: "port", default: 7 }) } }, async () => {});

describe("runtime", () => {
  it("gives each device the arguments it declared and the job its own", async () => {
    const { platform } = fakePlatform(["--interface=tap9", "--port=8"]);
    const boot = start(platform, { name: "echo", args: [Echo.args, nic.args] });
    expect(await boot.connect("net", "nic()", nic, { fail: false }, {})).toEqual({ name: "tap9" });
    let seen: unknown;
    const J = job({}, { args: Echo.args }, async (_d, a) => {
      seen = a.port;
    });
    expect(await exitOf(() => boot.run(J, {}))).toBe(0);
    expect(seen).toBe(8);
  });

  it("lists device arguments in --help", async () => {
    const { platform, lines } = fakePlatform(["--help"]);
    expect(await exitOf(() => start(platform, { name: "echo", args: [Echo.args, nic.args, undefined] }))).toBe(0);
    expect(lines.join("\n")).toContain("--interface=NAME");
    expect(lines.join("\n")).toContain("--port=PORT");
  });

  it("a device that fails to connect stops the boot, naming device and implementation", async () => {
    const { platform, lines } = fakePlatform(["--interface=tap7"]);
    const boot = start(platform, { name: "echo", args: [nic.args] });
    expect(await exitOf(() => boot.connect("service", "nic(\"x\")", nic, { fail: true }, {}))).toBe(EXIT_FAILURE);
    expect(lines).toEqual(['echo: Cannot connect device service (nic("x")): no such device tap7']);
  });

  it("a thrown connect is reported the same way", async () => {
    const { platform, lines } = fakePlatform([]);
    const boom = defineDevice({ kind: "x", connect: async () => Promise.reject(new Error("kaput")) });
    const boot = start(platform, { name: "t", args: [] });
    expect(await exitOf(() => boot.connect("d", "boom()", boom, {}, {}))).toBe(EXIT_FAILURE);
    expect(lines[0]).toBe("t: Cannot connect device d (boom()): kaput");
  });

  it("the same argument name from two different declarations is refused", async () => {
    const { platform, lines } = fakePlatform([]);
    const other = { interface: arg.string({ doc: "clash", default: "x" }) };
    expect(await exitOf(() => start(platform, { name: "t", args: [ifaceArgs, other] }))).toBe(EXIT_USAGE);
    expect(lines[0]).toContain("--interface is declared twice");
    // The same declaration from two devices is one argument.
    expect(await exitOf(() => start(fakePlatform(["--help"]).platform, { name: "t", args: [ifaceArgs, ifaceArgs] }))).toBe(0);
  });

  it("a job that throws exits 1 with its message and stack", async () => {
    const { platform, lines } = fakePlatform([]);
    const boot = start(platform, { name: "t", args: [] });
    const J = job({}, async () => {
      throw new Error("disk on fire");
    });
    expect(await exitOf(() => boot.run(J, {}))).toBe(EXIT_FAILURE);
    expect(lines[0]).toMatch(/^t: the job failed: disk on fire\nError: disk on fire\n\s+at /);
  });

  it("logs go to the console with the platform's wall clock", async () => {
    const { platform, lines } = fakePlatform(["-l", "*:warn,app:debug"]);
    const boot = start(platform, { name: "t", args: [] });
    const J = job({}, async () => {
      const { logger } = await import("@mirage/mirage-logs");
      logger("app").debug("shown");
      logger("other").info("hidden");
    });
    await exitOf(() => boot.run(J, {}));
    expect(lines).toEqual(["2023-11-14T22:13:20.000Z DEBUG [app] shown"]);
  });
});
