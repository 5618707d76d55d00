import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { macAddress, netPair } from "@mirage/mirage-net";
import { ethernetLayer } from "../src/ethernet.ts";
import { collect, ethFrame, mac, settle } from "./ipv4-helpers.ts";

const OTHER = mac("02:00:00:00:00:99");

const setup = () => {
  const [net, peer] = netPair();
  const eth = ethernetLayer(net);
  const got: { type: number; payload: number[]; frameLen: number }[] = [];
  eth.register(0x0800, (payload, frame) => got.push({ type: 0x0800, payload: [...payload], frameLen: frame.length }));
  eth.register(0x0806, (payload, frame) => got.push({ type: 0x0806, payload: [...payload], frameLen: frame.length }));
  return { net, peer, eth, got };
};

describe("ethernet layer", () => {
  it("delivers unicast for us, broadcast and multicast by EtherType, payload after the header", () => {
    const { net, eth, got } = setup();
    eth.input(ethFrame(net.mac, OTHER, 0x0800, new Uint8Array([1, 2, 3])));
    eth.input(ethFrame(macAddress.broadcast, OTHER, 0x0806, new Uint8Array([4])));
    eth.input(ethFrame(mac("01:00:5e:00:00:01"), OTHER, 0x0800, new Uint8Array([])));
    expect(got).toEqual([
      { type: 0x0800, payload: [1, 2, 3], frameLen: 17 },
      { type: 0x0806, payload: [4], frameLen: 15 },
      { type: 0x0800, payload: [], frameLen: 14 },
    ]);
    expect(eth.stats()).toMatchObject({ rxFrames: 3, rxDelivered: 3 });
  });

  it("drops and counts runts, frames for other MACs, our own frames, unknown EtherTypes, throwing handlers", () => {
    const { net, eth, got } = setup();
    eth.register(0x88b5, () => {
      throw new Error("bug");
    });
    eth.input(new Uint8Array(13));
    eth.input(ethFrame(mac("02:00:00:00:00:42"), OTHER, 0x0800, new Uint8Array(20)));
    eth.input(ethFrame(macAddress.broadcast, net.mac, 0x0806, new Uint8Array(28)));
    eth.input(ethFrame(net.mac, OTHER, 0x86dd, new Uint8Array(40)));
    eth.input(ethFrame(net.mac, OTHER, 0x88b5, new Uint8Array(4)));
    expect(got).toEqual([]);
    expect(eth.stats()).toEqual({
      rxFrames: 5,
      rxDelivered: 1,
      rxDropped: { truncated: 1, notForUs: 1, ownSource: 1, unknownEthertype: 1, handlerError: 1 },
      txFrames: 0,
      txErrors: 0,
    });
  });

  it("writes the header and lets fill write the payload in place", async () => {
    const { eth, peer, net } = setup();
    const frames = collect(peer);
    let given = -1;
    const r = await eth.write(peer.mac, 0x0806, 5, (p) => {
      given = p.length;
      p.set([9, 8, 7, 6, 5]);
    });
    expect(r._tag).toBe("Right");
    await settle();
    expect(given).toBe(5);
    // Padded with zeros to the 60-byte Ethernet minimum.
    const padded = new Uint8Array(60 - 14);
    padded.set([9, 8, 7, 6, 5]);
    expect(frames).toEqual([ethFrame(peer.mac, net.mac, 0x0806, padded)]);
    expect(eth.stats().txFrames).toBe(1);
  });

  it("a frame of 60 bytes or more is not padded", async () => {
    const { eth, peer } = setup();
    const frames = collect(peer);
    await eth.write(peer.mac, 0x0800, 46, (p) => p.fill(1));
    await eth.write(peer.mac, 0x0800, 100, (p) => p.fill(2));
    await settle();
    expect(frames.map((f) => f.length)).toEqual([60, 114]);
  });

  it("refuses a payload above the MTU without calling fill, and writes after disconnect", async () => {
    const { eth, peer } = setup();
    let called = false;
    const r = await eth.write(peer.mac, 0x0800, 1501, () => {
      called = true;
    });
    expect(r).toMatchObject({ _tag: "Left", left: { _tag: "InvalidLength" } });
    expect(called).toBe(false);
    expect(eth.stats().txErrors).toBe(1);
    eth.disconnect();
    expect(await eth.write(peer.mac, 0x0800, 1, () => {})).toMatchObject({ _tag: "Left", left: { _tag: "Disconnected" } });
  });

  test.prop([fc.array(fc.uint8Array({ maxLength: 100 }), { maxLength: 50 })])("random frames never throw; every frame is delivered or counted once", (frames) => {
    const { eth } = setup();
    for (const f of frames) eth.input(f);
    const s = eth.stats();
    const d = s.rxDropped;
    expect(s.rxFrames).toBe(frames.length);
    expect(s.rxDelivered + d.truncated + d.notForUs + d.ownSource + d.unknownEthertype).toBe(frames.length);
  });
});
