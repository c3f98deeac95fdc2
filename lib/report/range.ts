import { addIsoWeeks, compareIsoWeeks, isValidIsoWeek, isoWeekEndDate, isoWeekOfDate, isoWeekStartDate, isoWeeksBetween } from "../iso-week";

export const REPORT_PRESETS = [
  { id: "last-4", label: "Last 4 weeks", weeks: 4 },
  { id: "last-quarter", label: "Last quarter (13 weeks)", weeks: 13 },
  { id: "since-leading", label: "Since I started leading", weeks: null },
] as const;

export type ReportPresetId = (typeof REPORT_PRESETS)[number]["id"];
export type ReportRange = { from: string; to: string };

/** Ten years: enough for any leader, small enough that one report stays cheap. */
export const MAX_REPORT_WEEKS = 522;

/** The range a preset covers, ending at `lastWeek`; "since I started leading" starts at the ISO week of `leadingSince`. */
export function presetRange(preset: ReportPresetId, { lastWeek, leadingSince }: { lastWeek: string; leadingSince: string }): ReportRange {
  const spec = REPORT_PRESETS.find((p) => p.id === preset)!;
  let from = spec.weeks === null ? isoWeekOfDate(leadingSince) : addIsoWeeks(lastWeek, -(spec.weeks - 1));
  if (compareIsoWeeks(from, lastWeek) > 0) from = lastWeek;
  if (compareIsoWeeks(lastWeek, from) + 1 > MAX_REPORT_WEEKS) from = addIsoWeeks(lastWeek, -(MAX_REPORT_WEEKS - 1));
  return { from, to: lastWeek };
}

export type RangeCheck = { ok: true; range: ReportRange } | { ok: false; path: "from" | "to"; message: string };

/** Checks a range typed by a person: both ends real ISO weeks, in order, and not longer than MAX_REPORT_WEEKS. */
export function checkRange(from: string, to: string): RangeCheck {
  if (!isValidIsoWeek(from)) return { ok: false, path: "from", message: `"${from}" is not an ISO week such as 2026-W34` };
  if (!isValidIsoWeek(to)) return { ok: false, path: "to", message: `"${to}" is not an ISO week such as 2026-W47` };
  if (compareIsoWeeks(from, to) > 0) return { ok: false, path: "to", message: `The range is reversed: ${to} comes before ${from}` };
  if (rangeLength({ from, to }) > MAX_REPORT_WEEKS) {
    return { ok: false, path: "from", message: `A report covers at most ${MAX_REPORT_WEEKS} weeks (ten years)` };
  }
  return { ok: true, range: { from, to } };
}

export function rangeLength({ from, to }: ReportRange): number {
  return compareIsoWeeks(to, from) + 1;
}

export function rangeWeeks({ from, to }: ReportRange): string[] {
  return isoWeeksBetween(from, to);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function dayMonth(isoDate: string): { day: number; month: string; year: number } {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  return { day, month: MONTHS[month - 1]!, year };
}

/** "2026-W40 – 2026-W47, 28 Sep – 22 Nov 2026"; both years are shown when the dates span two. */
export function formatPeriod({ from, to }: ReportRange): string {
  const start = dayMonth(isoWeekStartDate(from));
  const end = dayMonth(isoWeekEndDate(to));
  const startText = start.year === end.year ? `${start.day} ${start.month}` : `${start.day} ${start.month} ${start.year}`;
  const weeks = from === to ? from : `${from} – ${to}`;
  return `${weeks}, ${startText} – ${end.day} ${end.month} ${end.year}`;
}
