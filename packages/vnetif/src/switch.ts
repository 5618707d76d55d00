// An in-memory learning Ethernet switch: any number of `Net` ports in one process, with seeded
// fault injection on the link towards each port.
//
// Core package: ES2022 only (it also runs inside a QuickJS guest), no Node or DOM types.
import { left, right, type Either } from "fp-ts/Either";
import {
  ETHERNET_HEADER_BYTES,
  macAddress,
  maxFrameSize,
  netError,
  statsCounter,
  type MacAddress,
  type Net,
  type NetError,
  type NetStats,
  type StatsCounter,
} from "@mirage/mirage-net";
import { FaultStage, resetLink, snapshotLink, type FaultProfile, type LinkStats } from "./faults.ts";
import type { PcapWriter } from "./pcap.ts";
import { FaultRng } from "./random.ts";
import { schedulerOf, Timeline, type ClockSource, type Scheduler } from "./scheduler.ts";

export interface SwitchOptions {
  /** Drives delays, reordering and blackouts: `{ mclock, sleep }` (a `mockClock` fits) or a Scheduler. */
  readonly clock: ClockSource | Scheduler;
  /** The MTU of ports that do not set their own (default 1500). */
  readonly mtu?: number;
  /** Seeds every fault decision (default 0). Port n draws from its own stream of this seed. */
  readonly seed?: number;
  /** The profile of ports that do not set their own (default clean). */
  readonly faults?: FaultProfile;
  /**
   * How a batch of zero-delay frames is queued (default: a microtask). Pass a macrotask
   * (`setImmediate`, `(f) => setTimeout(f, 0)`) to let timers and I/O run between batches, so
   * two stacks ping-ponging forever cannot starve a test's timeout.
   */
  readonly defer?: (fn: () => void) => void;
}

export interface PortOptions {
  /** A unicast MAC no other port has (default 02:00:00:00:xx:yy, the next free one). */
  readonly mac?: MacAddress;
  /** Faults on the link from the switch to this port, i.e. on the frames this port receives. */
  readonly faults?: FaultProfile;
  /** Default: the switch's MTU. */
  readonly mtu?: number;
}

export interface PortStats extends LinkStats {
  /** Order of `connect`, from 0. */
  readonly port: number;
  readonly mac: string;
  readonly connected: boolean;
}

export interface SwitchStats {
  readonly ports: readonly PortStats[];
  /** Frames written by ports, including runts. */
  readonly received: number;
  /** Frames flooded (broadcast, multicast, unknown unicast, runts). */
  readonly flooded: number;
  /** Unicast frames for the port they came from, not sent back. */
  readonly filtered: number;
}

export interface CaptureOptions {
  /**
   * "ingress" (default): each frame once, as a port wrote it, before any fault. "delivery": each
   * copy handed to a port's listener, after faults (a flooded frame appears once per port).
   */
  readonly point?: "ingress" | "delivery";
  /** Timestamps (default: the switch's clock). Pass a PClock's `now` for wall-clock times. */
  readonly timeNs?: () => bigint;
}

export interface Switch {
  /** A new port, a `Net` joined to the switch. */
  connect(options?: PortOptions): Net;
  /** Replaces the faults on the link towards `port`. */
  setFaults(port: Net, profile: FaultProfile): void;
  stats(): SwitchStats;
  portStats(port: Net): PortStats | undefined;
  resetStats(): void;
  /** Records frames into a pcap writer until the returned function is called. */
  capture(writer: PcapWriter, options?: CaptureOptions): () => void;
  /** The forwarding table: MAC (as text) to port number, static (port MACs) and learned. */
  macTable(): ReadonlyMap<string, number>;
  /** Frames in flight (queued or delayed). */
  pending(): number;
  /** Earliest deadline of a delayed frame on the switch's clock, if any: how far a test should advance. */
  nextDeadlineNs(): bigint | undefined;
  /** Switch time: ns since the switch was made (what blackout windows count). */
  nowNs(): bigint;
}

interface Capture {
  readonly writer: PcapWriter;
  readonly time: () => bigint;
}

const macKey = (b: Uint8Array, off: number): number =>
  ((b[off] ?? 0) * 0x10000 + (b[off + 1] ?? 0) * 0x100 + (b[off + 2] ?? 0)) * 0x1000000 +
  (b[off + 3] ?? 0) * 0x10000 +
  (b[off + 4] ?? 0) * 0x100 +
  (b[off + 5] ?? 0);

const RIGHT: Promise<Either<NetError, void>> = Promise.resolve(right(undefined));

const checkMtu = (mtu: number, what: string): number => {
  if (!Number.isSafeInteger(mtu) || mtu < 0) throw new RangeError(`Cannot ${what}: the MTU must be a non-negative integer, not ${mtu}`);
  return mtu;
};

class Port implements Net {
  readonly kind = "net" as const;
  readonly max: number;
  readonly netStats: StatsCounter = statsCounter();
  readonly stage: FaultStage;
  connected = true;
  private listener: ((frame: Uint8Array) => void) | undefined = undefined;
  private stopListening: (() => void) | undefined = undefined;

