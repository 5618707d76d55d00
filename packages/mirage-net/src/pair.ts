// Two interfaces joined by a virtual cable: what one writes, the other receives, in order,
// on a later microtask. The full switch with fault injection lives in vnetif.
import { left, right, type Either } from "fp-ts/Either";
import { ETHERNET_HEADER_BYTES, maxFrameSize, netError, statsCounter, type Net, type NetError } from "./net.ts";
import { macAddress, type MacAddress } from "./mac.ts";

export interface NetPairOptions {
  /** Default 1500. */
  readonly mtu?: number;
  /** Default 02:00:00:00:00:01 and 02:00:00:00:00:02. */
  readonly macs?: readonly [MacAddress, MacAddress];
}

interface End {
  readonly net: Net;
  deliver(frame: Uint8Array): void;
}

const defaultMac = (last: number): MacAddress => {
  const r = macAddress.ofBytes(new Uint8Array([2, 0, 0, 0, 0, last]));
  if (r._tag === "Left") throw new Error("unreachable: 6 bytes make a MAC address");
  return r.right;
};

const makeEnd = (mac: MacAddress, mtu: number, peer: () => End): End => {
  const max = maxFrameSize(mtu);
  const stats = statsCounter();
  let connected = true;
  let listener: ((frame: Uint8Array) => void) | undefined;
  let stopListening: (() => void) | undefined;

  const net: Net = {
    kind: "net",
    mac,
    mtu,
    async write(size: number, fill: (buf: Uint8Array) => number): Promise<Either<NetError, void>> {
      if (!connected) return left(netError.disconnected("send a frame"));
      if (!Number.isSafeInteger(size) || size < 0 || size > max) return left(netError.invalidLength(size, max));
      const buf = new Uint8Array(size);
      const n = fill(buf);
      if (!Number.isSafeInteger(n) || n < 0 || n > size) return left(netError.invalidLength(n, size, "a frame: fill wrote"));
      const frame = n === size ? buf : buf.slice(0, n);
      stats.tx(n);
      const other = peer();
      void Promise.resolve().then(() => other.deliver(frame));
      return right(undefined);
    },
    listen(onFrame: (frame: Uint8Array) => void): Promise<Either<NetError, void>> {
      if (!connected) return Promise.resolve(left(netError.disconnected("listen")));
      if (listener !== undefined) return Promise.resolve(left(netError.ioError("Cannot listen: this interface already has a listener")));
      listener = onFrame;
      return new Promise((resolve) => {
        stopListening = () => resolve(right(undefined));
      });
    },
    async disconnect(): Promise<void> {
      if (!connected) return;
      connected = false;
      listener = undefined;
      stopListening?.();
      stopListening = undefined;
    },
    stats: () => stats.snapshot(),
    resetStats: () => stats.reset(),
  };

  return {
    net,
    deliver(frame) {
      if (!connected) return; // unplugged: the frame is lost, nobody counts it
      if (listener === undefined || frame.length < ETHERNET_HEADER_BYTES) {
        stats.dropped();
        return;
      }
      stats.rx(frame.length);
      listener(frame);
    },
  };
};

/** A connected pair of in-memory interfaces. */
export const netPair = (options: NetPairOptions = {}): readonly [Net, Net] => {
  const mtu = options.mtu ?? 1500;
  if (!Number.isSafeInteger(mtu) || mtu < 0) throw new RangeError(`Cannot make a net pair: the MTU must be a non-negative integer, not ${mtu}`);
  const [macA, macB] = options.macs ?? [defaultMac(1), defaultMac(2)];
  const a: End = makeEnd(macA, mtu, () => b);
  const b: End = makeEnd(macB, mtu, () => a);
  return [a.net, b.net] as const;
};
