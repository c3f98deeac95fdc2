import { evaluate, toSignalsJson } from "../lib/signals";
import { readExportFile, readFileAndAsOf, resolveFromCaller, runCli } from "./cli/common";

const USAGE = "Usage: npm run signals -- FILE [--as-of 2026-W21]";

async function main(): Promise<void> {
  const { file, asOf } = readFileAndAsOf(process.argv.slice(2), USAGE, "2026-W21");
  const data = await readExportFile(resolveFromCaller(file));
  process.stdout.write(`${JSON.stringify(toSignalsJson(evaluate(data, { asOf })), null, 2)}\n`);
}

runCli(main);
