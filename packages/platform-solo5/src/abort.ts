// Event, EventTarget, DOMException, AbortController and AbortSignal after the DOM Standard,
// for QuickJS which has none of them. Only what cancellation needs: no capture/bubble phases.
//
// Core module: ES2022 only, no Node or DOM types.

/** What the classes need from the platform. */
export interface AbortEnv {
  /** Calls `fn` after `ms` milliseconds without keeping the guest alive (AbortSignal.timeout). */
  unrefTimer(ms: number, fn: () => void): void;
  /** An exception a listener threw: reported, not propagated (Node: an uncaught error). */
  reportError(error: unknown): void;
}

const LEGACY_CODES: Readonly<Record<string, number>> = {
  IndexSizeError: 1,
  HierarchyRequestError: 3,
  WrongDocumentError: 4,
  InvalidCharacterError: 5,
  NoModificationAllowedError: 7,
  NotFoundError: 8,
  NotSupportedError: 9,
  InvalidStateError: 11,
  SyntaxError: 12,
  InvalidModificationError: 13,
  NamespaceError: 14,
  InvalidAccessError: 15,
  TypeMismatchError: 17,
  SecurityError: 18,
  NetworkError: 19,
  AbortError: 20,
  URLMismatchError: 21,
  QuotaExceededError: 22,
  TimeoutError: 23,
  InvalidNodeTypeError: 24,
  DataCloneError: 25,
};

/** WebIDL's DOMException: an Error with a `name` chosen at construction and a legacy `code`. */
export class DOMExceptionImpl extends Error {
  private readonly exceptionName: string;
  constructor(message: string = "", name: string = "Error") {
    super(String(message));
    this.exceptionName = String(name);
    Object.defineProperty(this, "exceptionName", { enumerable: false });
  }
  override get name(): string {
    return this.exceptionName;
  }
  get code(): number {
    return LEGACY_CODES[this.exceptionName] ?? 0;
  }
  get [Symbol.toStringTag](): string {
    return "DOMException";
  }
}

type DomExceptionCtor = new (message?: string, name?: string) => Error;

/** The platform's DOMException where there is one (Node), else ours. */
export const domException = (): DomExceptionCtor => {
  const g = (globalThis as { DOMException?: DomExceptionCtor }).DOMException;
  return g ?? DOMExceptionImpl;
};

export interface EventInit {
  readonly bubbles?: boolean;
  readonly cancelable?: boolean;
  readonly composed?: boolean;
}

let timeOrigin: (() => number) | undefined;

/** A DOM Event without propagation paths: one target, listeners in order. */
export class EventImpl {
  readonly type: string;
  readonly bubbles: boolean;
  readonly cancelable: boolean;
  readonly composed: boolean;
  readonly timeStamp: number;
  isTrusted = false;
  target: object | null = null;
  currentTarget: object | null = null;
  eventPhase = 0;
  defaultPrevented = false;
  /** Set by stopImmediatePropagation: later listeners are skipped. */
  stopped = false;
  constructor(type: string, init: EventInit = {}) {
    if (arguments.length === 0) throw new TypeError('The "type" argument must be specified');
    this.type = String(type);
    this.bubbles = init?.bubbles === true;
    this.cancelable = init?.cancelable === true;
    this.composed = init?.composed === true;
    this.timeStamp = timeOrigin?.() ?? 0;
    Object.defineProperty(this, "stopped", { enumerable: false });
  }
  preventDefault(): void {
    if (this.cancelable) this.defaultPrevented = true;
  }
  stopPropagation(): void {}
  stopImmediatePropagation(): void {
    this.stopped = true;
  }
  composedPath(): object[] {
    return this.currentTarget === null ? [] : [this.currentTarget];
  }
  get [Symbol.toStringTag](): string {
    return "Event";
  }
}

type Callback = ((event: EventImpl) => unknown) | { handleEvent(event: EventImpl): unknown };

interface Listener {
  readonly type: string;
  readonly callback: Callback;
  readonly capture: boolean;
  readonly once: boolean;
  removed: boolean;
}

export interface AddEventListenerOptions {
  readonly capture?: boolean;
  readonly once?: boolean;
  readonly passive?: boolean;
  readonly signal?: AbortSignalImpl;
}

/** The abort machinery and its classes, bound to a platform. */
export interface AbortClasses {
  readonly Event: typeof EventImpl;
  readonly EventTarget: new () => EventTargetImpl;
  readonly AbortController: new () => AbortControllerImpl;
  readonly AbortSignal: AbortSignalStatics;
}

