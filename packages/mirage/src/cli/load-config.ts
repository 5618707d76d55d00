// Reads config.ts the way a compiler would: type-check it (a miswired device is reported here,
// naming the device), find the module that exports the job, then evaluate it for its data.
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import type { Registration } from "../config/register.ts";

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 1,
  ) {
    super(message);
  }
}

export interface JobLocation {
  /** Absolute path of the module that exports the job. */
  readonly file: string;
  /** Its export name (`default` for a default export). */
  readonly exportName: string;
}

const compilerOptions = (dir: string): ts.CompilerOptions => {
  const found = ts.findConfigFile(dir, ts.sys.fileExists, "tsconfig.json");
  const base: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowImportingTsExtensions: true,
    strict: true,
    noUncheckedIndexedAccess: true,
    skipLibCheck: true,
    types: ["node"],
  };
  if (found === undefined) return { ...base, noEmit: true };
  const parsed = ts.getParsedCommandLineOfConfigFile(found, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  return { ...(parsed?.options ?? base), noEmit: true };
};

const formatHost: ts.FormatDiagnosticsHost = {
  getCanonicalFileName: (f) => f,
  getCurrentDirectory: () => process.cwd(),
  getNewLine: () => "\n",
};

/** Type-checks config.ts and everything it imports; returns where the job is exported. */
export const checkConfig = (configFile: string): JobLocation => {
  const program = ts.createProgram([configFile], compilerOptions(path.dirname(configFile)));
  const diagnostics = ts.getPreEmitDiagnostics(program).filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (diagnostics.length > 0) {
    throw new CliError(
      `${path.basename(configFile)} does not type-check (${diagnostics.length} error${diagnostics.length === 1 ? "" : "s"}):\n\n${ts.formatDiagnosticsWithColorAndContext(diagnostics, formatHost)}`,
    );
  }
  const source = program.getSourceFile(configFile);
  if (source === undefined) throw new CliError(`Cannot read ${configFile}`);
  const checker = program.getTypeChecker();
  let jobArg: ts.Expression | undefined;
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : "";
      if (name === "register" && node.arguments.length >= 2) jobArg = node.arguments[1];
    }
    if (jobArg === undefined) ts.forEachChild(node, visit);
  };
  visit(source);
  if (jobArg === undefined) throw new CliError(`${path.basename(configFile)} has no register(name, job, devices) call`);
  let symbol = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(jobArg) ? jobArg.name : jobArg);
  if (symbol !== undefined && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const decl = symbol?.declarations?.[0];
  const file = decl?.getSourceFile();
  if (symbol === undefined || file === undefined || path.resolve(file.fileName) === path.resolve(configFile)) {
    throw new CliError(
      `the job given to register() must be imported from its own module, e.g. import { Hello } from "./unikernel.ts", so the artefact does not carry config code`,
    );
  }
  const moduleSymbol = checker.getSymbolAtLocation(file);
  const exported = moduleSymbol === undefined ? [] : checker.getExportsOfModule(moduleSymbol);
  const match = exported.find((e) => e === symbol || (e.flags & ts.SymbolFlags.Alias && checker.getAliasedSymbol(e) === symbol));
  if (match === undefined) throw new CliError(`the job ${symbol.name} is not exported from ${path.relative(process.cwd(), file.fileName)}`);
  return { file: path.resolve(file.fileName), exportName: match.name };
};

const isRegistration = (v: unknown): v is Registration =>
  typeof v === "object" && v !== null && (v as { _tag?: unknown })._tag === "Registration";

/** Evaluates config.ts (the CLI runs under tsx, so TypeScript imports work). */
export const evaluateConfig = async (configFile: string): Promise<Registration> => {
  let mod: { default?: unknown };
  try {
    mod = (await import(pathToFileURL(configFile).href)) as { default?: unknown };
  } catch (e) {
    throw new CliError(`Cannot evaluate ${path.basename(configFile)}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!isRegistration(mod.default)) {
    throw new CliError(`${path.basename(configFile)} must end with: export default register("name", Job, { ...devices })`);
  }
  return mod.default;
};
