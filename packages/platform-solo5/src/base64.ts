// Crunched files in a guest: the generated crunch modules of Solo5 targets import this
// `base64Decode` in place of @mirage/mirage-kv's, so a site's files are decoded by the C runtime
// at module init instead of interpreted byte by byte (a 10 MB site took 38 s of a virtio boot
// under QEMU's emulator). Same contract as mirage-kv's: test/solo5/base64.test.ts compares them
// inside a guest.
//
// Core module: ES2022 only (it runs inside QuickJS), no Node or DOM types.
import { getHost, type Host } from "./host.ts";

let host: Host | undefined;

export const base64Decode = (text: string): Uint8Array => (host ??= getHost()).base64Decode(text);
