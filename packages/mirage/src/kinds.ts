// Every device kind the config language knows, and the interface a connected device of that
// kind has. Packages that add kinds (the TCP/IP stack) extend this interface by declaration
// merging: `declare module "@mirage/mirage" { interface DeviceKinds { stackv4: StackV4 } }`.
import type { KvRO, KvRW } from "@mirage/mirage-kv";
import type { Block } from "@mirage/mirage-block";
import type { Net } from "@mirage/mirage-net";
import type { MClock, PClock, Sleep } from "@mirage/mirage-clock";
import type { Random } from "@mirage/mirage-random";
import type { StackV4 } from "@mirage/tcpip";

export interface DeviceKinds {
  "kv.ro": KvRO;
  "kv.rw": KvRW;
  block: Block;
  net: Net;
  pclock: PClock;
  mclock: MClock;
  sleep: Sleep;
  random: Random;
  stackv4: StackV4;
}

export type Kind = keyof DeviceKinds & string;

/**
 * The kinds whose devices can stand where `K` is required, derived from the interfaces
 * themselves: a `kv.rw` store is a `kv.ro` store (KvRW extends KvRO), a block device is not.
 */
export type SatisfiedBy<K extends Kind> = { [P in Kind]: DeviceKinds[P] extends DeviceKinds[K] ? P : never }[Kind];
