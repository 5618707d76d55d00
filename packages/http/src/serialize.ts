// Writing messages: start lines, header blocks, chunks, dates. Values go out as ISO-8859-1 bytes,
// the inverse of what the parser reads, so parse(serialize(m)) gives m back.
import { latin1Encode } from "@mirage/mirage-flow";
import type { HttpHeaders } from "./headers.ts";
import type { HttpVersion } from "./parser.ts";

const REASONS: Readonly<Record<number, string>> = {
  100: "Continue",
  101: "Switching Protocols",
  200: "OK",
  201: "Created",
  202: "Accepted",
  204: "No Content",
  206: "Partial Content",
  301: "Moved Permanently",
  302: "Found",
  303: "See Other",
  304: "Not Modified",
  307: "Temporary Redirect",
  308: "Permanent Redirect",
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  408: "Request Timeout",
  409: "Conflict",
  411: "Length Required",
  413: "Content Too Large",
  414: "URI Too Long",
  415: "Unsupported Media Type",
  417: "Expectation Failed",
  429: "Too Many Requests",
  431: "Request Header Fields Too Large",
  500: "Internal Server Error",
  501: "Not Implemented",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
  505: "HTTP Version Not Supported",
};

/** The standard reason phrase of a status code, or "" for one without. */
export const reasonPhrase = (status: number): string => REASONS[status] ?? "";

const headerLines = (headers: HttpHeaders): string => {
  let s = "";
  for (const [n, v] of headers.fields) s += `${n}: ${v}\r\n`;
  return s;
};

export const serializeRequestHead = (head: {
  readonly method: string;
  readonly target: string;
  readonly version: HttpVersion;
  readonly headers: HttpHeaders;
}): Uint8Array => latin1Encode(`${head.method} ${head.target} ${head.version}\r\n${headerLines(head.headers)}\r\n`);

export const serializeResponseHead = (head: {
  readonly version: HttpVersion;
  readonly status: number;
  readonly reason?: string;
  readonly headers: HttpHeaders;
}): Uint8Array =>
  latin1Encode(`${head.version} ${head.status} ${head.reason ?? reasonPhrase(head.status)}\r\n${headerLines(head.headers)}\r\n`);

const CRLF = new Uint8Array([0x0d, 0x0a]);

/** One chunk of a chunked body, as pieces for `writev` (empty data would end the body: give none). */
export const encodeChunk = (data: Uint8Array): ReadonlyArray<Uint8Array> => {
  if (data.length === 0) return [];
  return [latin1Encode(`${data.length.toString(16)}\r\n`), data, CRLF];
};

/** The last chunk, the trailer fields and the blank line that end a chunked body. */
export const encodeLastChunk = (trailers?: HttpHeaders): Uint8Array =>
  latin1Encode(`0\r\n${trailers === undefined ? "" : headerLines(trailers)}\r\n`);

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;
const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/** IMF-fixdate (RFC 9110 §5.6.7) of a POSIX time in nanoseconds: "Sun, 06 Nov 1994 08:49:37 GMT". */
export const httpDate = (ns: bigint): string => {
  const d = new Date(Number(ns / 1_000_000n));
  const year = d.getUTCFullYear();
  return `${DAYS[d.getUTCDay()]}, ${pad2(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${year < 1000 ? String(year).padStart(4, "0") : year} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())} GMT`;
};
