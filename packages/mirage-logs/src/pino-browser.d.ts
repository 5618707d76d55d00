// The part of pino's browser build we use. pino's own typings pull in Node types, which the
// core packages must not see (they also run inside the QuickJS guest).
declare module "pino/browser.js" {
  interface BrowserLogger {
    level: string;
    trace(obj: object, msg: string): void;
    debug(obj: object, msg: string): void;
    info(obj: object, msg: string): void;
    warn(obj: object, msg: string): void;
    error(obj: object, msg: string): void;
    fatal(obj: object, msg: string): void;
  }
  interface BrowserOptions {
    level?: string;
    base?: object | null;
    timestamp?: boolean | (() => string);
    browser: { asObject?: boolean; write: (record: object) => void };
  }
  function pino(options: BrowserOptions): BrowserLogger;
  export default pino;
}
