import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { mockClock } from "@mirage/mirage-clock";
import { macAddress } from "@mirage/mirage-net";
import { createSwitch, pcapMemory, pcapWriter, tapPcap } from "../src/index.ts";
import { collect, frame, send, settle, TCP, tcpFrame } from "./helpers.ts";

const which = (tool: string): boolean => {
  try {
    execFileSync("which", [tool], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};
const hasTshark = which("tshark");

const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);

/** Parses a classic pcap file: header fields and records. */
const parse = (file: Uint8Array) => {
  const dv = view(file);
  const header = {
    magic: dv.getUint32(0, true),
    major: dv.getUint16(4, true),
    minor: dv.getUint16(6, true),
    thiszone: dv.getInt32(8, true),
    sigfigs: dv.getUint32(12, true),
    snaplen: dv.getUint32(16, true),
    linktype: dv.getUint32(20, true),
  };
  const records: { sec: number; sub: number; incl: number; orig: number; data: Uint8Array }[] = [];
  let off = 24;
  while (off < file.length) {
    const incl = dv.getUint32(off + 8, true);
    records.push({ sec: dv.getUint32(off, true), sub: dv.getUint32(off + 4, true), incl, orig: dv.getUint32(off + 12, true), data: file.subarray(off + 16, off + 16 + incl) });
    off += 16 + incl;
  }
  expect(off).toBe(file.length);
  return { header, records };
};

const hex = (b: Uint8Array): string => Buffer.from(b).toString("hex");

describe("pcap writer", () => {
  it("writes the classic libpcap layout, microsecond timestamps by default", () => {
    const mem = pcapMemory();
    const w = pcapWriter(mem.sink);
    expect(hex(mem.bytes())).toBe("d4c3b2a1" + "0200" + "0400" + "00000000" + "00000000" + "ffff0000" + "01000000");
    const f1 = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    w.writeFrame(1_500_250_999n, f1); // 1 s + 500250 us (+999 ns, truncated)
    w.writeFrame(4_294_967_296n * 1_000_000_000n + 7_000n, f1.subarray(0, 14)); // seconds wrap at 2^32
    const { header, records } = parse(mem.bytes());
    expect(header).toEqual({ magic: 0xa1b2c3d4, major: 2, minor: 4, thiszone: 0, sigfigs: 0, snaplen: 65535, linktype: 1 });
    expect(records.map(({ sec, sub, incl, orig }) => ({ sec, sub, incl, orig }))).toEqual([
      { sec: 1, sub: 500250, incl: 15, orig: 15 },
      { sec: 0, sub: 7, incl: 14, orig: 14 },
    ]);
    expect(hex(records[0]?.data ?? new Uint8Array())).toBe(hex(f1));
    expect(w.frames()).toBe(2);
  });

  it("writes nanosecond files and truncates to snaplen, keeping orig_len", () => {
    const mem = pcapMemory();
    const w = pcapWriter(mem.sink, { precision: "ns", snaplen: 20, linktype: 147 });
    const f = new Uint8Array(100).map((_, i) => i);
    w.writeFrame(3_000_000_123n, f);
    const { header, records } = parse(mem.bytes());
    expect(header.magic).toBe(0xa1b23c4d);
    expect(header.snaplen).toBe(20);
    expect(header.linktype).toBe(147);
    expect(records[0]).toMatchObject({ sec: 3, sub: 123, incl: 20, orig: 100 });
    expect(hex(records[0]?.data ?? new Uint8Array())).toBe(hex(f.subarray(0, 20)));
    expect(() => pcapWriter(mem.sink, { snaplen: 0 })).toThrow(/snaplen/);
  });

  it("tapPcap records frames in both directions, as sent and as received", async () => {
    const clock = mockClock(5_000_000_000n);
    const sw = createSwitch({ clock });
    const mem = pcapMemory();
    const w = pcapWriter(mem.sink, { precision: "ns" });
    const a = tapPcap(sw.connect(), w, clock.mclock);
    const b = sw.connect();
    collect(a);
    collect(b);
    const out = frame(b.mac, a.mac, 1, 60);
    const back = frame(a.mac, b.mac, 2, 70);
    await send(a, out);
    await clock.advance(1_000n);
    await send(b, back);
    await settle();
    // fill claiming too much: not recorded, not sent
    expect((await a.write(60, () => 61))._tag).toBe("Left");
    const { records } = parse(mem.bytes());
    expect(records.map((r) => hex(r.data))).toEqual([hex(out), hex(back)]);
    expect(records.map((r) => [r.sec, r.sub])).toEqual([
      [5, 0],
      [5, 1000],
    ]);
    expect(a.stats().txPkts).toBe(1);
  });

  it("sw.capture records each frame once at ingress, or each delivered copy; and stops", async () => {
    const clock = mockClock();
    const sw = createSwitch({ clock });
    const a = sw.connect();
    const b = sw.connect({ faults: { loss: 1 } });
    const c = sw.connect();
    collect(b);
    collect(c);
    const ingress = pcapMemory();
    const delivery = pcapMemory();
    const stopIngress = sw.capture(pcapWriter(ingress.sink));
    const stopDelivery = sw.capture(pcapWriter(delivery.sink), { point: "delivery" });
    await send(a, frame(macAddress.broadcast, a.mac, 1)); // c gets it, b loses it
    await send(a, frame(c.mac, a.mac, 2));
    await settle();
    stopIngress();
    stopDelivery();
    await send(a, frame(c.mac, a.mac, 3));
    await settle();
    expect(parse(ingress.bytes()).records.length).toBe(2);
    expect(parse(delivery.bytes()).records.length).toBe(2);
  });
});

describe("pcap files read back by tshark", () => {
  const dir = mkdtempSync(join(tmpdir(), "vnetif-pcap-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const tshark = (file: string, fields: string[]): string[][] =>
    execFileSync("tshark", ["-r", file, "-T", "fields", ...fields.flatMap((f) => ["-e", f])], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })
      .trim()
      .split("\n")
      .map((l) => l.split("\t"));

  for (const precision of ["us", "ns"] as const) {
    const name = `reads a ${precision} capture of a switch: frame count, addresses, TCP flags, times`;
    it.skipIf(!hasTshark)(hasTshark ? name : `${name} (skipped: tshark is not installed; apt-get install tshark)`, async () => {
      const clock = mockClock(1_700_000_000n * 1_000_000_000n);
      const sw = createSwitch({ clock });
      const mem = pcapMemory();
      sw.capture(pcapWriter(mem.sink, { precision }));
      const a = sw.connect();
      const b = sw.connect();
      collect(b);
      await send(a, tcpFrame(b.mac, a.mac, { flags: TCP.SYN }));
      await clock.advance(1_500n);
      await send(a, tcpFrame(b.mac, a.mac, { flags: TCP.ACK, payload: 100 }));
      await send(a, frame(macAddress.broadcast, a.mac, 7, 60));
      await settle();
      const file = join(dir, `switch-${precision}.pcap`);
      writeFileSync(file, mem.bytes());
      const rows = tshark(file, ["frame.len", "eth.src", "eth.dst", "tcp.flags", "frame.time_epoch"]);
      expect(rows.length).toBe(3);
      expect(rows.map((r) => r[0])).toEqual(["54", "154", "60"]);
      expect(rows[0]?.[1]).toBe("02:00:00:00:00:01");
      expect(rows[2]?.[2]).toBe("ff:ff:ff:ff:ff:ff");
      expect(rows.map((r) => r[3])).toEqual(["0x0002", "0x0010", ""]);
      expect(rows[0]?.[4]).toMatch(/^1700000000\.0+$/);
      expect(rows[1]?.[4]).toMatch(precision === "ns" ? /^1700000000\.0000015/ : /^1700000000\.000001/);
    });
  }
});
