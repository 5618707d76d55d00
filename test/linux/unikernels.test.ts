// The examples as a user deploys them on the direct stack: `mirage configure -t unix
// --net=direct`, `mirage build`, the artefact started inside a network namespace on a TAP
// device with --ipv4, and Linux's own ping and curl as clients.
import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mirage } from "@mirage/mirage/testing";
import { canRunLinuxPeer, createLinuxPeer, type LinuxPeer } from "./netns.ts";
import { copyExample } from "./work.ts";

const can = canRunLinuxPeer();
const build = (app: string): void => {
  const c = mirage(app, ["configure", "-t", "unix", "--net=direct"]);
  expect(c.stderr).toBe("");
  expect(c.status).toBe(0);
  const b = mirage(app, ["build"]);
  expect(b.stderr).toBe("");
  expect(fs.existsSync(path.join(app, "dist", "tap.node"))).toBe(true);
};

describe.skipIf(!can.ok)(`static-website on the direct stack, curl from Linux${can.ok ? "" : ` (skipped: ${can.why})`}`, () => {
  let peer: LinuxPeer;
  let app: string;
  beforeAll(() => {
    app = copyExample("static-website", "direct");
    build(app);
    peer = createLinuxPeer(15);
  }, 120_000);
  afterAll(() => peer?.destroy());

  it("boots with --ipv4, answers ping and serves curl byte for byte", async () => {
    const site = peer.spawn(path.join(app, "dist", "static-website"), [`--interface=${peer.tap}`, `--ipv4=${peer.guestIp}/24`, `--ipv4-gateway=${peer.hostIp}`, "--port=80"]);
    await site.waitFor(new RegExp(`serving on http://${peer.guestIp.replace(/\./g, "\\.")}:80/`));
    expect(await peer.runAsync("ping", ["-c", "2", "-i", "0.2", "-W", "2", peer.guestIp])).toMatch(/2 received/);
    const index = await peer.runAsync("curl", ["-sS", "--max-time", "10", `http://${peer.guestIp}/`]);
    expect(index).toBe(fs.readFileSync(path.join(app, "htdocs", "index.html"), "utf8"));
    const blob = path.join(app, "blob.download");
    await peer.runAsync("curl", ["-sS", "--max-time", "20", "-o", blob, `http://${peer.guestIp}/docs/blob.bin`]);
    expect(fs.readFileSync(blob).equals(fs.readFileSync(path.join(app, "htdocs", "docs", "blob.bin")))).toBe(true);
    const status = await peer.runAsync("curl", ["-sS", "--max-time", "10", "-o", "/dev/null", "-w", "%{http_code}", `http://${peer.guestIp}/missing`]);
    expect(status).toBe("404");
    site.child.kill("SIGTERM");
  }, 60_000);

  it("a bad --ipv4 stops the boot with exit 64, naming the argument", async () => {
    const bad = peer.spawn(path.join(app, "dist", "static-website"), [`--interface=${peer.tap}`, "--ipv4=10.0.0.300/24"]);
    expect(await bad.exited()).toBe(64);
    expect(bad.output()).toContain('invalid value "10.0.0.300/24" for --ipv4: expected an IPv4 address with its prefix length, like 10.0.0.2/24');
  });

  it("a missing TAP device stops the boot naming the device", async () => {
    const bad = peer.spawn(path.join(app, "dist", "static-website"), ["--interface=nosuchtap0", "--ipv4=10.77.15.2/24"]);
    expect(await bad.exited()).toBe(1);
    expect(bad.output()).toContain('Cannot connect device net (netif("service")): Cannot open TAP device nosuchtap0: no such interface (create it first: ip tuntap add dev nosuchtap0 mode tap');
  });
});

describe.skipIf(!can.ok)(`network (TCP echo) on the direct stack, Linux as the client${can.ok ? "" : ` (skipped: ${can.why})`}`, () => {
  let peer: LinuxPeer;
  let app: string;
  beforeAll(() => {
    app = copyExample("network", "direct");
    build(app);
    peer = createLinuxPeer(16);
  }, 120_000);
  afterAll(() => peer?.destroy());

  it("echoes what a Linux client sends", async () => {
    const echo = peer.spawn(path.join(app, "dist", "network"), [`--interface=${peer.tap}`, `--ipv4=${peer.guestIp}/24`, "--port=7"]);
    await echo.waitFor(/echoing on TCP port 7/);
    const script = `const s=require("net").connect(7,"${peer.guestIp}",()=>s.end("hello from linux"));let b="";s.on("data",d=>b+=d);s.on("end",()=>console.log(b))`;
    expect((await peer.runAsync("node", ["-e", script])).trim()).toBe("hello from linux");
    echo.child.kill("SIGTERM");
  }, 60_000);
});
