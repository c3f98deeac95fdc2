import { SIGN_IDS, type SignId } from "../../enums";
import type { SignalsConfig } from "../config";
import { ramp } from "../math";
import type { Snapshot } from "../snapshot";
import { Evidence, SIGN_NAMES, formatRate, formatRating, lastWeeks, toVerdict, type RuleContext, type Verdict } from "../verdict";

type Part = "lowJoy" | "satisfaction" | "othersRaised";

export type OtherScores = Readonly<Record<Exclude<SignId, "doesnt-like-it">, number>>;

const OTHER_IDS = SIGN_IDS.filter((id): id is keyof OtherScores => id !== "doesnt-like-it");

function satisfactionMeasures(s: Snapshot, c: SignalsConfig["doesntLikeIt"]) {
  return {
    drop: ramp(s.satisfactionEarly - s.satisfactionRecent, c.satisfactionDrop),
    falling: ramp(-s.satisfactionSlope, c.satisfactionFallingPerWeek),
    low: ramp(s.satisfactionRecent, c.satisfactionLow),
  };
}

export function scoreDoesntLikeIt(s: Snapshot, others: OtherScores, { config }: RuleContext): Verdict<Part> {
  const c = config.doesntLikeIt;
  const satisfaction = satisfactionMeasures(s, c);
  let raised = 0;
  for (const id of OTHER_IDS) raised += ramp(others[id], c.otherSignScore);
  const values = {
    lowJoy: ramp(s.joyRecent, c.joy),
    satisfaction: Math.max(satisfaction.drop, satisfaction.falling, satisfaction.low),
    othersRaised: ramp(raised, c.othersRaisedSum),
  };
  return toVerdict(values, c.weights, 1, s.dataWeight);
}

export function explainDoesntLikeIt(s: Snapshot, v: Verdict<Part>, others: OtherScores, { config }: RuleContext): string[] {
  const c = config.doesntLikeIt;
  const satisfaction = satisfactionMeasures(s, c);
  const recent = lastWeeks(s.recentCount);
  const level = formatRating(s.satisfactionRecent);
  const evidence = new Evidence(v, c.weights, config.evidenceFromPart)
    .part("lowJoy", () => `You rated the joy of helping your team grow ${formatRating(s.joyRecent)} of 5 on average over ${recent}.`)
    .part(
      "satisfaction",
      () => `Your satisfaction fell from ${formatRating(s.satisfactionEarly)} of 5 in your early weeks to ${level} over ${recent}.`,
      satisfaction.drop,
    )
    .part(
      "satisfaction",
      () => `Your satisfaction is going down by about ${formatRate(-s.satisfactionSlope)} points a week over ${lastWeeks(s.trendCount)}.`,
      satisfaction.falling,
    )
    .part("othersRaised", () => {
      const raised = OTHER_IDS.filter((id) => others[id] > c.otherSignScore[0]).map((id) => `${SIGN_NAMES[id]} (${others[id]})`);
      return `Several other signs are up at the same time: ${raised.join(", ")}.`;
    });
  if (satisfaction.drop < config.evidenceFromPart) {
    evidence.part("satisfaction", () => `You rated your satisfaction ${level} of 5 on average over ${recent}.`, satisfaction.low);
  }
  return evidence.lines();
}
