// A unikernel is a job: the devices it needs (by kind), the runtime arguments it declares, and
// a start function. This is MirageOS's functor, as a factory whose requirement record exists at
// run time (so `configure` can read it) and at type level (so config.ts wiring type-checks).
import type { ArgSpecs, ArgValues } from "./args.ts";
import type { DeviceKinds, Kind } from "./kinds.ts";

export type Requirements = Readonly<Record<string, Kind>>;
export type DevicesOf<R extends Requirements> = { readonly [K in keyof R]: DeviceKinds[R[K]] };

export interface Job<R extends Requirements = Requirements, A extends ArgSpecs = ArgSpecs> {
  readonly _tag: "Job";
  readonly requires: R;
  readonly args: A;
  readonly start: (devices: DevicesOf<R>, args: ArgValues<A>) => Promise<void>;
}

export function job<const R extends Requirements>(requires: R, start: (devices: DevicesOf<R>) => Promise<void>): Job<R, {}>;
export function job<const R extends Requirements, const A extends ArgSpecs>(
  requires: R,
  options: { readonly args: A },
  start: (devices: DevicesOf<R>, args: ArgValues<A>) => Promise<void>,
): Job<R, A>;
export function job(
  requires: Requirements,
  a: { readonly args: ArgSpecs } | ((devices: never) => Promise<void>),
  b?: (devices: never, args: never) => Promise<void>,
): Job {
  return typeof a === "function"
    ? { _tag: "Job", requires, args: {}, start: a as unknown as Job["start"] }
    : { _tag: "Job", requires, args: a.args, start: b as unknown as Job["start"] };
}
