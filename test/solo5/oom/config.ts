import { register } from "@mirage/mirage/config";
import { Oom } from "./unikernel.ts";

export default register("oom", Oom, {});
