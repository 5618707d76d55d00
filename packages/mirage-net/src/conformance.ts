// The conformance suite every Net backend runs, on a pair of interfaces joined by some medium:
//   netConformance("vnetif", async () => { ...two connected interfaces... })
//
// Test frames use the local experimental EtherType 0x88b5 and carry a 32-bit tag after the
// header, so frames the medium adds on its own (a host's IPv6 chatter on a TAP) are ignored.
// Exact rx counts need a quiet medium; pass `{ quiet: false }` for a noisy one.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ETHERNET_HEADER_BYTES, macAddress, maxFrameSize, type Net } from "./index.ts";

export interface NetConformanceOptions {
  /** Nothing but the test's frames crosses the medium (default true): rx stats are exact. */
  readonly quiet?: boolean;
  /** How long a frame may take to arrive (default 2000 ms). */
  readonly timeoutMs?: number;
}

const ETHERTYPE = 0x88b5;
const TAGGED_MIN = ETHERNET_HEADER_BYTES + 4;

let nextTag = 1;

/** A test frame from `src` to `dst` of `size` bytes (>= 18) with a fresh tag. */
const testFrame = (src: Net, dst: Net, size: number, seed = 0): { frame: Uint8Array; tag: number } => {
  const tag = nextTag++ >>> 0;
  const f = new Uint8Array(size);
  macAddress.write(dst.mac, f, 0);
  macAddress.write(src.mac, f, 6);
  const dv = new DataView(f.buffer);
  dv.setUint16(12, ETHERTYPE);
  dv.setUint32(14, tag);
  let x = (seed | 1) >>> 0;
  for (let i = TAGGED_MIN; i < size; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    f[i] = x >>> 24;
  }
  return { frame: f, tag };
};

const tagOf = (f: Uint8Array): number | undefined =>
  f.length >= TAGGED_MIN && f[12] === ETHERTYPE >> 8 && f[13] === (ETHERTYPE & 0xff)
    ? new DataView(f.buffer, f.byteOffset, f.byteLength).getUint32(14)
    : undefined;

interface Receiver {
  /** Copies of every frame received so far. */
  readonly frames: Uint8Array[];
  readonly listening: Promise<unknown>;
  /** The frame with this tag, once it arrives; rejects after the timeout. */
  waitFor(tag: number): Promise<Uint8Array>;
}

