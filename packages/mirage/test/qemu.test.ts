// The QEMU command `mirage run -t virtio` builds from the tenders' options, and the exit status
// it reads back from QEMU.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { guestStatus, MAX_VIRTIO_DEVICES, qemuCommand, showCommand } from "../src/cli/qemu.ts";

const base = { image: "/x/site.virtio", args: [], kvm: false } as const;

describe("qemuCommand", () => {
  it("attaches the manifest's devices in manifest order on consecutive PCI slots, as the bindings bind them", () => {
    const p = qemuCommand({
      ...base,
      manifest: [
        { name: "service", type: "net" },
        { name: "storage", type: "block" },
        { name: "backup", type: "net" },
      ],
      options: ["--block:storage=/d/disk.img", "--net:backup=tap1", "--net:service=tap0", "--net-mac:backup=02:00:00:00:00:07", "--mem=96"],
    });
    const a = p.args.join(" ");
    expect(p.command).toBe("qemu-system-x86_64");
    expect(a).toContain("-accel tcg -cpu qemu64,+rdrand -m 96 ");
    expect(a).toContain("-netdev tap,id=net0,ifname=tap0,script=no,downscript=no -device virtio-net-pci,netdev=net0,addr=0x3 ");
    expect(a).toContain("-drive file=/d/disk.img,if=none,format=raw,id=blk1 -device virtio-blk-pci,drive=blk1,addr=0x4 ");
    expect(a).toContain("-device virtio-net-pci,netdev=net2,addr=0x5,mac=02:00:00:00:00:07 ");
    expect(a).toContain("-device isa-debug-exit,iobase=0xf4,iosize=4");
    expect(p.args.slice(-2)).toEqual(["-kernel", "/x/site.virtio"]);
  });

  it("puts the unikernel's arguments on the kernel command line, quoted as the guest splits them", () => {
    const p = qemuCommand({ ...base, manifest: [], options: [], args: ["--hello=from virtio", "--count=2"] });
    expect(p.args.slice(-2)).toEqual(["-append", "'--hello=from virtio' --count=2"]);
    expect(showCommand(p)).toMatch(/^qemu-system-x86_64 -accel tcg .* -kernel \/x\/site\.virtio -append /);
  });

  it("uses KVM when the host has it, unless --accel says otherwise; MIRAGE_QEMU's binary when given", () => {
    expect(qemuCommand({ ...base, manifest: [], options: [], kvm: true }).args.slice(0, 4)).toEqual(["-accel", "kvm", "-cpu", "host"]);
    expect(qemuCommand({ ...base, manifest: [], options: ["--accel=tcg"], kvm: true }).args.slice(0, 2)).toEqual(["-accel", "tcg"]);
    expect(qemuCommand({ ...base, manifest: [], options: [], qemu: "/opt/qemu" }).command).toBe("/opt/qemu");
  });

  it("refuses what QEMU could not be given, naming the device or option", () => {
    const m = [{ name: "service", type: "net" as const }];
    expect(() => qemuCommand({ ...base, manifest: m, options: [] })).toThrow("the image declares net device 'service' but it is not attached: add --net:service=TAP");
    expect(() => qemuCommand({ ...base, manifest: m, options: ["--net:nope=tap0"] })).toThrow('--net:nope=tap0: the image has no device "nope" (its devices: service (net))');
    expect(() => qemuCommand({ ...base, manifest: m, options: ["--block:service=/d"] })).toThrow('"service" is a net device, not block');
    expect(() => qemuCommand({ ...base, manifest: m, options: ["--net:service=tap0", "--mem=2"] })).toThrow("--mem=2: guest memory must be 8 to 3072 MiB");
    expect(() => qemuCommand({ ...base, manifest: m, options: ["--net:service=tap0", "--frobnicate"] })).toThrow("--frobnicate: not an option");
    const many = Array.from({ length: MAX_VIRTIO_DEVICES + 1 }, (_, i) => ({ name: `n${i}`, type: "net" as const }));
    expect(() => qemuCommand({ ...base, manifest: many, options: many.map((d) => `--net:${d.name}=t`) })).toThrow(`virtio takes at most ${MAX_VIRTIO_DEVICES}`);
  });
});

describe("guestStatus", () => {
  it("reads back every status the bindings can report: 0 by power-off, 1..126 by isa-debug-exit, the rest as 255", () => {
    // What the bindings write: 0 powers off (QEMU exits 0); n < 127 goes to the port; else 127.
    const qemuExit = (s: number): number => (s === 0 ? 0 : ((Math.min(s, 127) << 1) | 1) & 0xff);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 255 }), (s) => {
        expect(guestStatus(qemuExit(s))).toBe(s < 127 ? s : 255);
      }),
    );
  });

  it("QEMU's own failure (exit 1) stays a failure", () => {
    expect(guestStatus(1)).toBe(1);
  });
});
