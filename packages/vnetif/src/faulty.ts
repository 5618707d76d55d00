// A fault injector for any Net (a switch port, a TAP device, a netPair end): a device that wraps
// a device, after smoltcp's `FaultInjector` phy.
//
// Core package: ES2022 only (it also runs inside a QuickJS guest), no Node or DOM types.
import { left, right, type Either } from "fp-ts/Either";
import { ETHERNET_HEADER_BYTES, maxFrameSize, netError, statsCounter, type Net, type NetError, type NetStats } from "@mirage/mirage-net";
import { FaultStage, resetLink, snapshotLink, type FaultProfile, type LinkStats } from "./faults.ts";
import { FaultRng } from "./random.ts";
import { schedulerOf, Timeline, type ClockSource, type Scheduler } from "./scheduler.ts";

export interface FaultyNetOptions {
  /** Drives delays, reordering and blackouts (blackout windows count from the wrapper's creation). */
  readonly clock: ClockSource | Scheduler;
  /** Default 0. The receive side draws from stream 0 of the seed, the send side from stream 1. */
  readonly seed?: number;
  /** Which frames suffer: those received ("rx"), those sent ("tx"), or both (default). */
  readonly direction?: "rx" | "tx" | "both";
  /** How a batch of zero-delay frames is queued (default: a microtask); see `SwitchOptions.defer`. */
  readonly defer?: (fn: () => void) => void;
}

export interface FaultyNet extends Net {
  /** What the faults did, per direction. */
  faultStats(): { readonly rx: LinkStats; readonly tx: LinkStats };
  setFaults(profile: FaultProfile): void;
}

const RIGHT: Promise<Either<NetError, void>> = Promise.resolve(right(undefined));

/**
 * `net` behind a faulty link. Received frames are copied, run through the profile and handed to
 * the listener later (never inside `net`'s callback); sent frames are filled into a fresh buffer,
 * run through the profile, then written to `net` when due (a `write` resolves once the frame is
 * on the faulty link; a later refusal by `net` is counted as `dropped.error`). Stats: tx counts
 * what the caller wrote, rx what the listener got, rxDropped adds what `net` itself dropped.
 * The `mtu` field of a profile drops frames silently; the wrapper keeps `net`'s MTU.
 */
export const faultyNet = (net: Net, profile: FaultProfile, options: FaultyNetOptions): FaultyNet => {
  const timeline = new Timeline(schedulerOf(options.clock), options.defer);
  const origin = timeline.now();
  const seed = options.seed ?? 0;
  const direction = options.direction ?? "both";
  const max = maxFrameSize(net.mtu);
  const stats = statsCounter();
  let connected = true;
  let listener: ((frame: Uint8Array) => void) | undefined;

  const deliver = (frame: Uint8Array): void => {
    const c = rxStage.counters;
    if (!connected) {
      c.dropped.disconnected++;
      return;
    }
    if (frame.length < ETHERNET_HEADER_BYTES) {
      c.dropped.runt++;
      stats.dropped();
      return;
    }
    const l = listener;
    if (l === undefined) {
      c.dropped.noListener++;
      stats.dropped();
      return;
    }
    c.delivered++;
    c.deliveredBytes += frame.length;
    stats.rx(frame.length);
    l(frame);
  };

  const send = (frame: Uint8Array): void => {
    const c = txStage.counters;
    void net
      .write(frame.length, (buf) => {
        buf.set(frame);
        return frame.length;
      })
      .then(
        (r) => {
          if (r._tag === "Left") c.dropped.error++;
          else {
            c.delivered++;
            c.deliveredBytes += frame.length;
          }
        },
        () => {
          c.dropped.error++;
        },
      );
  };

  const rxProfile = direction === "tx" ? {} : profile;
  const txProfile = direction === "rx" ? {} : profile;
  const rxStage = new FaultStage(timeline, new FaultRng(seed, 0), origin, max, deliver, rxProfile);
  const txStage = new FaultStage(timeline, new FaultRng(seed, 1), origin, max, send, txProfile);
  // With a clean receive side, frames go straight to the listener, no copy, no extra turn.
  const rxDirect = direction === "tx";
  const onInner = (frame: Uint8Array): void => {
    if (rxDirect) deliver(frame);
    else rxStage.push(frame.slice());
  };

  return {
    kind: "net",
    mac: net.mac,
    mtu: net.mtu,
    write(size: number, fill: (buf: Uint8Array) => number): Promise<Either<NetError, void>> {
      if (!connected) return Promise.resolve(left(netError.disconnected("send a frame")));
      if (!Number.isSafeInteger(size) || size < 0 || size > max) return Promise.resolve(left(netError.invalidLength(size, max)));
      if (direction === "rx") {
        return net.write(size, (buf) => {
          const n = fill(buf);
          if (Number.isSafeInteger(n) && n >= 0 && n <= size) stats.tx(n);
          return n;
        });
      }
      const buf = new Uint8Array(size);
      let n: number;
      try {
        n = fill(buf);
      } catch (e) {
        return Promise.reject(e);
      }
      if (!Number.isSafeInteger(n) || n < 0 || n > size) return Promise.resolve(left(netError.invalidLength(n, size, "a frame: fill wrote")));
      stats.tx(n);
      txStage.push(n === size ? buf : buf.slice(0, n));
      return RIGHT;
    },
    listen(onFrame: (frame: Uint8Array) => void): Promise<Either<NetError, void>> {
      if (!connected) return Promise.resolve(left(netError.disconnected("listen")));
      if (listener !== undefined) return Promise.resolve(left(netError.ioError("Cannot listen: this interface already has a listener")));
      listener = onFrame;
      return net.listen(onInner).then((r) => {
        if (listener === onFrame) listener = undefined;
        return r;
      });
    },
    async disconnect(): Promise<void> {
      if (!connected) return;
      connected = false;
      listener = undefined;
      await net.disconnect();
    },
    stats(): NetStats {
      const s = stats.snapshot();
      return { ...s, rxDropped: s.rxDropped + net.stats().rxDropped };
    },
    resetStats(): void {
      stats.reset();
      net.resetStats();
    },
    faultStats: () => ({ rx: snapshotLink(rxStage.counters), tx: snapshotLink(txStage.counters) }),
    setFaults(p: FaultProfile): void {
      if (direction !== "tx") rxStage.setProfile(p);
      if (direction !== "rx") txStage.setProfile(p);
    },
  };
};
