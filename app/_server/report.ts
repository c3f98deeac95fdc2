import "server-only";
import type { Db } from "@/db/client";
import { listCheckins } from "@/db/queries/checkins";
import { getProfile } from "@/db/queries/profiles";
import { lastShownWeek } from "@/lib/iso-week";
import { leaderTimeZone } from "@/lib/local-date";
import { buildReportView, presetRange, type ReportPresetId, type ReportRange, type ReportView, type SignalsConfig } from "@/lib/report";

export type ReportLoad = {
  /** A checked range, or a preset that ends at the week the dashboard shows last. */
  range: ReportRange | ReportPresetId;
  includeNotes: boolean;
  now: Date;
  config?: SignalsConfig;
};

/** A leader's report from live data, the same for the page, the downloads and the share page; null without a profile. */
export async function loadReport(db: Db, userId: string, { range, includeNotes, now, config }: ReportLoad): Promise<ReportView | null> {
  const [profile, checkins] = await Promise.all([
    getProfile(db, userId),
    listCheckins(db, typeof range === "string" ? { userId } : { userId, to: range.to }),
  ]);
  if (!profile) return null;
  const resolved =
    typeof range === "string"
      ? presetRange(range, {
          lastWeek: lastShownWeek(checkins.map((c) => c.week), now, leaderTimeZone(profile)),
          leadingSince: profile.leadingSince,
        })
      : range;
  return buildReportView({ profile, checkins }, { ...resolved, includeNotes, now, config });
}
