import { ramp } from "../math";
import type { Snapshot } from "../snapshot";
import { Evidence, formatPct, formatRate, formatRating, lastWeeks, toVerdict, type RuleContext, type Verdict } from "../verdict";

type Part = "aboveTarget" | "rising" | "lowValue" | "politics" | "drainingEnergy";

export function scoreMeetingsPolitics(s: Snapshot, { profile, config }: RuleContext): Verdict<Part> {
  const c = config.meetingsPolitics;
  const values = {
    aboveTarget: ramp(s.meetingsRecentPct - profile.targets.meetingsMaxPct, c.aboveTargetPoints),
    rising: ramp(s.meetingsSlope, c.risingPointsPerWeek),
    lowValue: ramp(s.lowValueShare, c.lowValueShare),
    politics: ramp(s.politicsRecent, c.politics),
    drainingEnergy: ramp(s.energyMeetings, c.meetingsEnergy),
  };
  return toVerdict(values, c.weights, 1, s.dataWeight);
}

export function explainMeetingsPolitics(s: Snapshot, v: Verdict<Part>, { profile, config }: RuleContext): string[] {
  const recent = lastWeeks(s.recentCount);
  return new Evidence(v, config.meetingsPolitics.weights, config.evidenceFromPart)
    .part(
      "aboveTarget",
      () =>
        `Meetings took ${formatPct(s.meetingsRecentPct)} of your week over ${recent}, above your own maximum of ${profile.targets.meetingsMaxPct} %.`,
    )
    .part("rising", () => `Your meeting share has been rising by about ${formatRate(s.meetingsSlope)} points a week over ${lastWeeks(s.trendCount)}.`)
    .part("lowValue", () => `You counted ${formatPct(100 * s.lowValueShare)} of your meeting hours as low value over ${recent}.`)
    .part("politics", () => `You rated how much of your week needed politics ${formatRating(s.politicsRecent)} of 5 on average over ${recent}.`)
    .part(
      "drainingEnergy",
      () => `Meetings drain you: you rated their energy ${formatRating(s.energyMeetings)} of 5 on average over ${lastWeeks(s.energyCount)}.`,
    )
    .lines();
}
