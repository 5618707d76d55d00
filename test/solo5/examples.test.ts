// The examples as Solo5 spt unikernels: `mirage configure -t spt`, `mirage build` (QuickJS
// bytecode + the C runtime + our spt bindings in one static ELF), `mirage run` on the spt
// tender that ships in @mirage/platform-solo5 (or upstream solo5-spt when SOLO5_SPT is set).
// The same unikernel.ts and config.ts as on unix.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mirage } from "@mirage/mirage/testing";
import { canRunLinuxPeer, createLinuxPeer, type LinuxPeer } from "../linux/netns.ts";
import { copyExample } from "../linux/work.ts";
import { checkNoSyscalls } from "../../packages/mirage/src/cli/check-image.ts";

const built = (name: string, target: "spt" | "hvt" = "spt"): string => {
  const app = copyExample(name, target);
  const c = mirage(app, ["configure", "-t", target]);
  expect(c.stderr).toBe("");
  const b = mirage(app, ["build"]);
  expect(b.stderr).toBe("");
  expect(b.stdout).toMatch(new RegExp(`built dist/${name}\\.${target} \\(${target}, [\\d.]+ KiB`));
  return app;
};

const image = (app: string, name: string, target = "spt") => path.join(app, "dist", `${name}.${target}`);
const TENDER = (() => {
  const r = spawnSync(process.execPath, ["-e", 'import("@mirage/platform-solo5/image").then(m=>console.log(m.tenderPaths.spt))'], { cwd: import.meta.dirname, encoding: "utf8" });
  return r.stdout.trim();
})();

