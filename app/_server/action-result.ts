import type { z } from "zod";
import { toFieldErrors } from "@/lib/validation/issues";

export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; fieldErrors: Record<string, string>; message: string; values?: Record<string, unknown> };

/** Parses `input` with `schema`; expected failures come back as field errors, bugs still throw. */
export function parseOrFail<S extends z.ZodType>(
  schema: S,
  input: unknown,
  message = "Please fix the highlighted fields.",
): { ok: true; data: z.output<S> } | Extract<ActionResult, { ok: false }> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, fieldErrors: toFieldErrors(parsed.error), message };
}
