// The Net signature, its errors and stats.
import { left, right, type Either } from "fp-ts/Either";
import type { MacAddress } from "./mac.ts";

/** Destination MAC, source MAC, EtherType. Frames carry it; the MTU does not count it. */
export const ETHERNET_HEADER_BYTES = 14;

/** The largest frame an interface with this MTU sends or receives (no FCS, no VLAN tag). */
export const maxFrameSize = (mtu: number): number => mtu + ETHERNET_HEADER_BYTES;

export interface NetStats {
  readonly rxBytes: bigint;
  readonly rxPkts: number;
  readonly txBytes: bigint;
  readonly txPkts: number;
  /** Frames received but not delivered: malformed (shorter than a header) or no listener. */
  readonly rxDropped: number;
}

export type NetError =
  | { readonly _tag: "Disconnected"; readonly message: string }
  | { readonly _tag: "InvalidLength"; readonly size: number; readonly max: number; readonly message: string }
  | { readonly _tag: "IoError"; readonly message: string };

export const netError = {
  disconnected: (op: "send a frame" | "listen"): NetError => ({
    _tag: "Disconnected",
    message: `Cannot ${op}: the network interface is disconnected`,
  }),
  /** `size` asked for (or written by `fill`), `max` the most allowed. */
  invalidLength: (size: number, max: number, what = "a frame of"): NetError => ({
    _tag: "InvalidLength",
    size,
    max,
    message: `Cannot send ${what} ${size} bytes: frames are 0 to ${max} bytes`,
  }),
  ioError: (message: string): NetError => ({ _tag: "IoError", message }),
} as const;

/**
 * One Ethernet interface.
 *
 * - `write(size, fill)`: `size` (0..mtu+14, else `InvalidLength` and `fill` is not called) is
 *   the room offered; `fill` writes the frame, header included, at the start of a buffer of
 *   that size (contents unspecified, not necessarily zeroed) and returns how many bytes it
 *   wrote; that many bytes are sent. A count outside 0..size gives `InvalidLength`, nothing
 *   sent. `fill` must not keep the buffer. Resolves once the frame is handed to the medium.
 * - `listen(onFrame)`: the listener is active as soon as `listen` returns. Each frame (14 bytes
 *   or more, header included) is passed in a view valid only during the call: copy what you
 *   keep. The promise resolves with `Right` when the interface is disconnected; a second
 *   concurrent `listen` gives `IoError`, after disconnect `Disconnected`.
 * - `disconnect()`: stops delivery, resolves pending `listen`s; later `write`s give
 *   `Disconnected`. Disconnecting twice is harmless.
 * - Stats count frames handed to the medium (tx) and delivered to the listener (rx).
 */
export interface Net {
  readonly kind: "net";
  readonly mac: MacAddress;
  /** Largest payload after the Ethernet header (1500 for plain Ethernet). */
  readonly mtu: number;
  write(size: number, fill: (buf: Uint8Array) => number): Promise<Either<NetError, void>>;
  listen(onFrame: (frame: Uint8Array) => void): Promise<Either<NetError, void>>;
  disconnect(): Promise<void>;
  stats(): NetStats;
  resetStats(): void;
}

/** Mutable counters behind `stats()`/`resetStats()`, for backends. */
export interface StatsCounter {
  rx(bytes: number): void;
  tx(bytes: number): void;
  dropped(): void;
  snapshot(): NetStats;
  reset(): void;
}

export const statsCounter = (): StatsCounter => {
  let rxBytes = 0n;
  let rxPkts = 0;
  let txBytes = 0n;
  let txPkts = 0;
  let rxDropped = 0;
  return {
    rx(bytes) {
      rxBytes += BigInt(bytes);
      rxPkts++;
    },
    tx(bytes) {
      txBytes += BigInt(bytes);
      txPkts++;
    },
    dropped() {
      rxDropped++;
    },
    snapshot: () => ({ rxBytes, rxPkts, txBytes, txPkts, rxDropped }),
    reset() {
      rxBytes = 0n;
      txBytes = 0n;
      rxPkts = 0;
      txPkts = 0;
      rxDropped = 0;
    },
  };
};

/**
 * The fill step of a device's `write`, shared by backends that hand frames to a host device:
 * bounds `size`, lends a buffer reused across writes (a fresh one when `fill` writes again from
 * inside), checks the length `fill` reports, asks the device whether it is still usable
 * (`afterFill`, e.g. disconnected meanwhile), then requires at least an Ethernet header.
 * `device` completes the message: "a TAP device takes 14 to 1514 bytes".
 */
export const frameFiller = (max: number, device: string) => {
  const reused = new Uint8Array(max);
  let filling = false;
  return (
    size: number,
    fill: (buf: Uint8Array) => number,
    afterFill: () => NetError | undefined,
  ): Either<NetError, { readonly frame: Uint8Array; readonly len: number }> => {
    if (!Number.isSafeInteger(size) || size < 0 || size > max) return left(netError.invalidLength(size, max));
    const outer = !filling;
    const base = outer ? reused : new Uint8Array(max);
    let n: number;
    filling = true;
    try {
      n = fill(size === max ? base : base.subarray(0, size));
    } finally {
      if (outer) filling = false;
    }
    if (!Number.isSafeInteger(n) || n < 0 || n > size) return left(netError.invalidLength(n, size, "a frame: fill wrote"));
    const state = afterFill();
    if (state !== undefined) return left(state);
    if (n < ETHERNET_HEADER_BYTES) {
      return left({
        _tag: "InvalidLength",
        size: n,
        max,
        message: `Cannot send a frame of ${n} bytes: ${device} takes ${ETHERNET_HEADER_BYTES} to ${max} bytes (an Ethernet header at least)`,
      });
    }
    return right({ frame: base, len: n });
  };
};
