// Errors from the wire decoders: values, never exceptions.
import { left, type Either } from "fp-ts/Either";

export type WireProto = "ethernet" | "arp" | "ipv4" | "icmpv4" | "udp" | "tcp";

/**
 * - `Truncated`: fewer bytes than a length (fixed or read from a header field) says there are.
 * - `Malformed`: a field holds a value the protocol forbids (IHL < 5, bad option length, ...).
 * - `BadChecksum`: the checksum does not verify.
 * - `Unsupported`: valid, but not something this stack speaks (an ARP for another link layer).
 */
export type WireErrorTag = "Truncated" | "Malformed" | "BadChecksum" | "Unsupported";

export interface WireError {
  readonly _tag: WireErrorTag;
  readonly proto: WireProto;
  readonly message: string;
}

const make =
  (tag: WireErrorTag) =>
  <A = never>(proto: WireProto, message: string): Either<WireError, A> =>
    left({ _tag: tag, proto, message });

/** Constructors returning a `Left`, so decoders can `return wireError.truncated(...)`. */
export const wireError = {
  truncated: make("Truncated"),
  malformed: make("Malformed"),
  badChecksum: make("BadChecksum"),
  unsupported: make("Unsupported"),
} as const;
