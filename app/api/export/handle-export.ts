import type { Db } from "@/db/client";
import { exportUserData } from "@/db/queries/backup";
import { exportFileNames } from "@/lib/backup";
import { attachmentDisposition } from "@/lib/filename";
import { DEFAULT_TIME_ZONE } from "@/lib/local-date";

export type ExportContext = { db: Db; userId: string | null; now: Date };

function fail(status: number, error: string): Response {
  return Response.json({ error, issues: [] }, { status, headers: { "Cache-Control": "no-store" } });
}

/** The signed-in leader's data as a downloaded JSON file (demo weeks left out). */
export async function handleExport({ db, userId, now }: ExportContext): Promise<Response> {
  if (!userId) return fail(401, "Sign in to export your data.");
  const file = await exportUserData(db, userId);
  if (!file) return fail(409, "Set up your profile first; there is nothing to export yet.");
  const names = exportFileNames(file.profile.displayName, now, file.profile.timeZone ?? DEFAULT_TIME_ZONE);
  return new Response(`${JSON.stringify(file, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": attachmentDisposition(names),
      "Cache-Control": "no-store",
    },
  });
}
