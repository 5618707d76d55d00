// The implementations config.ts can pick, MirageOS-style: one factory per implementation, each
// naming the module that has its DeviceDefinition and the targets that have it.
import { impl, matchKey, matchTarget, SOLO5_TARGETS, type Device, type Impl, type MatchKey, type MatchTarget } from "./device.ts";

const UNIX = ["unix"] as const;
const SOLO5 = SOLO5_TARGETS;
const SOLO5_DEVICES = "@mirage/platform-solo5/devices";
const show = (s: string): string => JSON.stringify(s);

/** A directory compiled into the artefact at configure time: read-only, every target. */
export const crunch = (dir: string): Impl<"kv.ro"> =>
  impl({ kind: "kv.ro", name: "crunch", label: `crunch(${show(dir)})`, module: "@mirage/mirage-kv/crunch", export: "crunchDevice", config: {}, embed: { dir } });

/** A host directory read at run time (unix). Paths are relative to config.ts. */
export const directKv = (dir: string): Impl<"kv.ro"> =>
  impl({ kind: "kv.ro", name: "directKv", label: `directKv(${show(dir)})`, module: "@mirage/platform-unix/kv-fs", export: "fsKvRoDevice", config: { root: dir }, paths: ["root"], targets: UNIX });

/** A writable host directory (unix): atomic writes, created when missing. */
export const directKvRw = (dir: string): Impl<"kv.rw"> =>
  impl({ kind: "kv.rw", name: "directKvRw", label: `directKvRw(${show(dir)})`, module: "@mirage/platform-unix/kv-fs", export: "fsKvRwDevice", config: { root: dir }, paths: ["root"], targets: UNIX });

/** A store in memory, empty at boot; `capacity` in bytes makes writes past it fail with NoSpace. */
export const memKv = (options: { readonly capacity?: number } = {}): Impl<"kv.rw"> =>
  impl({ kind: "kv.rw", name: "memKv", label: `memKv(${options.capacity === undefined ? "" : `{ capacity: ${options.capacity} }`})`, module: "@mirage/mirage-kv/mem", export: "memKvDevice", config: { ...options } });

/** MirageOS's `generic_kv_ro`: the directory itself on unix, crunched into the image elsewhere. */
export const genericKvRo = (dir: string): MatchTarget<"kv.ro"> => matchTarget({ unix: directKv(dir), default: crunch(dir) });

export interface BlockFileOptions {
  readonly sectorSize?: number;
  readonly readOnly?: boolean;
  /** Create a zero-filled file of this many sectors when the file is missing. */
  readonly createSectors?: number;
}

/** A block device over a host file (unix), like MirageOS's `block_of_file`. */
export const blockOfFile = (path: string, options: BlockFileOptions = {}): Impl<"block"> =>
  impl({ kind: "block", name: "blockOfFile", label: `blockOfFile(${show(path)})`, module: "@mirage/platform-unix/block-file", export: "fileBlockDevice", config: { path, ...options }, paths: ["path"], targets: UNIX });

/** A disk in memory, zero-filled at boot. */
export const ramdisk = (options: { readonly sizeSectors: number; readonly sectorSize?: number }): Impl<"block"> =>
  impl({ kind: "block", name: "ramdisk", label: `ramdisk({ sizeSectors: ${options.sizeSectors} })`, module: "@mirage/mirage-block", export: "ramdiskDevice", config: { ...options } });

const unixClock = <K extends "pclock" | "mclock" | "sleep">(kind: K, exportName: string): Impl<K> =>
  impl({ kind, name: exportName.replace(/Device$/, ""), label: `unix ${kind}`, module: "@mirage/platform-unix/clock", export: exportName, config: {}, targets: UNIX });
const solo5Clock = <K extends "pclock" | "mclock" | "sleep" | "random">(kind: K, exportName: string): Impl<K> =>
  impl({ kind, name: exportName.replace(/Device$/, ""), label: `solo5 ${kind}`, module: SOLO5_DEVICES, export: exportName, config: {}, targets: SOLO5 });
const perTarget = <K extends "pclock" | "mclock" | "sleep" | "random">(unix: Impl<K>, solo5: Impl<K>): MatchTarget<K> =>
  matchTarget({ unix, spt: solo5, hvt: solo5, virtio: solo5 }) as MatchTarget<K>;

