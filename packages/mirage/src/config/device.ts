// Config-time descriptions of device implementations. These are plain data: `configure` reads
// them to emit one `connect` per device; the implementation code itself is only named (module +
// export), so an artefact imports just the implementations its config picked.
import type { Kind } from "../kinds.ts";

export const TARGETS = ["unix", "spt", "hvt", "virtio", "xen"] as const;
export type Target = (typeof TARGETS)[number];
/** Targets whose artefact is a Solo5-style guest image: QuickJS + C runtime + the target's bindings. */
export const SOLO5_TARGETS = ["spt", "hvt", "virtio"] as const;
export type Solo5Target = (typeof SOLO5_TARGETS)[number];
export const isSolo5 = (t: Target): t is Solo5Target => (SOLO5_TARGETS as readonly string[]).includes(t);

export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

export interface Impl<K extends Kind = Kind> {
  readonly _tag: "Impl";
  readonly kind: K;
  /** The implementation's name in errors and graphs, e.g. `directKv`. */
  readonly name: string;
  /** What the user wrote, e.g. `directKv("./htdocs")`. */
  readonly label: string;
  /** Where the DeviceDefinition lives. */
  readonly module: string;
  readonly export: string;
  /** Passed to `connect` as is (after `paths` are made absolute). */
  readonly config: { readonly [key: string]: Json };
  /** Keys of `config` holding paths relative to config.ts, made absolute by configure. */
  readonly paths: readonly string[];
  readonly deps: Readonly<Record<string, Device>>;
  /** Targets that have this implementation. */
  readonly targets: readonly Target[];
  /** A directory to embed into the artefact at configure time (`crunch`). */
  readonly embed?: { readonly dir: string };
  /** A device the Solo5 tender attaches: one entry of the image's manifest. */
  readonly manifest?: { readonly name: string; readonly type: "net" | "block" };
}

/** Chooses an implementation per target, like MirageOS's `match_impl Key.(value target)`. */
export interface MatchTarget<K extends Kind = Kind> {
  readonly _tag: "MatchTarget";
  readonly kind: K;
  readonly cases: Readonly<Partial<Record<Target | "default", Device<K>>>>;
}

/**
 * Chooses an implementation by a configure-time key (`mirage configure --net=direct`), like
 * MirageOS's `--net=socket|direct`. The key's values are the case names.
 */
export interface MatchKey<K extends Kind = Kind> {
  readonly _tag: "MatchKey";
  readonly kind: K;
  readonly key: string;
  readonly doc: string;
  readonly default: string;
  readonly cases: Readonly<Record<string, Device<K>>>;
}

export type Device<K extends Kind = Kind> = Impl<K> | MatchTarget<K> | MatchKey<K>;

export type KindOf<D> = D extends { readonly kind: infer K extends Kind } ? K : never;

export const ALL_TARGETS: readonly Target[] = TARGETS;

export const impl = <const K extends Kind>(d: Omit<Impl<K>, "_tag" | "paths" | "deps" | "targets"> & Partial<Pick<Impl<K>, "paths" | "deps" | "targets">>): Impl<K> => ({
  _tag: "Impl",
  paths: [],
  deps: {},
  targets: ALL_TARGETS,
  ...d,
});

type Cases = Partial<Record<Target | "default", Device>>;

export const matchKey = <const C extends Readonly<Record<string, Device>>>(key: string, options: { readonly doc: string; readonly default: keyof C & string }, cases: C): MatchKey<KindOf<C[keyof C]>> => {
  const first = Object.values(cases)[0];
  if (first === undefined) throw new Error(`Cannot build matchKey("${key}"): it needs at least one case`);
  if (!(options.default in cases)) throw new Error(`Cannot build matchKey("${key}"): the default "${options.default}" is not one of its cases`);
  return { _tag: "MatchKey", kind: first.kind as KindOf<C[keyof C]>, key, doc: options.doc, default: options.default, cases: cases as unknown as MatchKey<KindOf<C[keyof C]>>["cases"] };
};

export const matchTarget = <const C extends Cases>(cases: C): MatchTarget<KindOf<C[keyof C]>> => {
  const first = Object.values(cases).find((d) => d !== undefined);
  if (first === undefined) throw new Error("Cannot build matchTarget: it needs at least one case");
  return { _tag: "MatchTarget", kind: first.kind as KindOf<C[keyof C]>, cases: cases as MatchTarget<KindOf<C[keyof C]>>["cases"] };
};
