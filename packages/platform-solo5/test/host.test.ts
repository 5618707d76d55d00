// The host contract: finding and checking `__mirage_host`, the ready set, the native checksum
// hook (tcpip's `checksum` both ways), the command line, entropy in host-sized pieces.
import { afterEach, describe, expect, it } from "vitest";
import fc from "fast-check";
import { checksum, checksumJs, pseudoHeaderSum, setChecksumImpl, UdpPacket, UdpRepr, Ipv4Packet, Ipv4Repr, onesSum, type Ipv4Address } from "@mirage/tcpip/wire";
import { getHost, HOST_GLOBAL, isReady, missingHostMethods, readyBit } from "../src/host.ts";
import { installNativeHelpers, nativeChecksum } from "../src/native.ts";
import { splitCommandLine } from "../src/cmdline.ts";
import { hostEntropy } from "../src/random.ts";
import { fakeHost } from "../src/testing.ts";

afterEach(() => setChecksumImpl(undefined));

describe("__mirage_host", () => {
  it("getHost returns a complete host and names what is missing otherwise", () => {
    const host = fakeHost();
    expect(getHost({ [HOST_GLOBAL]: host })).toBe(host);
    expect(() => getHost({})).toThrow(/__mirage_host is missing/);
    const partial = { ...host, checksum: undefined, netRead: 5 };
    expect(() => getHost({ [HOST_GLOBAL]: partial })).toThrow(/lacks netRead, checksum/);
    expect(missingHostMethods(null)).toContain("consoleWrite");
    expect(missingHostMethods(host)).toEqual([]);
  });

  it("the ready set is a number with bit h for handle h, up to handle 52", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 52 }), { maxLength: 10 }), fc.integer({ min: 0, max: 52 }), (handles, probe) => {
        const set = handles.reduce((s, h) => s + readyBit(h), 0);
        expect(Number.isSafeInteger(set)).toBe(true);
        expect(isReady(set, probe)).toBe(handles.includes(probe));
      }),
    );
  });
});

