import { ACTIVITIES, type Activity } from "./enums";
import type { Checkin } from "./validation/checkin";

export type Hours = Checkin["hours"];
export type Shares = Record<Activity, number>;

export function totalHours(hours: Hours): number {
  return hours.meetings + hours.execution + hours.mentoring + hours.other;
}

/** A week of zero hours in total means the leader was away. */
export function isAwayWeek(hours: Hours): boolean {
  return totalHours(hours) === 0;
}

/** Each activity's share of the week, 0–1; all zero for an away week. */
export function hourShares(hours: Hours): Shares {
  const total = totalHours(hours);
  const shares = {} as Shares;
  for (const activity of ACTIVITIES) shares[activity] = total === 0 ? 0 : hours[activity] / total;
  return shares;
}

export function hoursToMinutes(hours: number): number {
  return Math.round(hours * 60);
}

export function minutesToHours(minutes: number): number {
  return minutes / 60;
}

/** A saved check-in as the app reads it back; demo weeks stay marked until the leader edits them. */
export type CheckinRecord = Checkin & { isDemo: boolean };
