import { SIGN_IDS, type SignId } from "../../enums";
import type { SignalsConfig } from "../config";
import { ramp } from "../math";
import { SIGN_META } from "../meta";
import type { Snapshot } from "../snapshot";
import {
  Evidence,
  formatHoursShort,
  formatPct,
  formatRate,
  formatRating,
  lastWeeks,
  strongestPart,
  newVerdict,
  settle,
  type EvidenceLine,
  type RuleContext,
  type Verdict,
} from "../verdict";

type Part = "lowJoy" | "satisfaction" | "mentoringBelowTarget" | "othersRaised" | "longHours";
const LEAD_PARTS = ["lowJoy", "satisfaction"] as const;
const PARTS: readonly Part[] = ["lowJoy", "satisfaction", "mentoringBelowTarget", "othersRaised", "longHours"];

export type OtherScores = Readonly<Record<Exclude<SignId, "doesnt-like-it">, number>>;

const OTHER_IDS = SIGN_IDS.filter((id): id is keyof OtherScores => id !== "doesnt-like-it");

function satisfactionMeasures(s: Snapshot, c: SignalsConfig["doesntLikeIt"]) {
  return {
    drop: ramp(s.satisfactionUsual - s.satisfactionSustained, c.satisfactionDrop),
    falling: ramp(-s.satisfactionSlope, c.satisfactionFallingPerWeek),
    low: ramp(s.satisfactionRecent, c.satisfactionLow),
  };
}

/**
 * Joy and satisfaction lead this sign; mentoring below target, other raised signs and long weeks
 * only add weight up to the stronger of those two, so they can never raise it on their own.
 */
export function scoreDoesntLikeIt(s: Snapshot, others: OtherScores, { profile, config }: RuleContext, v = newVerdict(PARTS)): Verdict<Part> {
  const c = config.doesntLikeIt;
  const target = profile.targets.mentoringMinPct;
  const raised =
    ramp(others["missed-executing"], c.otherSignScore) +
    ramp(others["skills-slipping"], c.otherSignScore) +
    ramp(others["meetings-politics"], c.otherSignScore) +
    ramp(others["not-set-up"], c.otherSignScore);
  const { raw, values } = v;
  raw.lowJoy = values.lowJoy = ramp(s.joyRecent, c.joy);
  raw.satisfaction = values.satisfaction = Math.max(
    ramp(s.satisfactionUsual - s.satisfactionSustained, c.satisfactionDrop),
    ramp(-s.satisfactionSlope, c.satisfactionFallingPerWeek),
    ramp(s.satisfactionRecent, c.satisfactionLow),
  );
  raw.mentoringBelowTarget = target > 0 ? ramp((target - s.mentoringRecentPct) / target, c.mentoringShortfall) : 0;
  raw.othersRaised = ramp(raised, c.othersRaisedSum);
  raw.longHours = ramp(s.hoursRecent, config.workload.feedHours);
  const cap = Math.max(raw.lowJoy, raw.satisfaction);
  values.mentoringBelowTarget = Math.min(raw.mentoringBelowTarget, cap);
  values.othersRaised = Math.min(raw.othersRaised, cap);
  values.longHours = Math.min(raw.longHours, cap);
  const w = c.weights;
  return settle(
    v,
    w.lowJoy * values.lowJoy + w.satisfaction * values.satisfaction + w.mentoringBelowTarget * values.mentoringBelowTarget + w.othersRaised * values.othersRaised + w.longHours * values.longHours,
  );
}

export function explainDoesntLikeIt(
  s: Snapshot,
  v: Verdict<Part>,
  others: OtherScores,
  { profile, config }: RuleContext,
): EvidenceLine[] {
  const c = config.doesntLikeIt;
  const satisfaction = satisfactionMeasures(s, c);
  const recent = lastWeeks(s.recentCount);
  const level = formatRating(s.satisfactionRecent);
  const evidence = new Evidence(v, c.weights, config.evidenceFromPart)
    .part(
      "lowJoy",
      "doesnt-like-it.low-joy",
      () => `You rated the joy of helping your team grow ${formatRating(s.joyRecent)} of 5 on average over ${recent}.`,
    )
    .part(
      "satisfaction",
      "doesnt-like-it.satisfaction-drop",
      () =>
        `Your satisfaction fell from ${formatRating(s.satisfactionUsual)} of 5 (your usual before that) to ${formatRating(s.satisfactionSustained)} on average over ${lastWeeks(s.trendCount)}.`,
      satisfaction.drop,
    )
    .part(
      "satisfaction",
      "doesnt-like-it.satisfaction-falling",
      () => `Your satisfaction is going down by about ${formatRate(-s.satisfactionSlope)} points a week over ${lastWeeks(s.trendCount)}.`,
      satisfaction.falling,
    );
  if (satisfaction.drop < config.evidenceFromPart) {
    evidence.part(
      "satisfaction",
      "doesnt-like-it.satisfaction-low",
      () => `You rated your satisfaction ${level} of 5 on average over ${recent}.`,
      satisfaction.low,
    );
  }
  evidence
    .part(
      "mentoringBelowTarget",
      "doesnt-like-it.mentoring-below-target",
      () =>
        `Mentoring took ${formatPct(s.mentoringRecentPct)} of your week over ${recent}, under your own minimum of ${profile.targets.mentoringMinPct} %.`,
      v.values.mentoringBelowTarget,
    )
    .part(
      "othersRaised",
      "doesnt-like-it.others-raised",
      () => {
        const raised = OTHER_IDS.filter((id) => others[id] > c.otherSignScore[0]).map((id) => `${SIGN_META[id].name} (${others[id]})`);
        return `Several other signs are up at the same time: ${raised.join(", ")}.`;
      },
      v.values.othersRaised,
    )
    .part(
      "longHours",
      "doesnt-like-it.long-hours",
      () => `Your weeks averaged ${formatHoursShort(s.hoursRecent)} over ${recent}.`,
      v.values.longHours,
    );
  return evidence.lines();
}

export function reasonDoesntLikeIt(s: Snapshot, v: Verdict<Part>, { config }: RuleContext): string | null {
  const c = config.doesntLikeIt;
  const part = strongestPart(v, c.weights, LEAD_PARTS);
  if (part === null) return null;
  if (part === "lowJoy") return `you rate the joy of helping your team grow ${formatRating(s.joyRecent)} of 5`;
  const m = satisfactionMeasures(s, c);
  if (m.drop >= m.falling && m.drop >= m.low) {
    return `your satisfaction fell from ${formatRating(s.satisfactionUsual)} to ${formatRating(s.satisfactionSustained)} of 5`;
  }
  if (m.falling >= m.low) return `your satisfaction is going down by about ${formatRate(-s.satisfactionSlope)} points a week`;
  return `you rate your satisfaction ${formatRating(s.satisfactionRecent)} of 5`;
}
