import { defaultSleep, register } from "@mirage/mirage/config";
import { Hello } from "./unikernel.ts";

export default register("hello", Hello, { time: defaultSleep });
