// Serves the files of a key-value store over HTTP/1.1: `/` is /index.html, a directory without
// its trailing slash is redirected, GET and HEAD only.
import { isLeft } from "fp-ts/Either";
import { arg, job, logger } from "@mirage/mirage";
import { contentTypeOf, serve, type Request, type Response } from "@mirage/http";
import { Key, type KvRO } from "@mirage/mirage-kv";
import type { PClock } from "@mirage/mirage-clock";
import { ipv4Address } from "@mirage/tcpip";

const log = logger("http");

/** Decodes %XX escapes; undefined when the path is malformed or tries to leave the root. */
const pathOf = (raw: string): string | undefined => {
  let p: string;
  try {
    p = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  const segments = p.split("/").filter((s) => s !== "");
  if (segments.some((s) => s === "." || s === ".." || s.includes("\0"))) return undefined;
  return `/${segments.join("/")}${p.endsWith("/") && segments.length > 0 ? "/" : ""}`;
};

export const files = (htdocs: KvRO) => async (req: Request): Promise<Response> => {
  if (req.method !== "GET" && req.method !== "HEAD") return { status: 405, headers: { allow: "GET, HEAD" } };
  const path = pathOf(req.path);
  if (path === undefined) return { status: 400, body: "bad path\n" };
  const file = path.endsWith("/") ? `${path}index.html` : path;
  const got = await htdocs.get(Key.v(file));
  if (!isLeft(got)) return { status: 200, headers: { "content-type": contentTypeOf(file) }, body: got.right };
  if (got.left._tag === "ValueExpected") return { status: 301, headers: { location: `${path}/` }, body: "" };
  if (got.left._tag === "NotFound") return { status: 404, headers: { "content-type": "text/plain" }, body: "not found\n" };
  log.warn(`cannot read ${file}: ${got.left.message}`);
  return { status: 500, body: "cannot read the file\n" };
};

export const StaticWebsite = job(
  { stack: "stackv4", htdocs: "kv.ro", clock: "pclock" },
  { args: { port: arg.port({ doc: "the HTTP port", default: 8080 }) } },
  async ({ stack, htdocs, clock }, { port }) => {
    const handler = files(htdocs);
    const listening = await stack.tcp.listen(port, (flow) => serve(flow, handler, { now: () => clock.now(), serverName: "mirage-ts" }).then(() => {}));
    if (isLeft(listening)) throw new Error(listening.left.message);
    const addresses = stack.ipv4.addresses();
    const host = addresses[0] === undefined ? "localhost" : ipv4Address.toString(addresses[0].address);
    log.info(`serving on http://${host}:${port}/`);
    await new Promise<never>(() => {});
  },
);
