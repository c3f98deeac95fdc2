import type { z } from "zod";
import { FIX_FIELDS, type ActionFailure } from "@/lib/action-result";
import { toFieldErrors } from "@/lib/validation/issues";

/** Parses `input` with `schema`; expected failures come back as field errors (the reset actions; see validatedPublicAction for new ones). */
export function parseOrFail<S extends z.ZodType>(schema: S, input: unknown): { ok: true; data: z.output<S> } | ActionFailure {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, fieldErrors: toFieldErrors(parsed.error), message: FIX_FIELDS };
}
