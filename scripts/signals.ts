import { evaluate, toSignalsJson } from "../lib/signals";
import { readExportFile, readFileAndAsOf, resolveFrom, runCli, type Command } from "./cli/common";

const USAGE = "Usage: npm run signals -- FILE [--as-of 2026-W21]";

export const signals: Command = async (io) => {
  const { file, asOf } = readFileAndAsOf(io.argv, USAGE, "2026-W21");
  const data = await readExportFile(resolveFrom(io, file));
  io.stdout(`${JSON.stringify(toSignalsJson(evaluate(data, { asOf })), null, 2)}\n`);
};

runCli(signals, import.meta.url);
