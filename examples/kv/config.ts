import { crunch, directKvRw, matchTarget, memKv, register } from "@mirage/mirage/config";
import { KvExample } from "./unikernel.ts";

export default register("kv", KvExample, {
  // Embedded in the artefact at configure time, on every target.
  files: crunch("./data"),
  // A host directory on unix (survives restarts), memory elsewhere.
  store: matchTarget({ unix: directKvRw("./store"), default: memKv() }),
});
