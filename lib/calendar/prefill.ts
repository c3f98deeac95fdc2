import { ACTIVITIES, type Activity } from "../enums";
import type { Hours } from "../checkin";
import { MAX_HOURS_PER_ACTIVITY } from "../validation/primitives";
import { hoursByCategory } from "./import-week";

export function roundToQuarterHour(hours: number): number {
  return Math.min(MAX_HOURS_PER_ACTIVITY, Math.round(hours * 4) / 4);
}

export type CalendarPrefill = { hours: Hours; managerOneOnOne: boolean };

/** What "Fill the form" writes: each category's total to the nearest quarter hour, and whether a manager 1:1 was seen. */
export function calendarPrefill(
  events: readonly { category: Activity; minutes: number; isManagerOneOnOne: boolean }[],
): CalendarPrefill {
  const exact = hoursByCategory(events);
  const hours = Object.fromEntries(ACTIVITIES.map((a) => [a, roundToQuarterHour(exact[a])])) as Hours;
  return { hours, managerOneOnOne: events.some((e) => e.isManagerOneOnOne) };
}
