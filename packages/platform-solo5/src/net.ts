// A Solo5 net device as a Net: frames cross with `netRead`/`netWrite` on the handle the
// manifest entry gave; the loop says when frames are waiting (`solo5_yield`'s ready set).
//
// Core module: ES2022 only (it runs inside QuickJS), no Node or DOM types.
import { left, right, type Either } from "fp-ts/Either";
import { ETHERNET_HEADER_BYTES, frameFiller, macAddress, maxFrameSize, netError, statsCounter, type MacAddress, type Net, type NetError } from "@mirage/mirage-net";
import type { Host } from "./host.ts";
import { loopOf } from "./loop.ts";

/** Frames read per readiness before the loop gets a turn (timers, other devices). */
export const READ_BATCH = 64;

export type Solo5NetError =
  | { readonly _tag: "NotFound"; readonly name: string; readonly message: string }
  | { readonly _tag: "IoError"; readonly message: string };

/** A Net over a Solo5 net device; `name` is its manifest name. */
export interface Solo5Net extends Net {
  readonly name: string;
  readonly handle: number;
}

/**
 * Acquires the manifest's net device `name` (the tender attached it: `--net:NAME=tap0`).
 *
 * - `write` fills one reused buffer and hands the frame to the host at once (Solo5 writes are
 *   synchronous); frames shorter than an Ethernet header are refused (`InvalidLength`), a host
 *   error is `IoError`.
 * - On readiness the device reads until the host has nothing more (at most `READ_BATCH` frames
 *   a turn). Frames shorter than 14 bytes or longer than `mtu + 14`, and frames arriving while
 *   nobody listens, are dropped and counted in `rxDropped`. A read error ends `listen` with
 *   `IoError`; later calls give it too.
 * - While listening, the device keeps the guest running. After `disconnect` frames are still
 *   read (Solo5 has no release) and dropped without counting.
 */
export const solo5Net = (host: Host, name: string): Either<Solo5NetError, Solo5Net> => {
  const handle = host.netAcquire(name);
  if (handle < 0) {
    return left({
      _tag: "NotFound",
      name,
      message: `Cannot open network interface "${name}": the guest has no such net device (the manifest names it, the tender attaches it: --net:${name}=tap0)`,
    });
  }
  const info = host.netInfo(handle);
  const macE = macAddress.ofBytes(info.mac);
  if (macE._tag === "Left") return left({ _tag: "IoError", message: `Cannot open network interface "${name}": the host gave an invalid MAC address` });
  const mac: MacAddress = macE.right;
  const mtu = info.mtu;
  const max = maxFrameSize(mtu);
  const stats = statsCounter();
  const rbuf = new Uint8Array(max);
  const fillFrame = frameFiller(max, "a Solo5 net device");
  const loop = loopOf(host);

  let connected = true;
  let failure: NetError | undefined;
  let listener: ((frame: Uint8Array) => void) | undefined;
  let endListen: ((r: Either<NetError, void>) => void) | undefined;

  const fail = (err: NetError): void => {
    if (failure !== undefined) return;
    failure = err;
    listener = undefined;
    watch.setRef(false);
    const end = endListen;
    endListen = undefined;
    end?.(left(err));
  };

  /** Reads what the host has (up to a batch): true when it said there is no more. */
  const drain = (): boolean => {
    for (let i = 0; i < READ_BATCH; i++) {
      const n = host.netRead(handle, rbuf);
      if (n === 0) return true;
      if (n < 0) {
        if (connected && failure === undefined) fail(netError.ioError(`Cannot receive on network interface "${name}": the host reported error ${n}`));
        return true;
      }
      if (!connected || failure !== undefined) continue;
      const deliver = listener;
      if (deliver === undefined || n < ETHERNET_HEADER_BYTES || n > max) {
        stats.dropped();
        continue;
      }
      stats.rx(n);
      deliver(rbuf.subarray(0, n));
    }
    return false;
  };
  const watch = loop.watchNet(handle, drain);

  const net: Solo5Net = {
    kind: "net",
    name,
    handle,
    mac,
    mtu,

    async write(size, fill): Promise<Either<NetError, void>> {
      if (!connected) return left(netError.disconnected("send a frame"));
      if (failure !== undefined) return left(failure);
      const filled = fillFrame(size, fill, () => (!connected ? netError.disconnected("send a frame") : undefined));
      if (filled._tag === "Left") return filled;
      const { frame: base, len: n } = filled.right;
      const r = host.netWrite(handle, base, n);
      if (r < 0) return left(netError.ioError(`Cannot send a frame of ${n} bytes on network interface "${name}": the host reported error ${r}`));
      stats.tx(n);
      return right(undefined);
    },

    listen(onFrame): Promise<Either<NetError, void>> {
      if (!connected) return Promise.resolve(left(netError.disconnected("listen")));
      if (failure !== undefined) return Promise.resolve(left(failure));
      if (listener !== undefined) return Promise.resolve(left(netError.ioError(`Cannot listen on network interface "${name}": it already has a listener`)));
      listener = onFrame;
      watch.setRef(true);
      return new Promise((resolve) => {
        endListen = resolve;
      });
    },

    async disconnect(): Promise<void> {
      if (!connected) return;
      connected = false;
      listener = undefined;
      watch.setRef(false);
      const end = endListen;
      endListen = undefined;
      end?.(right(undefined));
    },

    stats: () => stats.snapshot(),
    resetStats: () => stats.reset(),
  };
  return right(net);
};
