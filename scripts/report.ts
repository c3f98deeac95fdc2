import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { renderReportPdf } from "../components/pdf/report-document";
import { compareIsoWeeks } from "../lib/iso-week";
import { buildReport, checkRange, toCsv, toMarkdown, type ReportFormat } from "../lib/report";
import { MAX_IMPORT_BYTES, parseExportFile } from "../lib/validation/export-file";

const USAGE =
  "Usage: npm run report -- FILE [--from 2026-W34] [--to 2026-W47] --format pdf|md|csv [--out PATH] [--include-notes]\n" +
  "Without --from/--to the report covers the whole file. Without --out, md and csv go to stdout; pdf needs --out.";
const FORMATS: readonly ReportFormat[] = ["pdf", "md", "csv"];

class ExitError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

type Args = { file: string; from?: string; to?: string; format: ReportFormat; out?: string; includeNotes: boolean };

function readArgs(argv: string[]): Args {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        from: { type: "string" },
        to: { type: "string" },
        format: { type: "string" },
        out: { type: "string" },
        "include-notes": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new ExitError(`${(error as Error).message}\n${USAGE}`, 2);
  }
  const v = parsed.values;
  if (v.help) throw new ExitError(USAGE, 0);
  if (parsed.positionals.length !== 1) {
    throw new ExitError(`${parsed.positionals.length === 0 ? "Missing FILE" : "Give exactly one FILE"}\n${USAGE}`, 2);
  }
  if (!v.format || !FORMATS.includes(v.format as ReportFormat)) {
    throw new ExitError(`--format must be pdf, md or csv${v.format ? ` (got "${v.format}")` : ""}\n${USAGE}`, 2);
  }
  if (v.format === "pdf" && !v.out) throw new ExitError(`A PDF needs --out PATH\n${USAGE}`, 2);
  return { file: parsed.positionals[0]!, from: v.from, to: v.to, format: v.format as ReportFormat, out: v.out, includeNotes: v["include-notes"] ?? false };
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
  const args = readArgs(process.argv.slice(2));
  // npm runs scripts from the package root and keeps the caller's directory in INIT_CWD.
  const callerDir = process.env.INIT_CWD || process.cwd();
  const absolute = path.resolve(callerDir, args.file);
  const parsed = parseExportFile(await readText(absolute));
  if (!parsed.ok) {
    const lines = parsed.issues.map((issue) => `${issue.path || "(file)"}: ${issue.message}`);
    throw new ExitError(`${absolute} is not a valid Pendulum export:\n${lines.join("\n")}`, 1);
  }
  const weeks = parsed.file.checkins.map((c) => c.week).sort(compareIsoWeeks);
  const from = args.from ?? weeks[0];
  const to = args.to ?? weeks.at(-1);
  if (!from || !to) throw new ExitError(`${absolute} has no check-ins; give --from and --to to report on an empty range`, 1);
  const range = checkRange(from, to);
  if (!range.ok) throw new ExitError(`--${range.path}: ${range.message}`, 1);

  const report = buildReport(parsed.file, { ...range.range, includeNotes: args.includeNotes, now: new Date() });
  const content = args.format === "pdf" ? await renderReportPdf(report) : args.format === "md" ? toMarkdown(report) : toCsv(report);
  if (!args.out) {
    process.stdout.write(content);
    return;
  }
  const outPath = path.resolve(callerDir, args.out);
  try {
    await mkdir(path.dirname(outPath), { recursive: true });
    await writeFile(outPath, content);
  } catch (error) {
    throw new ExitError(`Could not write ${outPath}: ${(error as Error).message}`, 1);
  }
  process.stdout.write(`${outPath}\n`);
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
