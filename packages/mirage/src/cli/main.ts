// `mirage configure|build|run|describe|clean`. Options are parsed before config.ts is read,
// so a broken config is reported as such, never as an unknown option.
import { build, clean, configure, describe, parseTarget, run } from "./commands.ts";
import { CliError } from "./load-config.ts";
import type { Target } from "../config/device.ts";

const USAGE = `Usage: mirage COMMAND [OPTIONS]

Commands:
  configure -t TARGET [--KEY=VALUE ...]
                        type-check config.ts and generate mirage/main.ts for TARGET (unix);
                        KEYs are the config's own choices, e.g. --net=direct
  build                 bundle the configured unikernel into dist/NAME
  run [TENDER-OPTIONS] [-- ARGS]
                        run the built unikernel with runtime ARGS (try: mirage run -- --help);
                        Solo5 tender options: --mem=MB --net:NAME=TAP --block:NAME=FILE
                        (virtio: the same, turned into QEMU's; and --accel=kvm|tcg)
  describe [--dot]      print the device graph (Graphviz with --dot)
  clean                 remove mirage/ and dist/

Options:
  -t, --target TARGET   unix | spt | hvt | virtio | xen (configure, describe)
  -f, --file FILE       the config file (default: config.ts)
  -h, --help            show this help`;

interface Options {
  target?: Target;
  keys: Record<string, string>;
  tender: string[];
  file?: string;
  dot: boolean;
  rest: string[];
}

const parseOptions = (command: string, argv: readonly string[]): Options => {
  const o: Options = { dot: false, rest: [], keys: {}, tender: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    const value = (): string => {
      const eq = a.indexOf("=");
      if (a.startsWith("--") && eq > 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new CliError(`option ${a} needs a value`, 64);
      return v;
    };
    if (a === "--") {
      o.rest.push(...argv.slice(i + 1));
      break;
    } else if (a === "-t" || a.startsWith("--target")) o.target = parseTarget(value());
    else if (a === "-f" || a.startsWith("--file")) o.file = value();
    else if (a === "--dot" && command === "describe") o.dot = true;
    else if (command === "run" && /^--(mem=|net:|block:|net-mac:|block-sector-size:|accel=)/.test(a)) o.tender.push(a);
    else if (command === "run") o.rest.push(a);
    else if ((command === "configure" || command === "describe") && /^--[a-z][a-z0-9-]*=/.test(a)) {
      // The config's own keys; config.ts says which exist (checked once it is read).
      const eq = a.indexOf("=");
      o.keys[a.slice(2, eq)] = a.slice(eq + 1);
    }
    else throw new CliError(`unknown option ${a} for mirage ${command}\n\n${USAGE}`, 64);
  }
  return o;
};

export const main = async (argv: readonly string[], appDir: string = process.cwd()): Promise<number> => {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === "-h" || command === "--help" || command === "help") {
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? 64 : 0;
    }
    const o = parseOptions(command, rest);
    let out: string;
    switch (command) {
      case "configure":
        if (o.target === undefined) throw new CliError("mirage configure needs a target: -t unix", 64);
        out = await configure(appDir, { target: o.target, file: o.file, keys: o.keys });
        break;
      case "build":
        out = await build(appDir);
        break;
      case "run":
        return await run(appDir, o.rest, o.tender);
      case "describe":
        out = await describe(appDir, { target: o.target, file: o.file, dot: o.dot, keys: o.keys });
        break;
      case "clean":
        out = clean(appDir);
        break;
      default:
        throw new CliError(`unknown command "${command}"\n\n${USAGE}`, 64);
    }
    process.stdout.write(`${out}\n`);
    return 0;
  } catch (e) {
    if (e instanceof CliError) {
      process.stderr.write(`mirage: ${e.message}\n`);
      return e.exitCode;
    }
    throw e;
  }
};
