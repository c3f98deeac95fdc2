import type { WellbeingCheck } from "../validation/wellbeing";
import { BURNOUT_CUTOFF, scoreBurnout, scoreWho5, WHO5_LIKELY_DEPRESSION_AT_MOST, WHO5_POOR_AT_MOST } from "./score";

/** A burnout answer at or above this shows the stronger message: "won't go away" (4) and "completely burned out" (5). Judgment call. */
export const BURNOUT_REACH_OUT_FROM = 4;

export type WellbeingMessageLevel = "reach-out" | "gentle";

/** A calm message shown only to the lead, never in a report unless they include it. */
export type WellbeingMessage = {
  level: WellbeingMessageLevel;
  title: string;
  /** Why this message shows, in the lead's own answers. */
  reasons: string[];
  /** What they might do; the first paragraph names a doctor or an occupational-health service. */
  body: string[];
  privacy: string;
};

export const PRIVACY_NOTE = "Only you see this. It never goes into a report unless you choose to include it.";

/**
 * The message for one check: "reach-out" for a very low WHO-5 (28 or less) or a burnout answer of
 * 4 or 5; "gentle" for a WHO-5 of 50 or less or a burnout answer of 3; otherwise none.
 */
export function wellbeingMessage(check: Pick<WellbeingCheck, "who5" | "burnout">): WellbeingMessage | null {
  const who5 = check.who5 === null ? null : scoreWho5(check.who5);
  const burnout = check.burnout === null ? null : scoreBurnout(check.burnout);
  const reasons: string[] = [];
  let level: WellbeingMessageLevel | null = null;
  const raise = (to: WellbeingMessageLevel) => {
    if (level !== "reach-out") level = to;
  };
  if (who5 && who5.score <= WHO5_POOR_AT_MOST) {
    raise(who5.score <= WHO5_LIKELY_DEPRESSION_AT_MOST ? "reach-out" : "gentle");
    reasons.push(
      who5.score <= WHO5_LIKELY_DEPRESSION_AT_MOST
        ? `Your wellbeing score is ${who5.score} of 100; ${WHO5_LIKELY_DEPRESSION_AT_MOST} or below is the range research links with depression.`
        : `Your wellbeing score is ${who5.score} of 100; ${WHO5_POOR_AT_MOST} or below is where the questionnaire's authors suggest a closer look.`,
    );
  }
  if (burnout && burnout.answer >= BURNOUT_CUTOFF) {
    raise(burnout.answer >= BURNOUT_REACH_OUT_FROM ? "reach-out" : "gentle");
    reasons.push(`On burnout you chose: “${burnout.label}”`);
  }
  if (level === null) return null;
  if (level === "reach-out") {
    return {
      level,
      title: "This looks like a hard stretch",
      reasons,
      body: [
        "This is not a diagnosis, and you don't have to sort it out on your own. Please consider talking to your doctor, or to your company's occupational-health service if you have one, in the next few days.",
        "It can also help to tell one person you trust how you are doing.",
        "If you ever feel you might harm yourself, call your local emergency number or a crisis line straight away.",
      ],
      privacy: PRIVACY_NOTE,
    };
  }
  return {
    level,
    title: "Worth a closer look",
    reasons,
    body: [
      "Scores move from month to month, and one low check is not a diagnosis. If it stays this low, or you feel low or worn out most days, a doctor or an occupational-health service can help you find out what is going on.",
    ],
    privacy: PRIVACY_NOTE,
  };
}
