// Both ends of a bulk TCP test: send the shared payload while reading everything, hash both.
import { createHash } from "node:crypto";
import { isLeft } from "fp-ts/Either";
import type { TcpFlow } from "@mirage/tcpip";
import { payload } from "./data.ts";

export const must = <A>(e: { _tag: "Left"; left: { message: string } } | { _tag: "Right"; right: A }): A => {
  if (e._tag === "Left") throw new Error(e.left.message);
  return e.right;
};

/** Sends `bytes` of the shared payload while reading everything; hashes both directions. */
export const exchange = async (flow: TcpFlow, bytes: number): Promise<{ sent: string; received: string; receivedBytes: number }> => {
  const sent = createHash("sha256");
  const got = createHash("sha256");
  let receivedBytes = 0;
  const data = payload(bytes);
  sent.update(data);
  const reading = (async () => {
    for (;;) {
      const r = await flow.read();
      if (isLeft(r)) throw new Error(`read: ${r.left.message}`);
      if (r.right._tag === "Eof") return;
      got.update(r.right.data);
      receivedBytes += r.right.data.length;
    }
  })();
  for (let off = 0; off < data.length; off += 64 * 1024) {
    const w = await flow.write(data.subarray(off, Math.min(off + 64 * 1024, data.length)));
    if (isLeft(w)) throw new Error(`write: ${w.left.message}`);
  }
  await flow.shutdown("write");
  await reading;
  await flow.close();
  return { sent: sent.digest("hex"), received: got.digest("hex"), receivedBytes };
};

