// The Solo5 device definitions config.ts can pick (structurally `DeviceDefinition`s of
// @mirage/mirage), mirroring platform-unix's: a net device and a block device by manifest name,
// the clocks, sleep and randomness. The host is looked up when a device connects, so importing
// this module outside a guest is harmless; `solo5Devices(() => host)` binds them to any host.
//
// Core module: ES2022 only (it runs inside QuickJS), no Node or DOM types.
import { left, right, type Either } from "fp-ts/Either";
import type { MClock, PClock, Sleep } from "@mirage/mirage-clock";
import type { Random } from "@mirage/mirage-random";
import { getHost, type Host } from "./host.ts";
import { solo5Net, type Solo5Net, type Solo5NetError } from "./net.ts";
import { solo5Block, type Solo5Block, type Solo5BlockError } from "./block.ts";
import { solo5MClock, solo5PClock, solo5Sleep } from "./clock.ts";
import { solo5Random } from "./random.ts";

/** The net device `name` of the manifest; MirageOS calls the default one "service". */
export interface NetifConfig {
  readonly name?: string;
}

/** The block device `name` of the manifest (default "storage"). */
export interface BlockDeviceConfig {
  readonly name?: string;
  readonly readOnly?: boolean;
}

export type InvalidConfig = { readonly _tag: "InvalidConfig"; readonly message: string };

const badName = (what: string, name: unknown): InvalidConfig | undefined =>
  typeof name === "string" && /^[A-Za-z0-9_]{1,67}$/.test(name)
    ? undefined
    : { _tag: "InvalidConfig", message: `Cannot open ${what} ${JSON.stringify(name)}: a Solo5 device name is 1 to 67 letters, digits or underscores` };

/** The definitions bound to a host (looked up at each connect). */
export const solo5Devices = (hostOf: () => Host) => ({
  netifDevice: {
    kind: "net" as const,
    connect: async (config: NetifConfig, _deps: {}, _ctx: unknown): Promise<Either<Solo5NetError | InvalidConfig, Solo5Net>> => {
      const name = config?.name ?? "service";
      const bad = badName("network interface", name);
      return bad !== undefined ? left(bad) : solo5Net(hostOf(), name);
    },
  },
  blockDevice: {
    kind: "block" as const,
    connect: async (config: BlockDeviceConfig, _deps: {}, _ctx: unknown): Promise<Either<Solo5BlockError | InvalidConfig, Solo5Block>> => {
      const name = config?.name ?? "storage";
      const bad = badName("block device", name);
      return bad !== undefined ? left(bad) : solo5Block(hostOf(), name, { readOnly: config?.readOnly === true });
    },
  },
  pclockDevice: {
    kind: "pclock" as const,
    connect: async (_config: {}, _deps: {}, _ctx: unknown): Promise<Either<never, PClock>> => right(solo5PClock(hostOf())),
  },
  mclockDevice: {
    kind: "mclock" as const,
    connect: async (_config: {}, _deps: {}, _ctx: unknown): Promise<Either<never, MClock>> => right(solo5MClock(hostOf())),
  },
  sleepDevice: {
    kind: "sleep" as const,
    connect: async (_config: {}, _deps: {}, _ctx: unknown): Promise<Either<never, Sleep>> => right(solo5Sleep(hostOf())),
  },
  randomDevice: {
    kind: "random" as const,
    connect: async (_config: {}, _deps: {}, _ctx: unknown): Promise<Either<never, Random>> => right(solo5Random(hostOf())),
  },
});

const bound = solo5Devices(() => getHost());

/** `netif(name)` on Solo5: `{ name: "service" }` is the manifest entry "service". */
export const netifDevice = bound.netifDevice;
/** A Solo5 block device: `{ name: "storage" }` by default. */
export const blockDevice = bound.blockDevice;
export const pclockDevice = bound.pclockDevice;
export const mclockDevice = bound.mclockDevice;
export const sleepDevice = bound.sleepDevice;
export const randomDevice = bound.randomDevice;
