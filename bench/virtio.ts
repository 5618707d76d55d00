// virtio under QEMU's emulator (TCG: no usable KVM here), next to spt in the same run: boot of
// hello to its first line (QEMU, SeaBIOS and the multiboot load included; the C self-test's first
// line gives that floor), and HTTP requests/s of static-website over a TAP with Linux's wrk as
// the client. An emulator's figures: they catch regressions and bound what KVM would do.
import * as path from "node:path";
import { tenderPaths, testGuest } from "@mirage/platform-solo5/image";
import { createLinuxPeer } from "../test/linux/netns.ts";
import { canRunQemu, QEMU, qemuArgs } from "../test/virtio/qemu.ts";
import { build, median, row, timeRun } from "./solo5.ts";

const RUNS = 10;

export const virtioBench = async (network: boolean): Promise<void> => {
  const qemu = canRunQemu();
  if (!qemu.ok) {
    console.log(`virtio: skipped (${qemu.why})`);
    return;
  }
  const helloVirtio = path.join(build("hello", "virtio"), "dist", "hello.virtio");
  const helloSpt = path.join(build("hello", "spt"), "dist", "hello.spt");
  const args = ["--count=1", "--interval-ms=0"];
  const v: number[] = [];
  const c: number[] = [];
  const s: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    v.push((await timeRun(QEMU, qemuArgs(helloVirtio, { append: args.join(" ") }))).first);
    c.push((await timeRun(QEMU, qemuArgs(testGuest("hello", "virtio"), { append: "sleep=0" }))).first);
    s.push((await timeRun(tenderPaths.spt, [helloSpt, ...args])).first);
  }
  const [mv, mc, ms] = [median(v), median(c), median(s)];
  row("boot hello, virtio in QEMU TCG: → first line", `${mv.toFixed(0)} ms`, `hello.spt on mirage-spt: ${ms.toFixed(1)} ms`, `ratio ${(mv / ms).toFixed(1)}`);
  row("  QEMU + firmware + load: C self-test's line", `${mc.toFixed(0)} ms`, "", "");
  row("  guest runtime to first line (difference)", `${(mv - mc).toFixed(0)} ms`, "", "");
  if (!network) {
    console.log("virtio HTTP req/s: skipped (needs root, /dev/net/tun and wrk)");
    return;
  }
  const siteVirtio = path.join(build("static-website", "virtio"), "dist", "static-website.virtio");
  const siteSpt = path.join(build("static-website", "spt"), "dist", "static-website.spt");
  const peer = createLinuxPeer(23);
  try {
    const served = async (cmd: string, cmdArgs: string[]): Promise<number> => {
      const g = peer.spawn(cmd, cmdArgs);
      try {
        await g.waitFor(/serving on/, 30_000);
        const out = await peer.runAsync("wrk", ["-t2", "-c16", "-d4s", `http://${peer.guestIp}/`], { timeoutMs: 30_000 });
        return Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN);
      } finally {
        g.child.kill("SIGKILL");
        await g.exited();
      }
    };
    const guestArgs = `--ipv4=${peer.guestIp}/24 --port=80`;
    const nic = ["-netdev", `tap,id=n0,ifname=${peer.tap},script=no,downscript=no`, "-device", "virtio-net-pci,netdev=n0"];
    const rv = await served(QEMU, qemuArgs(siteVirtio, { devices: nic, append: guestArgs }));
    const rs = await served(tenderPaths.spt, [`--net:service=${peer.tap}`, siteSpt, ...guestArgs.split(" ")]);
    row("HTTP GET / over TAP, static-website, virtio TCG", `${rv.toFixed(0)} req/s`, `same app on spt: ${rs.toFixed(0)} req/s`, `ratio ${(rv / rs).toFixed(2)}`);
  } finally {
    peer.destroy();
  }
};
