// Network over a Linux TAP device: the unix target's Net backend.
//
// The kernel side of the TAP is the host's interface (give it an address, bridge it, NAT it);
// this side is our stack's Ethernet port, with its own MAC. Frames cross with read/write on a
// non-blocking /dev/net/tun descriptor; a uv_poll handle on Node's loop says when to read
// (drain until EAGAIN) and, under back-pressure, when writing can resume. See native/tap.c.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { left, right, type Either } from "fp-ts/Either";
import { arg } from "@mirage/mirage-args";
import {
  ETHERNET_HEADER_BYTES,
  frameFiller,
  macAddress,
  maxFrameSize,
  netError,
  statsCounter,
  type MacAddress,
  type Net,
  type NetError,
} from "@mirage/mirage-net";
import { isTapSystemError, loadTapAddon, READABLE, WRITABLE, type TapAddon, type TapWatcher } from "./tap-addon.ts";

export interface TapNetOptions {
  /** Our stack's MAC (not the kernel side's). Default: a random locally administered unicast one. */
  readonly mac?: MacAddress;
  /** Largest payload after the Ethernet header, 68 to 65535. Default: the interface's MTU. */
  readonly mtu?: number;
  /**
   * The kernel's buffer for frames we wrote and it has not yet consumed, in bytes (TUNSETSNDBUF).
   * Default: the kernel's (unlimited). Writes beyond it wait for room instead of failing.
   */
  readonly sndbuf?: number;
  /** Where randomness for the default MAC comes from (default node:crypto). */
  readonly random?: { generate(n: number): Uint8Array };
  /**
   * Refuse a device that does not exist yet. As root, opening a missing TAP creates a fresh,
   * unconfigured one: a unikernel on it would run unreachable. The device uses this; tests that
   * create a TAP by opening it (then move it into a namespace) do not.
   */
  readonly mustExist?: boolean;
}

export type TapError =
  /** The device cannot be opened (or TAP devices are unavailable here); `code` is the errno name. */
  | { readonly _tag: "IoError"; readonly device: string; readonly code: string | undefined; readonly message: string }
  | { readonly _tag: "InvalidConfig"; readonly message: string };

/** A Net over a TAP device; `name` is the interface the kernel gave it. */
export interface TapNet extends Net {
  readonly name: string;
}

export interface TapConfig {
  /** The interface name, e.g. "tap0". Created if missing (needs CAP_NET_ADMIN), else attached to. */
  readonly name: string;
  /** Our MAC, "02:00:00:00:00:01"; default random. */
  readonly mac?: string;
  readonly mtu?: number;
}

const MAX_MTU = 65535;
/** Frames read per readiness callback before yielding to the loop. */
const READ_BATCH = 256;
/** Room for any frame the kernel may hand us, so an oversize frame is seen whole and dropped. */
const READ_BUFFER_BYTES = MAX_MTU + ETHERNET_HEADER_BYTES + 4;

const nodeRandom = { generate: (n: number): Uint8Array => new Uint8Array(randomBytes(n)) };

const openError = (device: string, e: unknown): TapError => ({
  _tag: "IoError",
  device,
  code: isTapSystemError(e) ? e.code : undefined,
  message: e instanceof Error ? e.message : `Cannot open TAP device ${device}: ${String(e)}`,
});

interface PendingWrite {
  readonly frame: Uint8Array;
  readonly resolve: (r: Either<NetError, void>) => void;
}

/**
 * Opens the TAP device `name` (attaching to an existing one, e.g. from
 * `ip tuntap add dev tap0 mode tap user $USER`, or creating it when allowed) as a Net.
 *
 * - `write` fills one reused buffer and hands the frame to the kernel. When the kernel's send
 *   buffer is full the frame is copied and sent, in order, once the device is writable: the
 *   promise resolves then. Frames shorter than an Ethernet header are refused (`InvalidLength`);
 *   a device that is down gives `IoError`.
 * - Frames from the kernel shorter than 14 bytes or longer than `mtu + 14`, and frames arriving
 *   while nobody listens, are dropped and counted in `rxDropped`.
 * - A listening interface (or one with writes waiting) keeps the process alive; `disconnect`
 *   closes the descriptor (a device `ip tuntap add` made persists, one we created goes away).
 * - If the device fails (deleted under us), `listen` resolves with `IoError` and later calls give it.
 */
