import { isoWeekFromOrdinal } from "../../iso-week";
import { SIGNALS_CONFIG, type SignalsConfig } from "../config";
import { ramp, smoothTaper } from "../math";
import type { Snapshot, Streak } from "../snapshot";
import {
  Evidence,
  formatPct,
  formatRating,
  lastWeeks,
  strongestPart,
  newVerdict,
  settle,
  weeksText,
  type EvidenceLine,
  type RuleContext,
  type Verdict,
} from "../verdict";

type Part = "noOneOnOne" | "noTraining" | "lowSupport";
const PARTS: readonly Part[] = ["noOneOnOne", "noTraining", "lowSupport"];

/** The training part's weight by week of leading: 1 early, easing to the floor by floorFromWeek. */
export function trainingWeight(leadingWeek: number, config: SignalsConfig = SIGNALS_CONFIG): number {
  const { fullThroughWeek, floorFromWeek, floorWeight } = config.notSetUp.trainingTaper;
  return smoothTaper(leadingWeek, fullThroughWeek, floorFromWeek, floorWeight);
}

export function scoreNotSetUp(s: Snapshot, { config }: RuleContext, v = newVerdict(PARTS)): Verdict<Part> {
  const c = config.notSetUp;
  v.raw.noOneOnOne = v.values.noOneOnOne = ramp(s.noOneOnOne.weeks, c.noOneOnOneStreakWeeks);
  v.raw.noTraining = ramp(s.noTraining.weeks, c.noTrainingStreakWeeks);
  v.values.noTraining = v.raw.noTraining * trainingWeight(s.leadingWeek, config);
  v.raw.lowSupport = v.values.lowSupport = ramp(s.supportRecent, c.support);
  const w = c.weights;
  return settle(v, w.noOneOnOne * v.values.noOneOnOne + w.noTraining * v.values.noTraining + w.lowSupport * v.values.lowSupport);
}

/** "for 9 weeks in a row" when every week answered, else the span and how many weeks said so. */
function streakText(streak: Streak): string {
  const span = `${isoWeekFromOrdinal(streak.fromOrdinal)} to ${isoWeekFromOrdinal(streak.toOrdinal)}`;
  return streak.answered === streak.weeks
    ? `for ${weeksText(streak.weeks)} in a row (${span})`
    : `for ${weeksText(streak.weeks)} (${span}; you answered no in ${streak.answered} of them and did not log or answer the others)`;
}

const gaps = (streak: Streak) => (streak.answered === streak.weeks ? "" : "-gaps");

export function explainNotSetUp(s: Snapshot, v: Verdict<Part>, { config }: RuleContext): EvidenceLine[] {
  const c = config.notSetUp;
  const evidence = new Evidence(v, c.weights, config.evidenceFromPart)
    .part("noOneOnOne", `not-set-up.no-one-on-one${gaps(s.noOneOnOne)}`, () => `No 1:1 with your own manager ${streakText(s.noOneOnOne)}.`)
    .part("noTraining", `not-set-up.no-training${s.hasHadTraining ? "" : "-ever"}${gaps(s.noTraining)}`, () =>
      s.hasHadTraining
        ? `No leadership training or coaching ${streakText(s.noTraining)}.`
        : `No leadership training or coaching yet: none ${streakText(s.noTraining)}.`,
    )
    .part(
      "lowSupport",
      "not-set-up.low-support",
      () => `You rated the support you get ${formatRating(s.supportRecent)} of 5 on average over ${lastWeeks(s.recentCount)}.`,
    );
  const weight = trainingWeight(s.leadingWeek, config);
  if (weight < 1 && v.raw.noTraining >= config.evidenceFromPart) {
    evidence.note(
      "not-set-up.training-taper",
      `You are in week ${Math.floor(s.leadingWeek)} of leading; missing training weighs most in the first ${c.trainingTaper.fullThroughWeek} weeks and now counts at ${formatPct(100 * weight)}. 1:1s and support keep their full weight.`,
    );
  }
  return evidence.lines();
}

export function reasonNotSetUp(s: Snapshot, v: Verdict<Part>, { config }: RuleContext): string | null {
  const part = strongestPart(v, config.notSetUp.weights, PARTS);
  if (part === null) return null;
  return {
    noOneOnOne: `you have had no 1:1 with your manager for ${weeksText(s.noOneOnOne.weeks)}`,
    noTraining: `you have had no leadership training or coaching for ${weeksText(s.noTraining.weeks)}`,
    lowSupport: `you rate the support you get ${formatRating(s.supportRecent)} of 5`,
  }[part];
}
