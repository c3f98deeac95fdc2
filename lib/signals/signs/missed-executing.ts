import { lerp, ramp } from "../math";
import type { Snapshot } from "../snapshot";
import { Evidence, formatPct, formatRate, formatRating, lastWeeks, toVerdict, type RuleContext, type Verdict } from "../verdict";

type Part = "dropVsEarly" | "belowTarget" | "falling";

export function scoreMissedExecuting(s: Snapshot, { profile, config }: RuleContext): Verdict<Part> {
  const c = config.missedExecuting;
  const target = profile.targets.executionMinPct;
  const values = {
    dropVsEarly: ramp(s.executionEarlyPct - s.executionRecentPct, c.dropVsEarlyPoints),
    belowTarget: target > 0 ? ramp((target - s.executionRecentPct) / target, c.belowTargetShortfall) : 0,
    falling: ramp(-s.executionSlope, c.fallingPointsPerWeek),
  };
  const gap = s.energyExecution - s.energyMeetings;
  const factor = Number.isNaN(gap)
    ? c.energyFactor.unknown
    : lerp(c.energyFactor.notPreferred, 1, ramp(gap, c.energyGap));
  return toVerdict(values, c.weights, factor, s.dataWeight);
}

export function explainMissedExecuting(s: Snapshot, v: Verdict<Part>, { profile, config }: RuleContext): string[] {
  const c = config.missedExecuting;
  const recent = formatPct(s.executionRecentPct);
  const evidence = new Evidence(v, c.weights, config.evidenceFromPart)
    .part(
      "dropVsEarly",
      () =>
        `Hands-on work fell from ${formatPct(s.executionEarlyPct)} of your week in your first ${s.earlyCount} logged weeks to ${recent} over ${lastWeeks(s.recentCount)}.`,
    )
    .part(
      "belowTarget",
      () =>
        `Hands-on work took ${recent} of your week over ${lastWeeks(s.recentCount)}, under your own minimum of ${profile.targets.executionMinPct} %.`,
    )
    .part(
      "falling",
      () => `Your hands-on share has been falling by about ${formatRate(-s.executionSlope)} points a week over ${lastWeeks(s.trendCount)}.`,
    );
  const energy = `${formatRating(s.energyExecution)} vs ${formatRating(s.energyMeetings)} of 5 over ${lastWeeks(s.energyCount)}`;
  if (Number.isNaN(s.energyExecution - s.energyMeetings)) {
    evidence.note(
      `You have not rated the energy of hands-on work and meetings lately, so this sign counts at ${formatPct(100 * c.energyFactor.unknown)}.`,
    );
  } else if (v.factor >= 1) {
    evidence.note(`Hands-on work gives you more energy than meetings do (${energy}).`);
  } else {
    const howMuch = s.energyExecution > s.energyMeetings ? "only a little more" : "no more";
    evidence.note(`Hands-on work gives you ${howMuch} energy than meetings (${energy}), so this sign counts at ${formatPct(100 * v.factor)}.`);
  }
  return evidence.lines();
}
