// Types for manifest.mjs (the Solo5 manifest note generator).
export type DeviceType = "NET_BASIC" | "BLOCK_BASIC" | "net" | "block";
export interface Device {
  readonly name: string;
  readonly type: DeviceType;
}
export declare const MFT_VERSION: number;
export declare const MFT_MAX_DEVICES: number;
export declare const MFT_ENTRY_SIZE: number;
export declare const MFT_NAME_MAX: number;
export declare const NOTE_TYPE_MFT1: number;
export declare const NOTE_TYPE_ABI1: number;
export declare const DEVICE_TYPES: { readonly BLOCK_BASIC: 1; readonly NET_BASIC: 2 };
export declare function manifestErrors(devices: readonly Device[]): string[];
export declare function manifestNote(devices: readonly Device[]): Buffer;
export declare function manifestAssembly(devices: readonly Device[]): string;
export declare function solo5Notes(elf: Buffer): { type: number; desc: Buffer; phdr: number }[];
export declare function readManifest(elf: Buffer): {
  abi: { target: string | number; version: number } | null;
  devices: { name: string; type: "NET_BASIC" | "BLOCK_BASIC" | number }[] | null;
};
