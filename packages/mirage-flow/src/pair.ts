// Two flows joined in memory, each direction through a bounded buffer: what one end writes the
// other reads, byte-exact and in order, with back-pressure, half-close, close and reset.
import { concatBytes } from "./bytes.ts";
import { left, right, type Either } from "fp-ts/Either";
import { data, eof, flowError, type Flow, type FlowError, type FlowWriteError, type ReadResult, type ShutdownMode } from "./flow.ts";

export interface FlowPairOptions {
  /** Capacity of each direction's buffer in bytes (default 64 KiB). */
  readonly bufferBytes?: number;
}

/** One end of a `flowPair`: a Flow that can also simulate a TCP reset. */
export interface PairFlow extends Flow {
  /**
   * Aborts the connection, as a TCP RST does: the peer's pending and later reads and writes give
   * `Reset` (its unread data is lost); this end behaves as closed, except that the bytes it had
   * in flight are dropped too.
   */
  reset(): void;
}

interface PendingWrite {
  readonly chunks: ReadonlyArray<Uint8Array>;
  /** Index of the chunk being copied and offset inside it. */
  index: number;
  offset: number;
  readonly resolve: (r: Either<FlowWriteError, void>) => void;
}

type Reader = (r: Either<FlowError, ReadResult>) => void;

/** One direction: the writing end puts bytes in, the reading end takes them out. */
interface Pipe {
  readonly capacity: number;
  chunks: Uint8Array[];
  buffered: number;
  readonly writers: PendingWrite[];
  readonly readers: Reader[];
  /** The writing end shut down writing: `Eof` once the buffer and the writers are drained. */
  eof: boolean;
  /** The reading end shut down reading: bytes are accepted and thrown away. */
  discard: boolean;
  /** The reading end closed or reset: writes give `Reset`. */
  dead: boolean;
  /** The writing end reset: reads give `Reset`. */
  reset: boolean;
}

const newPipe = (capacity: number): Pipe => ({
  capacity,
  chunks: [],
  buffered: 0,
  writers: [],
  readers: [],
  eof: false,
  discard: false,
  dead: false,
  reset: false,
});

const remaining = (w: PendingWrite): number => {
  let n = 0;
  for (let i = w.index; i < w.chunks.length; i++) n += (w.chunks[i] as Uint8Array).length - (i === w.index ? w.offset : 0);
  return n;
};

/** Copies up to `n` bytes of `w` into one fresh buffer. */
const take = (w: PendingWrite, n: number): Uint8Array => {
  const out = new Uint8Array(n);
  let filled = 0;
  while (filled < n) {
    const c = w.chunks[w.index] as Uint8Array;
    const k = Math.min(n - filled, c.length - w.offset);
    out.set(c.subarray(w.offset, w.offset + k), filled);
    filled += k;
    w.offset += k;
    if (w.offset === c.length) {
      w.index++;
      w.offset = 0;
    }
  }
  return out;
};

const drainChunks = (p: Pipe): Uint8Array => {
  const chunks = p.chunks;
  p.chunks = [];
  p.buffered = 0;
  // The chunks are our own copies already: one needs no further copy.
  return chunks.length === 1 ? (chunks[0] as Uint8Array) : concatBytes(chunks);
};

/** Moves what fits from the writers into the buffer, then serves waiting readers. */
const pump = (p: Pipe): void => {
  for (;;) {
    while (p.writers.length > 0 && (p.discard || p.buffered < p.capacity)) {
      const w = p.writers[0] as PendingWrite;
      const n = remaining(w);
      if (p.discard) {
        w.index = w.chunks.length;
      } else {
        const k = Math.min(n, p.capacity - p.buffered);
        if (k > 0) {
          p.chunks.push(take(w, k));
          p.buffered += k;
        }
      }
      if (remaining(w) === 0) {
        p.writers.shift();
        w.resolve(right(undefined));
      }
    }
    if (p.readers.length === 0) return;
    if (p.reset) {
      for (const r of p.readers.splice(0)) r(left(flowError.reset()));
      return;
    }
    if (p.buffered > 0) {
      (p.readers.shift() as Reader)(right(data(drainChunks(p))));
      continue; // room again: let blocked writers in
    }
    if (p.eof && p.writers.length === 0) {
      for (const r of p.readers.splice(0)) r(right(eof));
    }
    return;
  }
};

const failWriters = (p: Pipe, e: FlowWriteError): void => {
  for (const w of p.writers.splice(0)) w.resolve(left(e));
};

const endsOf = (capacity: number): readonly [PairFlow, PairFlow] => {
  const ab = newPipe(capacity);
  const ba = newPipe(capacity);

  const makeEnd = (out: Pipe, inp: Pipe): PairFlow => {
    let writeShut = false;
    let readShut = false;
    let closed = false;

    const stopReading = (dead: boolean): void => {
      readShut = true;
      inp.chunks = [];
      inp.buffered = 0;
      if (dead) {
        inp.dead = true;
        failWriters(inp, flowError.reset("the peer closed the connection"));
      } else inp.discard = true;
      for (const r of inp.readers.splice(0)) r(right(eof));
      pump(inp);
    };

    const stopWriting = (): void => {
      writeShut = true;
      out.eof = true;
      pump(out);
    };

    const writeChunks = (chunks: ReadonlyArray<Uint8Array>): Promise<Either<FlowWriteError, void>> => {
      if (closed) return Promise.resolve(left(flowError.closed()));
      if (writeShut) return Promise.resolve(left(flowError.closed("shut down for writing")));
      if (inp.reset) return Promise.resolve(left(flowError.reset()));
      if (out.dead) return Promise.resolve(left(flowError.reset("the peer closed the connection")));
      let total = 0;
      for (const c of chunks) total += c.length;
      if (total === 0) return Promise.resolve(right(undefined));
      return new Promise((resolve) => {
        out.writers.push({ chunks: chunks.slice(), index: 0, offset: 0, resolve });
        pump(out);
      });
    };

    return {
      kind: "flow",
      read(): Promise<Either<FlowError, ReadResult>> {
        if (readShut) return Promise.resolve(right(eof));
        return new Promise((resolve) => {
          inp.readers.push(resolve);
          pump(inp);
        });
      },
      write: (bytes) => writeChunks([bytes]),
      writev: (chunks) => writeChunks(chunks),
      async shutdown(mode: ShutdownMode): Promise<void> {
        if (mode !== "write" && !readShut) stopReading(false);
        if (mode !== "read" && !writeShut) stopWriting();
      },
      async close(): Promise<void> {
        if (closed) return;
        closed = true;
        // Writes still waiting for room were not accepted: they fail, what was accepted goes on.
        failWriters(out, flowError.closed());
        if (!writeShut) stopWriting();
        if (!inp.dead) stopReading(true);
      },
      reset(): void {
        if (closed && out.reset) return;
        closed = true;
        failWriters(out, flowError.closed());
        writeShut = true;
        out.chunks = [];
        out.buffered = 0;
        out.reset = true;
        pump(out);
        if (!inp.dead) stopReading(true);
      },
    };
  };

  return [makeEnd(ab, ba), makeEnd(ba, ab)] as const;
};

/** A connected pair of in-memory flows. */
export const flowPair = (options: FlowPairOptions = {}): readonly [PairFlow, PairFlow] => {
  const capacity = options.bufferBytes ?? 64 * 1024;
  if (!Number.isSafeInteger(capacity) || capacity < 1)
    throw new RangeError(`Cannot make a flow pair: the buffer size must be a positive integer, not ${capacity}`);
  return endsOf(capacity);
};
