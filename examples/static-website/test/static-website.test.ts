// static-website with curl as the client: on the socket stack in-process, then built for unix.
import { execFile, execFileSync, spawn } from "node:child_process";
import { promisify } from "node:util";
import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mirage } from "@mirage/mirage/testing";
import { unixPClock } from "@mirage/platform-unix/clock";
import { fsKvRo } from "@mirage/platform-unix/kv-fs";
import { socketStack } from "@mirage/platform-unix/socket-stack";
import { StaticWebsite } from "../unikernel.ts";

const app = path.resolve(import.meta.dirname, "..");
const htdocs = path.join(app, "htdocs");
// Asynchronous: the in-process server shares this event loop, so a blocking exec would hang it.
const run = promisify(execFile);
const curl = async (args: string[]): Promise<Buffer> =>
  (await run("curl", ["-sS", "--max-time", "10", ...args], { encoding: "buffer", maxBuffer: 1 << 24 })).stdout;
const curlStderr = async (args: string[]): Promise<string> => (await run("curl", args, { encoding: "utf8" })).stderr;
const hasCurl = (() => {
  try {
    execFileSync("curl", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

/** The checks a browser-like client makes, against a server on `base`. */
const checkSite = async (base: string) => {
  expect((await curl([`${base}/`])).equals(fs.readFileSync(path.join(htdocs, "index.html")))).toBe(true);
  expect((await curl([`${base}/docs/blob.bin`])).equals(fs.readFileSync(path.join(htdocs, "docs", "blob.bin")))).toBe(true);
  const head = (await curl(["-I", `${base}/css/site.css`])).toString();
  expect(head).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
  expect(head).toMatch(/\r\ncontent-type: text\/css/i);
  expect(head).toMatch(new RegExp(`\\r\\ncontent-length: ${fs.statSync(path.join(htdocs, "css", "site.css")).size}\\r\\n`, "i"));
  expect((await curl(["-o", "/dev/null", "-w", "%{http_code} %{redirect_url}", `${base}/docs`])).toString()).toBe(`301 ${base}/docs/`);
  expect((await curl(["-o", "/dev/null", "-w", "%{http_code}", `${base}/nope.html`])).toString()).toBe("404");
  expect((await curl(["-o", "/dev/null", "-w", "%{http_code}", "-X", "DELETE", `${base}/`])).toString()).toBe("405");
  expect((await curl(["-o", "/dev/null", "-w", "%{http_code}", "--path-as-is", `${base}/../../etc/passwd`])).toString()).toBe("400");
  // Keep-alive: two requests on one connection.
  const verbose = await curlStderr(["-sS", "-v", "-o", "/dev/null", "-o", "/dev/null", `${base}/`, `${base}/css/site.css`]);
  expect(verbose).toMatch(/Re-?using existing connection/);
};

describe.skipIf(!hasCurl)("static-website on the socket stack, in-process", () => {
  const port = 31000 + Math.floor(Math.random() * 5000);
  const stack = socketStack({ bind: "127.0.0.1" });
  beforeAll(async () => {
    const kv = await fsKvRo(htdocs);
    if (kv._tag === "Left") throw new Error(kv.left.message);
    void StaticWebsite.start({ stack, htdocs: kv.right, clock: unixPClock }, { port });
    await new Promise((r) => setTimeout(r, 100));
  });
  afterAll(() => stack.disconnect());

  it("serves the directory to curl byte for byte, with the right statuses and keep-alive", () => checkSite(`http://127.0.0.1:${port}`));
});

describe.skipIf(!hasCurl)("static-website built for unix", () => {
  beforeAll(() => {
    mirage(app, ["clean"]);
    expect(mirage(app, ["configure", "-t", "unix"]).stderr).toBe("");
    expect(mirage(app, ["build"]).stderr).toBe("");
  });

  it("prints its URL and serves curl", async () => {
    const port = 36000 + Math.floor(Math.random() * 5000);
    const child = spawn(path.join(app, "dist", "static-website"), [`--port=${port}`], { stdio: ["ignore", "pipe", "pipe"] });
    try {
      await new Promise<void>((resolve, reject) => {
        let out = "";
        child.stdout.on("data", (d: Buffer) => {
          out += d.toString();
          if (out.includes(`serving on http://localhost:${port}/`)) resolve();
        });
        child.on("exit", (c) => reject(new Error(`exited ${c}: ${out}`)));
      });
      await checkSite(`http://127.0.0.1:${port}`);
    } finally {
      child.kill("SIGTERM");
    }
  });
});
