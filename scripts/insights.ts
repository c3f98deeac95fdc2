import { parseArgs } from "node:util";
import { insightsJson } from "../lib/insights/json";
import { isValidIsoWeek } from "../lib/iso-week";
import { ExitError, readExportFile, resolveFromCaller, runCli } from "./cli/common";

const USAGE = "Usage: npm run insights -- FILE [--as-of 2026-W47]";

function readArgs(argv: string[]): { file: string; asOf?: string } {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { "as-of": { type: "string" }, help: { type: "boolean", short: "h" } } });
  } catch (error) {
    throw new ExitError(`${(error as Error).message}\n${USAGE}`, 2);
  }
  if (parsed.values.help) throw new ExitError(USAGE, 0);
  if (parsed.positionals.length !== 1) {
    throw new ExitError(`${parsed.positionals.length === 0 ? "Missing FILE" : "Give exactly one FILE"}\n${USAGE}`, 2);
  }
  const asOf = parsed.values["as-of"];
  if (asOf !== undefined && !isValidIsoWeek(asOf)) {
    throw new ExitError(`--as-of must be an ISO week such as 2026-W47 (got "${asOf}")\n${USAGE}`, 2);
  }
  return { file: parsed.positionals[0]!, asOf };
}

async function main(): Promise<void> {
  const { file, asOf } = readArgs(process.argv.slice(2));
  const data = await readExportFile(resolveFromCaller(file));
  process.stdout.write(`${JSON.stringify(insightsJson(data, asOf), null, 2)}\n`);
}

runCli(main);
