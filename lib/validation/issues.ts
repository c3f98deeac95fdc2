import type { z } from "zod";

export type FieldIssue = { path: string; message: string };

export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === "number") return `${acc}[${key}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, "");
}

/** Flattens a zod error into one issue per field path; unknown keys get a path of their own. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        path: formatIssuePath([...issue.path, key]),
        message: `Unknown field "${key}"`,
      }));
    }
    if (issue.code === "invalid_type" && issue.expected === "object" && issue.path.length === 0) {
      return [{ path: "", message: "Expected a JSON object" }];
    }
    return [{ path: formatIssuePath(issue.path), message: issue.message }];
  });
}

/** The first message for each path, for showing beside form fields. */
export function toFieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const { path, message } of toFieldIssues(error)) {
    errors[path || "form"] ??= message;
  }
  return errors;
}
