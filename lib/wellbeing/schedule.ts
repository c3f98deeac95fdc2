import { addIsoWeeks, compareIsoWeeks } from "../iso-week";
import type { WellbeingCheck } from "../validation/wellbeing";
import { WELLBEING_INTERVAL_WEEKS } from "./instruments";

export type WellbeingDue = {
  isDue: boolean;
  /** The latest check up to `week`, or null before the first. */
  lastWeek: string | null;
  /** The week the next check is offered: `week` itself when due. */
  nextDueWeek: string;
};

/** A check is offered in a week when there is none yet or the latest is WELLBEING_INTERVAL_WEEKS or more weeks before it. */
export function wellbeingDue(checks: readonly Pick<WellbeingCheck, "week">[], week: string): WellbeingDue {
  let lastWeek: string | null = null;
  for (const c of checks) {
    if (compareIsoWeeks(c.week, week) <= 0 && (lastWeek === null || compareIsoWeeks(c.week, lastWeek) > 0)) lastWeek = c.week;
  }
  if (lastWeek === null) return { isDue: true, lastWeek, nextDueWeek: week };
  const next = addIsoWeeks(lastWeek, WELLBEING_INTERVAL_WEEKS);
  const isDue = compareIsoWeeks(next, week) <= 0;
  return { isDue, lastWeek, nextDueWeek: isDue ? week : next };
}
