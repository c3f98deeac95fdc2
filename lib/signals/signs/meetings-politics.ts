import { lerp, ramp } from "../math";
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

type Part = "aboveTarget" | "rising" | "longHours" | "lowValue" | "politics" | "drainingEnergy";
const PARTS: readonly Part[] = ["aboveTarget", "rising", "longHours", "lowValue", "politics", "drainingEnergy"];

/** 1, or less when meetings energize the leader: then their load is not the dislike this sign is about. */
export function meetingsLoadFactor(s: Snapshot, { config }: RuleContext): number {
  const { energy, factor } = config.meetingsPolitics.enjoyment;
  return Number.isNaN(s.energyMeetings) ? 1 : lerp(1, factor, ramp(s.energyMeetings, energy));
}

export function scoreMeetingsPolitics(s: Snapshot, ctx: RuleContext, v = newVerdict(PARTS)): Verdict<Part> {
  const { profile, config } = ctx;
  const c = config.meetingsPolitics;
  const load = meetingsLoadFactor(s, ctx);
  v.raw.aboveTarget = ramp(s.meetingsRecentPct - profile.targets.meetingsMaxPct, c.aboveTargetPoints);
  v.raw.rising = ramp(s.meetingsSlope, c.risingPointsPerWeek);
  v.raw.longHours = ramp(s.hoursRecent, config.workload.feedHours);
  v.values.aboveTarget = v.raw.aboveTarget * load;
  v.values.rising = v.raw.rising * load;
  v.values.longHours = v.raw.longHours * load;
  v.raw.lowValue = v.values.lowValue = ramp(s.lowValueShare, c.lowValueShare);
  v.raw.politics = v.values.politics = ramp(s.politicsRecent, c.politics);
  v.raw.drainingEnergy = v.values.drainingEnergy = ramp(s.energyMeetings, c.meetingsEnergy);
  const w = c.weights;
  const x = v.values;
  return settle(
    v,
    w.aboveTarget * x.aboveTarget + w.rising * x.rising + w.longHours * x.longHours + w.lowValue * x.lowValue + w.politics * x.politics + w.drainingEnergy * x.drainingEnergy,
  );
}

export function explainMeetingsPolitics(s: Snapshot, v: Verdict<Part>, ctx: RuleContext): EvidenceLine[] {
  const { profile, config } = ctx;
  const recent = lastWeeks(s.recentCount);
  const evidence = new Evidence(v, config.meetingsPolitics.weights, config.evidenceFromPart)
    .part(
      "aboveTarget",
      "meetings-politics.above-target",
      () =>
        `Meetings took ${formatPct(s.meetingsRecentPct)} of your week over ${recent}, above your own maximum of ${profile.targets.meetingsMaxPct} %.`,
    )
    .part(
      "rising",
      "meetings-politics.rising",
      () => `Your meeting share has been rising by about ${formatRate(s.meetingsSlope)} points a week over ${lastWeeks(s.trendCount)}.`,
    )
    .part(
      "longHours",
      "meetings-politics.long-hours",
      () =>
        `Your weeks averaged ${formatHoursShort(s.hoursRecent)} over ${recent}, ${formatHoursShort((s.hoursRecent * s.meetingsRecentPct) / 100)} of them in meetings.`,
    )
    .part("lowValue", "meetings-politics.low-value", () => `You counted ${formatPct(100 * s.lowValueShare)} of your meeting hours as low value over ${recent}.`)
    .part(
      "politics",
      "meetings-politics.politics",
      () => `You rated how much of your week needed politics ${formatRating(s.politicsRecent)} of 5 on average over ${recent}.`,
    )
    .part(
      "drainingEnergy",
      "meetings-politics.draining",
      () => `Meetings drain you: you rated their energy ${formatRating(s.energyMeetings)} of 5 on average over ${lastWeeks(s.energyCount)}.`,
    );
  const load = meetingsLoadFactor(s, ctx);
  if (load < 1) {
    evidence.note(
      "meetings-politics.enjoyed",
      `Meetings give you energy (${formatRating(s.energyMeetings)} of 5 over ${lastWeeks(s.energyCount)}), so their share and your hours count at ${formatPct(100 * load)} here.`,
    );
  }
  return evidence.lines();
}

export function reasonMeetingsPolitics(s: Snapshot, v: Verdict<Part>, { profile, config }: RuleContext): string | null {
  const part = strongestPart(v, config.meetingsPolitics.weights, PARTS);
  if (part === null) return null;
  return {
    aboveTarget: `meetings took ${formatPct(s.meetingsRecentPct)} of your week, above your ${profile.targets.meetingsMaxPct} % maximum`,
    rising: `your meeting share is rising by about ${formatRate(s.meetingsSlope)} points a week`,
    longHours: `your weeks average ${formatHoursShort(s.hoursRecent)}, ${formatHoursShort((s.hoursRecent * s.meetingsRecentPct) / 100)} of it in meetings`,
    lowValue: `you count ${formatPct(100 * s.lowValueShare)} of your meeting hours as low value`,
    politics: `you rate the politics in your week ${formatRating(s.politicsRecent)} of 5`,
    drainingEnergy: `meetings drain you (energy ${formatRating(s.energyMeetings)} of 5)`,
  }[part];
}
