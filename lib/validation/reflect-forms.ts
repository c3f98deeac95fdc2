import { z } from "zod";
import {
  EXPERIMENT_ANSWERS,
  EXPERIMENT_ID_PATTERN,
  EXPERIMENT_MAX_WEEKS,
  EXPERIMENT_MIN_WEEKS,
  EXPERIMENT_NOTE_MAX_LENGTH,
  EXPERIMENT_TITLE_MAX_LENGTH,
  MEASURE_KINDS,
  STEP_ID_MAX_LENGTH,
  STEP_ID_PATTERN,
} from "../experiments/kinds";
import { REFLECTION_MAX_LENGTH, REVIEW_MAX_MILESTONE, REVIEW_PATHS } from "../review/kinds";
import { BURNOUT_MAX, BURNOUT_MIN, WHO5_ITEM_COUNT, WHO5_ITEM_MAX } from "../wellbeing/instruments";
import { isValidIsoWeek } from "../iso-week";
import type { FormSpec } from "./form";

// The forms of /reflect and the check-in's experiment question, as their server actions read them
// (app/(app)/reflect/actions.ts). Every field is bounded here; the rules about the lead's other
// experiments (two at a time, not two on one measure, start weeks) are lib/experiments' and run after.

const weeksMessage = `Choose ${EXPERIMENT_MIN_WEEKS} to ${EXPERIMENT_MAX_WEEKS} weeks`;
const slug = z.string({ error: "Reload the page and try again" }).regex(EXPERIMENT_ID_PATTERN, "Reload the page and try again");
const week = z
  .string({ error: "Not a week" })
  .max(10, "Not a week")
  .refine(isValidIsoWeek, "Not a week");

export const START_EXPERIMENT_FORM: FormSpec = {
  title: "text",
  measure: "text",
  target: "number",
  weeks: "number",
  startWeek: "text",
  stepId: "text",
  adjusts: "text",
};

export const startExperimentFormSchema = z.strictObject({
  title: z
    .string({ error: "Say what you will try" })
    .trim()
    .min(1, "Say what you will try")
    .max(EXPERIMENT_TITLE_MAX_LENGTH, `Keep it to ${EXPERIMENT_TITLE_MAX_LENGTH} characters`),
  measure: z.enum(MEASURE_KINDS, { error: "Choose the measure it should move" }),
  target: z.number({ error: "Enter a number, for example 25" }).finite("Enter a number, for example 25").nullish(),
  weeks: z.number({ error: weeksMessage }).int(weeksMessage).min(EXPERIMENT_MIN_WEEKS, weeksMessage).max(EXPERIMENT_MAX_WEEKS, weeksMessage),
  startWeek: week.nullish(),
  stepId: z.string().max(STEP_ID_MAX_LENGTH).regex(STEP_ID_PATTERN).nullish(),
  adjusts: slug.nullish(),
});

export const ANSWER_EXPERIMENT_FORM: FormSpec = { experiment: "text", week: "text", answer: "text" };
export const answerExperimentFormSchema = z.strictObject({
  experiment: slug,
  week,
  answer: z.enum(EXPERIMENT_ANSWERS, { error: "Choose yes, partly or no" }),
});

export const END_EXPERIMENT_FORM: FormSpec = { experiment: "text", outcome: "text", note: "text" };
export const endExperimentFormSchema = z.strictObject({
  experiment: slug,
  outcome: z.enum(["kept", "dropped"], { error: "Choose keep or drop" }),
  note: z.string().trim().max(EXPERIMENT_NOTE_MAX_LENGTH, `Keep the note to ${EXPERIMENT_NOTE_MAX_LENGTH} characters`).nullish(),
});

export const WHO5_FIELDS = Array.from({ length: WHO5_ITEM_COUNT }, (_, i) => `who5_${i + 1}`);
export const WELLBEING_FORM: FormSpec = { ...Object.fromEntries(WHO5_FIELDS.map((name) => [name, "number"])), burnout: "number" };

const who5Answer = z
  .number({ error: `Choose 0 to ${WHO5_ITEM_MAX}` })
  .int(`Choose 0 to ${WHO5_ITEM_MAX}`)
  .min(0, `Choose 0 to ${WHO5_ITEM_MAX}`)
  .max(WHO5_ITEM_MAX, `Choose 0 to ${WHO5_ITEM_MAX}`)
  .nullish();
const burnoutMessage = `Choose ${BURNOUT_MIN} to ${BURNOUT_MAX}`;

/** All five WHO-5 answers or none (it has no rule for missing items), the burnout answer, and at least one of the two. */
export const wellbeingFormSchema = z
  .strictObject({
    ...Object.fromEntries(WHO5_FIELDS.map((name) => [name, who5Answer])),
    burnout: z.number({ error: burnoutMessage }).int(burnoutMessage).min(BURNOUT_MIN, burnoutMessage).max(BURNOUT_MAX, burnoutMessage).nullish(),
  })
  .superRefine((form, ctx) => {
    const values = form as Record<string, number | null | undefined>;
    const answered = WHO5_FIELDS.filter((name) => values[name] != null);
    if (answered.length > 0 && answered.length < WHO5_FIELDS.length) {
      for (const name of WHO5_FIELDS) {
        if (values[name] == null) ctx.addIssue({ code: "custom", path: [name], message: "Answer all five statements (or none of them)" });
      }
    }
    if (answered.length === 0 && values.burnout == null) {
      ctx.addIssue({ code: "custom", path: ["form"], message: "Answer the five statements, the burnout question, or both" });
    }
  })
  .transform((form) => {
    const values = form as Record<string, number | null | undefined>;
    const who5 = WHO5_FIELDS.map((name) => values[name] ?? null);
    return { who5: who5.every((v) => v === null) ? null : (who5 as number[]), burnout: form.burnout ?? null };
  });

export const REVIEW_FORM: FormSpec = { milestone: "number", leaning: "text", reflection: "text" };
export const reviewFormSchema = z.strictObject({
  milestone: z.number().int().min(1).max(REVIEW_MAX_MILESTONE).nullish(),
  leaning: z.enum(REVIEW_PATHS, { error: "Choose one of the three paths, or none" }).nullish(),
  reflection: z
    .string()
    .max(REFLECTION_MAX_LENGTH, `Keep the reflection to ${REFLECTION_MAX_LENGTH.toLocaleString("en-US")} characters`)
    .nullish(),
});
