import { type ParseArgsConfig, parseArgs } from "node:util";
import type { Io } from "./io.js";

export type OptionValues = Record<string, string | string[] | boolean | undefined>;

/**
 * Parses a command's arguments (with `--help`/`-h` added): the values and positionals, or the exit
 * code when parsing ends the command — 2 with the usage for bad arguments, 0 after printing help.
 */
export function parseCommand(
  command: string,
  argv: string[],
  options: NonNullable<ParseArgsConfig["options"]>,
  help: string,
  io: Io,
  allowPositionals = true,
): { values: OptionValues; positionals: string[] } | number {
  let parsed: { values: OptionValues; positionals: string[] };
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals,
      options: { ...options, help: { type: "boolean", short: "h" } },
    }) as { values: OptionValues; positionals: string[] };
  } catch (e) {
    io.err(`rift ${command}: ${(e as Error).message}\n${help}`);
    return 2;
  }
  if (parsed.values.help) {
    io.out(help);
    return 0;
  }
  return parsed;
}
