import { ACTIVITIES, type Activity } from "../enums";
import type { Hours } from "../checkin";
import { MAX_HOURS_PER_ACTIVITY } from "../limits";
import type { ImportedEvent } from "./import-week";
import type { WeekShape } from "./shape";

export function roundToQuarterHour(hours: number): number {
  return Math.min(MAX_HOURS_PER_ACTIVITY, Math.round(hours * 4) / 4);
}

export type CalendarPrefill = { hours: Hours; managerOneOnOne: boolean; shape?: WeekShape };

/** What "Fill the form" writes: each category's total to the nearest quarter hour, and whether a manager 1:1 was seen. */
export function calendarPrefill(
  events: readonly { category: Activity; minutes: number; isManagerOneOnOne: boolean }[],
): CalendarPrefill {
  const exact = hoursByCategory(events);
  const hours = Object.fromEntries(ACTIVITIES.map((a) => [a, roundToQuarterHour(exact[a])])) as Hours;
  return { hours, managerOneOnOne: events.some((e) => e.isManagerOneOnOne) };
}

/** Totals after the leader reassigned events: exact hours per category from the counted minutes. */
export function hoursByCategory(events: readonly Pick<ImportedEvent, "category" | "minutes">[]): Record<Activity, number> {
  const minutes = Object.fromEntries(ACTIVITIES.map((a) => [a, 0])) as Record<Activity, number>;
  for (const event of events) minutes[event.category] += event.minutes;
  return Object.fromEntries(ACTIVITIES.map((a) => [a, minutes[a] / 60])) as Record<Activity, number>;
}
