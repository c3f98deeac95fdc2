import { formatWeekLabel } from "../format";
import { compareIsoWeeks } from "../iso-week";
import type { WellbeingCheck } from "../validation/wellbeing";
import { BURNOUT_CUTOFF, scoreWho5, WHO5_MEANINGFUL_CHANGE } from "./score";

/** One check as a chart point: null where that part was not answered. */
export type WellbeingPoint = { week: string; who5: number | null; burnout: number | null };

export type Who5Change = { fromWeek: string; toWeek: string; from: number; to: number; change: number; isMeaningful: boolean };

export type WellbeingTrend = {
  /** Oldest first. */
  points: WellbeingPoint[];
  who5Change: Who5Change | null;
  burnoutChange: { fromWeek: string; toWeek: string; from: number; to: number } | null;
  sentences: string[];
};

export function toWellbeingPoint(check: WellbeingCheck): WellbeingPoint {
  return { week: check.week, who5: check.who5 === null ? null : scoreWho5(check.who5).score, burnout: check.burnout };
}

function firstAndLast<T>(items: readonly T[]): [T, T] | null {
  return items.length >= 2 ? [items[0]!, items[items.length - 1]!] : null;
}

/** The checks from `from` to `to` (inclusive) as points, with the change from the first to the last. */
export function wellbeingTrend(checks: readonly WellbeingCheck[], { from, to }: { from?: string; to: string }): WellbeingTrend {
  const points = checks
    .filter((c) => compareIsoWeeks(c.week, to) <= 0 && (from === undefined || compareIsoWeeks(c.week, from) >= 0))
    .sort((a, b) => compareIsoWeeks(a.week, b.week))
    .map(toWellbeingPoint);
  const sentences: string[] = [];
  const who5 = firstAndLast(points.filter((p) => p.who5 !== null));
  let who5Change: Who5Change | null = null;
  if (who5) {
    const [a, b] = who5;
    const change = b.who5! - a.who5!;
    who5Change = { fromWeek: a.week, toWeek: b.week, from: a.who5!, to: b.who5!, change, isMeaningful: Math.abs(change) >= WHO5_MEANINGFUL_CHANGE };
    const span = `${formatWeekLabel(a.week)} and ${formatWeekLabel(b.week)}`;
    sentences.push(
      who5Change.isMeaningful
        ? `Your wellbeing score ${change > 0 ? "rose" : "fell"} from ${a.who5} to ${b.who5} between ${span}: a change of ${Math.abs(change)} points, more than the ${WHO5_MEANINGFUL_CHANGE} that counts as a real change.`
        : `Your wellbeing score stayed within the usual ups and downs between ${span} (${a.who5} to ${b.who5}; a real change is ${WHO5_MEANINGFUL_CHANGE} points or more).`,
    );
  } else if (points.some((p) => p.who5 !== null)) {
    const only = points.find((p) => p.who5 !== null)!;
    sentences.push(`One wellbeing score so far: ${only.who5} of 100 in ${formatWeekLabel(only.week)}.`);
  }
  const burnout = firstAndLast(points.filter((p) => p.burnout !== null));
  const burnoutChange = burnout ? { fromWeek: burnout[0].week, toWeek: burnout[1].week, from: burnout[0].burnout!, to: burnout[1].burnout! } : null;
  if (burnoutChange) {
    const atOrAbove = points.filter((p) => p.burnout !== null && p.burnout >= BURNOUT_CUTOFF).length;
    const answered = points.filter((p) => p.burnout !== null).length;
    sentences.push(
      burnoutChange.from === burnoutChange.to
        ? `Your burnout answer stayed at ${burnoutChange.to} of 5; ${atOrAbove} of ${answered} answers were ${BURNOUT_CUTOFF} or more.`
        : `Your burnout answer went from ${burnoutChange.from} to ${burnoutChange.to} of 5; ${atOrAbove} of ${answered} answers were ${BURNOUT_CUTOFF} or more.`,
    );
  }
  if (points.length === 0) sentences.push("No wellbeing check in this period.");
  return { points, who5Change, burnoutChange, sentences };
}
