import type { z } from "zod";

export type FieldIssue = { path: string; message: string };

/** An error list as the app returns it: at most MAX_ISSUES issues, and how many more were found. */
export type IssueList = { issues: FieldIssue[]; moreIssues: number };

/** No answer lists more problems than this; the rest are only counted ("…and N more"). */
export const MAX_ISSUES = 100;
// Keys come from the input (unknown fields), so they are shortened before being echoed back.
const MAX_KEY_LENGTH = 64;
const MAX_MESSAGE_LENGTH = 300;

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = Array.from(text.slice(0, max + 1)).slice(0, max - 1).join("");
  return `${cut}…`;
}

export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === "number") return `${acc}[${key}]`;
    const name = shorten(String(key), MAX_KEY_LENGTH);
    return acc ? `${acc}.${name}` : name;
  }, "");
}

/** One issue per field path, unknown keys each with a path of their own, produced lazily. */
export function* fieldIssuesOf(error: z.ZodError, prefix: readonly PropertyKey[] = []): Generator<FieldIssue> {
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        yield { path: formatIssuePath([...prefix, ...issue.path, key]), message: `Unknown field "${shorten(key, MAX_KEY_LENGTH)}"` };
      }
    } else if (issue.code === "invalid_type" && issue.expected === "object" && issue.path.length === 0 && prefix.length === 0) {
      yield { path: "", message: "Expected a JSON object" };
    } else {
      yield { path: formatIssuePath([...prefix, ...issue.path]), message: shorten(issue.message, MAX_MESSAGE_LENGTH) };
    }
  }
}

/** Keeps the first `max` issues it is given and counts the rest, for lists built up step by step. */
export class IssueCollector {
  readonly issues: FieldIssue[] = [];
  moreIssues = 0;
  constructor(private readonly max = MAX_ISSUES) {}

  add(issues: Iterable<FieldIssue>): void {
    for (const issue of issues) {
      if (this.issues.length < this.max) this.issues.push(issue);
      else this.moreIssues++;
    }
  }

  get isEmpty(): boolean {
    return this.issues.length === 0;
  }

  toList(): IssueList {
    return { issues: this.issues, moreIssues: this.moreIssues };
  }
}

/** The first `max` issues of a list, the rest counted but not kept. */
export function capIssues(issues: Iterable<FieldIssue>, max = MAX_ISSUES): IssueList {
  const kept: FieldIssue[] = [];
  let moreIssues = 0;
  for (const issue of issues) {
    if (kept.length < max) kept.push(issue);
    else moreIssues++;
  }
  return { issues: kept, moreIssues };
}

/** A zod error as a capped issue list. */
export function listIssues(error: z.ZodError, max = MAX_ISSUES): IssueList {
  return capIssues(fieldIssuesOf(error), max);
}

/** Flattens a zod error into one issue per field path, at most MAX_ISSUES of them. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return listIssues(error).issues;
}

/** `{ issues }`, plus `moreIssues` only when some were left out: the body of a 422. */
export function issuesBody({ issues, moreIssues }: IssueList): { issues: FieldIssue[]; moreIssues?: number } {
  return moreIssues > 0 ? { issues, moreIssues } : { issues };
}

export function moreIssuesMessage(moreIssues: number): string {
  return `…and ${moreIssues.toLocaleString("en-US")} more ${moreIssues === 1 ? "problem" : "problems"}`;
}

/**
 * The first message for each field, for showing beside form fields; at most MAX_ISSUES fields.
 * `fieldOf` names the field that shows an issue path (default: the path itself, "form" for the root).
 */
export function toFieldErrors(error: z.ZodError, fieldOf: (path: string) => string = (path) => path): Record<string, string> {
  const errors = new Map<string, string>();
  let moreIssues = 0;
  for (const { path, message } of fieldIssuesOf(error)) {
    const key = fieldOf(path) || "form";
    if (errors.has(key)) continue;
    if (errors.size < MAX_ISSUES) errors.set(key, message);
    else moreIssues++;
  }
  if (moreIssues > 0 && !errors.has("form")) errors.set("form", moreIssuesMessage(moreIssues));
  // fromEntries defines own properties, so even a "__proto__" path stays a plain key.
  return Object.fromEntries(errors);
}
