// Ethernet II over a `Net`: demultiplexes received frames by EtherType and frames outgoing
// payloads. Bad or foreign frames are dropped and counted, never thrown on.
import { left, type Either } from "fp-ts/Either";
import { macAddress, netError, type MacAddress, type Net, type NetError } from "@mirage/mirage-net";
import { ETHERNET_HEADER_LEN } from "./wire/ethernet.ts";
import type { StackLogger } from "./context.ts";

/**
 * Called with each accepted frame of one EtherType: `payload` is everything after the header
 * (Ethernet padding included), `frame` the whole frame. Both are valid only during the call.
 */
export type EthernetInput = (payload: Uint8Array, frame: Uint8Array) => void;

export interface EthernetStats {
  readonly rxFrames: number;
  readonly rxDelivered: number;
  readonly rxDropped: {
    /** Shorter than the 14-byte header. */
    readonly truncated: number;
    /** Unicast to another MAC. */
    readonly notForUs: number;
    /** Sent with our own source MAC (looped back). */
    readonly ownSource: number;
    /** No handler for the EtherType. */
    readonly unknownEthertype: number;
    /** A handler threw (a bug above us, logged). */
    readonly handlerError: number;
  };
  readonly txFrames: number;
  readonly txErrors: number;
}

/** The smallest Ethernet frame without its FCS. */
export const ETHERNET_MIN_FRAME = 60;

export interface EthernetLayer {
  readonly mac: MacAddress;
  /** The largest payload after the header. */
  readonly mtu: number;
  /** Routes frames of `ethertype` to `input` (replacing any earlier handler). */
  register(ethertype: number, input: EthernetInput): void;
  /**
   * Sends one frame: the header to `dst`, then `payloadLen` bytes written in place by `fill`
   * (given exactly `payloadLen` bytes). More than `mtu` gives `InvalidLength`, `fill` uncalled.
   */
  write(dst: MacAddress, ethertype: number, payloadLen: number, fill: (payload: Uint8Array) => void): Promise<Either<NetError, void>>;
  /** The frame listener: hand it to `net.listen`. */
  readonly input: (frame: Uint8Array) => void;
  stats(): EthernetStats;
  /** Further writes give Disconnected; the Net itself is left alone. */
  disconnect(): void;
}

export interface EthernetOptions {
  readonly log?: StackLogger;
}

export const ethernetLayer = (net: Net, options: EthernetOptions = {}): EthernetLayer => {
  const mac = net.mac;
  const log = options.log;
  const handlers = new Map<number, EthernetInput>();
  let connected = true;
  const c = {
    rxFrames: 0,
    rxDelivered: 0,
    truncated: 0,
    notForUs: 0,
    ownSource: 0,
    unknownEthertype: 0,
    handlerError: 0,
    txFrames: 0,
    txErrors: 0,
  };

  const input = (frame: Uint8Array): void => {
    c.rxFrames++;
    if (frame.length < ETHERNET_HEADER_LEN) {
      c.truncated++;
      return;
    }
    // Group bit clear: unicast, which must be ours.
    if (((frame[0] as number) & 1) === 0 && !macAddress.equalAt(mac, frame, 0)) {
      c.notForUs++;
      return;
    }
    if (macAddress.equalAt(mac, frame, 6)) {
      c.ownSource++;
      return;
    }
    const ethertype = ((frame[12] as number) << 8) | (frame[13] as number);
    const handler = handlers.get(ethertype);
    if (handler === undefined) {
      c.unknownEthertype++;
      return;
    }
    c.rxDelivered++;
    try {
      handler(frame.subarray(ETHERNET_HEADER_LEN), frame);
    } catch (e) {
      c.handlerError++;
      log?.error("a protocol handler threw on a received frame", { ethertype, error: String(e) });
    }
  };

  const write = async (dst: MacAddress, ethertype: number, payloadLen: number, fill: (payload: Uint8Array) => void): Promise<Either<NetError, void>> => {
    if (!connected) return left(netError.disconnected("send a frame"));
    if (!Number.isSafeInteger(payloadLen) || payloadLen < 0 || payloadLen > net.mtu) {
      c.txErrors++;
      return left(netError.invalidLength(payloadLen, net.mtu, "an Ethernet payload of"));
    }
    // IEEE 802.3: a frame is at least 60 bytes before the FCS; shorter ones (an ARP reply is
    // 42) are padded with zeros, as a NIC would, so a real wire does not see runts.
    const end = ETHERNET_HEADER_LEN + payloadLen;
    const size = Math.max(end, ETHERNET_MIN_FRAME);
    const r = await net.write(size, (buf) => {
      buf.set(dst, 0);
      buf.set(mac, 6);
      buf[12] = (ethertype >>> 8) & 0xff;
      buf[13] = ethertype & 0xff;
      fill(buf.subarray(ETHERNET_HEADER_LEN, end));
      if (end < size) buf.fill(0, end, size);
      return size;
    });
    if (r._tag === "Left") c.txErrors++;
    else c.txFrames++;
    return r;
  };

  return {
    mac,
    mtu: net.mtu,
    register(ethertype, handler) {
      handlers.set(ethertype, handler);
    },
    write,
    input,
    stats: () => ({
      rxFrames: c.rxFrames,
      rxDelivered: c.rxDelivered,
      rxDropped: {
        truncated: c.truncated,
        notForUs: c.notForUs,
        ownSource: c.ownSource,
        unknownEthertype: c.unknownEthertype,
        handlerError: c.handlerError,
      },
      txFrames: c.txFrames,
      txErrors: c.txErrors,
    }),
    disconnect() {
      connected = false;
    },
  };
};
