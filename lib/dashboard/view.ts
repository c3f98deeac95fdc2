import { SIGN_IDS, type SignId } from "../enums";
import { compareIsoWeeks, lastShownWeek } from "../iso-week";
import { evaluate, type Evaluation } from "../signals";
import { isAwayWeek, type CheckinRecord } from "../checkin";
import { splitSummaryText, summarizeSplit } from "../time-split";
import type { Profile } from "../validation/profile";
import { dashboardWeeks, meanOf, summarizeSeries, toWeeklySeries, type DashboardRangeId, type SeriesSummary, type WeekPoint } from "./series";
import { SIGN_TITLES, toSignCards, type SignCardData } from "./signs";

export type DashboardView = {
  evaluation: Evaluation;
  range: DashboardRangeId;
  lastWeek: string;
  points: WeekPoint[];
  summary: SeriesSummary;
  cards: SignCardData[];
  loggedWeeks: number;
  text: { split: string; energy: string; ratings: string; scores: string };
};

const fmt = (v: number | null, digits = 1) => (v === null ? "no data" : v.toFixed(digits));

function averagesSummary(points: WeekPoint[], keys: ReadonlyArray<[keyof WeekPoint, string]>, scale: string): string {
  const logged = points.filter((p) => p.status === "logged");
  const parts = keys.map(([key, label]) => {
    const values = logged.map((p) => p[key] as number | null);
    const half = Math.floor(values.length / 2);
    const first = meanOf(values.slice(0, half));
    const second = meanOf(values.slice(half));
    if (first === null || second === null) return `${label} ${fmt(meanOf(values))}`;
    return `${label} ${first.toFixed(1)} → ${second.toFixed(1)}`;
  });
  return `Average ${scale}, first half of the range → second half: ${parts.join("; ")}.`;
}

function scoresSummary(evaluation: Evaluation): string {
  const raised = evaluation.signs.filter((s) => s.level !== "ok");
  if (raised.length === 0) return "All five signs are at OK.";
  return `Raised: ${raised.map((s) => `${SIGN_TITLES[s.id].title} (${s.level}, ${s.score})`).join("; ")}. Watch starts at 40, alert at 70.`;
}

/** Everything the dashboard shows, computed from the leader's profile and check-ins. */
export function buildDashboardView({
  profile,
  checkins,
  now,
  timeZone,
  range,
}: {
  profile: Profile;
  checkins: readonly CheckinRecord[];
  now: Date;
  timeZone: string;
  range: DashboardRangeId;
}): DashboardView {
  const evaluation = evaluate({
    format: "pendulum",
    version: 1,
    profile,
    settings: {},
    checkins: [...checkins],
  });
  const lastWeek = lastShownWeek(checkins.map((c) => c.week), now, timeZone);
  const firstLogged = checkins.reduce<string | null>(
    (first, c) => (first === null || compareIsoWeeks(c.week, first) < 0 ? c.week : first),
    null,
  );
  const weeks = dashboardWeeks(range, lastWeek, firstLogged);
  const points = toWeeklySeries(checkins, weeks, evaluation.history);
  return {
    evaluation,
    range,
    lastWeek,
    points,
    summary: summarizeSeries(points),
    cards: toSignCards(evaluation.signs, points),
    loggedWeeks: checkins.filter((c) => !isAwayWeek(c.hours)).length,
    text: {
      split: splitSummaryText(summarizeSplit(points, profile.targets), profile.targets),
      energy: averagesSummary(
        points,
        [
          ["energyMeetings", "meetings"],
          ["energyExecution", "hands-on execution"],
          ["energyMentoring", "mentoring"],
        ],
        "energy (1 drained me … 5 energized me)",
      ),
      ratings: averagesSummary(
        points,
        [
          ["skillConfidence", "skill confidence"],
          ["politics", "politics"],
          ["support", "support"],
          ["teamGrowthJoy", "joy from team growth"],
          ["satisfaction", "satisfaction"],
        ],
        "ratings (1–5)",
      ),
      scores: scoresSummary(evaluation),
    },
  };
}

export function scoreRows(points: readonly WeekPoint[]): Array<Record<string, string | number | null>> {
  return points.map((p) => {
    const row: Record<string, string | number | null> = { label: p.label, week: p.week };
    for (const id of SIGN_IDS) row[id] = p.scores[id as SignId];
    return row;
  });
}