const receiver = (net: Net, timeoutMs: number): Receiver => {
  const frames: Uint8Array[] = [];
  const waiters = new Map<number, (f: Uint8Array) => void>();
  const listening = net.listen((f) => {
    const copy = f.slice();
    frames.push(copy);
    const t = tagOf(copy);
    if (t !== undefined) waiters.get(t)?.(copy);
  });
  return {
    frames,
    listening,
    waitFor(tag) {
      const seen = frames.find((f) => tagOf(f) === tag);
      if (seen !== undefined) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(tag);
          reject(new Error(`frame with tag ${tag} did not arrive within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.set(tag, (f) => {
          clearTimeout(timer);
          waiters.delete(tag);
          resolve(f);
        });
      });
    },
  };
};

const send = (net: Net, frame: Uint8Array) =>
  net.write(frame.length, (buf) => {
    buf.set(frame);
    return frame.length;
  });

const hex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");

export const netConformance = (
  name: string,
  makePair: () => Promise<readonly [Net, Net]>,
  options: NetConformanceOptions = {},
): void => {
  const quiet = options.quiet ?? true;
  const timeoutMs = options.timeoutMs ?? 2000;

  const withPair = async (body: (a: Net, b: Net) => Promise<void>): Promise<void> => {
    const [a, b] = await makePair();
    try {
      await body(a, b);
    } finally {
      await a.disconnect();
      await b.disconnect();
    }
  };

  describe(`net conformance: ${name}`, () => {
    it("describes itself: kind, unicast MACs that differ, an MTU", async () => {
      await withPair(async (a, b) => {
        for (const n of [a, b]) {
          expect(n.kind).toBe("net");
          expect(n.mac.length).toBe(6);
          expect(macAddress.isUnicast(n.mac)).toBe(true);
          expect(Number.isSafeInteger(n.mtu) && n.mtu >= 68).toBe(true);
        }
        expect(macAddress.equal(a.mac, b.mac)).toBe(false);
      });
    });

    it("a written frame arrives intact at the other side, both ways", async () => {
      await withPair(async (a, b) => {
        const ra = receiver(a, timeoutMs);
        const rb = receiver(b, timeoutMs);
        const max = Math.min(maxFrameSize(a.mtu), maxFrameSize(b.mtu));
        await fc.assert(
          fc.asyncProperty(fc.integer({ min: TAGGED_MIN, max }), fc.integer(), fc.boolean(), async (size, seed, aToB) => {
            const [src, dst, rx] = aToB ? [a, b, rb] : [b, a, ra];
            const { frame, tag } = testFrame(src, dst, size, seed);
            const w = await send(src, frame);
            expect(w._tag).toBe("Right");
            const got = await rx.waitFor(tag);
            expect(got.length).toBe(size);
            expect(hex(got)).toBe(hex(frame));
          }),
          { numRuns: 60 },
        );
        // The largest frame, exactly.
        const { frame, tag } = testFrame(a, b, maxFrameSize(a.mtu), 7);
        expect((await send(a, frame))._tag).toBe("Right");
        expect(hex(await rb.waitFor(tag))).toBe(hex(frame));
      });
    });

    it("a frame shorter than the buffer offered is sent with the length fill returned", async () => {
      await withPair(async (a, b) => {
        const rb = receiver(b, timeoutMs);
        const { frame, tag } = testFrame(a, b, 60, 3);
        const w = await a.write(maxFrameSize(a.mtu), (buf) => {
          buf.set(frame);
          return frame.length;
        });
        expect(w._tag).toBe("Right");
        expect(hex(await rb.waitFor(tag))).toBe(hex(frame));
      });
    });

    it("too-large and impossible sizes give InvalidLength and send nothing", async () => {
      await withPair(async (a, b) => {
        const rb = receiver(b, timeoutMs);
        const max = maxFrameSize(a.mtu);
        a.resetStats();
        let filled = 0;
        for (const size of [max + 1, max + 1000, -1, 1.5, Number.NaN]) {
          const w = await a.write(size, () => {
            filled++;
            return 0;
          });
          expect(w._tag === "Left" && w.left._tag, `write(${size})`).toBe("InvalidLength");
          if (w._tag === "Left" && w.left._tag === "InvalidLength") {
            expect(w.left.max).toBe(max);
            expect(w.left.message).toMatch(/^Cannot send/);
          }
        }
        expect(filled).toBe(0);
        // fill claiming more bytes than it was given
        const big = testFrame(a, b, 64);
        const over = await a.write(64, (buf) => {
          buf.set(big.frame);
          return 65;
        });
        expect(over._tag === "Left" && over.left._tag).toBe("InvalidLength");
        expect(a.stats().txPkts).toBe(0);
        // A marker sent afterwards is the first of the test frames to arrive.
        const marker = testFrame(a, b, 64);
        expect((await send(a, marker.frame))._tag).toBe("Right");
        await rb.waitFor(marker.tag);
        expect(rb.frames.map(tagOf).filter((t) => t !== undefined)).toEqual([marker.tag]);
      });
    });

    it("counts frames and bytes, and resets the counters", async () => {
      await withPair(async (a, b) => {
        const rb = receiver(b, timeoutMs);
        a.resetStats();
        b.resetStats();
        expect(a.stats()).toEqual({ rxBytes: 0n, rxPkts: 0, txBytes: 0n, txPkts: 0, rxDropped: 0 });
        const sizes = [60, 100, maxFrameSize(a.mtu), TAGGED_MIN];
        for (const s of sizes) {
          const { frame, tag } = testFrame(a, b, s);
          await send(a, frame);
          await rb.waitFor(tag);
        }
        const total = BigInt(sizes.reduce((x, y) => x + y, 0));
        expect(a.stats().txPkts).toBe(sizes.length);
        expect(a.stats().txBytes).toBe(total);
        const sb = b.stats();
        if (quiet) {
          expect(sb).toEqual({ rxBytes: total, rxPkts: sizes.length, txBytes: 0n, txPkts: 0, rxDropped: 0 });
        } else {
          expect(sb.rxPkts).toBeGreaterThanOrEqual(sizes.length);
          expect(sb.rxBytes >= total).toBe(true);
        }
        b.resetStats();
        expect(b.stats().rxPkts).toBe(0);
        expect(b.stats().rxBytes).toBe(0n);
      });
    });

    it("a frame shorter than an Ethernet header is dropped and counted, not delivered", async () => {
      await withPair(async (a, b) => {
        const rb = receiver(b, timeoutMs);
        b.resetStats();
        const w = await a.write(5, (buf) => {
          buf.fill(0xab);
          return 5;
        });
        // A medium may refuse it outright; if it takes it, the receiver must not deliver it.
        const marker = testFrame(a, b, 64);
        await send(a, marker.frame);
        await rb.waitFor(marker.tag);
        expect(rb.frames.some((f) => f.length < ETHERNET_HEADER_BYTES)).toBe(false);
        if (quiet && w._tag === "Right") expect(b.stats().rxDropped).toBe(1);
      });
    });

    it("a second concurrent listen is refused; the first keeps receiving", async () => {
      await withPair(async (a, b) => {
        const rb = receiver(b, timeoutMs);
        const second = await b.listen(() => {
          throw new Error("the second listener must not receive frames");
        });
        expect(second._tag).toBe("Left");
        const { frame, tag } = testFrame(a, b, 64);
        await send(a, frame);
        await rb.waitFor(tag);
      });
    });

    it("after disconnect: listen resolves, write gives Disconnected, listen again gives Disconnected", async () => {
      const [a, b] = await makePair();
      const rb = receiver(b, timeoutMs);
      await b.disconnect();
      const ended = await rb.listening;
      expect(ended).toEqual({ _tag: "Right", right: undefined });
      let filled = false;
      const w = await b.write(64, () => {
        filled = true;
        return 64;
      });
      expect(w._tag === "Left" && w.left._tag).toBe("Disconnected");
      expect(w._tag === "Left" && w.left.message).toMatch(/disconnected/);
      expect(filled).toBe(false);
      const l = await b.listen(() => undefined);
      expect(l._tag === "Left" && l.left._tag).toBe("Disconnected");
      await b.disconnect(); // twice is harmless
      await a.disconnect();
    });
  });
};
