#!/usr/bin/env node
// The CLI is TypeScript and reads TypeScript configs: tsx lets Node load both.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
