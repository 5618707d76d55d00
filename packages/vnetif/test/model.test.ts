// Model-based: random traffic between hosts behind the ports of one switch, checked against a
// reference learning switch. Links have jitter but no loss or reordering, so each port must see
// exactly the model's frames, in order, byte for byte.
import { expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { mockClock } from "@mirage/mirage-clock";
import { macAddress, type MacAddress } from "@mirage/mirage-net";
import { createSwitch } from "../src/index.ts";
import { collect, frame, runIdle, send } from "./helpers.ts";

const PORTS = 4;
const hostMac = (port: number, host: number): MacAddress => new Uint8Array([2, 0xee, 0, 0, port, host]) as MacAddress;

type Dst = { readonly kind: "port"; readonly port: number } | { readonly kind: "host"; readonly port: number; readonly host: number } | { readonly kind: "broadcast" };

interface Op {
  readonly from: number;
  /** 0: the port's own MAC; 1..2: a host behind that port. */
  readonly srcHost: number;
  readonly dst: Dst;
  readonly size: number;
  readonly pauseNs: bigint;
}

const arbDst: fc.Arbitrary<Dst> = fc.oneof(
  fc.record({ kind: fc.constant("port" as const), port: fc.integer({ min: 0, max: PORTS - 1 }) }),
  fc.record({ kind: fc.constant("host" as const), port: fc.integer({ min: 0, max: PORTS - 1 }), host: fc.integer({ min: 1, max: 2 }) }),
  fc.constant({ kind: "broadcast" as const }),
);

const arbOp: fc.Arbitrary<Op> = fc.record({
  from: fc.integer({ min: 0, max: PORTS - 1 }),
  srcHost: fc.integer({ min: 0, max: 2 }),
  dst: arbDst,
  size: fc.integer({ min: 18, max: 300 }),
  pauseNs: fc.oneof(fc.constant(0n), fc.bigInt({ min: 1n, max: 300_000n })),
});

test.prop([fc.array(arbOp, { minLength: 1, maxLength: 80 }), fc.array(fc.bigInt({ min: 0n, max: 200_000n }), { minLength: PORTS, maxLength: PORTS }), fc.integer()], {
  numRuns: 60,
})("a switch with jittery FIFO links behaves like a reference learning switch", async (ops, maxJitter, seed) => {
  const clock = mockClock();
  const sw = createSwitch({ clock, seed });
  const ports = Array.from({ length: PORTS }, (_, i) => sw.connect({ faults: { delayNs: { minNs: 0n, maxNs: maxJitter[i] ?? 0n } } }));
  const rx = ports.map(collect);
  // The model: MAC (as text) -> port, learned from sources; port MACs are fixed.
  const learned = new Map<string, number>();
  const expected: string[][] = ports.map(() => []);
  const key = (m: Uint8Array): string => macAddress.toString(m as MacAddress);
  const portOf = (m: Uint8Array): number | undefined => {
    const p = ports.findIndex((q) => key(q.mac) === key(m));
    return p >= 0 ? p : learned.get(key(m));
  };
  let seq = 0;
  for (const op of ops) {
    const src = ports[op.from];
    if (src === undefined) throw new Error("port");
    const srcMac = op.srcHost === 0 ? src.mac : hostMac(op.from, op.srcHost);
    const dstMac =
      op.dst.kind === "broadcast" ? macAddress.broadcast : op.dst.kind === "port" ? (ports[op.dst.port]?.mac ?? macAddress.broadcast) : hostMac(op.dst.port, op.dst.host);
    const f = frame(dstMac, srcMac, seq++, op.size);
    // model
    if (op.srcHost !== 0) learned.set(key(srcMac), op.from);
    const to = op.dst.kind === "broadcast" ? undefined : portOf(dstMac);
    const hex = Buffer.from(f).toString("hex");
    if (to === undefined) expected.forEach((e, i) => i !== op.from && e.push(hex));
    else if (to !== op.from) expected[to]?.push(hex);
    await send(src, f);
    if (op.pauseNs > 0n) await clock.advance(op.pauseNs);
  }
  await runIdle(clock, sw);
  expect(rx.map((fs) => fs.map((f) => Buffer.from(f).toString("hex")))).toEqual(expected);
});
