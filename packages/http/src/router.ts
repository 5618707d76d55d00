// Small helpers for applications: a router, canned responses, content types by extension.
import type { Handler, Request, Response } from "./server.ts";

const TEXT = "text/plain; charset=utf-8";

export const text = (status: number, body: string, contentType = TEXT): Response => ({
  status,
  headers: { "Content-Type": contentType },
  body,
});

export const notFound = (_req?: Request): Response => text(404, "404 Not Found\n");

const ROUTE_KEY = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+) (\/[^\s]*)$/;

interface Route {
  readonly method: string;
  /** Exact path, or a prefix when `prefix`. */
  readonly path: string;
  readonly prefix: boolean;
  readonly handler: Handler;
}

/**
 * Dispatches on "METHOD /path" keys: `route({ "GET /": home, "POST /api/items": add, "GET /static/*": files })`.
 * A key ending in "/*" matches every path under that prefix (the longest prefix wins, an exact
 * key beats any prefix). HEAD falls back to the GET route. A path known under other methods
 * gives 405 with Allow; an unknown path goes to `fallback` (default 404). Paths are matched as
 * sent, before percent-decoding. A malformed key is a bug: `route` throws.
 */
export const route = (routes: Readonly<Record<string, Handler>>, fallback: Handler = async (req) => notFound(req)): Handler => {
  const table: Route[] = [];
  for (const [key, handler] of Object.entries(routes)) {
    const m = ROUTE_KEY.exec(key);
    if (m === null) throw new Error(`Cannot build the router: ${JSON.stringify(key)} is not "METHOD /path" or "METHOD /prefix/*"`);
    const [, method, path] = m as unknown as [string, string, string];
    const prefix = path.endsWith("/*");
    table.push({ method, path: prefix ? path.slice(0, -1) : path, prefix, handler });
  }
  // Exact routes first, then prefixes from the longest.
  table.sort((a, b) => (a.prefix === b.prefix ? b.path.length - a.path.length : a.prefix ? 1 : -1));

  const matches = (r: Route, path: string): boolean => (r.prefix ? path.startsWith(r.path) : path === r.path);

  return async (req) => {
    const candidates = table.filter((r) => matches(r, req.path));
    if (candidates.length === 0) return fallback(req);
    // The best path first; within it, the method.
    const best = candidates.filter((r) => r.path === (candidates[0] as Route).path && r.prefix === (candidates[0] as Route).prefix);
    const pick = best.find((r) => r.method === req.method) ?? (req.method === "HEAD" ? best.find((r) => r.method === "GET") : undefined);
    if (pick !== undefined) return pick.handler(req);
    const other = candidates.find((r) => r.method === req.method) ?? (req.method === "HEAD" ? candidates.find((r) => r.method === "GET") : undefined);
    if (other !== undefined) return other.handler(req);
    const allow = new Set(candidates.map((r) => r.method));
    if (allow.has("GET")) allow.add("HEAD");
    return { status: 405, headers: { "Content-Type": TEXT, Allow: [...allow].sort().join(", ") }, body: "405 Method Not Allowed\n" };
  };
};

const TYPES: Readonly<Record<string, string>> = {
  html: "text/html; charset=utf-8",
  htm: "text/html; charset=utf-8",
  css: "text/css; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  mjs: "text/javascript; charset=utf-8",
  json: "application/json",
  txt: "text/plain; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  xml: "application/xml",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  svg: "image/svg+xml",
  ico: "image/x-icon",
  wasm: "application/wasm",
  woff2: "font/woff2",
  pdf: "application/pdf",
};

/** The Content-Type for a file path by its extension (case-insensitive); application/octet-stream when unknown. */
export const contentTypeOf = (path: string): string => {
  const base = path.slice(path.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  if (dot <= 0) return "application/octet-stream";
  return TYPES[base.slice(dot + 1).toLowerCase()] ?? "application/octet-stream";
};
