import { register } from "@mirage/mirage/config";
import { RpcDemo } from "./unikernel.ts";

export default register("rpc-demo", RpcDemo, {});
