// HTTP/1.1 over any Flow (a TCP connection of the direct or socket stack, an in-memory pair):
// an incremental sans-IO parser, a one-connection server, a small client and app helpers.
//
// Core package: ES2022 only (it also runs inside a QuickJS guest), no Node or DOM types.
export { HttpHeaders, invalidField, isToken, type HeaderField, type HeadersInit } from "./headers.ts";
export {
  requestParser,
  responseParser,
  statusOfParseError,
  type BodyFraming,
  type HttpParseError,
  type HttpVersion,
  type MessageParser,
  type ParseEvent,
  type ParserLimits,
  type RequestHead,
  type ResponseHead,
  type ResponseParserOptions,
} from "./parser.ts";
export { encodeChunk, encodeLastChunk, httpDate, reasonPhrase, serializeRequestHead, serializeResponseHead } from "./serialize.ts";
export { serve, type Body, type Handler, type Request, type Response, type ServeEnd, type ServeOptions, type ServeResult } from "./server.ts";
export { contentTypeOf, notFound, route, text } from "./router.ts";
export { httpClient, request, type ClientOptions, type ClientResponse, type HttpClient, type HttpError, type RequestOptions } from "./client.ts";
