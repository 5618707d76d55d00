// The Solo5 backends pass the same conformance suites as the unix ones, over a fake host that
// behaves like Solo5 (handles, synchronous block I/O, a ready set, virtual time); then what the
// suites do not cover: drops, host errors, batches, keep-alive, devices, the runtime module,
// and two direct TCP/IP stacks talking through the fake host with the native checksum in use.
import { afterAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { isLeft } from "fp-ts/Either";
import { netConformance } from "@mirage/mirage-net/conformance";
import { blockConformance } from "@mirage/mirage-block/conformance";
import { clockConformance } from "@mirage/mirage-clock/conformance";
import { randomConformance } from "@mirage/mirage-random/conformance";
import type { TcpFlow } from "@mirage/tcpip";
import { directStack } from "@mirage/tcpip/stack";
import { ipv4Address, ipv4Cidr, setChecksumImpl } from "@mirage/tcpip/wire";
import { solo5Net, READ_BATCH, type Solo5Net } from "../src/net.ts";
import { solo5Block } from "../src/block.ts";
import { solo5MClock, solo5PClock, solo5Sleep } from "../src/clock.ts";
import { solo5Random } from "../src/random.ts";
import { solo5Devices } from "../src/devices.ts";
import { consoleSink } from "../src/logs.ts";
import { installNativeHelpers } from "../src/native.ts";
import { loopOf, runLoop } from "../src/loop.ts";
import { HOST_GLOBAL, LOOP_GLOBAL } from "../src/host.ts";
import { fakeHost, flushJobs, simulate, type FakeHost, type Simulation } from "../src/testing.ts";

const must = <A>(e: { _tag: "Left"; left: { message: string } } | { _tag: "Right"; right: A }): A => {
  if (e._tag === "Left") throw new Error(e.left.message);
  return e.right;
};

const running: Simulation[] = [];
afterAll(async () => {
  for (const s of running.splice(0)) await s.stop();
});

const linkedPair = (mtu = 1500): { host: FakeHost; sim: Simulation; a: Solo5Net; b: Solo5Net } => {
  const host = fakeHost({ nets: [{ name: "a", mtu }, { name: "b", mtu }], links: [["a", "b"]] });
  const a = must(solo5Net(host, "a"));
  const b = must(solo5Net(host, "b"));
  const sim = simulate(host);
  sim.start();
  running.push(sim);
  return { host, sim, a, b };
};

netConformance("solo5 (fake host, two linked net devices)", async () => {
  const { a, b } = linkedPair();
  return [a, b] as const;
});

netConformance("solo5 (fake host, MTU 9000)", async () => {
  const { a, b } = linkedPair(9000);
  return [a, b] as const;
});

blockConformance("solo5 (fake host)", async ({ sectorSize, sizeSectors }) =>
  must(solo5Block(fakeHost({ blocks: [{ name: "storage", blockSize: sectorSize, blocks: sizeSectors }] }), "storage")),
);

clockConformance("solo5 (fake host, virtual time)", () => {
  const host = fakeHost();
  const sim = simulate(host);
  return { pclock: solo5PClock(host), mclock: solo5MClock(host), sleep: solo5Sleep(host), advance: (ns: bigint) => sim.advance(ns) };
});

randomConformance("solo5 (fake host entropy)", () => solo5Random(fakeHost()));

const frame = (size: number, tag: number): Uint8Array => {
  const f = new Uint8Array(size);
  f.set([2, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 2, 0x88, 0xb5]);
  f[size - 1] = tag;
  return f;
};

describe("solo5Net beyond the suite", () => {
  it("drops and counts frames shorter than a header and frames nobody listens to; reads in batches", async () => {
    const host = fakeHost({ nets: [{ name: "service" }] });
    const net = must(solo5Net(host, "service"));
    const loop = loopOf(host);
    host.inject("service", frame(60, 1)); // nobody listens yet
    loop.step(host.readySet());
    expect(net.stats().rxDropped).toBe(1);
    const got: number[] = [];
    void net.listen((f) => got.push(f[f.length - 1] as number));
    host.inject("service", new Uint8Array(13));
    host.inject("service", new Uint8Array(1));
    for (let i = 0; i < READ_BATCH + 10; i++) host.inject("service", frame(60, i & 0xff));
    expect(loop.step(host.readySet())).toBe(0n); // a full batch: more to read at once
    expect(got.length).toBe(READ_BATCH - 2);
    expect(loop.step(0)).toBe(9223372036854775807n); // the rest, then wait for frames
    expect(got.length).toBe(READ_BATCH + 10);
    expect(net.stats()).toMatchObject({ rxPkts: READ_BATCH + 10, rxDropped: 3, rxBytes: BigInt(60 * (READ_BATCH + 10)) });
  });

  it("refuses frames shorter than a header on write; a host write error is an IoError", async () => {
    const host = fakeHost({ nets: [{ name: "service" }] });
    const net = must(solo5Net(host, "service"));
    const short = await net.write(13, () => 13);
    expect(short._tag === "Left" && short.left._tag).toBe("InvalidLength");
    host.fault("netWrite", -5);
    const failed = await net.write(60, (b) => {
      b.set(frame(60, 9));
      return 60;
    });
    expect(failed._tag === "Left" && failed.left).toMatchObject({ _tag: "IoError" });
    expect(failed._tag === "Left" && failed.left.message).toMatch(/error -5/);
    expect((await net.write(60, () => 60))._tag).toBe("Right");
    expect(host.sent("service").map((f) => f.length)).toEqual([60]);
    expect(net.stats().txPkts).toBe(1);
  });

  it("a fill that writes re-entrantly gets its own buffer", async () => {
    const host = fakeHost({ nets: [{ name: "service" }] });
    const net = must(solo5Net(host, "service"));
    let inner: Promise<unknown> | undefined;
    await net.write(60, (outer) => {
      outer.set(frame(60, 1));
      inner = net.write(60, (b) => {
        b.set(frame(60, 2));
        return 60;
      });
      return 60;
    });
    await inner;
    expect(host.sent("service").map((f) => f[59])).toEqual([2, 1]);
  });

  it("a host read error ends listen with IoError, and later calls report it", async () => {
    const host = fakeHost({ nets: [{ name: "service" }] });
    const net = must(solo5Net(host, "service"));
    const listening = net.listen(() => undefined);
    host.inject("service", frame(60, 1));
    host.fault("netRead", -22);
    loopOf(host).step(host.readySet());
    const r = await listening;
    expect(r._tag === "Left" && r.left._tag).toBe("IoError");
    expect((await net.write(60, () => 60))._tag).toBe("Left");
    expect((await net.listen(() => undefined))._tag).toBe("Left");
  });

  it("keeps the guest running while it listens; after disconnect frames are drained, uncounted, and the guest ends", async () => {
    const host = fakeHost({ nets: [{ name: "service" }] });
    const net = must(solo5Net(host, "service"));
    runLoop(host, async () => {
      void net.listen(() => undefined);
    }, {});
    const sim = simulate(host);
    expect(await sim.run()).toEqual({ _tag: "Blocked" });
    await net.disconnect();
    net.resetStats();
    host.inject("service", frame(60, 1));
    loopOf(host).step(host.readySet()); // Solo5 keeps reporting the device: it is drained
    expect(host.readySet()).toBe(0);
    expect(net.stats().rxDropped).toBe(0);
    expect(await sim.run()).toEqual({ _tag: "Exited", code: 0 });
  });

  it("names a missing device and how the tender attaches one", () => {
    const r = solo5Net(fakeHost(), "service");
    expect(r._tag === "Left" && r.left).toMatchObject({ _tag: "NotFound", name: "service" });
    expect(r._tag === "Left" && r.left.message).toMatch(/--net:service=tap0/);
  });
});

describe("solo5Block beyond the suite", () => {
  it("one host call per non-empty buffer, at the right byte offsets; requests complete inside the call", async () => {
    const host = fakeHost({ blocks: [{ name: "storage", blockSize: 512, blocks: 8 }] });
    const calls: string[] = [];
    const read = host.blockRead.bind(host);
    host.blockRead = (h, off, buf) => {
      calls.push(`${off}+${buf.length}`);
      return read(h, off, buf);
    };
    const b = must(solo5Block(host, "storage"));
    host.disk("storage").fill(7, 1024, 2048);
    const x = new Uint8Array(1024);
    const y = new Uint8Array(512);
    let settled = false;
    const p = b.read(2n, [x, new Uint8Array(0), y]).then((r) => {
      settled = true;
      return r;
    });
    expect(calls).toEqual(["1024+1024", "2048+512"]); // already done
    await null;
    expect(settled).toBe(true);
    expect((await p)._tag).toBe("Right");
    expect(x.every((v) => v === 7)).toBe(true);
  });

  it("host errors are IoError; readOnly refuses writes; a missing device or bad geometry is named", async () => {
    const host = fakeHost({ blocks: [{ name: "storage", blockSize: 4096, blocks: 2 }] });
    const b = must(solo5Block(host, "storage"));
    host.fault("blockWrite", -5);
    const w = await b.write(0n, [new Uint8Array(4096)]);
    expect(w._tag === "Left" && w.left).toMatchObject({ _tag: "IoError" });
    host.fault("blockRead", -5);
    expect((await b.read(1n, [new Uint8Array(4096)]))._tag).toBe("Left");
    const ro = must(solo5Block(host, "storage", { readOnly: true }));
    expect(ro.info()).toEqual({ readWrite: false, sectorSize: 4096, sizeSectors: 2n });
    const r = await ro.write(0n, [new Uint8Array(4096)]);
    expect(r._tag === "Left" && r.left._tag).toBe("ReadOnly");
    const missing = solo5Block(host, "other");
    expect(missing._tag === "Left" && missing.left.message).toMatch(/--block:other=disk.img/);
    const weird = { ...host, blockInfo: () => ({ capacity: 1000n, blockSize: 512 }) };
    expect(solo5Block(weird, "storage")._tag).toBe("Left");
  });
});

describe("device definitions", () => {
  it("connect by manifest name (service and storage by default) and refuse names Solo5 cannot have", async () => {
    const host = fakeHost({ nets: [{ name: "service" }, { name: "net2" }], blocks: [{ name: "storage", blocks: 4 }] });
    const d = solo5Devices(() => host);
    const n = must(await d.netifDevice.connect({}, {}, undefined));
    expect([n.kind, n.name]).toEqual(["net", "service"]);
    expect(must(await d.netifDevice.connect({ name: "net2" }, {}, undefined)).name).toBe("net2");
    expect((await d.netifDevice.connect({ name: "bad name!" }, {}, undefined))._tag).toBe("Left");
    expect((await d.netifDevice.connect({ name: "absent" }, {}, undefined))._tag).toBe("Left");
    const b = must(await d.blockDevice.connect({}, {}, undefined));
    expect([b.kind, b.name, b.info().sizeSectors]).toEqual(["block", "storage", 4n]);
    expect(must(await d.blockDevice.connect({ readOnly: true }, {}, undefined)).info().readWrite).toBe(false);
    expect(must(await d.pclockDevice.connect({}, {}, undefined)).kind).toBe("pclock");
    expect(must(await d.mclockDevice.connect({}, {}, undefined)).kind).toBe("mclock");
    expect(must(await d.sleepDevice.connect({}, {}, undefined)).kind).toBe("sleep");
    expect(must(await d.randomDevice.connect({}, {}, undefined)).kind).toBe("random");
  });

  it("the module's own definitions find the host the C runtime installed, only when they connect", async () => {
    const mod = await import("../src/devices.ts");
    await expect(mod.pclockDevice.connect({}, {}, undefined)).rejects.toThrow(/__mirage_host is missing/);
    const g = globalThis as Record<string, unknown>;
    g[HOST_GLOBAL] = fakeHost({ nets: [{ name: "service" }] });
    try {
      expect(must(await mod.netifDevice.connect({ name: "service" }, {}, undefined)).name).toBe("service");
    } finally {
      delete g[HOST_GLOBAL];
    }
  });

  it("the logs sink writes formatted records to the console", () => {
    const host = fakeHost();
    consoleSink(host)({ level: "info", source: "app", timeMs: 0, msg: "héllo", fields: { n: 1 } });
    expect(host.consoleText()).toBe("1970-01-01T00:00:00.000Z INFO  [app] héllo n=1\n");
  });
});

describe("runtime module", () => {
  it("installs the loop and the native checksum, splits the command line, and exits through the host", async () => {
    const g = globalThis as Record<string, unknown>;
    const host = fakeHost({ cmdline: `--ipv4=10.0.0.2/24 -l 'tcp:debug' --msg="a b"` });
    g[HOST_GLOBAL] = host;
    try {
      const { platform, run } = await import("../src/runtime.ts");
      expect(platform.argv).toEqual(["--ipv4=10.0.0.2/24", "-l", "tcp:debug", "--msg=a b"]);
      expect(typeof (g[LOOP_GLOBAL] as { tick?: unknown }).tick).toBe("function");
      platform.console("hello");
      expect(host.consoleText()).toBe("hello\n");
      expect(platform.context.pclock.now()).toBe(host.wallNs());
      expect(platform.context.random.generate(4)).toHaveLength(4);
      run(async () => {
        await platform.context.sleep.sleepNs(1_000_000n);
        platform.exit(7);
      });
      expect(await simulate(host).run()).toEqual({ _tag: "Exited", code: 7 });
    } finally {
      delete g[HOST_GLOBAL];
      delete g[LOOP_GLOBAL];
      setChecksumImpl(undefined);
    }
  });
});

describe("two direct stacks over the fake host", () => {
  it("TCP both ways, 256 KiB each, intact; every checksum computed by the host's native helper", async () => {
    const host = fakeHost({ nets: [{ name: "a" }, { name: "b" }], links: [["a", "b"]] });
    installNativeHelpers(host);
    try {
      const ctx = (n: number) => ({ mclock: solo5MClock(host), sleep: solo5Sleep(host), random: solo5Random(fakeHost({ seed: n })) });
      const sa = directStack(must(solo5Net(host, "a")), ctx(1), { cidr: must(ipv4Cidr.parse("10.0.0.1/24")) });
      const sb = directStack(must(solo5Net(host, "b")), ctx(2), { cidr: must(ipv4Cidr.parse("10.0.0.2/24")) });
      const sim = simulate(host);
      sim.start();
      running.push(sim);
      const size = 256 * 1024;
      const data = (seed: number) => Uint8Array.from({ length: size }, (_, i) => (i * 31 + seed) & 0xff);
      const exchange = async (flow: TcpFlow, seed: number): Promise<string> => {
        const got = createHash("sha256");
        const reading = (async () => {
          for (;;) {
            const r = await flow.read();
            if (isLeft(r)) throw new Error(r.left.message);
            if (r.right._tag === "Eof") return;
            got.update(r.right.data);
          }
        })();
        const out = data(seed);
        for (let off = 0; off < size; off += 16 * 1024) {
          const w = await flow.write(out.subarray(off, off + 16 * 1024));
          if (isLeft(w)) throw new Error(w.left.message);
        }
        await flow.shutdown("write");
        await reading;
        await flow.close();
        return got.digest("hex");
      };
      const accepted = new Promise<TcpFlow>((resolve) => {
        void sb.tcp.listen(80, resolve);
      });
      const before = host.checksumCalls;
      const client = must(await sa.tcp.connect({ address: must(ipv4Address.parse("10.0.0.2")), port: 80 }));
      const [x, y] = await Promise.all([exchange(client, 1), accepted.then((f) => exchange(f, 2))]);
      const sha = (seed: number) => createHash("sha256").update(data(seed)).digest("hex");
      expect(x).toBe(sha(2));
      expect(y).toBe(sha(1));
      expect(host.checksumCalls - before).toBeGreaterThan(2 * (size / 1460));
      await sa.disconnect();
      await sb.disconnect();
      await flushJobs();
    } finally {
      setChecksumImpl(undefined);
    }
  }, 60_000);
});