export interface EventTargetImpl {
  addEventListener(type: string, callback: Callback | null, options?: boolean | AddEventListenerOptions): void;
  removeEventListener(type: string, callback: Callback | null, options?: boolean | { capture?: boolean }): void;
  dispatchEvent(event: EventImpl): boolean;
}

export interface AbortSignalImpl extends EventTargetImpl {
  readonly aborted: boolean;
  readonly reason: unknown;
  onabort: ((event: EventImpl) => unknown) | null;
  throwIfAborted(): void;
}

export interface AbortSignalStatics {
  new (): AbortSignalImpl;
  readonly prototype: AbortSignalImpl;
  abort(reason?: unknown): AbortSignalImpl;
  timeout(ms: number): AbortSignalImpl;
  any(signals: Iterable<AbortSignalImpl>): AbortSignalImpl;
}

export interface AbortControllerImpl {
  readonly signal: AbortSignalImpl;
  abort(reason?: unknown): void;
}

/** Makes the classes for a platform (the guest's loop, or a test's fake). */
export const makeAbortClasses = (env: AbortEnv, now?: () => number): AbortClasses => {
  if (now !== undefined) timeOrigin = now;

  const listenersOf = new WeakMap<object, Listener[]>();
  const list = (t: object): Listener[] => {
    let l = listenersOf.get(t);
    if (l === undefined) {
      l = [];
      listenersOf.set(t, l);
    }
    return l;
  };

  const flatten = (options: boolean | { capture?: boolean } | undefined): boolean =>
    typeof options === "boolean" ? options : options?.capture === true;

  const call = (target: object, l: Listener, event: EventImpl): void => {
    try {
      const cb = l.callback;
      if (typeof cb === "function") cb.call(target, event);
      else if (typeof cb?.handleEvent === "function") cb.handleEvent(event);
    } catch (e) {
      env.reportError(e);
    }
  };

  // Internal state of signals, out of reach of user code.
  interface SignalState {
    aborted: boolean;
    reason: unknown;
    handler: ((event: EventImpl) => unknown) | null;
    handlerListener: ((event: EventImpl) => void) | undefined;
    /** Signals made by AbortSignal.any that follow this one. */
    dependents: EventTargetImpl[];
    /** The spec's abort algorithms: run before the abort event fires. */
    algorithms: (() => void)[];
  }
  const states = new WeakMap<object, SignalState>();
  const stateOf = (s: object): SignalState => {
    const st = states.get(s);
    if (st === undefined) throw new TypeError("Illegal invocation: not an AbortSignal");
    return st;
  };
  class EventTarget implements EventTargetImpl {
    addEventListener(type: string, callback: Callback | null, options?: boolean | AddEventListenerOptions): void {
      if (callback === null || callback === undefined) return;
      if (typeof callback !== "function" && typeof callback !== "object") {
        throw new TypeError(`The "listener" argument must be an instance of EventListener. Received ${typeof callback}`);
      }
      const capture = flatten(options);
      const opts = typeof options === "object" && options !== null ? options : {};
      const signal = opts.signal;
      if (signal?.aborted === true) return;
      const ls = list(this);
      const t = String(type);
      if (!ls.some((l) => l.type === t && l.callback === callback && l.capture === capture)) {
        ls.push({ type: t, callback, capture, once: opts.once === true, removed: false });
      }
      // Even for a duplicate (DOM Standard): the signal removes whichever listener matches.
      if (signal !== undefined) {
        const remove = (): void => this.removeEventListener(t, callback, { capture });
        const st = states.get(signal);
        if (st !== undefined) st.algorithms.push(remove);
        else signal.addEventListener("abort", remove);
      }
    }

    removeEventListener(type: string, callback: Callback | null, options?: boolean | { capture?: boolean }): void {
      if (callback === null || callback === undefined) return;
      const ls = listenersOf.get(this);
      if (ls === undefined) return;
      const capture = flatten(options);
      const t = String(type);
      const i = ls.findIndex((l) => l.type === t && l.callback === callback && l.capture === capture);
      if (i < 0) return;
      (ls[i] as Listener).removed = true;
      ls.splice(i, 1);
    }

    dispatchEvent(event: EventImpl): boolean {
      if (!(event instanceof EventImpl)) throw new TypeError('The "event" argument must be an instance of Event');
      event.target = this;
      event.currentTarget = this;
      event.eventPhase = 2;
      const ls = listenersOf.get(this);
      if (ls !== undefined) {
        for (const l of ls.slice()) {
          if (l.removed || l.type !== event.type) continue;
          if (l.once) this.removeEventListener(l.type, l.callback, { capture: l.capture });
          call(this, l, event);
          if (event.stopped) break;
        }
      }
      event.currentTarget = null;
      event.eventPhase = 0;
      return !event.defaultPrevented;
    }

    get [Symbol.toStringTag](): string {
      return "EventTarget";
    }
  }

  let constructing = false;

  const defaultReason = (): unknown => new (domException())("This operation was aborted", "AbortError");

  /** The spec's "run the abort steps": the algorithms, then the event. */
  const fireAbort = (signal: AbortSignal): void => {
    const st = stateOf(signal);
    const algorithms = st.algorithms;
    st.algorithms = [];
    for (const a of algorithms) a();
    const e = new EventImpl("abort");
    e.isTrusted = true;
    signal.dispatchEvent(e);
  };

  /** The spec's "signal abort": set the reason, abort the dependents, then fire the events. */
  const signalAbort = (signal: AbortSignal, reason: unknown): void => {
    const st = stateOf(signal);
    if (st.aborted) return;
    st.aborted = true;
    st.reason = reason === undefined ? defaultReason() : reason;
    const toFire: AbortSignal[] = [];
    for (const d of st.dependents as AbortSignal[]) {
      const ds = stateOf(d);
      if (ds.aborted) continue;
      ds.aborted = true;
      ds.reason = st.reason;
      toFire.push(d);
    }
    st.dependents = [];
    fireAbort(signal);
    for (const d of toFire) fireAbort(d);
  };

  const newSignal = (): AbortSignal => {
    constructing = true;
    try {
      return new AbortSignal();
    } finally {
      constructing = false;
    }
  };

  class AbortSignal extends EventTarget implements AbortSignalImpl {
    constructor() {
      super();
      if (!constructing) throw new TypeError("Illegal constructor");
      states.set(this, { aborted: false, reason: undefined, handler: null, handlerListener: undefined, dependents: [], algorithms: [] });
    }
    get aborted(): boolean {
      return stateOf(this).aborted;
    }
    get reason(): unknown {
      return stateOf(this).reason;
    }
    throwIfAborted(): void {
      const st = stateOf(this);
      if (st.aborted) throw st.reason;
    }
    get onabort(): ((event: EventImpl) => unknown) | null {
      return stateOf(this).handler;
    }
    set onabort(value: ((event: EventImpl) => unknown) | null) {
      const st = stateOf(this);
      const fn = typeof value === "function" ? value : null;
      st.handler = fn;
      if (fn === null) {
        if (st.handlerListener !== undefined) this.removeEventListener("abort", st.handlerListener);
        st.handlerListener = undefined;
      } else if (st.handlerListener === undefined) {
        const l = (event: EventImpl): void => {
          const h = stateOf(this).handler;
          if (h !== null) h.call(this, event);
        };
        st.handlerListener = l;
        this.addEventListener("abort", l);
      }
    }
    override get [Symbol.toStringTag](): string {
      return "AbortSignal";
    }

    static abort(reason?: unknown): AbortSignal {
      const s = newSignal();
      const st = stateOf(s);
      st.aborted = true;
      st.reason = reason === undefined ? defaultReason() : reason;
      return s;
    }

    static timeout(ms: number): AbortSignal {
      const n = Number(ms);
      if (!Number.isFinite(n) || n < 0 || n > Number.MAX_SAFE_INTEGER) {
        throw new RangeError(`The value of "delay" is out of range. It must be >= 0 && <= ${Number.MAX_SAFE_INTEGER}. Received ${String(ms)}`);
      }
      const s = newSignal();
      env.unrefTimer(Math.trunc(n), () => signalAbort(s, new (domException())("The operation was aborted due to timeout", "TimeoutError")));
      return s;
    }

    static any(signals: Iterable<AbortSignalImpl>): AbortSignal {
      const all = Array.from(signals);
      for (const x of all) stateOf(x);
      const s = newSignal();
      const st = stateOf(s);
      for (const x of all) {
        const xs = stateOf(x);
        if (xs.aborted) {
          st.aborted = true;
          st.reason = xs.reason;
          return s;
        }
      }
      for (const x of all) stateOf(x).dependents.push(s);
      return s;
    }
  }

  class AbortController implements AbortControllerImpl {
    private readonly sig: AbortSignal = newSignal();
    constructor() {
      Object.defineProperty(this, "sig", { enumerable: false });
    }
    get signal(): AbortSignal {
      return this.sig;
    }
    abort(reason?: unknown): void {
      signalAbort(this.sig, reason);
    }
    get [Symbol.toStringTag](): string {
      return "AbortController";
    }
  }

  return { Event: EventImpl, EventTarget, AbortController, AbortSignal };
};
