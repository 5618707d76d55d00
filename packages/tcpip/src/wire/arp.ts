// ARP (RFC 826). The view reads any hardware/protocol sizes; the repr speaks Ethernet/IPv4 only.
import { right, type Either } from "fp-ts/Either";
import { macAddress, type MacAddress } from "@mirage/mirage-net";
import { wireError, type WireError } from "./error.ts";
import { dataView, emitRoomCheck } from "./util.ts";
import { ipv4Address, type Ipv4Address } from "./ipv4.ts";

export const ArpHardware = { Ethernet: 1 } as const;
export const ArpOperation = { Request: 1, Reply: 2 } as const;

const ARP_FIXED_LEN = 8;
/** An Ethernet/IPv4 ARP packet (Ethernet pads it to 46 bytes; the padding is ignored). */
export const ARP_ETHERNET_IPV4_LEN = 28;

/**
 * A view over an ARP packet. `of` checks the 8 fixed bytes and the four addresses that the
 * hardware and protocol lengths announce.
 */
export class ArpPacket {
  private constructor(
    readonly bytes: Uint8Array,
    private readonly dv: DataView,
  ) {}

  static of(bytes: Uint8Array): Either<WireError, ArpPacket> {
    if (bytes.length < ARP_FIXED_LEN) {
      return wireError.truncated("arp", `Cannot parse an ARP packet: ${bytes.length} bytes is shorter than the 8-byte fixed header`);
    }
    const need = ARP_FIXED_LEN + 2 * ((bytes[4] as number) + (bytes[5] as number));
    if (bytes.length < need) {
      return wireError.truncated("arp", `Cannot parse an ARP packet: its address lengths need ${need} bytes but only ${bytes.length} arrived`);
    }
    return right(new ArpPacket(bytes, dataView(bytes)));
  }

  hardwareType(): number {
    return this.dv.getUint16(0);
  }
  protocolType(): number {
    return this.dv.getUint16(2);
  }
  hardwareLen(): number {
    return this.dv.getUint8(4);
  }
  protocolLen(): number {
    return this.dv.getUint8(5);
  }
  operation(): number {
    return this.dv.getUint16(6);
  }
  /** The raw address fields, as views (lengths from the header). */
  senderHardwareAddr(): Uint8Array {
    const h = this.hardwareLen();
    return this.bytes.subarray(8, 8 + h);
  }
  senderProtocolAddr(): Uint8Array {
    const h = this.hardwareLen();
    return this.bytes.subarray(8 + h, 8 + h + this.protocolLen());
  }
  targetHardwareAddr(): Uint8Array {
    const h = this.hardwareLen();
    const p = this.protocolLen();
    return this.bytes.subarray(8 + h + p, 8 + 2 * h + p);
  }
  targetProtocolAddr(): Uint8Array {
    const h = this.hardwareLen();
    const p = this.protocolLen();
    return this.bytes.subarray(8 + 2 * h + p, 8 + 2 * h + 2 * p);
  }
}

export interface ArpRepr {
  readonly operation: "request" | "reply";
  readonly senderHardwareAddr: MacAddress;
  readonly senderProtocolAddr: Ipv4Address;
  readonly targetHardwareAddr: MacAddress;
  readonly targetProtocolAddr: Ipv4Address;
}

export const ArpRepr = {
  /** Ethernet (1) / IPv4 (0x0800) / 6 / 4 and a request or reply; anything else is Unsupported. */
  parse(p: ArpPacket): Either<WireError, ArpRepr> {
    const htype = p.hardwareType();
    const ptype = p.protocolType();
    const hlen = p.hardwareLen();
    const plen = p.protocolLen();
    if (htype !== 1 || ptype !== 0x0800 || hlen !== 6 || plen !== 4) {
      return wireError.unsupported(
        "arp",
        `Cannot parse an ARP packet: hardware type ${htype}, protocol type 0x${ptype.toString(16)}, lengths ${hlen}/${plen} are not Ethernet/IPv4 (1, 0x800, 6/4)`,
      );
    }
    const op = p.operation();
    if (op !== 1 && op !== 2) {
      return wireError.unsupported("arp", `Cannot parse an ARP packet: operation ${op} is neither request (1) nor reply (2)`);
    }
    const b = p.bytes;
    return right({
      operation: op === 1 ? "request" : "reply",
      senderHardwareAddr: b.slice(8, 14) as MacAddress,
      senderProtocolAddr: ipv4Address.read(b, 14),
      targetHardwareAddr: b.slice(18, 24) as MacAddress,
      targetProtocolAddr: ipv4Address.read(b, 24),
    });
  },

  /** `ArpPacket.of` then `parse`. */
  decode(bytes: Uint8Array): Either<WireError, ArpRepr> {
    const p = ArpPacket.of(bytes);
    return p._tag === "Left" ? p : ArpRepr.parse(p.right);
  },

  bufferLen: (_repr: ArpRepr): number => ARP_ETHERNET_IPV4_LEN,

  /** Writes 28 bytes at the start of `bytes` (throws a RangeError if there is less room). */
  emit(repr: ArpRepr, bytes: Uint8Array): void {
    emitRoomCheck("an ARP packet", bytes.length, ARP_ETHERNET_IPV4_LEN);
    const dv = dataView(bytes);
    dv.setUint16(0, 1);
    dv.setUint16(2, 0x0800);
    dv.setUint8(4, 6);
    dv.setUint8(5, 4);
    dv.setUint16(6, repr.operation === "request" ? 1 : 2);
    macAddress.write(repr.senderHardwareAddr, bytes, 8);
    dv.setUint32(14, repr.senderProtocolAddr);
    macAddress.write(repr.targetHardwareAddr, bytes, 18);
    dv.setUint32(24, repr.targetProtocolAddr);
  },
} as const;
