// `register(name, job, devices)`: the root of config.ts. The devices record is checked against
// the job's requirements at compile time, and the error names the device that is wrong.
import type { Job, Requirements } from "../job.ts";
import type { ArgSpecs } from "../args.ts";
import type { SatisfiedBy } from "../kinds.ts";
import type { Device, KindOf } from "./device.ts";

/**
 * For each required device: the given device when its kind fits, otherwise a message type that
 * tsc prints as the error (`Type 'Impl<"block">' is not assignable to type '"device 'kv' needs
 * a kv.ro implementation, not block"'`). Single quotes: tsc would escape double ones. Missing devices are reported by tsc as missing
 * properties, extra ones as unused devices.
 */
export type CheckWiring<R extends Requirements, D> = {
  readonly [K in keyof R]: K extends keyof D
    ? [KindOf<D[K]>] extends [SatisfiedBy<R[K]>]
      ? D[K]
      : `device '${K & string}' needs a ${R[K]} implementation, not ${Exclude<KindOf<D[K]>, SatisfiedBy<R[K]>>}`
    : Device<SatisfiedBy<R[K]>>;
} & {
  readonly [K in Exclude<keyof D, keyof R>]: `device '${K & string}' is not used by the job`;
};

export interface Registration {
  readonly _tag: "Registration";
  readonly name: string;
  readonly job: Job<Requirements, ArgSpecs>;
  readonly devices: Readonly<Record<string, Device>>;
}

const NAME = /^[a-z][a-z0-9_-]{0,62}$/;

export const register = <R extends Requirements, A extends ArgSpecs, D extends Readonly<Record<string, Device>>>(
  name: string,
  job: Job<R, A>,
  devices: D & CheckWiring<R, D>,
): Registration => {
  if (!NAME.test(name)) {
    throw new Error(`Cannot register "${name}": a unikernel name is lower-case letters, digits, - and _, starting with a letter`);
  }
  return { _tag: "Registration", name, job: job as unknown as Job, devices };
};
