// What a generated main.ts calls: `start` parses the runtime arguments and sets up logs,
// `connect` brings up one device (a failure stops the boot naming the device), `run` starts
// the job and exits when its promise settles, as a MirageOS main loop does.
import { isLeft, type Either } from "fp-ts/Either";
import { configureLogs, formatRecord, logger, parseLevels } from "@mirage/mirage-logs";
import { arg, flagName, helpText, parseArgs, type ArgSpec, type ArgSpecs } from "../args.ts";
import type { Job, Requirements, DevicesOf } from "../job.ts";
import type { Context, DeviceDefinition, DeviceError } from "./device.ts";

export { defineDevice, type Context, type DeviceDefinition, type DeviceError } from "./device.ts";

/** What a target gives the runtime. */
export interface Platform {
  readonly target: string;
  /** The runtime arguments: argv on unix, the tender's command line in a guest. */
  readonly argv: readonly string[];
  readonly context: Omit<Context, "logger">;
  /** Writes one line to the console. */
  readonly console: (line: string) => void;
  readonly exit: (code: number) => never;
}

/** EX_USAGE, as MirageOS: a runtime argument was wrong. */
export const EXIT_USAGE = 64;
/** A device failed to connect or the job failed. */
export const EXIT_FAILURE = 1;

const RUNTIME_ARGS = {
  logs: arg.string({ doc: "log thresholds per source: *:info,tcpip.*:debug (levels: trace debug info warn error fatal silent)", docv: "SRC:LEVEL,...", default: "*:info" }),
} satisfies ArgSpecs;

const describeError = (e: unknown): string => {
  if (typeof e === "object" && e !== null) {
    const r = e as { message?: unknown; _tag?: unknown };
    if (typeof r.message === "string") return r.message;
    if (typeof r._tag === "string") return r._tag;
  }
  return String(e);
};

/** Merges argument declarations; the same name from two different specs is a conflict. */
const mergeArgs = (sources: ReadonlyArray<ArgSpecs | undefined>): { ok: true; specs: ArgSpecs } | { ok: false; name: string } => {
  const specs: Record<string, ArgSpec<unknown>> = {};
  for (const source of sources) {
    for (const [name, spec] of Object.entries(source ?? {})) {
      const seen = specs[name];
      if (seen !== undefined && seen !== spec) return { ok: false, name };
      specs[name] = spec;
    }
  }
  return { ok: true, specs };
};

export interface Boot {
  readonly context: Context;
  connect<T, C, D, A extends ArgSpecs>(name: string, label: string, def: DeviceDefinition<string, C, D, T, DeviceError, A>, config: C, deps: D): Promise<T>;
  run<R extends Requirements, A extends ArgSpecs>(job: Job<R, A>, devices: DevicesOf<R>): Promise<never>;
}

/**
 * Parses the runtime arguments declared by the job and the devices (`args`: the job's first,
 * then each device definition's, `undefined` where a device declares none) and sets up logs.
 */
export const start = (platform: Platform, info: { readonly name: string; readonly args: ReadonlyArray<ArgSpecs | undefined> }): Boot => {
  const die = (code: number, message: string): never => {
    platform.console(`${info.name}: ${message}`);
    return platform.exit(code);
  };
  const merged = mergeArgs([...info.args, RUNTIME_ARGS]);
  if (!merged.ok) return die(EXIT_USAGE, `the argument --${flagName(merged.name)} is declared twice (by the job, a device or the runtime)`);
  const specs = merged.specs;
  const parsed = parseArgs(specs, platform.argv, { l: "logs" });
  if (!parsed.ok) return die(EXIT_USAGE, `${parsed.error.message}\nRun with --help for the list of arguments.`);
  if (parsed.args.help) {
    platform.console(helpText(info.name, specs, { l: "logs" }));
    return platform.exit(0);
  }
  const values = parsed.args.values;
  const levels = parseLevels(String(values["logs"]));
  if (!levels.ok) return die(EXIT_USAGE, `invalid value for --logs: ${levels.error}`);
  const { pclock } = platform.context;
  configureLogs({ sink: (r) => platform.console(formatRecord(r)), levels: levels.spec, now: () => Number(pclock.now() / 1_000_000n) });
  const context: Context = { ...platform.context, logger };
  const log = logger("mirage");

  return {
    context,
    async connect(name, label, def, config, deps) {
      let result: Either<DeviceError, unknown>;
      try {
        result = await def.connect(config, deps, context, values as never);
      } catch (e) {
        return die(EXIT_FAILURE, `Cannot connect device ${name} (${label}): ${describeError(e)}`);
      }
      if (isLeft(result)) return die(EXIT_FAILURE, `Cannot connect device ${name} (${label}): ${describeError(result.left)}`);
      log.debug(`connected ${name}`, { impl: label });
      return result.right as never;
    },
    async run(job, devices) {
      try {
        await job.start(devices, values as never);
      } catch (e) {
        const stack = e instanceof Error && e.stack !== undefined ? `\n${e.stack}` : "";
        return die(EXIT_FAILURE, `the job failed: ${describeError(e)}${stack}`);
      }
      return platform.exit(0);
    },
  };
};
