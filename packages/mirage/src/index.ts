// What application code imports: the job constructor, runtime argument builders and types.
// Nothing here pulls in the CLI or any device implementation.
export { job, type Job, type Requirements, type DevicesOf } from "./job.ts";
export { arg, type ArgSpec, type ArgSpecs, type ArgValues } from "./args.ts";
export type { DeviceKinds, Kind, SatisfiedBy } from "./kinds.ts";
export type { Logger } from "@mirage/mirage-logs";
export { logger } from "@mirage/mirage-logs";
