// Flows, after Mirage_flow: reliable byte streams (a TCP connection, a TLS session, an in-memory
// pipe) read in chunks and written with back-pressure, with half-close.
//
// Core package: ES2022 only (it also runs inside a QuickJS guest), no Node or DOM types.
export { data, eof, flowError, type Flow, type FlowError, type FlowWriteError, type ReadResult, type ShutdownMode } from "./flow.ts";
export { flowPair, type FlowPairOptions, type PairFlow } from "./pair.ts";
export { readAll, writeAll, type ReadAllError } from "./io.ts";
export { bytesEqual, concatBytes, latin1Decode, latin1Encode, utf8Decode, utf8Encode } from "./bytes.ts";
