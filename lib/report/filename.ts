import { attachmentDisposition, downloadName, type DownloadName } from "../filename";
import type { ReportRange } from "./range";

export type ReportFormat = "pdf" | "md" | "csv";

export const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  pdf: "application/pdf",
  md: "text/markdown; charset=utf-8",
  csv: "text/csv; charset=utf-8",
};

/** "pendulum-report-lukasz-nowak-2026-W40-2026-W47.pdf"; names without Latin letters fall back to "leader". */
export function reportFilename(name: string, { from, to }: ReportRange, format: ReportFormat): DownloadName {
  return downloadName("pendulum-report", name, `${from}-${to}.${format}`);
}

export function contentDisposition(name: string, range: ReportRange, format: ReportFormat): string {
  return attachmentDisposition(reportFilename(name, range, format));
}