  constructor(
    private readonly sw: SwitchImpl,
    readonly index: number,
    readonly mac: MacAddress,
    readonly mtu: number,
    profile: FaultProfile,
    rng: FaultRng,
  ) {
    this.max = maxFrameSize(mtu);
    this.stage = new FaultStage(sw.timeline, rng, sw.origin, this.max, (f) => this.arrive(f), profile);
  }

  write(size: number, fill: (buf: Uint8Array) => number): Promise<Either<NetError, void>> {
    if (!this.connected) return Promise.resolve(left(netError.disconnected("send a frame")));
    if (!Number.isSafeInteger(size) || size < 0 || size > this.max) return Promise.resolve(left(netError.invalidLength(size, this.max)));
    const sw = this.sw;
    // Fill into the switch's scratch buffer, then copy exactly the bytes written.
    const reuse = !sw.filling && sw.scratch.length >= size;
    const buf = reuse ? sw.scratch.subarray(0, size) : new Uint8Array(size);
    let n: number;
    sw.filling = true;
    try {
      n = fill(buf);
    } catch (e) {
      return Promise.reject(e);
    } finally {
      if (reuse) sw.filling = false;
    }
    if (!Number.isSafeInteger(n) || n < 0 || n > size) return Promise.resolve(left(netError.invalidLength(n, size, "a frame: fill wrote")));
    const frame = buf.slice(0, n);
    this.netStats.tx(n);
    sw.forward(this, frame);
    return RIGHT;
  }

  listen(onFrame: (frame: Uint8Array) => void): Promise<Either<NetError, void>> {
    if (!this.connected) return Promise.resolve(left(netError.disconnected("listen")));
    if (this.listener !== undefined) return Promise.resolve(left(netError.ioError("Cannot listen: this interface already has a listener")));
    this.listener = onFrame;
    return new Promise((resolve) => {
      this.stopListening = () => resolve(right(undefined));
    });
  }

  async disconnect(): Promise<void> {
    if (!this.connected) return;
    this.connected = false;
    this.listener = undefined;
    this.sw.unplug(this);
    this.stopListening?.();
    this.stopListening = undefined;
  }

  stats(): NetStats {
    return this.netStats.snapshot();
  }

  resetStats(): void {
    this.netStats.reset();
  }

  /** A frame the link delivers now. */
  arrive(frame: Uint8Array): void {
    const c = this.stage.counters;
    if (!this.connected) {
      c.dropped.disconnected++;
      return;
    }
    if (frame.length < ETHERNET_HEADER_BYTES) {
      c.dropped.runt++;
      this.netStats.dropped();
      return;
    }
    const listener = this.listener;
    if (listener === undefined) {
      c.dropped.noListener++;
      this.netStats.dropped();
      return;
    }
    c.delivered++;
    c.deliveredBytes += frame.length;
    this.netStats.rx(frame.length);
    const caps = this.sw.deliveryCaptures;
    for (let i = 0; i < caps.length; i++) {
      const cap = caps[i] as Capture;
      cap.writer.writeFrame(cap.time(), frame);
    }
    listener(frame);
  }
}

class SwitchImpl implements Switch {
  readonly timeline: Timeline;
  readonly origin: bigint;
  readonly ports: Port[] = [];
  /** Port MACs; never overridden by learning. */
  private readonly statics = new Map<number, Port>();
  private readonly learned = new Map<number, Port>();
  private readonly defaultMtu: number;
  private readonly seed: number;
  private readonly defaultFaults: FaultProfile;
  private nextMac = 1;
  scratch = new Uint8Array(0);
  filling = false;
  ingressCaptures: Capture[] = [];
  deliveryCaptures: Capture[] = [];
  private received = 0;
  private flooded = 0;
  private filtered = 0;

  constructor(options: SwitchOptions) {
    this.timeline = new Timeline(schedulerOf(options.clock), options.defer);
    this.origin = this.timeline.now();
    this.defaultMtu = checkMtu(options.mtu ?? 1500, "make a switch");
    this.seed = options.seed ?? 0;
    if (!Number.isFinite(this.seed)) throw new RangeError(`Cannot make a switch: the seed must be a finite number, not ${this.seed}`);
    this.defaultFaults = options.faults ?? {};
  }

  connect(options: PortOptions = {}): Net {
    const mtu = checkMtu(options.mtu ?? this.defaultMtu, "connect a port");
    let mac = options.mac;
    if (mac !== undefined) {
      if (mac.length !== 6 || !macAddress.isUnicast(mac)) throw new RangeError(`Cannot connect a port: its MAC must be a unicast address`);
      if (this.statics.has(macKey(mac, 0))) throw new RangeError(`Cannot connect a port: another port has MAC ${macAddress.toString(mac)}`);
    } else {
      for (;;) {
        const n = this.nextMac++;
        const b = new Uint8Array([2, 0, 0, 0, (n >> 8) & 0xff, n & 0xff]);
        if (!this.statics.has(macKey(b, 0))) {
          mac = b as MacAddress;
          break;
        }
      }
    }
    const index = this.ports.length;
    const port = new Port(this, index, mac, mtu, options.faults ?? this.defaultFaults, new FaultRng(this.seed, index));
    this.ports.push(port);
    const key = macKey(mac, 0);
    this.statics.set(key, port);
    this.learned.delete(key);
    if (this.scratch.length < port.max) this.scratch = new Uint8Array(port.max);
    return port;
  }

