import ICAL from "ical.js";
import { countRecurrenceSteps, type WorkBudget } from "./budget";
import type { CalendarLimits } from "./limits";
import { floatingTime, wallOf, type ToInstant, type WallMs } from "./zones";

/** From this wall time on (inclusive), `offsetMs` applies. */
const DAY_MS = 86_400_000;

type Transition = { fromWall: WallMs; offsetMs: number };

export type VtimezoneResult = { ok: true; toInstant: ToInstant } | { ok: false; reason: "no-rules" | "not-yearly" | "too-many-changes" };

const offsetMsOf = (component: ICAL.Component, name: string): number | null => {
  const value = component.getFirstPropertyValue(name);
  return value instanceof ICAL.UtcOffset ? value.toSeconds() * 1000 : null;
};

/**
 * A VTIMEZONE's wall-to-instant conversion, expanded by us instead of ical.js's Timezone, whose
 * expansion has no bound (an observance repeating every second runs for minutes and exhausts the
 * memory): onsets only up to `horizonWall`, at most `maxTransitionsPerTimezone` of them, and only
 * yearly rules (no real zone changes offset more often). Times in a gap or overlap resolve like
 * ical.js: the new offset applies from the onset's earlier wall reading.
 */
export function vtimezoneInstant(component: ICAL.Component, horizonWall: WallMs, limits: CalendarLimits, budget: WorkBudget): VtimezoneResult {
  const transitions: Transition[] = [];
  // Before the first onset, the offset that onset changes from.
  let first: { instant: number; fromMs: number } | null = null;
  const push = (onsetWall: WallMs, fromMs: number, toMs: number) => {
    if (transitions.length >= limits.maxTransitionsPerTimezone) return false;
    budget.step();
    // The onset is written in the offset before it.
    transitions.push({ fromWall: onsetWall - fromMs + Math.min(fromMs, toMs), offsetMs: toMs });
    return true;
  };

  for (const observance of component.getAllSubcomponents()) {
    if (observance.name !== "standard" && observance.name !== "daylight") continue;
    const start = observance.getFirstPropertyValue("dtstart");
    const fromMs = offsetMsOf(observance, "tzoffsetfrom");
    const toMs = offsetMsOf(observance, "tzoffsetto");
    if (!(start instanceof ICAL.Time) || fromMs === null || toMs === null) continue;
    const startWall = wallOf(start);
    if (!first || startWall - fromMs < first.instant) first = { instant: startWall - fromMs, fromMs };
    if (startWall <= horizonWall && !push(startWall, fromMs, toMs)) return { ok: false, reason: "too-many-changes" };

    for (const rdate of observance.getAllProperties("rdate")) {
      for (const value of rdate.getValues()) {
        const time = value instanceof ICAL.Period ? value.start : value;
        if (!(time instanceof ICAL.Time)) continue;
        let wall = wallOf(time) + (time.isDate ? ((startWall % DAY_MS) + DAY_MS) % DAY_MS : 0);
        if (!time.isDate && time.zone === ICAL.Timezone.utcTimezone) wall += fromMs;
        if (wall > horizonWall || wall === startWall) continue;
        if (!push(wall, fromMs, toMs)) return { ok: false, reason: "too-many-changes" };
      }
    }

    const rule = observance.getFirstPropertyValue("rrule");
    if (!(rule instanceof ICAL.Recur)) continue;
    if (rule.freq !== "YEARLY") return { ok: false, reason: "not-yearly" };
    const floating = rule.clone();
    const untilWall = rule.until ? wallOf(rule.until) + (rule.until.zone === ICAL.Timezone.utcTimezone ? fromMs : 0) : Infinity;
    floating.until = floatingTime(Math.min(untilWall, horizonWall));
    const isTooMany = countRecurrenceSteps(budget, () => {
      const iterator = floating.iterator(floatingTime(startWall));
      for (let next = iterator.next(); next; next = iterator.next()) {
        const wall = wallOf(next);
        if (wall > horizonWall) return false;
        if (wall !== startWall && !push(wall, fromMs, toMs)) return true;
      }
      return false;
    });
    if (isTooMany) return { ok: false, reason: "too-many-changes" };
  }

  if (!first) return { ok: false, reason: "no-rules" };
  transitions.sort((a, b) => a.fromWall - b.fromWall);
  const beforeFirstMs = first.fromMs;
  return {
    ok: true,
    toInstant: (wall) => {
      let lo = 0;
      let hi = transitions.length - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (transitions[mid]!.fromWall <= wall) {
          found = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return wall - (found === -1 ? beforeFirstMs : transitions[found]!.offsetMs);
    },
  };
}
