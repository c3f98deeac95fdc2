import type { Db } from "@/db/client";
import { exportUserData } from "@/db/queries/backup";
import { exportFileNames } from "@/lib/backup";
import { attachmentDisposition } from "@/lib/filename";
import { leaderTimeZone } from "@/lib/local-date";
import { NO_STORE, problem } from "@/app/_server/http";

export type ExportContext = { db: Db; userId: string | null; now: Date };

/** The signed-in leader's data as a downloaded JSON file (demo weeks left out). */
export async function handleExport({ db, userId, now }: ExportContext): Promise<Response> {
  if (!userId) return problem(401, "Sign in to export your data.");
  const file = await exportUserData(db, userId);
  if (!file) return problem(409, "Set up your profile first; there is nothing to export yet.");
  const names = exportFileNames(file.profile.displayName, now, leaderTimeZone(file.profile));
  return new Response(`${JSON.stringify(file, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": attachmentDisposition(names),
      ...NO_STORE,
    },
  });
}
