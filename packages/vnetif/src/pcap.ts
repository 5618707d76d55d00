// Classic libpcap capture files, and a Net wrapper that records what crosses an interface.
//
// Core package: ES2022 only (it also runs inside a QuickJS guest), no Node or DOM types.
import type { Either } from "fp-ts/Either";
import type { MClock, PClock } from "@mirage/mirage-clock";
import type { Net, NetError, NetStats } from "@mirage/mirage-net";

export const PCAP_MAGIC_US = 0xa1b2c3d4;
export const PCAP_MAGIC_NS = 0xa1b23c4d;
export const LINKTYPE_ETHERNET = 1;
export const PCAP_GLOBAL_HEADER_BYTES = 24;
export const PCAP_RECORD_HEADER_BYTES = 16;

export interface PcapOptions {
  /** Longest part of a frame kept (default 65535); `orig_len` still says the full length. */
  readonly snaplen?: number;
  /** Default 1 (Ethernet). */
  readonly linktype?: number;
  /** Timestamp resolution (default "us", magic 0xa1b2c3d4; "ns" writes 0xa1b23c4d). */
  readonly precision?: "us" | "ns";
}

export interface PcapWriter {
  readonly snaplen: number;
  readonly linktype: number;
  readonly precision: "us" | "ns";
  /** Appends one record; `timeNs` is the capture time in ns (since the epoch, for tools that show dates). */
  writeFrame(timeNs: bigint, frame: Uint8Array): void;
  /** Records written so far. */
  frames(): number;
}

/**
 * A pcap writer: the 24-byte global header goes to `sink` at once, then one chunk per frame
 * (16-byte record header and the captured bytes). Little-endian, version 2.4, thiszone and
 * sigfigs 0. Chunks are fresh arrays the sink may keep.
 */
export const pcapWriter = (sink: (chunk: Uint8Array) => void, options: PcapOptions = {}): PcapWriter => {
  const snaplen = options.snaplen ?? 65535;
  const linktype = options.linktype ?? LINKTYPE_ETHERNET;
  const precision = options.precision ?? "us";
  if (!Number.isSafeInteger(snaplen) || snaplen < 1 || snaplen > 0xffffffff) {
    throw new RangeError(`Cannot make a pcap writer: snaplen must be an integer in 1..2^32-1, not ${snaplen}`);
  }
  if (!Number.isSafeInteger(linktype) || linktype < 0 || linktype > 0xffffffff) {
    throw new RangeError(`Cannot make a pcap writer: linktype must be an unsigned 32-bit integer, not ${linktype}`);
  }
  const sub = precision === "ns" ? 1n : 1000n;
  const header = new Uint8Array(PCAP_GLOBAL_HEADER_BYTES);
  const h = new DataView(header.buffer);
  h.setUint32(0, precision === "ns" ? PCAP_MAGIC_NS : PCAP_MAGIC_US, true);
  h.setUint16(4, 2, true);
  h.setUint16(6, 4, true);
  h.setInt32(8, 0, true);
  h.setUint32(12, 0, true);
  h.setUint32(16, snaplen, true);
  h.setUint32(20, linktype, true);
  sink(header);
  let count = 0;
  return {
    snaplen,
    linktype,
    precision,
    writeFrame(timeNs, frame) {
      const t = timeNs < 0n ? 0n : timeNs;
      const incl = Math.min(frame.length, snaplen);
      const rec = new Uint8Array(PCAP_RECORD_HEADER_BYTES + incl);
      const dv = new DataView(rec.buffer);
      dv.setUint32(0, Number((t / 1_000_000_000n) & 0xffffffffn), true);
      dv.setUint32(4, Number((t % 1_000_000_000n) / sub), true);
      dv.setUint32(8, incl, true);
      dv.setUint32(12, frame.length, true);
      rec.set(incl === frame.length ? frame : frame.subarray(0, incl), PCAP_RECORD_HEADER_BYTES);
      count++;
      sink(rec);
    },
    frames: () => count,
  };
};

/** A sink that keeps every chunk in memory; `bytes()` is the whole file so far. */
export const pcapMemory = (): { readonly sink: (chunk: Uint8Array) => void; bytes(): Uint8Array } => {
  const chunks: Uint8Array[] = [];
  let total = 0;
  return {
    sink(chunk) {
      chunks.push(chunk);
      total += chunk.length;
    },
    bytes() {
      const out = new Uint8Array(total);
      let off = 0;
      for (const c of chunks) {
        out.set(c, off);
        off += c.length;
      }
      return out;
    },
  };
};

/** Where capture timestamps come from: a wall clock, a monotonic clock, or anything with `now()`. */
export type TimeSource = PClock | MClock | { now(): bigint };

export const timeOf = (clock: TimeSource): (() => bigint) => ("elapsedNs" in clock ? () => clock.elapsedNs() : () => clock.now());

/**
 * `net`, with every frame it sends (as `fill` wrote it) and every frame its listener receives
 * recorded into `writer`. Everything else is `net`'s own.
 */
export const tapPcap = (net: Net, writer: PcapWriter, clock: TimeSource): Net => {
  const now = timeOf(clock);
  return {
    kind: "net",
    mac: net.mac,
    mtu: net.mtu,
    write(size: number, fill: (buf: Uint8Array) => number): Promise<Either<NetError, void>> {
      return net.write(size, (buf) => {
        const n = fill(buf);
        if (Number.isSafeInteger(n) && n >= 0 && n <= buf.length) writer.writeFrame(now(), buf.subarray(0, n));
        return n;
      });
    },
    listen(onFrame: (frame: Uint8Array) => void): Promise<Either<NetError, void>> {
      return net.listen((frame) => {
        writer.writeFrame(now(), frame);
        onFrame(frame);
      });
    },
    disconnect: () => net.disconnect(),
    stats: (): NetStats => net.stats(),
    resetStats: () => net.resetStats(),
  };
};
