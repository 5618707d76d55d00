// Types for image.mjs (building the Solo5 side, linking guest images).
import type { Device } from "../manifest.mjs";
export type Target = "spt" | "hvt" | "virtio";
/** The targets run by a tender of this package. */
export type TenderTarget = "spt" | "hvt";
export declare const nativeDir: string;
export declare const packageDir: string;
export declare const buildDir: string;
export declare const linkerScript: string;
export declare const includeDir: string;
export declare const TARGETS: readonly Target[];
export declare const TENDER_TARGETS: readonly TenderTarget[];
export declare const tenderPaths: Readonly<Record<TenderTarget, string>>;
/** Throws unless a multiboot loader that follows the header's addresses loads the ELF's segments. */
export declare function checkMultibootImage(elf: Uint8Array): void;
export declare function guestCflags(target: Target): string[];
export declare function guestLdflags(): string[];
export declare function bindingsLib(target: Target): string;
export declare function testGuest(name: string, target?: Target): string;
export declare function buildBindings(target: Target): Promise<{ out: string; built: boolean }>;
export declare function buildTender(target: TenderTarget): Promise<{ out: string; built: boolean }>;
export declare function linkImage(options: {
  target: Target;
  objects: readonly string[];
  devices?: readonly Device[];
  out: string;
  libs?: readonly string[];
  workDir?: string;
}): Promise<string>;
export declare function buildTestGuests(): Promise<string[]>;
export declare function buildSolo5(options?: { log?: (line: string) => void }): Promise<string[]>;
export interface QuickjsRecipe {
  quickjsVersion: string;
  cflags: string[];
  include: string;
  qjsc: string;
  link: { flags: string[]; libs: string[] };
}
export declare function quickjsRecipe(): QuickjsRecipe | undefined;
export declare function runtimeLib(target: Target): string;
export declare function runtimeCflags(target: Target, recipe?: QuickjsRecipe): string[];
export declare function buildRuntime(target: Target): Promise<{ out: string; built: boolean; missing?: boolean }>;
export declare function compileBytecode(options: { js: string; out: string; target?: Target; module?: boolean; bootTrace?: boolean }): Promise<string>;
export declare function linkJsImage(options: {
  target: Target;
  js: string;
  devices?: readonly Device[];
  out: string;
  workDir?: string;
  module?: boolean;
  /** Print "mirage-boot-trace: start=NS context=NS ..." (monotonic clock) when the guest first idles or ends. */
  bootTrace?: boolean;
}): Promise<string>;