describe("the native checksum behind tcpip's checksum", () => {
  const args = fc
    .uint8Array({ maxLength: 200 })
    .chain((b) =>
      fc.tuple(
        fc.constant(b),
        fc.integer({ min: -4, max: b.length + 4 }),
        fc.integer({ min: -4, max: b.length + 4 }),
        fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0, max: 2 ** 40 })),
      ),
    );

  it("returns what checksumJs returns, for any range (clamped before the host sees it) and initial sum", () => {
    const host = fakeHost();
    const native = nativeChecksum(host);
    fc.assert(
      fc.property(args, ([b, start, end, initial]) => {
        expect(native(b, start, end, initial)).toBe(checksumJs(b, start, end, initial));
      }),
      { numRuns: 2000 },
    );
    const b = Uint8Array.from([1, 2, 3, 4, 5]);
    expect(native(b)).toBe(checksumJs(b));
    expect(native(b.subarray(1), 1)).toBe(checksumJs(b.subarray(1), 1));
  });

  it("the host refuses ranges outside the array: the JS side clamps first", () => {
    const host = fakeHost();
    expect(() => host.checksum(new Uint8Array(4), 2, 6, 0)).toThrow(RangeError);
    expect(() => host.checksum(new Uint8Array(4), 3, 2, 0)).toThrow(RangeError);
  });

  it("installNativeHelpers makes every importer of checksum call the host; setChecksumImpl(undefined) restores JS", () => {
    const host = fakeHost();
    const src = 0x0a000001 as Ipv4Address;
    const dst = 0x0a000002 as Ipv4Address;
    const repr = { srcPort: 1234, dstPort: 53, payload: Uint8Array.from({ length: 33 }, (_, i) => i * 7) };
    const emitted = (): Uint8Array => {
      const out = new Uint8Array(UdpRepr.bufferLen(repr));
      UdpRepr.emit(repr, out, src, dst);
      return out;
    };
    const jsBytes = emitted();
    expect(host.checksumCalls).toBe(0);

    installNativeHelpers(host);
    const nativeBytes = emitted(); // wire/udp.ts imports checksum from ./checksum.ts: a live binding
    expect(host.checksumCalls).toBe(1);
    expect(Array.from(nativeBytes)).toEqual(Array.from(jsBytes));
    const p = UdpPacket.of(nativeBytes);
    expect(p._tag === "Right" && p.right.verifyChecksum(src, dst)).toBe(true);
    expect(host.checksumCalls).toBe(2);
    expect(checksum(jsBytes, 0, jsBytes.length, pseudoHeaderSum(src, dst, 17, jsBytes.length))).toBe(0);
    expect(onesSum(Uint8Array.from([0xff, 0xff]))).toBe(0xffff);
    const calls = host.checksumCalls;

    setChecksumImpl(undefined);
    emitted();
    expect(host.checksumCalls).toBe(calls);
  });

  it("IPv4 headers round-trip the same with the JS and the native checksum", () => {
    const host = fakeHost();
    const reprs = fc.record({
      src: fc.integer({ min: 0, max: 0xffffffff }),
      dst: fc.integer({ min: 0, max: 0xffffffff }),
      ttl: fc.integer({ min: 1, max: 255 }),
      payload: fc.uint8Array({ maxLength: 40 }),
    });
    fc.assert(
      fc.property(reprs, (r) => {
        const emit = (): Uint8Array | undefined => {
          const repr = { src: r.src >>> 0, dst: r.dst >>> 0, protocol: 17, ttl: r.ttl, payloadLen: r.payload.length };
          const out = new Uint8Array(20 + r.payload.length);
          try {
            Ipv4Repr.emit(repr as never, out);
          } catch {
            return undefined;
          }
          return out;
        };
        setChecksumImpl(undefined);
        const a = emit();
        installNativeHelpers(host);
        const b = emit();
        expect(b && Array.from(b)).toEqual(a && Array.from(a));
        if (b !== undefined) {
          const p = Ipv4Packet.of(b);
          expect(p._tag === "Right" && p.right.verifyChecksum()).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("the command line", () => {
  it("splits words on blanks, with single quotes, double quotes and backslashes as a shell does", () => {
    const ok = (s: string) => {
      const r = splitCommandLine(s);
      if (!r.ok) throw new Error(r.error);
      return r.argv;
    };
    expect(ok("")).toEqual([]);
    expect(ok("  --ipv4=10.0.0.2/24   -l debug\t--x\n")).toEqual(["--ipv4=10.0.0.2/24", "-l", "debug", "--x"]);
    expect(ok(`--msg='hello world' "a \\"b\\" \\\\ \\n" ''`)).toEqual(["--msg=hello world", 'a "b" \\ \\n', ""]);
    expect(ok(`a\\ b 'it'\\''s' "$HOME" \\$x`)).toEqual(["a b", "it's", "$HOME", "$x"]);
    for (const bad of ["'open", '"open', "x\\"]) {
      const r = splitCommandLine(bad);
      expect(r.ok).toBe(false);
    }
    expect(splitCommandLine("a 'b").ok === false && (splitCommandLine("a 'b") as { error: string }).error).toMatch(/unterminated single quote at column 3/);
  });

  it("gives back any argument list quoted for it (round trip)", () => {
    const quote = (a: string): string => `'${a.replace(/'/g, `'\\''`)}'`;
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary", maxLength: 12 }), { maxLength: 8 }), (argv) => {
        const r = splitCommandLine(argv.map(quote).join(" "));
        expect(r).toEqual({ ok: true, argv });
      }),
      { numRuns: 300 },
    );
  });
});

describe("entropy", () => {
  it("asks the host for at most 256 bytes at a time", () => {
    const host = fakeHost({ seed: 1 });
    const sizes: number[] = [];
    const seed = host.randomSeed.bind(host);
    host.randomSeed = (n) => {
      sizes.push(n);
      return seed(n);
    };
    expect(hostEntropy(host).read(600)).toHaveLength(600);
    expect(sizes).toEqual([256, 256, 88]);
    expect(() => fakeHost().randomSeed(0)).toThrow(RangeError);
  });
});
