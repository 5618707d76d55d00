// The TAP backend against the real Linux kernel.
//
// Everything lives in a network namespace the test creates (mirage-test-<pid>), so the host's
// own interfaces, addresses and routes are never touched, and deleting the namespace removes
// whatever is left. A TAP is opened from this process in the root namespace (TUNSETIFF looks
// the name up there) and then moved into the namespace: the open descriptor stays attached.
//
// - peer: one TAP whose kernel side is 10.199.0.1/24; this side plays 10.199.0.2 with frames
//   built by hand (there is no stack here), and the kernel answers ARP, ping and UDP.
// - pairs: two TAPs on a Linux bridge form a cable for the Net conformance suite and for a
//   back-pressure test (a token-bucket qdisc slows the bridge so the writer's kernel send
//   buffer fills up and writes get EAGAIN).
//
// Needs root (CAP_NET_ADMIN), /dev/net/tun and iproute2; skipped otherwise, with the reason
// in the suite's name. The ping test also needs ping (iputils-ping).
import { execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { macAddress, type MacAddress } from "@mirage/mirage-net";
import { netConformance } from "@mirage/mirage-net/conformance";
import { loadTapAddon } from "../src/tap-addon.ts";
import { tapDevice, tapNet, type TapNet } from "../src/tap.ts";

const has = (cmd: string): boolean => {
  try {
    execFileSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};

const addon = loadTapAddon();
const noAddon = addon._tag === "Left" ? addon.left : undefined;
const skipKernel =
  noAddon ??
  (process.getuid?.() !== 0
    ? "not running as root (TAP devices and namespaces need CAP_NET_ADMIN)"
    : !existsSync("/dev/net/tun")
      ? "/dev/net/tun is missing (modprobe tun)"
      : !has("ip")
        ? "ip (iproute2) is not installed"
        : undefined);
const skipPing = skipKernel ?? (has("ping") ? undefined : "ping (iputils-ping) is not installed");
const skipTc = skipKernel ?? (has("tc") ? undefined : "tc (iproute2) is not installed");
const skipped = (why: string | undefined): string => (why === undefined ? "" : ` (skipped: ${why})`);

const pid = process.pid;
const NS = `mirage-test-${pid}`;
const TAP = `tapmt${pid}`;
const BRIDGE = `mtbr${pid}`;

const run = (cmd: string, args: readonly string[]): string => {
  try {
    return execFileSync(cmd, args, { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
  } catch (e) {
    const stderr = (e as { stderr?: string }).stderr ?? "";
    throw new Error(`${cmd} ${args.join(" ")} failed: ${stderr.trim() || String(e)}`);
  }
};
const ip = (...args: string[]): string => run("ip", args);
const inNs = (...args: string[]): string => run("ip", ["-n", NS, ...args]);
const nsExec = (...cmd: string[]): string => run("ip", ["netns", "exec", NS, ...cmd]);

/** Runs `cmd` in the namespace without blocking our event loop (we must answer its frames). */
const nsSpawn = (cmd: readonly string[], timeoutMs: number): Promise<{ code: number | null; stdout: string; stderr: string }> =>
  new Promise((resolve, reject) => {
    const child = spawn("ip", ["netns", "exec", NS, ...cmd], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });

const removeNamespace = (): void => {
  try {
    ip("netns", "del", NS);
  } catch {
    // not there
  }
  try {
    ip("link", "del", TAP); // if it never made it into the namespace
  } catch {
    // not there
  }
};

// ---- frames by hand ----

type Ip4 = readonly [number, number, number, number];
const OUR_IP: Ip4 = [10, 199, 0, 2];
const KERNEL_IP: Ip4 = [10, 199, 0, 1];
const ETH_ARP = 0x0806;
const ETH_IPV4 = 0x0800;

const dv = (f: Uint8Array): DataView => new DataView(f.buffer, f.byteOffset, f.byteLength);
const u16 = (f: Uint8Array, at: number): number => dv(f).getUint16(at);
const ipAt = (f: Uint8Array, at: number): string => Array.from(f.subarray(at, at + 4)).join(".");
const macAt = (f: Uint8Array, at: number): string => macAddress.toString(f.subarray(at, at + 6) as MacAddress);
const show = (a: Ip4): string => a.join(".");

/** The Internet checksum (RFC 1071) of `bytes`, plus `initial` (a partial sum). */
const checksum = (bytes: Uint8Array, initial = 0): number => {
  let sum = initial;
  for (let i = 0; i + 1 < bytes.length; i += 2) sum += ((bytes[i] as number) << 8) | (bytes[i + 1] as number);
  if (bytes.length % 2 === 1) sum += (bytes[bytes.length - 1] as number) << 8;
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  return ~sum & 0xffff;
};

const ethernet = (dst: Uint8Array, src: Uint8Array, type: number, payload: Uint8Array): Uint8Array => {
  const f = new Uint8Array(14 + payload.length);
  f.set(dst, 0);
  f.set(src, 6);
  dv(f).setUint16(12, type);
  f.set(payload, 14);
  return f;
};

const arp = (op: 1 | 2, sha: Uint8Array, spa: Ip4, tha: Uint8Array, tpa: Ip4): Uint8Array => {
  const p = new Uint8Array(28);
  const d = dv(p);
  d.setUint16(0, 1); // Ethernet
  d.setUint16(2, ETH_IPV4);
  p[4] = 6;
  p[5] = 4;
  d.setUint16(6, op);
  p.set(sha, 8);
  p.set(spa, 14);
  p.set(tha, 18);
  p.set(tpa, 24);
  return p;
};

let ipId = 1;
const ipv4 = (src: Ip4, dst: Ip4, proto: number, payload: Uint8Array): Uint8Array => {
  const p = new Uint8Array(20 + payload.length);
  const d = dv(p);
  p[0] = 0x45;
  d.setUint16(2, p.length);
  d.setUint16(4, ipId++ & 0xffff);
  d.setUint16(6, 0x4000); // don't fragment
  p[8] = 64;
  p[9] = proto;
  p.set(src, 12);
  p.set(dst, 16);
  d.setUint16(10, checksum(p.subarray(0, 20)));
  p.set(payload, 20);
  return p;
};

const icmpEcho = (type: 0 | 8, id: number, seq: number, data: Uint8Array): Uint8Array => {
  const p = new Uint8Array(8 + data.length);
  const d = dv(p);
  p[0] = type;
  d.setUint16(4, id);
  d.setUint16(6, seq);
  p.set(data, 8);
  d.setUint16(2, checksum(p));
  return p;
};

const udp = (src: Ip4, dst: Ip4, sport: number, dport: number, data: Uint8Array): Uint8Array => {
  const p = new Uint8Array(8 + data.length);
  const d = dv(p);
  d.setUint16(0, sport);
  d.setUint16(2, dport);
  d.setUint16(4, p.length);
  p.set(data, 8);
  const pseudo = new Uint8Array(12);
  pseudo.set(src, 0);
  pseudo.set(dst, 4);
  pseudo[9] = 17;
  dv(pseudo).setUint16(10, p.length);
  const c = checksum(new Uint8Array([...pseudo, ...p]));
  d.setUint16(6, c === 0 ? 0xffff : c);
  return p;
};

const send = (net: TapNet, frame: Uint8Array) =>
  net.write(frame.length, (buf) => {
    buf.set(frame);
    return frame.length;
  });

const isArp = (f: Uint8Array, op: number, spa: Ip4, tpa: Ip4): boolean =>
  f.length >= 42 && u16(f, 12) === ETH_ARP && u16(f, 20) === op && ipAt(f, 28) === show(spa) && ipAt(f, 38) === show(tpa);
const isIpv4 = (f: Uint8Array, proto: number, src: Ip4, dst: Ip4): boolean =>
  f.length >= 34 && u16(f, 12) === ETH_IPV4 && f[14] === 0x45 && f[23] === proto && ipAt(f, 26) === show(src) && ipAt(f, 30) === show(dst);

/**
 * This side of the cable: records every frame, and on request plays a tiny host at OUR_IP that
 * answers ARP requests, echo requests and UDP to port 7 (echo) with frames built by hand.
 */
const handHost = (net: TapNet) => {
  const frames: Uint8Array[] = [];
  const waiters: { pred: (f: Uint8Array) => boolean; resolve: (f: Uint8Array) => void }[] = [];
  const answers = { arp: false, icmp: false, udpEcho: false };
  const reply = (f: Uint8Array): void => {
    const peerMac = f.subarray(6, 12);
    if (answers.arp && isArp(f, 1, KERNEL_IP, OUR_IP)) {
      void send(net, ethernet(peerMac, net.mac, ETH_ARP, arp(2, net.mac, OUR_IP, f.subarray(22, 28), KERNEL_IP)));
    } else if (answers.icmp && isIpv4(f, 1, KERNEL_IP, OUR_IP) && f[34] === 8) {
      const icmp = f.subarray(34, 14 + u16(f, 16));
      const echo = icmpEcho(0, u16(icmp, 4), u16(icmp, 6), icmp.subarray(8));
      void send(net, ethernet(peerMac, net.mac, ETH_IPV4, ipv4(OUR_IP, KERNEL_IP, 1, echo)));
    } else if (answers.udpEcho && isIpv4(f, 17, KERNEL_IP, OUR_IP) && u16(f, 36) === 7) {
      const sport = u16(f, 34);
      const data = f.subarray(42, 34 + u16(f, 38));
      void send(net, ethernet(peerMac, net.mac, ETH_IPV4, ipv4(OUR_IP, KERNEL_IP, 17, udp(OUR_IP, KERNEL_IP, 7, sport, data))));
    }
  };
  const listening = net.listen((view) => {
    const f = view.slice();
    frames.push(f);
    reply(f);
    for (const w of waiters.splice(0)) {
      if (w.pred(f)) w.resolve(f);
      else waiters.push(w);
    }
  });
  return {
    frames,
    answers,
    listening,
    /** The first frame (already seen or to come) that satisfies `pred`. */
    waitFor(what: string, pred: (f: Uint8Array) => boolean, timeoutMs = 3000): Promise<Uint8Array> {
      const seen = frames.find(pred);
      if (seen !== undefined) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${what} within ${timeoutMs} ms (saw ${frames.length} frames)`)), timeoutMs);
        waiters.push({
          pred,
          resolve: (f) => {
            clearTimeout(timer);
            resolve(f);
          },
        });
      });
    },
  };
};

// ---- no root needed ----

describe(`tap: opening errors${skipped(noAddon)}`, () => {
  it.skipIf(noAddon !== undefined)("an interface name the kernel cannot take gives a Left naming it", async () => {
    const r = await tapDevice.connect({ name: "no-such-tap-name-is-this-long" }, {}, undefined);
    expect(r._tag).toBe("Left");
    if (r._tag === "Left") {
      expect(r.left._tag).toBe("IoError");
      expect(r.left.message).toContain("Cannot open TAP device \"no-such-tap-name-is-this-long\"");
      expect(r.left.message).toMatch(/1 to 15 characters/);
    }
  });

  it.skipIf(noAddon !== undefined)("an existing interface that is not a TAP (lo) gives a Left naming it", async () => {
    const r = await tapNet("lo");
    expect(r._tag).toBe("Left");
    if (r._tag === "Left" && r.left._tag === "IoError") {
      expect(r.left.device).toBe("lo");
      expect(r.left.message).toMatch(/^Cannot open TAP device lo: /);
      // As root the kernel refuses "lo" as a TAP; otherwise /dev/net/tun itself is refused.
      expect(["EINVAL", "EACCES", "EPERM", "ENOENT"]).toContain(r.left.code);
    } else {
      expect.unreachable(`expected an IoError, got ${JSON.stringify(r)}`);
    }
  });

  it("a bad MAC or MTU in the config gives InvalidConfig, before any device is opened", async () => {
    const mac = await tapDevice.connect({ name: "tap0", mac: "02:00:00:00:00" }, {}, undefined);
    expect(mac._tag === "Left" && mac.left._tag).toBe("InvalidConfig");
    expect(mac._tag === "Left" && mac.left.message).toMatch(/^Cannot open TAP device tap0: Cannot parse MAC address/);
    const multicast = await tapDevice.connect({ name: "tap0", mac: "03:00:00:00:00:01" }, {}, undefined);
    expect(multicast._tag === "Left" && multicast.left.message).toMatch(/must be unicast/);
    const mtu = await tapDevice.connect({ name: "tap0", mtu: 20 }, {}, undefined);
    if (noAddon === undefined) expect(mtu._tag === "Left" && mtu.left._tag).toBe("InvalidConfig");
    else expect(mtu._tag === "Left" && mtu.left.message).toContain(noAddon);
    const noName = await tapDevice.connect({ name: "" }, {}, undefined);
    expect(noName._tag === "Left" && noName.left.message).toMatch(/name \(like tap0\) is missing/);
  });

  it.skipIf(skipKernel !== undefined)("without CAP_NET_ADMIN the Left says what to do and names the interface", async () => {
    // The same code in a child process running as nobody.
    const tapModule = fileURLToPath(new URL("../src/tap.ts", import.meta.url));
    const script = `
      const { tapDevice } = await import(${JSON.stringify(tapModule)});
      const r = await tapDevice.connect({ name: "tapdenied0" }, {}, undefined);
      console.log(JSON.stringify(r));`;
    const out = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
        uid: 65534,
        gid: 65534,
        cwd: fileURLToPath(new URL("..", import.meta.url)),
        env: { PATH: process.env["PATH"] ?? "/usr/bin:/bin", HOME: "/tmp" },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      child.on("error", reject);
      child.on("close", (code) => (code === 0 ? resolve(stdout) : reject(new Error(`child exited ${code}: ${stderr}`))));
    });
    const r = JSON.parse(out.trim().split("\n").pop() ?? "") as { _tag: string; left?: { _tag: string; device: string; code: string; message: string } };
    expect(r._tag).toBe("Left");
    expect(r.left?.device).toBe("tapdenied0");
    expect(["EACCES", "EPERM"]).toContain(r.left?.code);
    expect(r.left?.message).toMatch(/^Cannot open TAP device tapdenied0: .*(Permission denied|Operation not permitted)/);
    expect(r.left?.message).toMatch(/run as root or give CAP_NET_ADMIN/);
  });
});

// ---- the kernel as a peer ----

describe(`tap: against the Linux kernel${skipped(skipKernel)}`, () => {
  let net: TapNet | undefined;
  let host: ReturnType<typeof handHost> | undefined;
  let kernelMac = "";
  let pairNo = 0;

  beforeAll(async () => {
    if (skipKernel !== undefined) return;
    removeNamespace();
    ip("netns", "add", NS);
    // No IPv6 chatter (router solicitations, MLD, DAD) on links created from now on.
    nsExec("sh", "-c", "for f in /proc/sys/net/ipv6/conf/default/disable_ipv6 /proc/sys/net/ipv6/conf/all/disable_ipv6; do [ -e $f ] && echo 1 > $f; done; true");
    inNs("link", "add", BRIDGE, "type", "bridge", "forward_delay", "0", "stp_state", "0");
    inNs("link", "set", BRIDGE, "up");

    // The peer: a persistent TAP made the way an administrator would, then opened by name.
    ip("tuntap", "add", "dev", TAP, "mode", "tap");
    const r = await tapNet(TAP);
    if (r._tag === "Left") throw new Error(r.left.message);
    net = r.right;
    ip("link", "set", TAP, "netns", NS);
    inNs("addr", "add", `${show(KERNEL_IP)}/24`, "dev", TAP);
    inNs("link", "set", TAP, "up");
    kernelMac = (JSON.parse(inNs("-j", "link", "show", "dev", TAP)) as { address: string }[])[0]?.address ?? "";
    host = handHost(net);
  });

  afterAll(async () => {
    await net?.disconnect();
    if (skipKernel === undefined) removeNamespace();
  });

  const peer = () => {
    if (net === undefined || host === undefined) throw new Error("setup failed");
    return { net, host };
  };

  it.skipIf(skipKernel !== undefined)("opens the named device with a random local unicast MAC (not the kernel's) and its MTU", () => {
    const { net } = peer();
    expect(net.kind).toBe("net");
    expect(net.name).toBe(TAP);
    expect(net.mtu).toBe(1500);
    expect(macAddress.isUnicast(net.mac) && macAddress.isLocal(net.mac)).toBe(true);
    expect(macAddress.toString(net.mac)).not.toBe(kernelMac);
    expect(kernelMac).toMatch(/^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/);
  });

  it.skipIf(skipKernel !== undefined)("the kernel answers our hand-made ARP request with its TAP's MAC", async () => {
    const { net, host } = peer();
    const before = net.stats().txPkts;
    const request = ethernet(macAddress.broadcast, net.mac, ETH_ARP, arp(1, net.mac, OUR_IP, new Uint8Array(6), KERNEL_IP));
    expect(await send(net, request)).toEqual({ _tag: "Right", right: undefined });
    expect(net.stats().txPkts).toBe(before + 1);
    const reply = await host.waitFor("ARP reply from the kernel", (f) => isArp(f, 2, KERNEL_IP, OUR_IP));
    expect(macAt(reply, 0)).toBe(macAddress.toString(net.mac)); // to us
    expect(macAt(reply, 6)).toBe(kernelMac); // from the kernel side of the TAP
    expect(macAt(reply, 22)).toBe(kernelMac); // sender hardware address: the answer
    expect(macAt(reply, 32)).toBe(macAddress.toString(net.mac));
    expect(net.stats().rxPkts).toBeGreaterThanOrEqual(1);
  });

  it.skipIf(skipKernel !== undefined)("the kernel answers our hand-made ICMP echo request with a correct echo reply", async () => {
    const { net, host } = peer();
    host.answers.arp = true; // in case the kernel asks for our MAC first
    const data = new TextEncoder().encode("mirage over a TAP, checksummed by hand");
    const id = (pid & 0xffff) ^ 0x5a5a;
    const parsed = macAddress.parse(kernelMac);
    if (parsed._tag === "Left") throw new Error(parsed.left.message);
    const request = ethernet(parsed.right, net.mac, ETH_IPV4, ipv4(OUR_IP, KERNEL_IP, 1, icmpEcho(8, id, 1, data)));
    expect((await send(net, request))._tag).toBe("Right");
    const reply = await host.waitFor("ICMP echo reply", (f) => isIpv4(f, 1, KERNEL_IP, OUR_IP) && f[34] === 0 && u16(f, 38) === id);
    expect(macAt(reply, 0)).toBe(macAddress.toString(net.mac));
    expect(macAt(reply, 6)).toBe(kernelMac);
    const ipLen = u16(reply, 16);
    expect(checksum(reply.subarray(14, 34))).toBe(0); // the kernel's IPv4 header checksum holds
    const icmp = reply.subarray(34, 14 + ipLen);
    expect(checksum(icmp)).toBe(0);
    expect(icmp[1]).toBe(0); // code
    expect(u16(icmp, 6)).toBe(1); // seq
    expect(new TextDecoder().decode(icmp.subarray(8))).toBe("mirage over a TAP, checksummed by hand");
  });

  it.skipIf(skipPing !== undefined)(`ping from the kernel side: we see its ARP request and echo request and answer both${skipped(skipPing)}`, async () => {
    const { net, host } = peer();
    inNs("neigh", "flush", "dev", TAP); // forget our MAC, so the kernel has to ask
    host.answers.arp = true;
    host.answers.icmp = true;
    const seenBefore = host.frames.length;
    const txBefore = net.stats().txPkts;
    const ping = await nsSpawn(["ping", "-n", "-c", "1", "-W", "2", show(OUR_IP)], 10_000);
    expect(ping.code, `ping failed:\n${ping.stdout}${ping.stderr}`).toBe(0);
    const fresh = host.frames.slice(seenBefore);
    const who = fresh.find((f) => isArp(f, 1, KERNEL_IP, OUR_IP));
    expect(who, "the kernel's ARP request for our address").toBeDefined();
    if (who !== undefined) expect(macAt(who, 6)).toBe(kernelMac);
    const echo = fresh.find((f) => isIpv4(f, 1, KERNEL_IP, OUR_IP) && f[34] === 8);
    expect(echo, "the kernel's echo request").toBeDefined();
    expect(net.stats().txPkts).toBeGreaterThanOrEqual(txBefore + 2); // our ARP reply and echo reply
    expect(ping.stdout).toMatch(/1 received/);
  });

  it.skipIf(skipKernel !== undefined)("a UDP socket in the namespace gets our hand-made UDP echo back", async () => {
    const { host } = peer();
    host.answers.arp = true;
    host.answers.udpEcho = true;
    const script = `
      const s = require("dgram").createSocket("udp4");
      const timer = setTimeout(() => { console.error("no echo"); process.exit(2); }, 3000);
      s.on("message", (m, r) => { console.log(r.address + " " + m.toString()); clearTimeout(timer); s.close(); });
      s.bind(0, "${show(KERNEL_IP)}", () => s.send("hello from the kernel side", 7, "${show(OUR_IP)}"));`;
    const r = await nsSpawn([process.execPath, "-e", script], 10_000);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe(`${show(OUR_IP)} hello from the kernel side`);
  });

  it.skipIf(skipKernel !== undefined)("frames from the kernel while nobody listens are dropped and counted", async () => {
    const r = await tapNet(`tmd${pid}`);
    if (r._tag === "Left") throw new Error(r.left.message);
    const quiet = r.right;
    try {
      ip("link", "set", quiet.name, "netns", NS);
      inNs("addr", "add", "10.199.1.1/24", "dev", quiet.name);
      inNs("link", "set", quiet.name, "up");
      // The kernel asks for 10.199.1.2 (a few times) when something is sent there.
      await nsSpawn([process.execPath, "-e", `require("dgram").createSocket("udp4").send("x", 9, "10.199.1.2", () => setTimeout(() => process.exit(0), 300))`], 10_000);
      const deadline = Date.now() + 3000;
      while (quiet.stats().rxDropped === 0 && Date.now() < deadline) await new Promise((res) => setTimeout(res, 20));
      expect(quiet.stats().rxDropped).toBeGreaterThanOrEqual(1);
      expect(quiet.stats().rxPkts).toBe(0);
      // Short frames never reach the kernel: we refuse them.
      const short = await quiet.write(13, (b) => {
        b.fill(1);
        return 13;
      });
      expect(short._tag === "Left" && short.left._tag).toBe("InvalidLength");
      expect(quiet.stats().txPkts).toBe(0);
    } finally {
      await quiet.disconnect();
    }
  });

  it.skipIf(skipKernel !== undefined)("a device that is down refuses writes with a message saying so; deleting it ends listen with IoError", async () => {
    const r = await tapNet(`tme${pid}`);
    if (r._tag === "Left") throw new Error(r.left.message);
    const down = r.right;
    try {
      const w = await down.write(60, (b) => {
        b.fill(0xff, 0, 6);
        return 60;
      });
      expect(w._tag === "Left" && w.left._tag).toBe("IoError");
      expect(w._tag === "Left" && w.left.message).toMatch(new RegExp(`${down.name}: the interface is down \\(bring it up: ip link set ${down.name} up\\)`));
      const listening = down.listen(() => undefined);
      ip("link", "del", down.name);
      const ended = await Promise.race([listening, new Promise((res) => setTimeout(() => res("still listening"), 3000))]);
      expect(ended).toMatchObject({ _tag: "Left", left: { _tag: "IoError" } });
      const after = await down.write(60, () => 60);
      expect(after._tag === "Left" && after.left._tag).toBe("IoError");
    } finally {
      await down.disconnect();
    }
  });

  // ---- pairs of TAPs on a bridge ----

  /** Two TAPs created by TUNSETIFF (they vanish when closed), enslaved to the bridge. */
  const makePair = async (options: { sndbuf?: number; shapeSecond?: boolean } = {}): Promise<readonly [TapNet, TapNet]> => {
    const k = pairNo++;
    const nets: TapNet[] = [];
    for (const side of ["a", "b"]) {
      const r = await tapNet(`tmc${pid}${side}${k}`, options.sndbuf !== undefined && side === "a" ? { sndbuf: options.sndbuf } : {});
      if (r._tag === "Left") {
        for (const n of nets) await n.disconnect();
        throw new Error(r.left.message);
      }
      nets.push(r.right);
    }
    for (const n of nets) {
      ip("link", "set", n.name, "netns", NS);
      inNs("link", "set", n.name, "master", BRIDGE);
    }
    if (options.shapeSecond === true) {
      const b = (nets[1] as TapNet).name;
      nsExec("tc", "qdisc", "add", "dev", b, "root", "tbf", "rate", "20mbit", "burst", "3000", "limit", "4000000");
    }
    for (const n of nets) inNs("link", "set", n.name, "up");
    return [nets[0] as TapNet, nets[1] as TapNet];
  };

  if (skipKernel === undefined) {
    // The namespace has no addresses and no IPv6 on these links, so the bridge is quiet; still,
    // the kernel may flood a stray frame, so counts are checked as lower bounds.
    netConformance("tap pair over a Linux bridge", () => makePair(), { quiet: false, timeoutMs: 3000 });
  }

  it.skipIf(skipTc !== undefined)(`back-pressure: with the kernel's send buffer full, writes wait and all arrive in order${skipped(skipTc)}`, async () => {
    // The bridge forwards to b through a 20 Mbit/s token bucket; a's kernel send buffer holds
    // about 16 frames, so a burst of 300 makes the kernel say EAGAIN and the rest must wait.
    const [a, b] = await makePair({ sndbuf: 16 * 1024, shapeSecond: true });
    try {
      const got: number[] = [];
      void b.listen((f) => {
        if (f.length === 1000 && u16(f, 12) === 0x88b5) got.push(dv(f).getUint32(14));
      });
      const N = 300;
      let settled = 0;
      const writes = Array.from({ length: N }, (_, i) =>
        a
          .write(1000, (buf) => {
            buf.set(b.mac, 0);
            buf.set(a.mac, 6);
            dv(buf).setUint16(12, 0x88b5);
            dv(buf).setUint32(14, i);
            buf.fill(i & 0xff, 18, 1000);
            return 1000;
          })
          .then((r) => {
            settled++;
            return r;
          }),
      );
      for (let i = 0; i < 5; i++) await Promise.resolve();
      expect(settled, "some writes had to wait for the kernel").toBeLessThan(N);
      const results = await Promise.all(writes);
      expect(results.every((r) => r._tag === "Right")).toBe(true);
      expect(a.stats().txPkts).toBe(N);
      expect(a.stats().txBytes).toBe(BigInt(N * 1000));
      const deadline = Date.now() + 5000;
      while (got.length < N && Date.now() < deadline) await new Promise((res) => setTimeout(res, 20));
      expect(got).toEqual(Array.from({ length: N }, (_, i) => i));
    } finally {
      await a.disconnect();
      await b.disconnect();
    }
  });

  it.skipIf(skipKernel !== undefined)("disconnect resolves listen, later calls give Disconnected, and a device ip tuntap made stays", async () => {
    const { net, host } = peer();
    await net.disconnect();
    expect(await host.listening).toEqual({ _tag: "Right", right: undefined });
    const w = await net.write(60, () => 60);
    expect(w._tag === "Left" && w.left._tag).toBe("Disconnected");
    expect((await net.listen(() => undefined))._tag).toBe("Left");
    expect(inNs("link", "show", "dev", TAP)).toContain(TAP);
  });
});
