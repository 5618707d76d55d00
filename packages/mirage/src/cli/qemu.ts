// `mirage run` for virtio: the QEMU command that boots a .virtio image with the devices of its
// manifest, from the same options the Solo5 tenders take (--mem=MB, --net:NAME=TAP,
// --net-mac:NAME=MAC, --block:NAME=FILE) plus --accel=kvm|tcg. Pure, so tests check the command.
import { CliError } from "./load-config.ts";
import { shellQuote } from "./shell-quote.ts";

export interface QemuPlan {
  readonly command: string;
  readonly args: readonly string[];
}

/** isa-debug-exit's port (the bindings write the exit status there: QEMU exits 2 * status + 1). */
export const DEBUG_EXIT_PORT = 0xf4;
/** PCI slots of bus 0 from here on take the manifest's devices, in manifest order (0: host
 * bridge, 1: ISA bridge, 2: VGA); the bindings scan bus 0 only. */
const FIRST_SLOT = 3;
export const MAX_VIRTIO_DEVICES = 32 - FIRST_SLOT;
export const DEFAULT_MEM_MB = 64;

export const qemuCommand = (o: {
  readonly image: string;
  readonly manifest: ReadonlyArray<{ readonly name: string; readonly type: "net" | "block" }>;
  /** Tender-style options. */
  readonly options: readonly string[];
  /** The unikernel's arguments: the kernel command line. */
  readonly args: readonly string[];
  /** What the host supports when --accel does not say. */
  readonly kvm: boolean;
  readonly qemu?: string;
}): QemuPlan => {
  let mem = DEFAULT_MEM_MB;
  let accel: "kvm" | "tcg" = o.kvm ? "kvm" : "tcg";
  const net = new Map<string, string>();
  const mac = new Map<string, string>();
  const block = new Map<string, string>();
  const byName = new Map(o.manifest.map((d) => [d.name, d.type]));
  const device = (name: string, type: "net" | "block", option: string): string => {
    const t = byName.get(name);
    if (t === undefined) {
      const known = o.manifest.map((d) => `${d.name} (${d.type})`).join(", ") || "none";
      throw new CliError(`${option}: the image has no device "${name}" (its devices: ${known})`, 64);
    }
    if (t !== type) throw new CliError(`${option}: "${name}" is a ${t} device, not ${type}`, 64);
    return name;
  };
  for (const a of o.options) {
    let m: RegExpExecArray | null;
    if ((m = /^--mem=(\d+)$/.exec(a)) !== null) {
      mem = Number(m[1]);
      if (mem < 8 || mem > 3072) throw new CliError(`${a}: guest memory must be 8 to 3072 MiB`, 64);
    } else if ((m = /^--accel=(kvm|tcg)$/.exec(a)) !== null) accel = m[1] as "kvm" | "tcg";
    else if ((m = /^--net:([^=]+)=(.+)$/.exec(a)) !== null) net.set(device(m[1]!, "net", a), m[2]!);
    else if ((m = /^--net-mac:([^=]+)=([0-9a-fA-F]{2}(?::[0-9a-fA-F]{2}){5})$/.exec(a)) !== null) mac.set(device(m[1]!, "net", a), m[2]!);
    else if ((m = /^--block:([^=]+)=(.+)$/.exec(a)) !== null) block.set(device(m[1]!, "block", a), m[2]!);
    else throw new CliError(`${a}: not an option of mirage run -t virtio (--mem=MB, --net:NAME=TAP, --net-mac:NAME=MAC, --block:NAME=FILE, --accel=kvm|tcg)`, 64);
  }
  // TCG: qemu64 plus RDRAND (QEMU's emulator implements it from the host's entropy), which
  // the guest's random seed takes; qemu64 alone has none.
  const args = [
    ...(accel === "kvm" ? ["-accel", "kvm", "-cpu", "host"] : ["-accel", "tcg", "-cpu", "qemu64,+rdrand"]),
    "-m", String(mem),
    "-nodefaults", "-no-reboot",
    // A VGA card with no display keeps SeaBIOS's messages off the serial console.
    "-display", "none", "-vga", "std",
    "-serial", "stdio",
    "-device", `isa-debug-exit,iobase=0x${DEBUG_EXIT_PORT.toString(16)},iosize=4`,
  ];
  if (o.manifest.length > MAX_VIRTIO_DEVICES) throw new CliError(`the image declares ${o.manifest.length} devices; virtio takes at most ${MAX_VIRTIO_DEVICES} (one PCI slot of bus 0 each)`, 64);
  o.manifest.forEach((d, i) => {
    const addr = `addr=0x${(FIRST_SLOT + i).toString(16)}`;
    if (d.type === "net") {
      const tap = net.get(d.name);
      if (tap === undefined) throw new CliError(`the image declares net device '${d.name}' but it is not attached: add --net:${d.name}=TAP`, 64);
      const m = mac.get(d.name);
      args.push("-netdev", `tap,id=net${i},ifname=${tap},script=no,downscript=no`, "-device", `virtio-net-pci,netdev=net${i},${addr}${m === undefined ? "" : `,mac=${m}`}`);
    } else {
      const file = block.get(d.name);
      if (file === undefined) throw new CliError(`the image declares block device '${d.name}' but it is not attached: add --block:${d.name}=FILE`, 64);
      if (file.includes(",")) throw new CliError(`--block:${d.name}=${file}: QEMU cannot take a file name with a comma`, 64);
      args.push("-drive", `file=${file},if=none,format=raw,id=blk${i}`, "-device", `virtio-blk-pci,drive=blk${i},${addr}`);
    }
  });
  args.push("-kernel", o.image);
  if (o.args.length > 0) args.push("-append", o.args.map(shellQuote).join(" "));
  return { command: o.qemu ?? "qemu-system-x86_64", args };
};

/**
 * The guest's exit status from QEMU's: 0 is a power-off (status 0); 2n + 1 is isa-debug-exit
 * with n (the bindings write 127 for statuses from 127 up, so 255 stays 255: abort); 1 is QEMU's
 * own failure (its message is on stderr), reported as 1.
 */
export const guestStatus = (qemuStatus: number): number =>
  qemuStatus === 0 ? 0 : qemuStatus === 255 ? 255 : qemuStatus % 2 === 1 && qemuStatus > 1 ? (qemuStatus - 1) / 2 : qemuStatus;

export const showCommand = (p: QemuPlan): string => [p.command, ...p.args].map(shellQuote).join(" ");