export const tapNet = async (name: string, options: TapNetOptions = {}): Promise<Either<TapError, TapNet>> => {
  const addonE = loadTapAddon();
  if (addonE._tag === "Left") return left({ _tag: "IoError", device: name, code: undefined, message: `Cannot open TAP device ${name}: ${addonE.left}` });
  const addon: TapAddon = addonE.right;
  if (options.mtu !== undefined && (!Number.isSafeInteger(options.mtu) || options.mtu < 68 || options.mtu > MAX_MTU)) {
    return left({ _tag: "InvalidConfig", message: `Cannot open TAP device ${name}: the MTU must be an integer from 68 to ${MAX_MTU}, not ${options.mtu}` });
  }
  if (options.sndbuf !== undefined && (!Number.isSafeInteger(options.sndbuf) || options.sndbuf <= 0 || options.sndbuf > 0x7fffffff)) {
    return left({ _tag: "InvalidConfig", message: `Cannot open TAP device ${name}: sndbuf must be a positive number of bytes, not ${options.sndbuf}` });
  }
  if (options.mac !== undefined && (options.mac.length !== 6 || !macAddress.isUnicast(options.mac))) {
    return left({ _tag: "InvalidConfig", message: `Cannot open TAP device ${name}: the MAC address must be unicast, not ${macAddress.toString(options.mac)}` });
  }
  if (options.mustExist === true && process.getuid?.() === 0 && /^[^/\s]{1,15}$/.test(name) && !existsSync(`/sys/class/net/${name}`)) {
    return left({
      _tag: "IoError",
      device: name,
      code: "ENODEV",
      message: `Cannot open TAP device ${name}: no such interface (create it first: ip tuntap add dev ${name} mode tap && ip link set ${name} up)`,
    });
  }

  let dev: { readonly fd: number; readonly name: string };
  try {
    dev = addon.open(name);
  } catch (e) {
    return left(openError(name, e));
  }
  const fd = dev.fd;
  const ifname = dev.name;
  let mtu: number;
  try {
    if (options.sndbuf !== undefined) addon.setSndbuf(fd, options.sndbuf);
    mtu = options.mtu ?? addon.getMtu(ifname);
  } catch (e) {
    addon.close(fd);
    return left(openError(ifname, e));
  }

  const mac = options.mac ?? macAddress.localUnicast(options.random ?? nodeRandom);
  const max = maxFrameSize(mtu);
  const stats = statsCounter();
  const rbuf = new Uint8Array(READ_BUFFER_BYTES);
  const fillFrame = frameFiller(max, "a TAP device");
  const queue: PendingWrite[] = [];

  let connected = true;
  /** Set once the device fails; every later call reports it. */
  let failure: NetError | undefined;
  let listener: ((frame: Uint8Array) => void) | undefined;
  let endListen: ((r: Either<NetError, void>) => void) | undefined;
  let watcher: TapWatcher | undefined;

  const deviceFailed = (what: string, e: unknown): NetError => {
    const why = e instanceof Error ? e.message : String(e);
    return netError.ioError(`TAP device ${ifname} failed while ${what}: ${why}`);
  };

  /** Poll interest and whether it holds the process: readable always, writable under back-pressure. */
  const arm = (): void => {
    if (watcher === undefined) return;
    addon.setEvents(watcher, READABLE | (queue.length > 0 ? WRITABLE : 0));
    addon.setRef(watcher, listener !== undefined || queue.length > 0);
  };

  const fail = (err: NetError): void => {
    if (failure !== undefined) return;
    failure = err;
    if (watcher !== undefined) addon.setEvents(watcher, 0);
    const end = endListen;
    listener = undefined;
    endListen = undefined;
    for (const w of queue.splice(0)) w.resolve(left(err));
    end?.(left(err));
  };

  /** Hands one frame to the kernel: true when sent, false when it would block, or an error. */
  const send = (buf: Uint8Array, n: number): boolean | NetError => {
    let r: number;
    try {
      r = addon.write(fd, buf, n);
    } catch (e) {
      if (isTapSystemError(e) && e.code === "EIO") {
        return netError.ioError(`Cannot send a frame on ${ifname}: the interface is down (bring it up: ip link set ${ifname} up)`);
      }
      if (isTapSystemError(e) && e.code === "EINVAL") {
        return netError.ioError(`Cannot send a frame of ${n} bytes on ${ifname}: the kernel refused it (${e.message})`);
      }
      const err = deviceFailed("sending a frame", e);
      fail(err);
      return err;
    }
    if (r < 0) return false;
    stats.tx(n);
    return true;
  };

  const flush = (): void => {
    while (queue.length > 0 && connected && failure === undefined) {
      const head = queue[0] as PendingWrite;
      const r = send(head.frame, head.frame.length);
      if (r === false) break;
      queue.shift();
      head.resolve(r === true ? right(undefined) : left(r));
    }
    if (connected && failure === undefined) arm();
  };

  const drain = (): void => {
    for (let i = 0; i < READ_BATCH && connected && failure === undefined; i++) {
      let n: number;
      try {
        n = addon.read(fd, rbuf);
      } catch (e) {
        fail(deviceFailed("receiving", e));
        return;
      }
      if (n === 0) return;
      const deliver = listener;
      if (deliver === undefined || n < ETHERNET_HEADER_BYTES || n > max) {
        stats.dropped();
        continue;
      }
      stats.rx(n);
      deliver(rbuf.subarray(0, n));
    }
  };

  try {
    watcher = addon.watch(fd, (status, events) => {
      if (!connected || failure !== undefined) return;
      if (status < 0) {
        fail(netError.ioError(`TAP device ${ifname} failed: poll error ${status}`));
        return;
      }
      if ((events & WRITABLE) !== 0) flush();
      if ((events & READABLE) !== 0) drain();
    });
    arm();
  } catch (e) {
    if (watcher !== undefined) addon.unwatch(watcher);
    addon.close(fd);
    return left(openError(ifname, e));
  }

  const net: TapNet = {
    kind: "net",
    name: ifname,
    mac,
    mtu,

    async write(size, fill): Promise<Either<NetError, void>> {
      if (!connected) return left(netError.disconnected("send a frame"));
      if (failure !== undefined) return left(failure);
      const filled = fillFrame(size, fill, () => (!connected ? netError.disconnected("send a frame") : failure));
      if (filled._tag === "Left") return filled;
      const { frame: base, len: n } = filled.right;
      if (queue.length === 0) {
        const r = send(base, n);
        if (r === true) return right(undefined);
        if (r !== false) return left(r);
      }
      // Back-pressure: keep a copy and send it, in order, once the device is writable.
      return new Promise((resolve) => {
        queue.push({ frame: base.slice(0, n), resolve });
        arm();
      });
    },

    listen(onFrame): Promise<Either<NetError, void>> {
      if (!connected) return Promise.resolve(left(netError.disconnected("listen")));
      if (failure !== undefined) return Promise.resolve(left(failure));
      if (listener !== undefined) return Promise.resolve(left(netError.ioError(`Cannot listen on ${ifname}: this interface already has a listener`)));
      listener = onFrame;
      const p = new Promise<Either<NetError, void>>((resolve) => {
        endListen = resolve;
      });
      arm();
      return p;
    },

    async disconnect(): Promise<void> {
      if (!connected) return;
      connected = false;
      const w = watcher;
      watcher = undefined;
      if (w !== undefined) addon.unwatch(w);
      try {
        addon.close(fd);
      } catch {
        // already unusable; nothing more to release
      }
      const end = endListen;
      listener = undefined;
      endListen = undefined;
      for (const p of queue.splice(0)) p.resolve(left(netError.disconnected("send a frame")));
      end?.(right(undefined));
    },

    stats: () => stats.snapshot(),
    resetStats: () => stats.reset(),
  };
  return right(net);
};

