import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { renderReportPdf } from "../components/pdf/report-document";
import { compareIsoWeeks } from "../lib/iso-week";
import { buildReportView, checkRange, toCsv, toMarkdown, type ReportFormat } from "../lib/report";
import { ExitError, readExportFile, readFileArgs, resolveFrom, runCli, type Command } from "./cli/common";

const USAGE =
  "Usage: npm run report -- FILE [--from 2026-W34] [--to 2026-W47] --format pdf|md|csv [--out PATH] [--include-notes]\n" +
  "Without --from/--to the report covers the whole file. Without --out, md and csv go to stdout; pdf needs --out.";
const FORMATS: readonly ReportFormat[] = ["pdf", "md", "csv"];

type Args = { file: string; from?: string; to?: string; format: ReportFormat; out?: string; includeNotes: boolean };

function readArgs(argv: readonly string[]): Args {
  const { file, values: v } = readFileArgs(argv, USAGE, {
    from: { type: "string" },
    to: { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
    "include-notes": { type: "boolean" },
  });
  if (!v.format || !FORMATS.includes(v.format as ReportFormat)) {
    throw new ExitError(`--format must be pdf, md or csv${v.format ? ` (got "${v.format}")` : ""}\n${USAGE}`, 2);
  }
  if (v.format === "pdf" && !v.out) throw new ExitError(`A PDF needs --out PATH\n${USAGE}`, 2);
  return { file, from: v.from, to: v.to, format: v.format as ReportFormat, out: v.out, includeNotes: v["include-notes"] ?? false };
}

export const report: Command = async (io) => {
  const args = readArgs(io.argv);
  const absolute = resolveFrom(io, args.file);
  const file = await readExportFile(absolute);
  const weeks = file.checkins.map((c) => c.week).sort(compareIsoWeeks);
  const from = args.from ?? weeks[0];
  const to = args.to ?? weeks.at(-1);
  if (!from || !to) throw new ExitError(`${absolute} has no check-ins; give --from and --to to report on an empty range`, 1);
  const range = checkRange(from, to);
  if (!range.ok) throw new ExitError(`--${range.path}: ${range.message}`, 1);

  const report = buildReportView(file, { ...range.range, includeNotes: args.includeNotes, now: new Date() });
  const content = args.format === "pdf" ? await renderReportPdf(report) : args.format === "md" ? toMarkdown(report) : toCsv(report);
  if (!args.out) {
    io.stdout(content);
    return;
  }
  const outPath = resolveFrom(io, args.out);
  try {
    await mkdir(path.dirname(outPath), { recursive: true });
    await writeFile(outPath, content);
  } catch (error) {
    throw new ExitError(`Could not write ${outPath}: ${(error as Error).message}`, 1);
  }
  io.stdout(`${outPath}\n`);
};

runCli(report, import.meta.url);
