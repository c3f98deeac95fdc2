import { BURNOUT_MAX, BURNOUT_MIN, SINGLE_ITEM_BURNOUT, WHO5_ITEM_COUNT, WHO5_ITEM_MAX } from "./instruments";

/** WHO-5: a score of 50 or less is the published cut-off for poor wellbeing and for screening for depression (Topp et al. 2015). */
export const WHO5_POOR_AT_MOST = 50;
/** WHO-5: 28 or less is read as likely depression (Topp et al. 2015). */
export const WHO5_LIKELY_DEPRESSION_AT_MOST = 28;
/** WHO-5: a change of 10 points or more is a meaningful change (the scale's scoring guidance). */
export const WHO5_MEANINGFUL_CHANGE = 10;
/** Single item: an answer of 3 or more is the published cut-off for burnout (Dolan et al. 2015). */
export const BURNOUT_CUTOFF = 3;

export type Who5Band = "above-cutoff" | "poor" | "very-low";

export type Who5Score = {
  /** Sum of the five answers, 0–25. */
  raw: number;
  /** raw × 4, 0 (worst) to 100 (best). */
  score: number;
  band: Who5Band;
  /** 1-based statements answered "At no time" or "Some of the time". */
  lowItems: number[];
};

function assertAnswer(value: unknown, min: number, max: number, what: string): asserts value is number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${what} must be a whole number from ${min} to ${max}, got ${String(value)}`);
  }
}

export function who5Band(score: number): Who5Band {
  if (score <= WHO5_LIKELY_DEPRESSION_AT_MOST) return "very-low";
  if (score <= WHO5_POOR_AT_MOST) return "poor";
  return "above-cutoff";
}

/** Scores the WHO-5 as published: the five answers (0–5) summed, times 4. All five are needed; the scale has no rule for missing items. */
export function scoreWho5(answers: readonly number[]): Who5Score {
  if (answers.length !== WHO5_ITEM_COUNT) throw new RangeError(`The WHO-5 has ${WHO5_ITEM_COUNT} answers, got ${answers.length}`);
  let raw = 0;
  const lowItems: number[] = [];
  answers.forEach((a, i) => {
    assertAnswer(a, 0, WHO5_ITEM_MAX, `WHO-5 answer ${i + 1}`);
    raw += a;
    if (a <= 1) lowItems.push(i + 1);
  });
  const score = raw * 4;
  return { raw, score, band: who5Band(score), lowItems };
}

const WHO5_MEANINGS: Record<Who5Band, string> = {
  "above-cutoff":
    "Above 50: above the cut-off researchers use to screen for poor wellbeing. Scores run from 0 to 100; adults in population studies average about 70.",
  poor: "50 or below: the published cut-off for poor wellbeing, where the WHO-5's authors suggest a closer look at mood. It is not a diagnosis.",
  "very-low":
    "28 or below: the range the WHO-5 research associates with likely depression. It is not a diagnosis; a doctor can tell you more.",
};

/** The published meaning of a WHO-5 score, as context. */
export function who5Meaning(score: number): string {
  return WHO5_MEANINGS[who5Band(score)];
}

export type BurnoutScore = {
  answer: number;
  /** At or above the published cut-off (3). */
  isBurnout: boolean;
  label: string;
};

/** Reads the single burnout answer (1–5) as published: 3 or more means burnout. */
export function scoreBurnout(answer: number): BurnoutScore {
  assertAnswer(answer, BURNOUT_MIN, BURNOUT_MAX, "The burnout answer");
  return { answer, isBurnout: answer >= BURNOUT_CUTOFF, label: SINGLE_ITEM_BURNOUT.options[answer - 1]!.label };
}

/** The published meaning of a burnout answer, as context. */
export function burnoutMeaning(answer: number): string {
  return scoreBurnout(answer).isBurnout
    ? `${BURNOUT_CUTOFF} or more: the answers that studies of this question count as burnout. It is not a diagnosis.`
    : `1 or 2: the answers that studies of this question count as no burnout.`;
}

