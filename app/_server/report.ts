import "server-only";
import type { Db } from "@/db/client";
import { listCheckins } from "@/db/queries/checkins";
import { getProfile, type ProfileRecord } from "@/db/queries/profiles";
import { lastShownWeek } from "@/lib/iso-week";
import { leaderTimeZone } from "@/lib/local-date";
import { listExperiments, listReviews } from "@/db/queries/reflection";
import { buildReportView, chosenInclusions, presetRange, type ReportPresetId, type ReportRange, type ReportView, type SignalsConfig, type TalkingPointChoice } from "@/lib/report";

export type ReportLoad = {
  /** A checked range, or a preset that ends at the week the dashboard shows last. */
  range: ReportRange | ReportPresetId;
  includeNotes: boolean;
  now: Date;
  config?: SignalsConfig;
  /** The leader's chosen talking points (their saved choice, or a share link's copy); null: the suggestions. */
  talkingPoints?: TalkingPointChoice | null;
  /** The leader's profile when the caller already read it (the report page, from requireLeader); read here otherwise. */
  profile?: ProfileRecord;
};

/** A leader's report from live data, the same for the page, the downloads and the share page; null without a profile. */
export async function loadReport(db: Db, userId: string, { range, includeNotes, now, config, talkingPoints = null, profile: known }: ReportLoad): Promise<ReportView | null> {
  const [profile, checkins] = await Promise.all([
    known ?? getProfile(db, userId),
    listCheckins(db, typeof range === "string" ? { userId } : { userId, to: range.to }),
  ]);
  if (!profile) return null;
  // The private experiments and reviews are read only when the leader's choice includes them.
  const include = chosenInclusions(talkingPoints);
  const reflection =
    include.size > 0
      ? { experiments: include.has("experiments") || include.has("review") ? await listExperiments(db, userId) : [], reviews: include.has("review") ? await listReviews(db, userId) : [] }
      : undefined;
  const resolved =
    typeof range === "string"
      ? presetRange(range, {
          lastWeek: lastShownWeek(checkins.map((c) => c.week), now, leaderTimeZone(profile)),
          leadingSince: profile.leadingSince,
        })
      : range;
  return buildReportView({ profile, checkins, reflection }, { ...resolved, includeNotes, now, config, talkingPoints });
}
