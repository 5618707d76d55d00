import { describe, expect, it } from "vitest";
import { mockClock } from "@mirage/mirage-clock";
import { tcpLayer } from "../../src/tcp/layer.ts";
import { B_ADDR, drive, fakeIpPair, testRandom } from "./fake-ip.ts";
import type { TcpFlow } from "../../src/signatures.ts";

describe("layer smoke", () => {
  it("connects and echoes", async () => {
    const clock = mockClock();
    const net = fakeIpPair(clock);
    const ctxA = { mclock: clock.mclock, sleep: clock.sleep, random: testRandom(1) };
    const ctxB = { mclock: clock.mclock, sleep: clock.sleep, random: testRandom(2) };
    const a = tcpLayer(net.a, ctxA);
    const b = tcpLayer(net.b, ctxB);
    await b.listen(80, async (flow: TcpFlow) => {
      for (;;) {
        const r = await flow.read();
        if (r._tag === "Left" || r.right._tag === "Eof") break;
        await flow.write(r.right.data);
      }
      await flow.close();
    });
    const c = await drive(clock, a.connect({ address: B_ADDR, port: 80 }));
    expect(c._tag).toBe("Right");
    if (c._tag !== "Right") return;
    const f = c.right;
    await drive(clock, f.write(new TextEncoder().encode("hello")));
    const r = await drive(clock, f.read());
    expect(r._tag === "Right" && r.right._tag === "Data" && new TextDecoder().decode(r.right.data)).toBe("hello");
    await f.close();
    const e = await drive(clock, f.read());
    expect(e).toEqual({ _tag: "Right", right: { _tag: "Eof" } });
    console.log(a.stats(), b.stats());
  });
});
