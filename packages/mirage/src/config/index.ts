// What config.ts imports.
export { register, type Registration, type CheckWiring } from "./register.ts";
export { matchTarget, matchKey, impl, TARGETS, type Target, type Impl, type MatchTarget, type MatchKey, type Device, type Json } from "./device.ts";
export * from "./devices.ts";
export { plan, configureKeys, describeText, describeDot, type Plan, type Node, type ConfigError, type Keys } from "./graph.ts";
export { job, type Job } from "../job.ts";
export { arg } from "../args.ts";
