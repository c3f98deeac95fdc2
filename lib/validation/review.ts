import { z } from "zod";
import { isValidIsoWeek } from "../iso-week";
import { isReviewMilestone, MAX_REVIEWS, REFLECTION_MAX_LENGTH, REVIEW_PATHS } from "../review/kinds";
import { isoWeekSchema, optionalNote } from "./primitives";

/** A review the lead saved: the week it was made for, its milestone (null on demand), the path they lean to and their private reflection. */
export const reviewSchema = z.strictObject({
  week: isoWeekSchema,
  milestone: z
    .number({ error: "The milestone is a week of leading: 13, 26, 52, 104, …" })
    .refine(isReviewMilestone, "The milestone is a week of leading: 13, 26, 52, 104, …")
    .nullish()
    .transform((v) => v ?? null),
  leaning: z
    .enum(REVIEW_PATHS, { error: `Choose one of ${REVIEW_PATHS.join(", ")}` })
    .nullish()
    .transform((v) => v ?? null),
  reflection: optionalNote("reflection", REFLECTION_MAX_LENGTH),
});

export type ReviewInput = z.input<typeof reviewSchema>;
export type Review = z.output<typeof reviewSchema>;

export function reviewListIssues(list: readonly Review[]): { path: (string | number)[]; message: string }[] {
  const weeks = new Map<string, number>();
  const milestones = new Map<number, number>();
  const issues: { path: (string | number)[]; message: string }[] = [];
  list.forEach((r, i) => {
    if (isValidIsoWeek(r.week)) {
      const first = weeks.get(r.week);
      if (first !== undefined) issues.push({ path: [i, "week"], message: `Week ${r.week} has two reviews (also at [${first}])` });
      else weeks.set(r.week, i);
    }
    if (r.milestone !== null) {
      const first = milestones.get(r.milestone);
      if (first !== undefined) issues.push({ path: [i, "milestone"], message: `Week ${r.milestone} of leading has two reviews (also at [${first}])` });
      else milestones.set(r.milestone, i);
    }
  });
  return issues;
}

export const reviewsListSchema = z
  .array(reviewSchema, { error: "reviews must be a list" })
  .max(MAX_REVIEWS, `A backup holds at most ${MAX_REVIEWS.toLocaleString("en-US")} reviews`)
  .superRefine((list, ctx) => {
    for (const issue of reviewListIssues(list)) ctx.addIssue({ code: "custom", ...issue });
  });
