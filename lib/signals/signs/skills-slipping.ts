import { ramp } from "../math";
import type { Snapshot } from "../snapshot";
import type { SignalsConfig } from "../config";
import { Evidence, formatRate, formatRating, lastWeeks, toVerdict, type RuleContext, type Verdict } from "../verdict";

type Part = "lowHandsOnStreak" | "confidence";

function confidenceMeasures(s: Snapshot, c: SignalsConfig["skillsSlipping"]) {
  return {
    drop: ramp(s.skillEarly - s.skillRecent, c.confidenceDrop),
    falling: ramp(-s.skillSlope, c.confidenceFallingPerWeek),
    low: ramp(s.skillRecent, c.confidenceLow),
  };
}

export function scoreSkillsSlipping(s: Snapshot, { config }: RuleContext): Verdict<Part> {
  const c = config.skillsSlipping;
  const confidence = confidenceMeasures(s, c);
  const values = {
    lowHandsOnStreak: ramp(s.lowHandsOnStreak, c.lowHandsOnStreakWeeks),
    confidence: Math.max(confidence.drop, confidence.falling, confidence.low),
  };
  return toVerdict(values, c.weights, 1, s.dataWeight);
}

export function explainSkillsSlipping(s: Snapshot, v: Verdict<Part>, { config }: RuleContext): string[] {
  const c = config.skillsSlipping;
  const confidence = confidenceMeasures(s, c);
  const recent = formatRating(s.skillRecent);
  const evidence = new Evidence(v, c.weights, config.evidenceFromPart)
    .part("lowHandsOnStreak", () => `${s.lowHandsOnStreak} logged weeks in a row with under ${c.lowHandsOnPct} % hands-on work.`)
    .part(
      "confidence",
      () => `Your skill confidence fell from ${formatRating(s.skillEarly)} of 5 in your early weeks to ${recent} over ${lastWeeks(s.recentCount)}.`,
      confidence.drop,
    )
    .part(
      "confidence",
      () => `Your skill confidence is going down by about ${formatRate(-s.skillSlope)} points a week over ${lastWeeks(s.trendCount)}.`,
      confidence.falling,
    );
  if (confidence.drop < config.evidenceFromPart) {
    evidence.part(
      "confidence",
      () => `You rated your skill confidence ${recent} of 5 on average over ${lastWeeks(s.recentCount)}.`,
      confidence.low,
    );
  }
  return evidence.lines();
}
