import { SIGN_IDS, type SignId } from "../enums";
import { formatWeekRange } from "../format";
import { parseIsoWeek } from "../iso-week";
import { RATINGS } from "../ratings";
import type { WeekStatus } from "./status-bands";

/** The numbers of a week point, each a column of PackedWeeks. */
export const WEEK_VALUE_KEYS = [
  "totalHours",
  "meetingsPct",
  "executionPct",
  "mentoringPct",
  "otherPct",
  "lowValuePct",
  "energyMeetings",
  "energyExecution",
  "energyMentoring",
  ...RATINGS,
] as const;
export type WeekValueKey = (typeof WEEK_VALUE_KEYS)[number];

/** One dashboard week as the charts and tables read it (see toWeeklySeries in ./series). */
export type WeekPoint = {
  week: string;
  label: string;
  /** "Mon 16 Nov – Sun 22 Nov 2026", for tooltips. */
  range: string;
  status: WeekStatus;
  scores: Record<SignId, number | null>;
} & Record<WeekValueKey, number | null>;

/**
 * The dashboard's weeks column by column, for the browser: its four charts and four tables read
 * the same weeks, and as one object per week (keys, a label and a date range each) they were most
 * of the all-time dashboard's page. The label and range are derived again in the browser.
 */
export type PackedWeeks = {
  weeks: string[];
  /** One letter per week: l(ogged), a(way), m(issing). */
  status: string;
  values: Record<WeekValueKey, Array<number | null>>;
  scores: Record<SignId, Array<number | null>>;
};

const STATUS_LETTER: Record<WeekStatus, string> = { logged: "l", away: "a", missing: "m" };
const LETTER_STATUS: Record<string, WeekStatus> = { l: "logged", a: "away", m: "missing" };

/** "2026-W05" → "W05": the charts' axis label. */
export function weekAxisLabel(week: string): string {
  const parts = parseIsoWeek(week);
  return parts ? `W${String(parts.week).padStart(2, "0")}` : week;
}

export function packWeeks(points: readonly WeekPoint[]): PackedWeeks {
  return {
    weeks: points.map((p) => p.week),
    status: points.map((p) => STATUS_LETTER[p.status]).join(""),
    values: Object.fromEntries(WEEK_VALUE_KEYS.map((key) => [key, points.map((p) => p[key])])) as PackedWeeks["values"],
    scores: Object.fromEntries(SIGN_IDS.map((id) => [id, points.map((p) => p.scores[id])])) as PackedWeeks["scores"],
  };
}

export function unpackWeeks(packed: PackedWeeks): WeekPoint[] {
  return packed.weeks.map((week, i) => {
    const point = {
      week,
      label: weekAxisLabel(week),
      range: formatWeekRange(week),
      status: LETTER_STATUS[packed.status[i]!] ?? "missing",
      scores: Object.fromEntries(SIGN_IDS.map((id) => [id, packed.scores[id][i] ?? null])),
    } as WeekPoint;
    for (const key of WEEK_VALUE_KEYS) point[key] = packed.values[key][i] ?? null;
    return point;
  });
}

/** The score chart's rows: one per shown week, a sign's score null where it was not judged. */
export function scoreRows(
  points: readonly WeekPoint[],
): Array<Pick<WeekPoint, "week" | "label" | "range" | "status"> & Record<SignId, number | null>> {
  return points.map((p) => ({ week: p.week, label: p.label, range: p.range, status: p.status, ...p.scores }));
}
