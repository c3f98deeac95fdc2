import { lerp, ramp } from "../math";
import type { Snapshot } from "../snapshot";
import {
  Evidence,
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

type Part = "dropVsBaseline" | "belowTarget" | "falling";
const PARTS: readonly Part[] = ["dropVsBaseline", "belowTarget", "falling"];

export function scoreMissedExecuting(s: Snapshot, { profile, config }: RuleContext, v = newVerdict(PARTS)): Verdict<Part> {
  const c = config.missedExecuting;
  const target = profile.targets.executionMinPct;
  v.raw.dropVsBaseline = v.values.dropVsBaseline = ramp(s.executionBaselinePct - s.executionRecentPct, c.dropVsBaselinePoints);
  v.raw.belowTarget = v.values.belowTarget = target > 0 ? ramp((target - s.executionRecentPct) / target, c.belowTargetShortfall) : 0;
  v.raw.falling = v.values.falling = ramp(-s.executionSlope, c.fallingPointsPerWeek);
  const gap = s.energyExecution - s.energyMeetings;
  const factor = Number.isNaN(gap) ? c.energyFactor.unknown : lerp(c.energyFactor.notPreferred, 1, ramp(gap, c.energyGap));
  const w = c.weights;
  return settle(v, w.dropVsBaseline * v.values.dropVsBaseline + w.belowTarget * v.values.belowTarget + w.falling * v.values.falling, factor);
}

/** Hands-on work energizes more than meetings and at least as much as mentoring. */
const energizesMost = (s: Snapshot) =>
  s.energyExecution > s.energyMeetings && !(s.energyMentoring > s.energyExecution);

export function explainMissedExecuting(s: Snapshot, v: Verdict<Part>, { profile, config }: RuleContext): EvidenceLine[] {
  const c = config.missedExecuting;
  const recent = formatPct(s.executionRecentPct);
  const evidence = new Evidence(v, c.weights, config.evidenceFromPart)
    .part(
      "dropVsBaseline",
      "missed-executing.drop",
      () =>
        `Hands-on work fell from ${formatPct(s.executionBaselinePct)} of your week in your first ${s.baselineCount} logged weeks to ${recent} over ${lastWeeks(s.recentCount)}.`,
    )
    .part(
      "belowTarget",
      "missed-executing.below-target",
      () =>
        `Hands-on work took ${recent} of your week over ${lastWeeks(s.recentCount)}, under your own minimum of ${profile.targets.executionMinPct} %.`,
    )
    .part(
      "falling",
      "missed-executing.falling",
      () => `Your hands-on share has been falling by about ${formatRate(-s.executionSlope)} points a week over ${lastWeeks(s.trendCount)}.`,
    );
  const energy = `${formatRating(s.energyExecution)} vs ${formatRating(s.energyMeetings)} of 5 over ${lastWeeks(s.energyCount)}`;
  if (Number.isNaN(s.energyExecution - s.energyMeetings)) {
    evidence.note(
      "missed-executing.energy-unknown",
      `You have not rated the energy of hands-on work and meetings lately, so this sign counts at ${formatPct(100 * c.energyFactor.unknown)}.`,
    );
  } else if (v.factor >= 1) {
    evidence.note("missed-executing.energy-preferred", `Hands-on work gives you more energy than meetings do (${energy}).`);
  } else {
    const isALittle = s.energyExecution > s.energyMeetings;
    const howMuch = isALittle ? "only a little more" : "no more";
    evidence.note(
      isALittle ? "missed-executing.energy-a-little" : "missed-executing.energy-not-preferred",
      `Hands-on work gives you ${howMuch} energy than meetings (${energy}), so this sign counts at ${formatPct(100 * v.factor)}.`,
    );
  }
  return evidence.lines();
}

export function reasonMissedExecuting(s: Snapshot, v: Verdict<Part>, { profile, config }: RuleContext): string | null {
  const part = strongestPart(v, config.missedExecuting.weights, PARTS);
  if (part === null) return null;
  const recent = formatPct(s.executionRecentPct);
  const clause = {
    dropVsBaseline: `hands-on time fell from ${formatPct(s.executionBaselinePct)} to ${recent} of your week`,
    belowTarget: `hands-on time is ${recent} of your week, under your ${profile.targets.executionMinPct} % minimum`,
    falling: `hands-on time has been falling by about ${formatRate(-s.executionSlope)} points a week`,
  }[part];
  if (v.factor < 1) return clause;
  return `${clause}, and it ${energizesMost(s) ? "is what energizes you most" : "energizes you more than meetings do"}`;
}
