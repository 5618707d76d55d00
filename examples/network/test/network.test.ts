import { spawn } from "node:child_process";
import * as net from "node:net";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { mirage } from "@mirage/mirage/testing";
import { socketStack } from "@mirage/platform-unix/socket-stack";
import { Network } from "../unikernel.ts";

const app = path.resolve(import.meta.dirname, "..");

/** Sends `data`, half-closes, and collects what comes back until the server closes. */
const echoOf = (port: number, data: Buffer): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const got: Buffer[] = [];
    const c = net.connect(port, "127.0.0.1", () => c.end(data));
    c.on("data", (d) => got.push(d));
    c.on("end", () => resolve(Buffer.concat(got)));
    c.on("error", reject);
  });

const waitForLine = (child: ReturnType<typeof spawn>, pattern: RegExp): Promise<string> =>
  new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`no line matching ${pattern} in: ${out}`)), 20_000);
    child.stdout?.on("data", (d: Buffer) => {
      out += d.toString();
      if (pattern.test(out)) {
        clearTimeout(timer);
        resolve(out);
      }
    });
    child.on("exit", (code) => reject(new Error(`exited ${code}: ${out}`)));
  });

describe("network, in-process on the socket stack", () => {
  it("echoes concurrent connections byte for byte", async () => {
    const port = 30000 + Math.floor(Math.random() * 10000);
    const stack = socketStack({ bind: "127.0.0.1" });
    void Network.start({ stack }, { port });
    await new Promise((r) => setTimeout(r, 100));
    const payloads = [Buffer.alloc(0), Buffer.from("hi"), Buffer.alloc(1 << 20, 0xab)];
    const echoed = await Promise.all(payloads.map((p) => echoOf(port, p)));
    echoed.forEach((e, i) => expect(e.equals(payloads[i]!)).toBe(true));
    await stack.disconnect();
  });
});

describe("network, built for unix (socket stack)", () => {
  beforeAll(() => {
    mirage(app, ["clean"]);
    expect(mirage(app, ["configure", "-t", "unix"]).stderr).toBe("");
    expect(mirage(app, ["build"]).stderr).toBe("");
  });

  it("serves on --port and stops cleanly on SIGTERM", async () => {
    const port = 40000 + Math.floor(Math.random() * 10000);
    const child = spawn(path.join(app, "dist", "network"), [`--port=${port}`], { stdio: ["ignore", "pipe", "pipe"] });
    try {
      await waitForLine(child, /echoing on TCP port/);
      const data = Buffer.from("mirage over the host's TCP");
      expect((await echoOf(port, data)).equals(data)).toBe(true);
    } finally {
      child.kill("SIGTERM");
    }
  });

  it("refuses a port that is not a port", () => {
    const r = mirage(app, ["run", "--", "--port=70000"]);
    expect(r.status).toBe(64);
    expect(r.stdout).toContain('invalid value "70000" for --port: expected an integer from 0 to 65535');
  });

  it("picks the direct stack over a TAP device with --net=direct", () => {
    const d = mirage(app, ["describe", "--net=direct"]);
    expect(d.stdout).toBe(['network (target unix)', '  stack: stackv4 = directStack("10.0.0.2/24")', '    net: net = netif("service")', '  runtime arguments: port', ""].join("\n"));
    const bad = mirage(app, ["describe", "--net=raw"]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("--net=raw is not a choice (expected one of socket, direct)");
  });
});