  private own(net: Net): Port | undefined {
    return net instanceof Port && this.ports[net.index] === net ? net : undefined;
  }

  setFaults(net: Net, profile: FaultProfile): void {
    const p = this.own(net);
    if (p === undefined) throw new RangeError("Cannot set faults: that interface is not a port of this switch");
    p.stage.setProfile(profile);
  }

  /** A frame written by `src` (a copy the switch owns). */
  forward(src: Port, frame: Uint8Array): void {
    this.received++;
    const caps = this.ingressCaptures;
    for (let i = 0; i < caps.length; i++) {
      const cap = caps[i] as Capture;
      cap.writer.writeFrame(cap.time(), frame);
    }
    if (frame.length < ETHERNET_HEADER_BYTES) {
      this.flood(src, frame);
      return;
    }
    const srcKey = macKey(frame, 6);
    if (((frame[6] ?? 0) & 1) === 0 && this.statics.get(srcKey) === undefined && this.learned.get(srcKey) !== src) {
      this.learned.set(srcKey, src);
    }
    if (((frame[0] ?? 0) & 1) === 1) {
      this.flood(src, frame);
      return;
    }
    const dstKey = macKey(frame, 0);
    const dst = this.statics.get(dstKey) ?? this.learned.get(dstKey);
    if (dst === undefined) {
      this.flood(src, frame);
      return;
    }
    if (dst === src) {
      this.filtered++;
      return;
    }
    dst.stage.push(frame);
  }

  private flood(src: Port, frame: Uint8Array): void {
    this.flooded++;
    // Each port gets its own copy: faults change frames in place, and listeners may too.
    let last: Port | undefined;
    for (const p of this.ports) {
      if (p === src || !p.connected) continue;
      if (last !== undefined) last.stage.push(frame.slice());
      last = p;
    }
    last?.stage.push(frame);
  }

  unplug(port: Port): void {
    this.statics.delete(macKey(port.mac, 0));
    for (const [k, p] of this.learned) if (p === port) this.learned.delete(k);
  }

  private portStatsOf(p: Port): PortStats {
    return { port: p.index, mac: macAddress.toString(p.mac), connected: p.connected, ...snapshotLink(p.stage.counters) };
  }

  stats(): SwitchStats {
    return { ports: this.ports.map((p) => this.portStatsOf(p)), received: this.received, flooded: this.flooded, filtered: this.filtered };
  }

  portStats(net: Net): PortStats | undefined {
    const p = this.own(net);
    return p === undefined ? undefined : this.portStatsOf(p);
  }

  resetStats(): void {
    for (const p of this.ports) resetLink(p.stage.counters);
    this.received = 0;
    this.flooded = 0;
    this.filtered = 0;
  }

  capture(writer: PcapWriter, options: CaptureOptions = {}): () => void {
    const cap: Capture = { writer, time: options.timeNs ?? (() => this.timeline.now()) };
    const delivery = options.point === "delivery";
    // Copy-on-write lists, so a capture started or stopped during delivery is safe.
    if (delivery) this.deliveryCaptures = [...this.deliveryCaptures, cap];
    else this.ingressCaptures = [...this.ingressCaptures, cap];
    return () => {
      if (delivery) this.deliveryCaptures = this.deliveryCaptures.filter((c) => c !== cap);
      else this.ingressCaptures = this.ingressCaptures.filter((c) => c !== cap);
    };
  }

  macTable(): ReadonlyMap<string, number> {
    const m = new Map<string, number>();
    const name = (k: number): string => {
      const b = new Uint8Array(6);
      let x = k;
      for (let i = 5; i >= 0; i--) {
        b[i] = x % 256;
        x = Math.floor(x / 256);
      }
      return macAddress.toString(b as MacAddress);
    };
    for (const [k, p] of this.statics) m.set(name(k), p.index);
    for (const [k, p] of this.learned) m.set(name(k), p.index);
    return m;
  }

  pending(): number {
    return this.timeline.pending();
  }

  nextDeadlineNs(): bigint | undefined {
    return this.timeline.nextDeadline();
  }

  nowNs(): bigint {
    return this.timeline.now() - this.origin;
  }
}

/**
 * A learning switch. Frames go to the port that owns (or was last seen sending from) the
 * destination MAC; broadcast, multicast and unknown unicast are flooded to every other port;
 * nothing is sent back out of the port it came from. Delivery is always asynchronous (never
 * inside the writer's `write` or `onFrame`), FIFO per port unless the port's faults reorder.
 * Faults apply on the link towards each port, with the port's own seeded generator.
 */
export const createSwitch = (options: SwitchOptions): Switch => new SwitchImpl(options);
