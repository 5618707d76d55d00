// The signature packages' conformance suites, run inside a Solo5 guest against the Solo5
// backends: the same suites the unix and in-memory implementations pass under vitest. The
// suites import "vitest"; package.json aliases it to ./vitest-shim.ts for the bundle.
//
// - `Conformance` (config.ts): block over the tender's "storage" device, the clocks and the
//   random generator the runtime connected.
// - `NetConformance` (net.config.ts): eight pairs of net devices, each pair two TAPs on a Linux
//   bridge (the test sets them up in a network namespace, as root).
//
// Both print one line per test and "N passed, M failed"; a failure makes the job fail (exit 1).
import { arg, job } from "@mirage/mirage";
import type { Net } from "@mirage/mirage-net";
import { blockConformance } from "@mirage/mirage-block/conformance";
import { clockConformance } from "@mirage/mirage-clock/conformance";
import { randomConformance } from "@mirage/mirage-random/conformance";
import { netConformance } from "@mirage/mirage-net/conformance";
import { getHost, type Host } from "@mirage/platform-solo5/host";
import { solo5Block, type Solo5Block } from "@mirage/platform-solo5/block";
import { solo5Random } from "@mirage/platform-solo5/random";
import { run } from "./vitest-shim.ts";

const common = {
  only: arg.optional(arg.string({ doc: "run only the tests whose full name matches this regular expression", docv: "REGEX" })),
  timeoutMs: arg.int({ doc: "per-test timeout (QuickJS interprets: slower than vitest's 5 s assumes)", docv: "MS", default: 120_000, min: 1 }),
};

const finish = async (only: string | undefined, timeoutMs: number): Promise<void> => {
  const r = await run({ timeoutMs, ...(only === undefined ? {} : { filter: new RegExp(only) }) });
  if (r.failed > 0) throw new Error(`${r.failed} conformance test${r.failed === 1 ? "" : "s"} failed: ${r.failures.join("; ")}`);
  if (r.passed === 0) throw new Error("no conformance test ran");
};

/**
 * The suite asks for disks of many geometries (1-48 sectors of 512 or 4096 bytes), a Solo5 guest
 * has one fixed device: each `make` gets a window of the real device, a view of the host whose
 * `blockInfo` reports the asked geometry and whose reads and writes land at the window's offset
 * in the real device. The Block under test is the real `solo5Block` (its checks, its host calls,
 * the C bindings and the tender's file I/O); only the reported geometry is the window's.
 * `lie` flips a bit of every read: a wrong backend the suite must catch.
 */
const blockWindow = (host: Host, offset: bigint, sectorSize: number, sizeSectors: number, lie: boolean): Host =>
  Object.assign(Object.create(host) as Host, {
    blockInfo: (_handle: number) => ({ capacity: BigInt(sectorSize) * BigInt(sizeSectors), blockSize: sectorSize }),
    blockRead: (handle: number, at: bigint, buf: Uint8Array): number => {
      const r = host.blockRead(handle, offset + at, buf);
      if (lie && r === 0 && buf.length > 0) buf[buf.length - 1] = (buf[buf.length - 1] as number) ^ 1;
      return r;
    },
    blockWrite: (handle: number, at: bigint, buf: Uint8Array): number => host.blockWrite(handle, offset + at, buf),
  });

export const Conformance = job(
  { disk: "block", pclock: "pclock", mclock: "mclock", sleep: "sleep", random: "random" },
  {
    args: {
      ...common,
      blockRuns: arg.int({ doc: "model-based runs of the block suite (its default is 40)", docv: "N", default: 40, min: 1 }),
      lyingDisk: arg.flag({ doc: "every read of the block windows comes back with one bit flipped (the suite must fail)" }),
    },
  },
  async ({ disk, pclock, mclock, sleep, random }, { only, timeoutMs, blockRuns, lyingDisk }) => {
    const host = getHost();
    const real = disk.info();
    const name = (disk as Partial<Solo5Block>).name ?? "storage";
    const realBytes = BigInt(real.sectorSize) * real.sizeSectors;
    let next = 0n;
    blockConformance(
      `solo5Block, windows of the tender's "${name}" (${real.sizeSectors} sectors of ${real.sectorSize} bytes)${lyingDisk ? ", lying" : ""}`,
      async ({ sectorSize, sizeSectors }) => {
        const bytes = BigInt(sectorSize) * BigInt(sizeSectors);
        if (sectorSize % real.sectorSize !== 0 || bytes > realBytes) {
          throw new Error(`a window of ${sizeSectors} sectors of ${sectorSize} bytes does not fit the device (${real.sizeSectors} sectors of ${real.sectorSize} bytes): attach a larger file`);
        }
        // Successive windows move through the device (aligned to their sector size), so the
        // requests reach all of it, its last bytes included.
        const align = BigInt(sectorSize);
        const last = ((realBytes - bytes) / align) * align;
        const offset = (next / align) * align > last ? last : (next / align) * align;
        next = (next + bytes + 3n * 4096n) % realBytes;
        const b = solo5Block(blockWindow(host, offset, sectorSize, sizeSectors, lyingDisk), name);
        if (b._tag === "Left") throw new Error(b.left.message);
        return b.right;
      },
      { numRuns: blockRuns },
    );
    clockConformance("solo5 clocks (pclock, mclock, sleep as connected)", () => ({ pclock, mclock, sleep }));
    randomConformance("solo5 random (as connected)", () => random);
    randomConformance("solo5Random (a fresh generator per make)", () => solo5Random(host));
    await finish(only, timeoutMs);
  },
);

/** How many pairs the net suite uses: it asks for a fresh pair per test and disconnects it. */
export const NET_PAIRS = 8;

export const NetConformance = job(
  {
    a0: "net", b0: "net", a1: "net", b1: "net", a2: "net", b2: "net", a3: "net", b3: "net",
    a4: "net", b4: "net", a5: "net", b5: "net", a6: "net", b6: "net", a7: "net", b7: "net",
  },
  { args: { ...common, frameTimeoutMs: arg.int({ doc: "how long a frame may take to cross the bridge", docv: "MS", default: 3000, min: 1 }) } },
  async (nets, { only, timeoutMs, frameTimeoutMs }) => {
    // Solo5 has no release: a device stays acquired (and read) after disconnect, so each pair is
    // its own two manifest entries, connected by the runtime, handed out once.
    const pairs: Array<readonly [Net, Net]> = [];
    for (let i = 0; i < NET_PAIRS; i++) {
      const n = nets as unknown as Record<string, Net>;
      pairs.push([n[`a${i}`] as Net, n[`b${i}`] as Net]);
    }
    let used = 0;
    netConformance(
      "solo5Net pairs (two TAPs on a Linux bridge each)",
      async () => {
        const p = pairs[used++];
        if (p === undefined) throw new Error(`the suite wants more than ${NET_PAIRS} pairs: add devices to net.config.ts and NetConformance`);
        return p;
      },
      { quiet: false, timeoutMs: frameTimeoutMs },
    );
    await finish(only, timeoutMs);
  },
);