/** Wall-clock time (MirageOS `default_posix_clock`). */
export const defaultPosixClock: MatchTarget<"pclock"> = perTarget(unixClock("pclock", "pclockDevice"), solo5Clock("pclock", "pclockDevice"));
/** Monotonic time (MirageOS `default_monotonic_clock`). */
export const defaultMonotonicClock: MatchTarget<"mclock"> = perTarget(unixClock("mclock", "mclockDevice"), solo5Clock("mclock", "mclockDevice"));
/** Sleeping (MirageOS `default_time`). */
export const defaultSleep: MatchTarget<"sleep"> = perTarget(unixClock("sleep", "sleepDevice"), solo5Clock("sleep", "sleepDevice"));
/** A ChaCha20 generator seeded from the platform's entropy (MirageOS `default_random`). */
export const defaultRandom: MatchTarget<"random"> = perTarget(
  impl({ kind: "random", name: "random", label: "unix random", module: "@mirage/platform-unix/random", export: "randomDevice", config: {}, targets: UNIX }),
  solo5Clock("random", "randomDevice"),
);

/**
 * A network interface: a TAP device on unix (created beforehand: `ip tuntap add dev tap0 mode
 * tap`), the tender's net device of that name on Solo5. MirageOS calls the default one
 * "service"; on unix the runtime argument `--interface` names the TAP device (default tap0).
 */
export const netif = (name = "service"): MatchTarget<"net"> => {
  const label = `netif(${show(name)})`;
  const solo5 = impl({ kind: "net", name: "netif", label, module: SOLO5_DEVICES, export: "netifDevice", config: { name }, targets: SOLO5, manifest: { name, type: "net" } });
  return matchTarget({
    unix: impl({ kind: "net", name: "netif", label, module: "@mirage/platform-unix/tap", export: "tapDevice", config: { name }, targets: UNIX }),
    spt: solo5,
    hvt: solo5,
    virtio: solo5,
  });
};

/**
 * A block device the Solo5 tender attaches (`--block:storage=disk.img`): an entry of the
 * image's manifest. On unix use `blockOfFile`.
 */
export const blockDevice = (name = "storage"): Impl<"block"> =>
  impl({ kind: "block", name: "blockDevice", label: `blockDevice(${show(name)})`, module: SOLO5_DEVICES, export: "blockDevice", config: { name }, targets: SOLO5, manifest: { name, type: "block" } });

/** The host's own TCP/IP through node:net and node:dgram (unix; no TAP, no root). */
export const socketStack = (options: { readonly bind?: string } = {}): Impl<"stackv4"> =>
  impl({ kind: "stackv4", name: "socketStack", label: `socketStack(${options.bind === undefined ? "" : show(options.bind)})`, module: "@mirage/platform-unix/socket-stack", export: "socketStackDevice", config: { ...options }, targets: UNIX });

export interface DirectStackOptions {
  /** The default address (`--ipv4` overrides it at boot); without either, DHCP. */
  readonly ipv4?: string;
  readonly gateway?: string;
}

/** Our own TCP/IP over a network interface: ARP, IPv4, ICMP, UDP, TCP (every target). */
export const directStack = (net: Device<"net">, options: DirectStackOptions = {}): Impl<"stackv4"> =>
  impl({ kind: "stackv4", name: "directStack", label: `directStack(${options.ipv4 === undefined ? "" : show(options.ipv4)})`, module: "@mirage/tcpip/stack", export: "directStackDevice", config: { ...options }, deps: { net } });

/**
 * MirageOS's `generic_stackv4`: on unix the socket stack unless configured with `--net=direct`;
 * on other targets the direct stack over the default interface.
 */
export const genericStack = (options: DirectStackOptions = {}): MatchTarget<"stackv4"> =>
  matchTarget({
    unix: matchKey("net", { doc: "socket: the host's TCP/IP; direct: our stack over a TAP device", default: "socket" }, { socket: socketStack(), direct: directStack(netif(), options) }),
    default: directStack(netif(), options),
  });

export type { MatchKey };
