// The Flow signature, its results and errors.
import type { Either } from "fp-ts/Either";

export type ReadResult = { readonly _tag: "Data"; readonly data: Uint8Array } | { readonly _tag: "Eof" };

/** The connection failed: the peer reset it, a timer gave up on it, or the host reported an error. */
export type FlowError =
  | { readonly _tag: "Reset"; readonly message: string }
  | { readonly _tag: "Timeout"; readonly message: string }
  | { readonly _tag: "IoError"; readonly message: string };

/** Writing also fails on a flow this side closed or shut down for writing. */
export type FlowWriteError = FlowError | { readonly _tag: "Closed"; readonly message: string };

export type ShutdownMode = "read" | "write" | "readWrite";

/**
 * A reliable, ordered byte stream between two endpoints (a TCP connection, a TLS session, an
 * in-memory pipe), after Mirage_flow.
 *
 * - `read()`: the next bytes the peer sent, as one chunk of at least one byte, or `Eof` once the
 *   peer shut down writing (or closed) and every byte before that was read; later reads give
 *   `Eof` again. The chunk is the caller's: the flow never touches it again. Reads issued
 *   concurrently are served in call order. After this side's `shutdown("read")` or `close()`,
 *   reads give `Eof`, and a read pending at that moment resolves with `Eof`. A reset connection
 *   gives `Reset`: unread data is lost.
 * - `write(data)`: resolves once all of `data` is accepted into the flow's bounded send buffer,
 *   so a writer faster than its reader waits (back-pressure); the caller may reuse `data` after
 *   that, not before. Writes issued concurrently are queued: each one's bytes are contiguous in
 *   the stream, in call order. Writing zero bytes sends nothing. After this side's
 *   `shutdown("write")` or `close()`, writes give `Closed` (at once, or for a write still
 *   waiting for room at `close()`: part of it may have been sent). Once the peer has closed or
 *   reset the connection, writes give `Reset` (bytes written just before that may be lost, as
 *   on TCP).
 * - `writev(chunks)`: one write of the concatenation, without copying it first.
 * - `shutdown("write")`: the peer reads `Eof` after every byte written before it; reading from
 *   the peer goes on. `shutdown("read")`: reads give `Eof`, further incoming data is discarded.
 *   `"readWrite"`: both. Resolves at once (the end of stream is queued behind earlier writes).
 * - `close()`: shuts down both ways and releases the flow; bytes already accepted are still
 *   delivered. Closing twice is harmless.
 */
export interface Flow {
  readonly kind: "flow";
  read(): Promise<Either<FlowError, ReadResult>>;
  write(data: Uint8Array): Promise<Either<FlowWriteError, void>>;
  writev(data: ReadonlyArray<Uint8Array>): Promise<Either<FlowWriteError, void>>;
  shutdown(mode: ShutdownMode): Promise<void>;
  close(): Promise<void>;
}

export const eof: ReadResult = { _tag: "Eof" };

export const data = (bytes: Uint8Array): ReadResult => ({ _tag: "Data", data: bytes });

/** Error values with their messages, for backends. */
export const flowError = {
  reset: (why = "the connection was reset by the peer"): FlowError => ({ _tag: "Reset", message: `Cannot use the flow: ${why}` }),
  timeout: (why = "the connection timed out"): FlowError => ({ _tag: "Timeout", message: `Cannot use the flow: ${why}` }),
  ioError: (message: string): FlowError => ({ _tag: "IoError", message }),
  closed: (why: "closed" | "shut down for writing" = "closed"): FlowWriteError => ({
    _tag: "Closed",
    message: `Cannot write: the flow is ${why}`,
  }),
} as const;
