// Ethernet II frames (no FCS, no VLAN tag).
import { right, type Either } from "fp-ts/Either";
import { macAddress, type MacAddress } from "@mirage/mirage-net";
import { wireError, type WireError } from "./error.ts";
import { dataView, emitRoomCheck } from "./util.ts";

/** EtherType values the stack knows; any other 16-bit value is kept as a number. */
export const EtherType = { Ipv4: 0x0800, Arp: 0x0806, Ipv6: 0x86dd } as const;

export const ETHERNET_HEADER_LEN = 14;

/** A view over an Ethernet II frame; `of` checks the length, after which no getter can fail. */
export class EthernetFrame {
  private constructor(
    readonly bytes: Uint8Array,
    private readonly dv: DataView,
  ) {}

  static of(bytes: Uint8Array): Either<WireError, EthernetFrame> {
    if (bytes.length < ETHERNET_HEADER_LEN) {
      return wireError.truncated("ethernet", `Cannot parse an Ethernet frame: ${bytes.length} bytes is shorter than the 14-byte header`);
    }
    return right(new EthernetFrame(bytes, dataView(bytes)));
  }

  /** Copies of the addresses; to test without allocating use `macAddress.equalAt(mac, frame.bytes, 0)`. */
  dst(): MacAddress {
    return this.bytes.slice(0, 6) as MacAddress;
  }
  src(): MacAddress {
    return this.bytes.slice(6, 12) as MacAddress;
  }
  ethertype(): number {
    return this.dv.getUint16(12);
  }
  /** Everything after the header (Ethernet padding included: the IP length says what counts). */
  payload(): Uint8Array {
    return this.bytes.subarray(ETHERNET_HEADER_LEN);
  }

  setDst(mac: MacAddress): void {
    this.bytes.set(mac, 0);
  }
  setSrc(mac: MacAddress): void {
    this.bytes.set(mac, 6);
  }
  setEthertype(t: number): void {
    this.dv.setUint16(12, t);
  }
}

export interface EthernetRepr {
  readonly dst: MacAddress;
  readonly src: MacAddress;
  readonly ethertype: number;
}

export const EthernetRepr = {
  headerLen: ETHERNET_HEADER_LEN,

  parse(frame: EthernetFrame): Either<WireError, EthernetRepr> {
    return right({ dst: frame.dst(), src: frame.src(), ethertype: frame.ethertype() });
  },

  /** `EthernetFrame.of` then `parse`. */
  decode(bytes: Uint8Array): Either<WireError, EthernetRepr> {
    const f = EthernetFrame.of(bytes);
    return f._tag === "Left" ? f : EthernetRepr.parse(f.right);
  },

  bufferLen(_repr: EthernetRepr, payloadLen: number): number {
    return ETHERNET_HEADER_LEN + payloadLen;
  },

  /** Writes the 14-byte header at the start of `bytes`; the payload goes at `bytes.subarray(14)`. */
  emit(repr: EthernetRepr, bytes: Uint8Array): void {
    emitRoomCheck("an Ethernet header", bytes.length, ETHERNET_HEADER_LEN);
    macAddress.write(repr.dst, bytes, 0);
    macAddress.write(repr.src, bytes, 6);
    bytes[12] = (repr.ethertype >>> 8) & 0xff;
    bytes[13] = repr.ethertype & 0xff;
  },
} as const;
