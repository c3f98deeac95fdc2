"use client";
import { useState, type MouseEvent } from "react";
import { buttonClass } from "@/components/ui/button";
import { filenameFromDisposition } from "@/lib/filename";

export type ReportDownload = { label: string; href: string; type: string };

const FAILED = "The download failed. Try again in a moment; if it keeps failing, try a shorter range.";

async function errorMessage(response: Response): Promise<string> {
  if (!(response.headers.get("Content-Type") ?? "").includes("application/json")) return FAILED;
  const body: unknown = await response.json().catch(() => null);
  const error = body && typeof body === "object" && "error" in body ? body.error : null;
  return typeof error === "string" && error.length > 0 && (response.status < 500 || response.status === 503) ? error : FAILED;
}

/**
 * Plain download links that, with JavaScript, fetch first: a failed answer shows its message here
 * instead of the browser saving the error body as a file (the "pdf.txt" of issue 8).
 */
export function ReportDownloads({ downloads }: { downloads: readonly ReportDownload[] }) {
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function download(event: MouseEvent<HTMLAnchorElement>, item: ReportDownload) {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (pending) return;
    setPending(item.label);
    setError(null);
    try {
      const response = await fetch(item.href, { credentials: "same-origin", cache: "no-store" });
      const type = response.headers.get("Content-Type") ?? "";
      if (!response.ok || !type.startsWith(item.type)) {
        setError(`${item.label}: ${response.ok ? FAILED : await errorMessage(response)}`);
        return;
      }
      const blob = await response.blob();
      const url = URL.createObjectURL(blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = filenameFromDisposition(response.headers.get("Content-Disposition")) ?? "";
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch {
      setError(`${item.label}: ${FAILED}`);
    } finally {
      setPending(null);
    }
  }

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {downloads.map((item) => (
          <a
            key={item.label}
            href={item.href}
            download
            onClick={(event) => void download(event, item)}
            aria-busy={pending === item.label ? true : undefined}
            className={buttonClass("secondary")}
          >
            {pending === item.label ? `Preparing ${item.label}…` : item.label}
          </a>
        ))}
      </div>
      <p role="alert" className="text-sm text-alert-text">
        {error}
      </p>
    </div>
  );
}
