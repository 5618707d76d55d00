// The contract between IPv4 and the transports above it (TCP, UDP, ICMP) inside the direct
// stack. Frames are never copied on the way in: `payload` views the received frame and is valid
// only during the call. On the way out a transport fills the payload region in place.
import type { Either } from "fp-ts/Either";
import type { Ipv4Address } from "./wire/ipv4.ts";

/** Called with each received IP payload of one protocol (after reassembly). */
export type IpInput = (src: Ipv4Address, dst: Ipv4Address, payload: Uint8Array) => void;

export type IpWriteError =
  | { readonly _tag: "NoRoute"; readonly dst: Ipv4Address; readonly message: string }
  | { readonly _tag: "ArpTimeout"; readonly dst: Ipv4Address; readonly message: string }
  | { readonly _tag: "TooLarge"; readonly size: number; readonly message: string }
  | { readonly _tag: "Disconnected"; readonly message: string };

export interface IpWriteOptions {
  /** Source address to use (default: ours towards `dst`). */
  readonly src?: Ipv4Address;
  readonly ttl?: number;
  /** Set DF; a payload larger than the MTU then fails with TooLarge instead of fragmenting. */
  readonly dontFragment?: boolean;
}

export interface Ipv4Layer {
  /** The largest IP packet (header included) the link carries unfragmented. */
  readonly mtu: number;
  /** Our source address towards `dst`, or undefined when there is no route (or no address yet). */
  source(dst: Ipv4Address): Ipv4Address | undefined;
  /**
   * Sends one IP packet whose payload is `payloadLen` bytes written by `fill` into the buffer
   * it is given (exactly `payloadLen` long; `src` is the source address chosen, needed for the
   * pseudo-header checksum). Resolves once the packet (or all its fragments) is handed to the
   * device, after ARP resolution when needed.
   */
  write(dst: Ipv4Address, protocol: number, payloadLen: number, fill: (payload: Uint8Array, src: Ipv4Address) => void, options?: IpWriteOptions): Promise<Either<IpWriteError, void>>;
  /** Routes received packets of `protocol` (6 TCP, 17 UDP, 1 ICMP) to `input`. */
  register(protocol: number, input: IpInput): void;
}
