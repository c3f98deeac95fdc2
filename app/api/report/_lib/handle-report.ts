import type { Db } from "@/db/client";
import { renderReportPdf } from "@/components/pdf/report-document";
import { checkRange, contentDisposition, REPORT_CONTENT_TYPES, toCsv, toMarkdown, type ReportFormat } from "@/lib/report";
import { listIssues } from "@/lib/validation/issues";
import { reportFormatSchema, reportQuerySchema } from "@/lib/validation/report";
import { NO_STORE, problem } from "@/app/_server/http";
import { loadReport } from "@/app/_server/report";
import { pdfGate, PDF_GATE_LIMITS, type PdfGate } from "./pdf-gate";

export type ReportRequest = { db: Db; userId: string | null; format: string; query: URLSearchParams; now: Date; gate?: PdfGate };

/** The signed-in leader's report for ?from=&to=[&notes=1] as a PDF, Markdown or CSV download. */
export async function handleReport({ db, userId, format, query, now, gate = pdfGate() }: ReportRequest): Promise<Response> {
  const parsedFormat = reportFormatSchema.safeParse(format);
  if (!parsedFormat.success) return problem(404, "Unknown report format; use pdf, md or csv.");
  if (!userId) return problem(401, "Sign in to download your report.");
  const parsed = reportQuerySchema.safeParse(Object.fromEntries(query));
  if (!parsed.success) return problem(400, "The report range is not readable.", listIssues(parsed.error));
  const range = checkRange(parsed.data.from, parsed.data.to);
  if (!range.ok) return problem(422, range.message, [{ path: range.path, message: range.message }]);

  const report = await loadReport(db, userId, { range: range.range, includeNotes: parsed.data.notes, now });
  if (!report) return problem(409, "Set up your profile first; there is nothing to report yet.");
  const kind: ReportFormat = parsedFormat.data;
  let body: Uint8Array<ArrayBuffer> | string;
  if (kind === "pdf") {
    const pdf = await gate.run(userId, () => renderReportPdf(report));
    if (!pdf.ok) {
      const retry = { "Retry-After": String(Math.ceil(PDF_GATE_LIMITS.maxWaitMs / 1000)) };
      return pdf.reason === "mine"
        ? problem(429, "Your previous PDF is still being made. Wait for it, then try again.", [], retry)
        : problem(503, "Many PDFs are being made right now. Try again in a moment.", [], retry);
    }
    body = new Uint8Array(pdf.value);
  } else {
    body = kind === "md" ? toMarkdown(report) : toCsv(report);
  }
  return new Response(body, {
    headers: {
      "Content-Type": REPORT_CONTENT_TYPES[kind],
      "Content-Disposition": contentDisposition(report.leader.name, range.range, kind),
      ...NO_STORE,
    },
  });
}
