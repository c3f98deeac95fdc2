import { insightsJson } from "../lib/insights/json";
import { readExportFile, readFileAndAsOf, resolveFrom, runCli, type Command } from "./cli/common";

const USAGE = "Usage: npm run insights -- FILE [--as-of 2026-W47]";

export const insights: Command = async (io) => {
  const { file, asOf } = readFileAndAsOf(io.argv, USAGE, "2026-W47");
  const data = await readExportFile(resolveFrom(io, file));
  io.stdout(`${JSON.stringify(insightsJson(data, asOf), null, 2)}\n`);
};

runCli(insights, import.meta.url);
