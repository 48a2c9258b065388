import { CODE_HELP, runCode } from "./code.js";
import { runDict } from "./dict.js";
import { type Io, processIo } from "./io.js";

const HELP = `rift — news into political event data (CAMEO, PLOVER)

Commands:
  rift code <paths…|->      code stories into events (see rift code --help)
  rift dict check           validate the dictionaries
  rift eval …               score against gold files (see rift eval --help)

${CODE_HELP}`;

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "code":
        return await runCode(rest, io);
      case "dict":
        return await runDict(rest, io);
      case "eval": {
        const { runEval } = await import("./eval.js");
        return await runEval(rest, io);
      }
      case undefined:
      case "help":
      case "--help":
      case "-h":
        io.out(HELP);
        return command === undefined ? 2 : 0;
      default:
        io.err(`rift: unknown command "${command}"\n${HELP}`);
        return 2;
    }
  } catch (e) {
    io.err(`rift: ${(e as Error).message}\n`);
    return 1;
  }
}
