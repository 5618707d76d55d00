// The contract between a device implementation and the generated main.ts.
//
// A backend module exports one `DeviceDefinition` per implementation. `configure` emits one
// `connect` call per device in dependency order; `config` is the JSON-serialisable data the
// config.ts descriptor carried, `deps` the already-connected devices it depends on, `ctx` the
// platform context (clocks, randomness and logs are passed once here, not through every layer).
import type { Either } from "fp-ts/Either";
import type { PClock, MClock, Sleep } from "@mirage/mirage-clock";
import type { Random } from "@mirage/mirage-random";
import type { Logger } from "@mirage/mirage-logs";
import type { ArgSpecs, ArgValues } from "../args.ts";

/** What every device gets from its target: time, randomness and a logger per source. */
export interface Context {
  readonly pclock: PClock;
  readonly mclock: MClock;
  readonly sleep: Sleep;
  readonly random: Random;
  readonly logger: (source: string) => Logger;
}

/** A tagged error value; `message`, when present, is shown to the user as is. */
export interface DeviceError {
  readonly _tag: string;
  readonly message?: string;
}

export interface DeviceDefinition<K extends string, Config, Deps, T, E extends DeviceError = DeviceError, A extends ArgSpecs = {}> {
  readonly kind: K;
  /**
   * Runtime arguments this implementation reads (`--interface=tap0`), parsed with the job's and
   * listed by `--help`. Two devices may share an argument only by sharing the spec object.
   */
  readonly args?: A;
  readonly connect: (config: Config, deps: Deps, ctx: Context, args: ArgValues<A>) => Promise<Either<E, T>>;
}

/** Identity with inference: keeps the literal `kind` and the config/deps/args types. */
export const defineDevice = <K extends string, Config, Deps, T, E extends DeviceError = DeviceError, A extends ArgSpecs = {}>(
  d: DeviceDefinition<K, Config, Deps, T, E, A>,
): DeviceDefinition<K, Config, Deps, T, E, A> => d;
