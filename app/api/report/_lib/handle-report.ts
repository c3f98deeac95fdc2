import type { Db } from "@/db/client";
import { renderReportPdf } from "@/components/pdf/report-document";
import { checkRange, contentDisposition, REPORT_CONTENT_TYPES, toCsv, toMarkdown, type ReportFormat } from "@/lib/report";
import { toFieldIssues, type FieldIssue } from "@/lib/validation/issues";
import { reportFormatSchema, reportQuerySchema } from "@/lib/validation/report";
import { loadReport } from "@/app/_server/report";

export type ReportRequest = { db: Db; userId: string | null; format: string; query: URLSearchParams; now: Date };

const NO_STORE = { "Cache-Control": "no-store" };

function fail(status: number, error: string, issues: FieldIssue[] = []): Response {
  return Response.json({ error, issues }, { status, headers: NO_STORE });
}

/** The signed-in leader's report for ?from=&to=[&notes=1] as a PDF, Markdown or CSV download. */
export async function handleReport({ db, userId, format, query, now }: ReportRequest): Promise<Response> {
  const parsedFormat = reportFormatSchema.safeParse(format);
  if (!parsedFormat.success) return fail(404, "Unknown report format; use pdf, md or csv.");
  if (!userId) return fail(401, "Sign in to download your report.");
  const parsed = reportQuerySchema.safeParse(Object.fromEntries(query));
  if (!parsed.success) return fail(400, "The report range is not readable.", toFieldIssues(parsed.error));
  const range = checkRange(parsed.data.from, parsed.data.to);
  if (!range.ok) return fail(422, range.message, [{ path: range.path, message: range.message }]);

  const report = await loadReport(db, userId, { range: range.range, includeNotes: parsed.data.notes, now });
  if (!report) return fail(409, "Set up your profile first; there is nothing to report yet.");
  const kind: ReportFormat = parsedFormat.data;
  const body = kind === "pdf" ? new Uint8Array(await renderReportPdf(report)) : kind === "md" ? toMarkdown(report) : toCsv(report);
  return new Response(body, {
    headers: {
      "Content-Type": REPORT_CONTENT_TYPES[kind],
      "Content-Disposition": contentDisposition(report.leader.name, range.range, kind),
      ...NO_STORE,
    },
  });
}
