// placeholder until the facade lands; the interface is fixed.
export type Level = "trace" | "debug" | "info" | "warn" | "error" | "fatal";
export interface Logger {
  readonly source: string;
  trace(msg: string, fields?: Record<string, unknown>): void;
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  isEnabled(level: Level): boolean;
}
