import type { FieldIssue } from "./validation/issues";

/**
 * The one error body of every JSON route: what went wrong, the fields at fault (at most MAX_ISSUES),
 * and how many more were found when the list was cut.
 */
export type Problem = { error: string; issues: FieldIssue[]; moreIssues?: number };

/** Whether a parsed response body is a Problem, for clients reading a refusal. */
export function isProblem(value: unknown): value is Problem {
  if (typeof value !== "object" || value === null) return false;
  const { error, issues } = value as { error?: unknown; issues?: unknown };
  return typeof error === "string" && Array.isArray(issues);
}
