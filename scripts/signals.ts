import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { isValidIsoWeek } from "../lib/iso-week";
import { evaluate } from "../lib/signals";
import { MAX_IMPORT_BYTES, parseExportFile } from "../lib/validation/export-file";

const USAGE = "Usage: npm run signals -- FILE [--as-of 2026-W21]";

class ExitError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

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
    throw new ExitError(`--as-of must be an ISO week such as 2026-W21 (got "${asOf}")\n${USAGE}`, 2);
  }
  return { file: parsed.positionals[0]!, asOf };
}

async function readText(file: string): Promise<string> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new ExitError(`${file} is a directory, not an export file`, 1);
    if (info.size > MAX_IMPORT_BYTES) {
      throw new ExitError(`${file} is ${(info.size / 1024 / 1024).toFixed(1)} MB; export files are at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB`, 1);
    }
    return await readFile(file, "utf8");
  } catch (error) {
    if (error instanceof ExitError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new ExitError(`File not found: ${file}`, 1);
    if (code === "EACCES" || code === "EPERM") throw new ExitError(`No permission to read ${file}`, 1);
    throw new ExitError(`Could not read ${file}: ${(error as Error).message}`, 1);
  }
}

async function main(): Promise<void> {
  const { file, asOf } = readArgs(process.argv.slice(2));
  // npm runs scripts from the package root and keeps the caller's directory in INIT_CWD.
  const absolute = path.resolve(process.env.INIT_CWD || process.cwd(), file);
  const parsed = parseExportFile(await readText(absolute));
  if (!parsed.ok) {
    const lines = parsed.issues.map((issue) => `${issue.path || "(file)"}: ${issue.message}`);
    throw new ExitError(`${absolute} is not a valid Pendulum export:\n${lines.join("\n")}`, 1);
  }
  process.stdout.write(`${JSON.stringify(evaluate(parsed.file, { asOf }), null, 2)}\n`);
}

main().catch((error: unknown) => {
  if (error instanceof ExitError) {
    if (error.message) (error.code === 0 ? process.stdout : process.stderr).write(`${error.message}\n`);
    process.exitCode = error.code;
    return;
  }
  console.error(error);
  process.exitCode = 1;
});
