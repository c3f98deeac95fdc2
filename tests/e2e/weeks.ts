import { addIsoWeeks, currentIsoWeek, lastCompletedIsoWeek } from "../../lib/iso-week";
import { formatWeekLabel } from "../../lib/format";

/** The browser's time zone (playwright.config.ts), which onboarding stores as the leader's. */
export const E2E_TIME_ZONE = "Europe/Berlin";

export { addIsoWeeks, formatWeekLabel };

export function thisWeek(now = new Date()): string {
  return currentIsoWeek(now, E2E_TIME_ZONE);
}

/** The week a check-in opens by default: the one just ended. */
export function lastWeek(now = new Date()): string {
  return lastCompletedIsoWeek(now, E2E_TIME_ZONE);
}

/** `count` consecutive weeks ending last week, oldest first. */
export function pastWeeks(count: number, now = new Date()): string[] {
  const last = lastWeek(now);
  return Array.from({ length: count }, (_, i) => addIsoWeeks(last, i - count + 1));
}
