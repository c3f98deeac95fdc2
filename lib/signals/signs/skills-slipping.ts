import type { SignalsConfig } from "../config";
import { ramp } from "../math";
import type { Snapshot } from "../snapshot";
import {
  Evidence,
  formatRate,
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

type Part = "lowHandsOnStreak" | "confidence" | "falling";
const PARTS: readonly Part[] = ["confidence", "falling", "lowHandsOnStreak"];

function confidenceMeasures(s: Snapshot, c: SignalsConfig["skillsSlipping"]) {
  return {
    drop: ramp(s.skillUsual - s.skillSustained, c.confidenceDrop),
    low: ramp(s.skillSustained, c.confidenceLow),
  };
}

export function scoreSkillsSlipping(s: Snapshot, { config }: RuleContext, v = newVerdict(PARTS)): Verdict<Part> {
  const c = config.skillsSlipping;
  v.raw.lowHandsOnStreak = v.values.lowHandsOnStreak = ramp(s.lowHandsOn.weeks, c.lowHandsOnStreakWeeks);
  v.raw.confidence = v.values.confidence = Math.max(
    ramp(s.skillUsual - s.skillSustained, c.confidenceDrop),
    ramp(s.skillSustained, c.confidenceLow),
  );
  v.raw.falling = v.values.falling = ramp(-s.skillSlope, c.confidenceFallingPerWeek);
  const w = c.weights;
  return settle(v, w.lowHandsOnStreak * v.values.lowHandsOnStreak + w.confidence * v.values.confidence + w.falling * v.values.falling);
}

export function explainSkillsSlipping(s: Snapshot, v: Verdict<Part>, { config }: RuleContext): EvidenceLine[] {
  const c = config.skillsSlipping;
  const confidence = confidenceMeasures(s, c);
  const sustained = formatRating(s.skillSustained);
  const streak = s.lowHandsOn;
  const evidence = new Evidence(v, c.weights, config.evidenceFromPart)
    .part(
      "lowHandsOnStreak",
      streak.answered === streak.weeks ? "skills-slipping.low-hands-on" : "skills-slipping.low-hands-on-gaps",
      () =>
        streak.answered === streak.weeks
          ? `${weeksText(streak.weeks)} in a row with under ${c.lowHandsOnPct} % hands-on work.`
          : `${weeksText(streak.weeks)} with under ${c.lowHandsOnPct} % hands-on work in every week you logged (${streak.answered} of them).`,
    )
    .part(
      "confidence",
      "skills-slipping.confidence-drop",
      () =>
        `Your skill confidence fell from ${formatRating(s.skillUsual)} of 5 (your usual before that) to ${sustained} on average over ${lastWeeks(s.trendCount)}.`,
      confidence.drop,
    )
    .part(
      "falling",
      "skills-slipping.confidence-falling",
      () => `Your skill confidence is going down by about ${formatRate(-s.skillSlope)} points a week over ${lastWeeks(s.trendCount)}.`,
    );
  if (confidence.drop < config.evidenceFromPart) {
    evidence.part(
      "confidence",
      "skills-slipping.confidence-low",
      () => `You rated your skill confidence ${sustained} of 5 on average over ${lastWeeks(s.trendCount)}.`,
      confidence.low,
    );
  }
  return evidence.lines();
}

export function reasonSkillsSlipping(s: Snapshot, v: Verdict<Part>, { config }: RuleContext): string | null {
  const c = config.skillsSlipping;
  const part = strongestPart(v, c.weights, PARTS);
  if (part === null) return null;
  if (part === "lowHandsOnStreak") return `you have done little or no hands-on work for ${weeksText(s.lowHandsOn.weeks)}`;
  if (part === "falling") return `your skill confidence is going down by about ${formatRate(-s.skillSlope)} points a week`;
  const m = confidenceMeasures(s, c);
  if (m.drop >= m.low) {
    return `your skill confidence fell from ${formatRating(s.skillUsual)} to ${formatRating(s.skillSustained)} of 5`;
  }
  return `you rated your skill confidence ${formatRating(s.skillSustained)} of 5 on average over ${lastWeeks(s.trendCount)}`;
}
