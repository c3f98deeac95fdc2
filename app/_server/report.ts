import "server-only";
import type { Db } from "@/db/client";
import { listCheckins } from "@/db/queries/checkins";
import { getProfile } from "@/db/queries/profiles";
import { buildReport, type ReportData, type ReportRange } from "@/lib/report";

/** A leader's report for a range, from live data; null when the leader has no profile yet. */
export async function loadReport(
  db: Db,
  userId: string,
  { range, includeNotes, now }: { range: ReportRange; includeNotes: boolean; now: Date },
): Promise<ReportData | null> {
  const [profile, checkins] = await Promise.all([getProfile(db, userId), listCheckins(db, { userId, to: range.to })]);
  if (!profile) return null;
  return buildReport({ profile, checkins }, { ...range, includeNotes, now });
}
