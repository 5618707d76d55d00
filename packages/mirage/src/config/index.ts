// What config.ts imports.
export { register, type Registration, type CheckWiring } from "./register.ts";
export { matchTarget, impl, TARGETS, type Target, type Impl, type MatchTarget, type Device, type Json } from "./device.ts";
export * from "./devices.ts";
export { plan, describeText, describeDot, type Plan, type Node, type ConfigError } from "./graph.ts";
export { job, type Job } from "../job.ts";
export { arg } from "../args.ts";
