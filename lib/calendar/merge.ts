import { ACTIVITIES, type Activity } from "../enums";
import type { Hours } from "../checkin";
import { parseHoursInput } from "../checkin-form";
import { roundToQuarterHour } from "./prefill";

/**
 * "keep": the calendar's meetings and mentoring, the form's own hands-on and other hours (the
 * calendar's where the form has none yet) — hands-on work is rarely in a calendar. "replace": the
 * calendar's four totals.
 */
export type MergeMode = "keep" | "replace";

const FROM_CALENDAR_WHEN_KEEPING: readonly Activity[] = ["meetings", "mentoring"];

/** Below this many calendar hours the review warns that the calendar shows only part of a working week. */
export const THIN_CALENDAR_HOURS = 20;
export const WORKING_WEEK_HOURS = 40;

/** The form's hours as numbers; an empty or unreadable field is null. */
export function formHours(values: Readonly<Record<`hours.${Activity}`, string>>): Record<Activity, number | null> {
  return Object.fromEntries(ACTIVITIES.map((a) => [a, parseHoursInput(values[`hours.${a}`])])) as Record<Activity, number | null>;
}

export function hasFormHours(form: Record<Activity, number | null>): boolean {
  return ACTIVITIES.some((a) => (form[a] ?? 0) > 0);
}

/** "keep" when the form already has hours (nothing the leader typed is erased), else "replace". */
export function defaultMergeMode(form: Record<Activity, number | null>): MergeMode {
  return hasFormHours(form) ? "keep" : "replace";
}

/** The hours the form gets; calendar hours are rounded to the nearest quarter hour. */
export function mergeHours(form: Record<Activity, number | null>, calendar: Record<Activity, number>, mode: MergeMode): Hours {
  return Object.fromEntries(
    ACTIVITIES.map((a) => {
      const fromCalendar = roundToQuarterHour(calendar[a]);
      if (mode === "replace" || FROM_CALENDAR_WHEN_KEEPING.includes(a)) return [a, fromCalendar];
      return [a, form[a] ?? fromCalendar];
    }),
  ) as Hours;
}

/** A warning when the calendar shows far less than a working week, else null. */
export function thinCalendarWarning(calendar: Record<Activity, number>): string | null {
  const total = ACTIVITIES.reduce((sum, a) => sum + calendar[a], 0);
  if (total >= THIN_CALENDAR_HOURS) return null;
  const shown = Math.round(total * 4) / 4;
  return `Your calendar shows only ${shown} h this week, far less than a ${WORKING_WEEK_HOURS}-hour working week: work that was never in the calendar (often hands-on work) is missing from it.`;
}
