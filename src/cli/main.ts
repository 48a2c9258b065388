import { CODE_HELP, runCode } from "./code.js";
import { runDict } from "./dict.js";
import { type Io, processIo } from "./io.js";

const HELP = `rift — news into political event data (CAMEO, PLOVER)

Commands:
  rift code <paths…|->      code stories into events (see rift code --help)
  rift dict check           validate the dictionaries
    rift eval …               score against gold files (see rift eval --help)
  rift ingest <paths…|->    code stories into the DuckDB store (--db, default rift.duckdb)
  rift relations A B        a dyad's relations over time, with detected shifts (--by day|week|month)
  rift export               events from the store as gdelt, csv, jsonl or parquet
  rift watch --feed URL…    poll RSS/Atom feeds, code and store new stories

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
      case "ingest": {
        const { runIngest } = await import("./ingest.js");
        return await runIngest(rest, io);
      }
      case "relations": {
        const { runRelations } = await import("./relations.js");
        return await runRelations(rest, io);
      }
      case "export": {
        const { runExport } = await import("./export.js");
        return await runExport(rest, io);
      }
      case "watch": {
        const { runWatch } = await import("./watch.js");
        return await runWatch(rest, io);
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
