import type { Db } from "@/db/client";
import { getDataSummary, getListCounts, restoreUserData } from "@/db/queries/backup";
import { listPreviews, parseImportFileAsync, summarizeExportFile, type ImportResponse } from "@/lib/backup";
import { MAX_IMPORT_BYTES } from "@/lib/validation/export-file";
import { FILE_INCOMPLETE, json, problem, readTextBody, refuseCrossSite } from "@/app/_server/http";
import { formatBytes } from "@/lib/format";

export type ImportContext = {
  db: Db;
  userId: string | null;
  now: Date;
  /** Browser origins allowed to post here; a request with another Origin header is refused. */
  allowedOrigins: readonly string[];
  maxBytes?: number;
};

const ok = (body: ImportResponse) => json(200, body);

/**
 * POST body: the export file itself. Without ?confirm=1 it only checks the file and answers with
 * what a restore would replace; with it, it restores. The file is never kept on the server.
 */
export async function handleImport(request: Request, context: ImportContext): Promise<Response> {
  const maxBytes = context.maxBytes ?? MAX_IMPORT_BYTES;
  if (!context.userId) return problem(401, "Sign in to restore a backup.");
  const crossSite = refuseCrossSite(request, context.allowedOrigins);
  if (crossSite) return crossSite;
  const body = await readTextBody(request, maxBytes, {
    tooLarge: `The file is larger than ${formatBytes(maxBytes)}, the most a backup may be.`,
    incomplete: FILE_INCOMPLETE,
    notUtf8: { status: 422, error: "This file can't be restored.", issues: [{ path: "", message: "The file is not UTF-8 text" }] },
  });
  if (!body.ok) return body.response;
  const parsed = await parseImportFileAsync(body.text, context.now);
  if (!parsed.ok) return problem(422, "This file can't be restored; nothing was changed.", { issues: parsed.issues, moreIssues: parsed.moreIssues ?? 0 });

  if (new URL(request.url).searchParams.get("confirm") === "1") {
    const restored = await restoreUserData(context.db, context.userId, parsed.file);
    return ok({ restored });
  }
  const summary = summarizeExportFile(parsed.file);
  const current = await getDataSummary(context.db, context.userId);
  return ok({
    preview: {
      displayName: parsed.file.profile.displayName,
      fileCheckins: summary.checkins,
      firstWeek: summary.firstWeek,
      lastWeek: summary.lastWeek,
      currentCheckins: current.checkins,
      currentDemoCheckins: current.demoCheckins,
      hasProfile: current.hasProfile,
      lists: listPreviews(parsed.file, await getListCounts(context.db, context.userId)),
    },
  });
}
