import type { ReportRange } from "./range";

export type ReportFormat = "pdf" | "md" | "csv";

export const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  pdf: "application/pdf",
  md: "text/markdown; charset=utf-8",
  csv: "text/csv; charset=utf-8",
};

const ASCII_FOLDS: Record<string, string> = { ł: "l", Ł: "L", ø: "o", Ø: "O", đ: "d", Đ: "D", ß: "ss", æ: "ae", Æ: "AE", œ: "oe", Œ: "OE" };

function asciiSlug(text: string): string {
  return text
    .replace(/[łŁøØđĐßæÆœŒ]/g, (c) => ASCII_FOLDS[c]!)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase()
    .slice(0, 60);
}

function unicodeSlug(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\p{C}\p{Z}/\\:*?"<>|]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}

/** "pendulum-report-lukasz-nowak-2026-W40-2026-W47.pdf"; names without Latin letters fall back to "leader". */
export function reportFilename(name: string, { from, to }: ReportRange, format: ReportFormat): { ascii: string; unicode: string } {
  const tail = `${from}-${to}.${format}`;
  return {
    ascii: `pendulum-report-${asciiSlug(name) || "leader"}-${tail}`,
    unicode: `pendulum-report-${unicodeSlug(name) || "leader"}-${tail}`,
  };
}

/** RFC 6266: an ASCII filename for old clients plus filename* in UTF-8 for the real name. */
export function contentDisposition(name: string, range: ReportRange, format: ReportFormat): string {
  const { ascii, unicode } = reportFilename(name, range, format);
  const encoded = encodeURIComponent(unicode).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** The name a browser would save a download under: filename* (RFC 5987) first, then the quoted ASCII filename. */
export function filenameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*=UTF-8''([^;\s]+)/i.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1]!);
    } catch {
      // A malformed escape: fall back to the ASCII name.
    }
  }
  return /filename="([^"]*)"/i.exec(header)?.[1] ?? null;
}
