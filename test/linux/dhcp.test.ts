// Our DHCP client against a real dnsmasq serving the namespace side of a TAP device: the
// direct stack starts with no address, gets a lease from the range, and is then reachable.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unixMClock, unixSleep } from "@mirage/platform-unix/clock";
import { unixRandom } from "@mirage/platform-unix/random";
import { tapNet } from "@mirage/platform-unix/tap";
import { directStack, type DirectStack } from "@mirage/tcpip/stack";
import { ipv4Address, ipv4Cidr } from "@mirage/tcpip/wire";
import { canRunLinuxPeer, createLinuxPeer, type LinuxPeer } from "./netns.ts";

const hasDnsmasq = (() => {
  try {
    execFileSync("dnsmasq", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();
const can = canRunLinuxPeer();
const skip = !can.ok ? can.why : !hasDnsmasq ? "dnsmasq is not installed (apt-get install dnsmasq-base)" : undefined;

describe.skipIf(skip !== undefined)(`DHCP lease from dnsmasq${skip === undefined ? "" : ` (skipped: ${skip})`}`, () => {
  let peer: LinuxPeer;
  let stack: DirectStack;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mirage-dhcp-"));

  beforeAll(async () => {
    const name = `mdhc${process.pid % 100000}`;
    const net = await tapNet(name);
    if (net._tag === "Left") throw new Error(net.left.message);
    peer = createLinuxPeer(12, { adopt: name });
    const server = peer.spawn("dnsmasq", [
      "--no-daemon", "--conf-file=/dev/null", `--interface=${peer.tap}`, "--bind-interfaces", "--port=0", "--log-dhcp",
      "--dhcp-range=10.77.12.50,10.77.12.60,255.255.255.0,2m", `--dhcp-leasefile=${path.join(dir, "leases")}`, "--dhcp-authoritative",
    ]);
    await server.waitFor(/DHCP, IP range 10\.77\.12\.50/);
    stack = directStack(net.right, { mclock: unixMClock, sleep: unixSleep, random: unixRandom() });
  });

  afterAll(async () => {
    await stack?.disconnect();
    peer?.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("binds an address from the range with the server as gateway, and answers ping there", async () => {
    const lease = await stack.dhcp!.bound();
    const addr = ipv4Address.toString(lease.cidr.address);
    const last = Number(addr.split(".")[3]);
    expect(addr.startsWith("10.77.12.")).toBe(true);
    expect(last).toBeGreaterThanOrEqual(50);
    expect(last).toBeLessThanOrEqual(60);
    expect(lease.cidr.prefixLen).toBe(24);
    expect(lease.gateway === undefined ? undefined : ipv4Address.toString(lease.gateway)).toBe(peer.hostIp);
    expect(stack.ipv4.addresses().map(ipv4Cidr.toString)).toEqual([`${addr}/24`]);
    expect(await peer.runAsync("ping", ["-c", "2", "-i", "0.2", "-W", "2", addr])).toMatch(/2 received/);
    expect(fs.readFileSync(path.join(dir, "leases"), "utf8")).toContain(addr);
  }, 60_000);
});