/** The unix `net` device: `{ name: "tap0", mac?: "02:…" }`. */
/** `--interface=tap0`: the TAP device behind the default network interface ("service"). */
export const tapArgs = {
  interface: arg.string({ doc: 'the TAP device behind the default network interface "service"', docv: "NAME", default: "tap0" }),
};

export const tapDevice = {
  kind: "net" as const,
  args: tapArgs,
  connect: async (
    requested: TapConfig,
    _deps: {},
    ctx: { readonly random?: { generate(n: number): Uint8Array } } | undefined,
    args?: { readonly interface?: string },
  ): Promise<Either<TapError, TapNet>> => {
    // MirageOS names the default interface "service"; on unix it is a TAP device picked at boot.
    const config = requested.name === "service" ? { ...requested, name: args?.interface ?? "tap0" } : requested;
    if (typeof config.name !== "string" || config.name === "") {
      return left({ _tag: "InvalidConfig", message: "Cannot open a TAP device: its interface name (like tap0) is missing" });
    }
    let mac: MacAddress | undefined;
    if (config.mac !== undefined) {
      const parsed = macAddress.parse(config.mac);
      if (parsed._tag === "Left") return left({ _tag: "InvalidConfig", message: `Cannot open TAP device ${config.name}: ${parsed.left.message}` });
      mac = parsed.right;
    }
    return tapNet(config.name, {
      mustExist: true,
      ...(mac !== undefined ? { mac } : {}),
      ...(config.mtu !== undefined ? { mtu: config.mtu } : {}),
      ...(ctx?.random !== undefined ? { random: ctx.random } : {}),
    });
  },
};
