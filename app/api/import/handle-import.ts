import type { Db } from "@/db/client";
import { getDataSummary, restoreUserData } from "@/db/queries/backup";
import { parseImportFileAsync, summarizeExportFile, type ImportResponse } from "@/lib/backup";
import { MAX_IMPORT_BYTES } from "@/lib/validation/export-file";
import type { FieldIssue } from "@/lib/validation/issues";
import { readBodyCapped } from "@/app/_server/read-body-capped";

export type ImportContext = {
  db: Db;
  userId: string | null;
  now: Date;
  /** Browser origins allowed to post here; a request with another Origin header is refused. */
  allowedOrigins: readonly string[];
  maxBytes?: number;
};

const MB = 1024 * 1024;

function fail(status: number, error: string, issues: FieldIssue[] = [], moreIssues = 0, headers: Readonly<Record<string, string>> = {}): Response {
  const body = { ok: false, error, issues, ...(moreIssues > 0 ? { moreIssues } : {}) } satisfies ImportResponse;
  return Response.json(body, {
    status,
    headers: { ...headers, "Cache-Control": "no-store" },
  });
}

function ok(body: ImportResponse): Response {
  return Response.json(body, { headers: { "Cache-Control": "no-store" } });
}

/**
 * POST body: the export file itself. Without ?confirm=1 it only checks the file and answers with
 * what a restore would replace; with it, it restores. The file is never kept on the server.
 */
export async function handleImport(request: Request, context: ImportContext): Promise<Response> {
  const maxBytes = context.maxBytes ?? MAX_IMPORT_BYTES;
  if (!context.userId) return fail(401, "Sign in to restore a backup.");
  const origin = request.headers.get("origin");
  if (origin !== null && !context.allowedOrigins.includes(origin)) {
    return fail(403, "This request came from another site and was refused.");
  }
  const body = await readBodyCapped(request, maxBytes);
  if (!body.ok) {
    const error =
      body.reason === "too-large"
        ? `The file is larger than ${Math.round((maxBytes / MB) * 10) / 10} MB, the most a backup may be.`
        : "The file did not arrive whole or in time; try again on a steadier connection.";
    return fail(body.status, error, [], 0, body.headers);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body.bytes);
  } catch {
    return fail(422, "This file can't be restored.", [{ path: "", message: "The file is not UTF-8 text" }]);
  }
  const parsed = await parseImportFileAsync(text, context.now);
  if (!parsed.ok) return fail(422, "This file can't be restored; nothing was changed.", parsed.issues, parsed.moreIssues);

  if (new URL(request.url).searchParams.get("confirm") === "1") {
    const restored = await restoreUserData(context.db, context.userId, parsed.file);
    return ok({ ok: true, restored });
  }
  const summary = summarizeExportFile(parsed.file);
  const current = await getDataSummary(context.db, context.userId);
  return ok({
    ok: true,
    preview: {
      displayName: parsed.file.profile.displayName,
      fileCheckins: summary.checkins,
      firstWeek: summary.firstWeek,
      lastWeek: summary.lastWeek,
      currentCheckins: current.checkins,
      currentDemoCheckins: current.demoCheckins,
      hasProfile: current.hasProfile,
    },
  });
}
