import { z } from "zod";
import { BURNOUT_MAX, BURNOUT_MIN, MAX_WELLBEING_CHECKS, WHO5_ITEM_COUNT, WHO5_ITEM_MAX } from "../wellbeing/instruments";
import { isValidIsoWeek } from "../iso-week";
import { isoWeekSchema } from "./primitives";

const who5Item = z
  .number({ error: `Each WHO-5 answer is a whole number from 0 to ${WHO5_ITEM_MAX}` })
  .int(`Each WHO-5 answer is a whole number from 0 to ${WHO5_ITEM_MAX}`)
  .min(0, `Each WHO-5 answer is a whole number from 0 to ${WHO5_ITEM_MAX}`)
  .max(WHO5_ITEM_MAX, `Each WHO-5 answer is a whole number from 0 to ${WHO5_ITEM_MAX}`);

/** One monthly check: the five WHO-5 answers (all or none: it has no rule for missing items) and the single burnout answer. */
export const wellbeingCheckSchema = z
  .strictObject({
    week: isoWeekSchema,
    who5: z
      .array(who5Item, { error: "who5 is a list of five answers" })
      .length(WHO5_ITEM_COUNT, `The WHO-5 has exactly ${WHO5_ITEM_COUNT} answers`)
      .nullish()
      .transform((v) => v ?? null),
    burnout: z
      .number({ error: `The burnout answer is a whole number from ${BURNOUT_MIN} to ${BURNOUT_MAX}` })
      .int(`The burnout answer is a whole number from ${BURNOUT_MIN} to ${BURNOUT_MAX}`)
      .min(BURNOUT_MIN, `The burnout answer is a whole number from ${BURNOUT_MIN} to ${BURNOUT_MAX}`)
      .max(BURNOUT_MAX, `The burnout answer is a whole number from ${BURNOUT_MIN} to ${BURNOUT_MAX}`)
      .nullish()
      .transform((v) => v ?? null),
  })
  .superRefine((c, ctx) => {
    if (c.who5 === null && c.burnout === null) {
      ctx.addIssue({ code: "custom", path: ["who5"], message: "A check holds the WHO-5 answers, the burnout answer, or both" });
    }
  });

export type WellbeingCheckInput = z.input<typeof wellbeingCheckSchema>;
export type WellbeingCheck = z.output<typeof wellbeingCheckSchema>;

export function wellbeingListIssues(list: readonly WellbeingCheck[]): { path: (string | number)[]; message: string }[] {
  const seen = new Map<string, number>();
  const issues: { path: (string | number)[]; message: string }[] = [];
  list.forEach((c, i) => {
    if (!isValidIsoWeek(c.week)) return;
    const first = seen.get(c.week);
    if (first !== undefined) issues.push({ path: [i, "week"], message: `Week ${c.week} has two checks (also at [${first}])` });
    else seen.set(c.week, i);
  });
  return issues;
}

export const wellbeingListSchema = z
  .array(wellbeingCheckSchema, { error: "wellbeingChecks must be a list" })
  .max(MAX_WELLBEING_CHECKS, `A backup holds at most ${MAX_WELLBEING_CHECKS.toLocaleString("en-US")} wellbeing checks`)
  .superRefine((list, ctx) => {
    for (const issue of wellbeingListIssues(list)) ctx.addIssue({ code: "custom", ...issue });
  });
