import { hourShares, isAwayWeek, totalHours, type CheckinRecord } from "../checkin";
import { SIGN_IDS, type SignId } from "../enums";
import { formatWeekRange } from "../format";
import { addIsoWeeks, compareIsoWeeks, isoWeeksBetween } from "../iso-week";
import { NO_RATINGS, pickRatings } from "../ratings";
import { weekAxisLabel, type WeekPoint } from "./packed-weeks";

export const DASHBOARD_RANGES = [
  { id: "12w", label: "12 weeks", weeks: 12 },
  { id: "6m", label: "6 months", weeks: 26 },
  { id: "1y", label: "1 year", weeks: 52 },
  { id: "all", label: "All", weeks: null },
] as const;

export type DashboardRangeId = (typeof DASHBOARD_RANGES)[number]["id"];

export function parseDashboardRange(value: unknown): DashboardRangeId {
  return DASHBOARD_RANGES.find((r) => r.id === value)?.id ?? "12w";
}

export type { WeekPoint } from "./packed-weeks";

/** The engine's history; a sign whose level is null that week had too little data, so its score is a gap. */
export type ScoreHistory = ReadonlyArray<{ week: string; scores: Record<SignId, number>; levels?: Record<SignId, unknown> }>;

const round1 = (v: number) => Math.round(v * 10) / 10;

function emptyScores(): Record<SignId, number | null> {
  return Object.fromEntries(SIGN_IDS.map((id) => [id, null])) as Record<SignId, number | null>;
}

function judgedScores(entry: ScoreHistory[number]): Record<SignId, number | null> {
  const scores = { ...entry.scores } as Record<SignId, number | null>;
  if (entry.levels) for (const id of SIGN_IDS) if (entry.levels[id] === null) scores[id] = null;
  return scores;
}

/** The weeks a range covers, ending at `lastWeek`; "all" starts at the first logged week. */
export function dashboardWeeks(range: DashboardRangeId, lastWeek: string, firstLoggedWeek: string | null): string[] {
  const spec = DASHBOARD_RANGES.find((r) => r.id === range)!;
  const from =
    spec.weeks === null
      ? (firstLoggedWeek ?? lastWeek)
      : addIsoWeeks(lastWeek, -(spec.weeks - 1));
  if (compareIsoWeeks(from, lastWeek) > 0) return [lastWeek];
  return isoWeeksBetween(from, lastWeek);
}

/** One point per week of `weeks`; missing and away weeks carry nulls so charts draw gaps, not zeros. */
export function toWeeklySeries(
  checkins: readonly CheckinRecord[],
  weeks: readonly string[],
  history: ScoreHistory = [],
): WeekPoint[] {
  const byWeek = new Map(checkins.map((c) => [c.week, c]));
  const scoresByWeek = new Map(history.map((h) => [h.week, judgedScores(h)]));
  return weeks.map((week) => {
    const checkin = byWeek.get(week);
    const label = weekAxisLabel(week);
    const range = formatWeekRange(week);
    const scores = scoresByWeek.get(week) ?? emptyScores();
    if (!checkin || isAwayWeek(checkin.hours)) {
      return {
        week,
        label,
        range,
        status: checkin ? "away" : "missing",
        totalHours: checkin ? 0 : null,
        meetingsPct: null,
        executionPct: null,
        mentoringPct: null,
        otherPct: null,
        lowValuePct: null,
        energyMeetings: null,
        energyExecution: null,
        energyMentoring: null,
        ...NO_RATINGS,
        scores: checkin ? scores : emptyScores(),
      };
    }
    const shares = hourShares(checkin.hours);
    return {
      week,
      label,
      range,
      status: "logged",
      totalHours: totalHours(checkin.hours),
      meetingsPct: round1(shares.meetings * 100),
      executionPct: round1(shares.execution * 100),
      mentoringPct: round1(shares.mentoring * 100),
      otherPct: round1(shares.other * 100),
      lowValuePct:
        checkin.lowValueMeetingHours === null || checkin.hours.meetings === 0
          ? null
          : round1((checkin.lowValueMeetingHours / checkin.hours.meetings) * 100),
      energyMeetings: checkin.energy.meetings,
      energyExecution: checkin.energy.execution,
      energyMentoring: checkin.energy.mentoring,
      ...pickRatings(checkin),
      scores,
    };
  });
}

export type SeriesSummary = { logged: number; away: number; missing: number };

export function summarizeSeries(points: readonly WeekPoint[]): SeriesSummary {
  const summary = { logged: 0, away: 0, missing: 0 };
  for (const p of points) summary[p.status === "logged" ? "logged" : p.status]++;
  return summary;
}

/** Mean of the non-null values, or null when there are none. */
export function meanOf(values: readonly (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return null;
  return present.reduce((a, b) => a + b, 0) / present.length;
}

export type HalfTrend = { first: number | null; second: number | null; mean: number | null };

/**
 * The mean of the first half of the values against the second half (the middle one goes to the
 * second half), skipping nulls; first and second are null with fewer than two values.
 */
export function halfTrend(values: readonly (number | null)[]): HalfTrend {
  const half = Math.floor(values.length / 2);
  return {
    first: half === 0 ? null : meanOf(values.slice(0, half)),
    second: half === 0 ? null : meanOf(values.slice(half)),
    mean: meanOf(values),
  };
}