describe("hello on spt", () => {
  let app: string;
  beforeAll(() => {
    app = built("hello");
  }, 120_000);

  it("logs its lines with sleeps in between and exits 0", () => {
    const t0 = Date.now();
    const r = mirage(app, ["run", "--", "--count=3", "--interval-ms=100", "--hello=from spt"]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(3);
    for (const l of lines) expect(l).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z INFO  \[hello\] from spt$/);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(300);
  });

  it("a bad runtime argument stops the boot with exit 64 and names it", () => {
    const r = mirage(app, ["run", "--", "--count=lots"]);
    expect(r.status).toBe(64);
    expect(r.stdout).toContain('hello: invalid value "lots" for --count: expected an integer from 0 to 1000 (--count=INT)');
  });

  it("accepts the Solo5 guest options before its own arguments (--solo5:debug prints a boot line)", () => {
    const q = mirage(app, ["run", "--", "--solo5:quiet", "--count=1", "--interval-ms=1"]);
    expect(q.status, q.stdout + q.stderr).toBe(0);
    expect(q.stdout.trim().split("\n")).toHaveLength(1);
    const d = mirage(app, ["run", "--", "--solo5:debug", "--count=1", "--interval-ms=1"]);
    expect(d.status).toBe(0);
    expect(d.stdout).toMatch(/^mirage-solo5: spt, memory \d+ MiB, heap \d+ MiB, devices: none$/m);
    // An unknown --solo5: option is the unikernel's first argument, as upstream does it.
    const u = mirage(app, ["run", "--", "--solo5:nonsense"]);
    expect(u.status).toBe(64);
    expect(u.stdout).toMatch(/solo5:nonsense/);
  });

  it("lists its arguments with --help", () => {
    const r = mirage(app, ["run", "--", "--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("--interval-ms=MS");
  });

  it("the image is a static spt ELF with no devices in its manifest", () => {
    const notes = spawnSync("readelf", ["-n", image(app, "hello")], { encoding: "utf8" }).stdout;
    expect(notes).toMatch(/Solo5/);
    const segs = spawnSync("readelf", ["-lW", image(app, "hello")], { encoding: "utf8" }).stdout;
    expect(segs).not.toMatch(/INTERP/);
    expect(segs.split("\n").filter((l) => /^\s+LOAD/.test(l) && /RWE/.test(l))).toEqual([]);
    expect(fs.statSync(image(app, "hello")).size).toBeLessThan(2 * 1024 * 1024);
    // Shipped stripped: no symbol table.
    expect(spawnSync("readelf", ["-SW", image(app, "hello")], { encoding: "utf8" }).stdout).not.toMatch(/\.symtab/);
  });
});

describe("kv on spt", () => {
  it("reads the crunched directory and verifies the copies in memory", () => {
    const app = built("kv");
    const r = mirage(app, ["run"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("[kv] read /docs/notes.md");
    expect(r.stdout).toContain("verified 3 files (181 bytes) copied to the read-write store");
  }, 120_000);
});

describe("block on spt", () => {
  let app: string;
  beforeAll(() => {
    app = built("block");
  }, 120_000);

  it("verifies its sectors, and the data survives a second boot", () => {
    const disk = path.join(app, "disk.img");
    fs.writeFileSync(disk, new Uint8Array(64 * 512));
    const first = mirage(app, ["run", `--block:storage=${disk}`]);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain("disk: 64 sectors of 512 bytes, read-write");
    expect(first.stdout).toContain("boot 1: wrote and verified 16 sectors");
    const second = mirage(app, ["run", `--block:storage=${disk}`, "--", "--sectors=8"]);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain("found the data of boot 1 intact");
    expect(second.stdout).toMatch(/reading past the end is refused: Cannot read sector 64: out of bounds/);
  });

  it("a manifest device the tender was not given stops the boot, naming it", () => {
    const r = mirage(app, ["run"]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("declares block device 'storage' but it is not attached: add --block:storage=FILE");
  });

  it("an unknown device name on the tender command line is refused", () => {
    const r = spawnSync(TENDER, ["--block:nope=/dev/null", image(app, "block")], { encoding: "utf8" });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/nope/);
  });
});

const can = canRunLinuxPeer();
describe.skipIf(!can.ok)(`static-website and network on spt, Linux as the client${can.ok ? "" : ` (skipped: ${can.why})`}`, () => {
  let peer: LinuxPeer;
  let site: string;
  let echo: string;
  beforeAll(() => {
    site = built("static-website");
    echo = built("network");
    peer = createLinuxPeer(17);
  }, 240_000);
  afterAll(() => peer?.destroy());

  it("static-website: ping, and curl byte for byte", async () => {
    const guest = peer.spawn(TENDER, [`--net:service=${peer.tap}`, image(site, "static-website"), `--ipv4=${peer.guestIp}/24`, "--port=80"]);
    await guest.waitFor(/serving on http:\/\/10\.77\.17\.2:80\//);
    expect(await peer.runAsync("ping", ["-c", "2", "-i", "0.2", "-W", "2", peer.guestIp])).toMatch(/2 received/);
    expect(await peer.runAsync("curl", ["-sS", "--max-time", "10", `http://${peer.guestIp}/`])).toBe(fs.readFileSync(path.join(site, "htdocs", "index.html"), "utf8"));
    const blob = path.join(site, "blob.download");
    await peer.runAsync("curl", ["-sS", "--max-time", "30", "-o", blob, `http://${peer.guestIp}/docs/blob.bin`]);
    expect(fs.readFileSync(blob).equals(fs.readFileSync(path.join(site, "htdocs", "docs", "blob.bin")))).toBe(true);
    guest.child.kill("SIGTERM");
  }, 60_000);

  it("static-website: a bad --ipv4 stops the boot with exit 64", async () => {
    const guest = peer.spawn(TENDER, [`--net:service=${peer.tap}`, image(site, "static-website"), "--ipv4=300.1.1.1/24"]);
    expect(await guest.exited()).toBe(64);
    expect(guest.output()).toContain('invalid value "300.1.1.1/24" for --ipv4');
  });

  it("network: echoes a Linux client", async () => {
    const guest = peer.spawn(TENDER, [`--net:service=${peer.tap}`, image(echo, "network"), `--ipv4=${peer.guestIp}/24`, "--port=7"]);
    await guest.waitFor(/echoing on TCP port 7/);
    const script = `const s=require("net").connect(7,"${peer.guestIp}",()=>s.end("hello unikernel"));let b="";s.on("data",d=>b+=d);s.on("end",()=>console.log(b))`;
    expect((await peer.runAsync("node", ["-e", script])).trim()).toBe("hello unikernel");
    guest.child.kill("SIGTERM");
  }, 60_000);
});

// hvt images cannot boot on this machine's KVM (a nested PVM that stops at the first SSE
// instruction; QuickJS computes in doubles), so every example is checked structurally.
describe("every example builds an hvt image with the right notes and segments", () => {
  const expected: Record<string, Array<{ name: string; type: string }>> = {
    hello: [],
    kv: [],
    block: [{ name: "storage", type: "BLOCK_BASIC" }],
    network: [{ name: "service", type: "NET_BASIC" }],
    "static-website": [{ name: "service", type: "NET_BASIC" }],
  };
  for (const [name, devices] of Object.entries(expected)) {
    it(`${name}.hvt: ABI note says hvt, manifest = the config's devices, no W+X, static`, async () => {
      const app = built(name, "hvt");
      const file = image(app, name, "hvt");
      const { readManifest } = (await import("@mirage/platform-solo5/manifest")) as typeof import("@mirage/platform-solo5/manifest");
      const m = readManifest(fs.readFileSync(file));
      expect(m.abi?.target === "hvt" || m.abi?.target === 1).toBe(true);
      expect(m.devices).toEqual(devices);
      const segs = spawnSync("readelf", ["-lW", file], { encoding: "utf8" }).stdout;
      expect(segs).not.toMatch(/INTERP|DYNAMIC/);
      const loads = segs.split("\n").filter((l) => /^\s+LOAD/.test(l));
      expect(loads.length).toBeGreaterThanOrEqual(3);
      for (const l of loads) expect(l).not.toMatch(/RWE/);
      expect(fs.statSync(file).size).toBeLessThan(2 * 1024 * 1024);
      // mirage build refused it otherwise; check the image as shipped too.
      expect(() => checkNoSyscalls(file)).not.toThrow();
    }, 120_000);
  }

  it("the syscall check does fail on an image that makes host system calls (an spt image does)", () => {
    const app = built("hello", "spt");
    expect(() => checkNoSyscalls(image(app, "hello"))).toThrow(/contains \d+ host system-call instruction/);
  }, 120_000);
});

// `mirage run` on an hvt app picks the tender as spt does: SOLO5_HVT, else solo5-hvt on PATH,
// else the mirage-hvt this package ships. Booting for real is the bed's job (test/hvt-bed).
describe("mirage run -t hvt: which tender, with which arguments", () => {
  let app: string;
  let tmp: string;
  const saved = { SOLO5_HVT: process.env.SOLO5_HVT, PATH: process.env.PATH };
  beforeAll(() => {
    app = built("hello", "hvt");
    tmp = fs.mkdtempSync(path.join(app, "tender-"));
  }, 120_000);
  afterAll(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });
  /** A stand-in tender that prints its name and arguments, one per line. */
  const fakeTender = (file: string, label: string): string => {
    fs.writeFileSync(file, `#!/bin/sh\necho ${label}\nfor a in "$@"; do echo "[$a]"; done\n`, { mode: 0o755 });
    return file;
  };

  it("SOLO5_HVT names the tender: tender options before the image, the unikernel's arguments after it, quoted where they need it", () => {
    process.env.SOLO5_HVT = fakeTender(path.join(tmp, "given"), "given");
    const r = mirage(app, ["run", "--mem=64", "--", "--hello=two words", "--count=1"]);
    expect(r.stdout).toBe(`given\n[--mem=64]\n[${image(app, "hello", "hvt")}]\n['--hello=two words']\n[--count=1]\n`);
    expect(r.status).toBe(0);
  });

  it("else solo5-hvt on PATH", () => {
    delete process.env.SOLO5_HVT;
    fs.mkdirSync(path.join(tmp, "bin"), { recursive: true });
    fakeTender(path.join(tmp, "bin", "solo5-hvt"), "on-path");
    process.env.PATH = `${path.join(tmp, "bin")}${path.delimiter}${saved.PATH ?? ""}`;
    const r = mirage(app, ["run"]);
    expect(r.stdout.split("\n")[0]).toBe("on-path");
    process.env.PATH = saved.PATH;
  });

  it.skipIf(fs.existsSync("/dev/kvm"))("else the shipped mirage-hvt, which says plainly that this host has no /dev/kvm", () => {
    delete process.env.SOLO5_HVT;
    const r = mirage(app, ["run"]);
    expect(r.stderr).toContain("mirage-hvt: cannot open /dev/kvm: No such file or directory");
    expect(r.status).toBe(1);
  });
});
