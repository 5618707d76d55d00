// Whole-stream helpers over any Flow.
import { left, right, type Either } from "fp-ts/Either";
import type { Flow, FlowError, FlowWriteError } from "./flow.ts";
import { concatBytes } from "./bytes.ts";

export type ReadAllError = FlowError | { readonly _tag: "LimitExceeded"; readonly limit: number; readonly message: string };

/**
 * Reads until `Eof` and returns every byte, or `LimitExceeded` as soon as more than `limit`
 * bytes arrived (the flow is left as it is: the caller decides whether to close it).
 */
export const readAll = async (flow: Flow, limit = Number.POSITIVE_INFINITY): Promise<Either<ReadAllError, Uint8Array>> => {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const r = await flow.read();
    if (r._tag === "Left") return r;
    if (r.right._tag === "Eof") return right(chunks.length === 1 ? (chunks[0] as Uint8Array) : concatBytes(chunks));
    total += r.right.data.length;
    if (total > limit)
      return left({ _tag: "LimitExceeded", limit, message: `Cannot read the whole flow: more than ${limit} bytes arrived` });
    chunks.push(r.right.data);
  }
};

/** Writes each chunk in order (an async source is pulled as the flow accepts), stopping at the first error. */
export const writeAll = async (
  flow: Flow,
  chunks: Uint8Array | Iterable<Uint8Array> | AsyncIterable<Uint8Array>,
): Promise<Either<FlowWriteError, void>> => {
  if (chunks instanceof Uint8Array) return flow.write(chunks);
  if (Symbol.asyncIterator in chunks) {
    for await (const c of chunks) {
      const r = await flow.write(c);
      if (r._tag === "Left") return r;
    }
    return right(undefined);
  }
  for (const c of chunks) {
    const r = await flow.write(c);
    if (r._tag === "Left") return r;
  }
  return right(undefined);
};
