import { insightsJson } from "../lib/insights/json";
import { readExportFile, readFileAndAsOf, resolveFromCaller, runCli } from "./cli/common";

const USAGE = "Usage: npm run insights -- FILE [--as-of 2026-W47]";

async function main(): Promise<void> {
  const { file, asOf } = readFileAndAsOf(process.argv.slice(2), USAGE, "2026-W47");
  const data = await readExportFile(resolveFromCaller(file));
  process.stdout.write(`${JSON.stringify(insightsJson(data, asOf), null, 2)}\n`);
}

runCli(main);
