// Plain constants of the quarterly review, free of zod so forms and the schema share them.

/** Weeks of leading at which a review is offered (issue 15); after the first year, every 52 weeks (judgment call). */
export const REVIEW_FIRST_MILESTONES = [13, 26, 52] as const;
export const REVIEW_YEARLY_WEEKS = 52;
/** A review may be tied to a milestone up to a century of weeks. */
export const REVIEW_MAX_MILESTONE = 5_200;

export function isReviewMilestone(week: number): boolean {
  if (!Number.isInteger(week) || week < 1 || week > REVIEW_MAX_MILESTONE) return false;
  return week === 13 || week === 26 || week % REVIEW_YEARLY_WEEKS === 0;
}

/** The three honest paths, in the order the review shows them (never ranked). */
export const REVIEW_PATHS = ["stay-and-adjust", "reshape-role", "step-back-for-now"] as const;
export type ReviewPath = (typeof REVIEW_PATHS)[number];

export const REFLECTION_MAX_LENGTH = 10_000;
/** Four a year plus reviews on demand, for many years; a backup with more is refused whole. */
export const MAX_REVIEWS = 1000;

/** The paths' names, as the review page and a report show them. */
export const REVIEW_PATH_TITLES: Record<ReviewPath, string> = {
  "stay-and-adjust": "Stay and adjust",
  "reshape-role": "Reshape the role",
  "step-back-for-now": "Step back for now",
};
