// Booting .virtio images the way a user does: plain qemu-system-x86_64 -kernel, QEMU's emulator
// (this machine has no usable KVM), the serial console on stdout, isa-debug-exit for the status.
import { spawnSync } from "node:child_process";

export const QEMU = "qemu-system-x86_64";

export const canRunQemu = (): { ok: true } | { ok: false; why: string } => {
  const r = spawnSync(QEMU, ["--version"], { encoding: "utf8" });
  return r.status === 0 ? { ok: true } : { ok: false, why: `no ${QEMU} (apt-get install qemu-system-x86)` };
};

/** The README's command line: emulator, no default devices, serial on stdio, the exit device. */
export const qemuArgs = (image: string, o: { append?: string; mem?: number; devices?: readonly string[] } = {}): string[] => [
  "-accel", "tcg", "-cpu", "qemu64,+rdrand", "-m", String(o.mem ?? 64),
  "-nodefaults", "-no-reboot", "-display", "none", "-vga", "std", "-serial", "stdio",
  "-device", "isa-debug-exit,iobase=0xf4,iosize=4",
  ...(o.devices ?? []),
  "-kernel", image,
  ...(o.append === undefined ? [] : ["-append", o.append]),
];

export interface Booted {
  /** QEMU's exit status: 0 after a power-off (guest status 0), 2n + 1 for guest status n. */
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  /** The serial console, with the bindings' "\r\n" read as "\n". */
  readonly stdout: string;
  readonly stderr: string;
}

/** Boots and waits; a guest that hangs is killed at `timeoutMs` (signal set, status null). */
export const boot = (image: string, o: Parameters<typeof qemuArgs>[1] & { timeoutMs?: number } = {}): Booted => {
  const r = spawnSync(QEMU, qemuArgs(image, o), { encoding: "utf8", timeout: o.timeoutMs ?? 60_000, killSignal: "SIGKILL" });
  return { status: r.status, signal: r.signal, stdout: r.stdout.replace(/\r\n/g, "\n"), stderr: r.stderr };
};

/** QEMU's exit status for a guest status (the inverse of mirage run's reading). */
export const exitFor = (status: number): number => (status === 0 ? 0 : 2 * status + 1);
