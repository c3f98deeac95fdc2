import { SIGNALS_CONFIG, type SignalsConfig } from "../config";
import { ramp } from "../math";
import type { Snapshot } from "../snapshot";
import { Evidence, formatPct, formatRating, lastWeeks, toVerdict, type RuleContext, type Verdict } from "../verdict";

type Part = "noOneOnOne" | "noTraining" | "lowSupport";

/** 1 through fullWeightThroughWeek of leading, then a smoothstep down to floorWeight at floorFromWeek, flat after. */
export function notSetUpWeight(leadingWeek: number, config: SignalsConfig = SIGNALS_CONFIG): number {
  const { fullWeightThroughWeek, floorFromWeek, floorWeight } = config.notSetUp;
  if (leadingWeek <= fullWeightThroughWeek) return 1;
  if (leadingWeek >= floorFromWeek) return floorWeight;
  const x = (leadingWeek - fullWeightThroughWeek) / (floorFromWeek - fullWeightThroughWeek);
  return 1 - (1 - floorWeight) * x * x * (3 - 2 * x);
}

export function scoreNotSetUp(s: Snapshot, { config }: RuleContext): Verdict<Part> {
  const c = config.notSetUp;
  const values = {
    noOneOnOne: ramp(s.noOneOnOneStreak, c.noOneOnOneStreakWeeks),
    noTraining: ramp(s.noTrainingStreak, c.noTrainingStreakWeeks),
    lowSupport: ramp(s.supportRecent, c.support),
  };
  return toVerdict(values, c.weights, notSetUpWeight(s.leadingWeek, config), s.dataWeight);
}

export function explainNotSetUp(s: Snapshot, v: Verdict<Part>, { config }: RuleContext): string[] {
  const c = config.notSetUp;
  const evidence = new Evidence(v, c.weights, config.evidenceFromPart)
    .part("noOneOnOne", () => `No 1:1 with your own manager for ${s.noOneOnOneStreak} answered weeks in a row.`)
    .part("noTraining", () =>
      s.hasHadTraining
        ? `No leadership training or coaching for ${s.noTrainingStreak} answered weeks in a row.`
        : `No leadership training or coaching in any of the ${s.noTrainingStreak} weeks you answered.`,
    )
    .part("lowSupport", () => `You rated the support you get ${formatRating(s.supportRecent)} of 5 on average over ${lastWeeks(s.recentCount)}.`);
  if (v.factor < 1) {
    evidence.note(
      `You are in week ${Math.floor(s.leadingWeek)} of leading; this sign weighs most in the first ${c.fullWeightThroughWeek} weeks and now counts at ${formatPct(100 * v.factor)}.`,
    );
  }
  return evidence.lines();
}
