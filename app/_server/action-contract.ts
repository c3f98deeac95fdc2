import type { z } from "zod";
import { UNREADABLE_FORM, FIX_FIELDS, submittedValues, type ActionFailure, type ActionResult, type FormAction } from "@/lib/action-result";
import { formToShape, type FormSpec } from "@/lib/validation/form";
import { toFieldErrors } from "@/lib/validation/issues";

/** How a form becomes the plain shape its schema reads: a spec of declared names, or a converter built on one. */
export type ToShape = FormSpec | ((formData: FormData) => Record<string, unknown>);

/** A schema, or one built per request from who is asking and what they sent (e.g. "weeks up to this leader's current week"). */
export type SchemaFor<C, S extends z.ZodType> = S | ((input: { context: C; shape: Record<string, unknown> }) => S);

export type ActionOptions = {
  /** The message above the form when the schema refuses it. */
  invalidMessage?: string;
  /** Fields whose submitted text comes back with any refusal, so the form shows it again. Never list a password. */
  echo?: readonly string[];
  /** The field that shows an issue at `path` (default: the path itself). */
  fieldOf?: (path: string) => string;
};

/**
 * Refuses the form for this caller before any field is parsed, when it was not theirs to send (a
 * check-in typed for another account): that refusal comes first, whatever the fields hold.
 */
export type ActionGuard<C> = (caller: C, formData: FormData) => ActionFailure | null;

export type ActionBody<C, S extends z.ZodType, T> = (data: z.output<S>, context: C, formData: FormData) => Promise<ActionResult<T>>;

const isSchema = (value: unknown): value is z.ZodType =>
  typeof value === "object" && value !== null && typeof (value as { safeParse?: unknown }).safeParse === "function";

/**
 * Builds the action wrapper for one kind of caller. `context` runs first on every call and decides
 * who may call at all (it redirects or throws for anyone else); then the argument must be a real
 * form, the guard (if any) may refuse it for this caller, its declared fields become the shape, the schema parses it, and only a parsed value reaches
 * `body`. Expected failures come back as an ActionResult; errors thrown by `body` (bugs, redirects)
 * are left to propagate.
 */
export function actionContract<C>(context: () => Promise<C>) {
  return function validatedAction<S extends z.ZodType, T = undefined>(
    schema: SchemaFor<C, S>,
    toShape: ToShape,
    body: ActionBody<C, S, T>,
    options: ActionOptions & { guard?: ActionGuard<C> } = {},
  ): FormAction<T> {
    const { invalidMessage = FIX_FIELDS, echo = [], fieldOf, guard } = options;
    return async (_previous, formData) => {
      const caller = await context();
      if (!(formData instanceof FormData)) return UNREADABLE_FORM;
      const withValues = (result: ActionResult<T>): ActionResult<T> =>
        result.ok || result.values !== undefined || echo.length === 0 ? result : { ...result, values: submittedValues(formData, echo) };
      // Not echoed: a form that was not this caller's to send gets nothing of itself back.
      const refused = guard?.(caller, formData);
      if (refused) return refused;
      const shape = typeof toShape === "function" ? toShape(formData) : formToShape(formData.entries(), toShape);
      const resolved = isSchema(schema) ? schema : schema({ context: caller, shape });
      const parsed = resolved.safeParse(shape);
      if (!parsed.success) return withValues({ ok: false, message: invalidMessage, fieldErrors: toFieldErrors(parsed.error, fieldOf) });
      return withValues(await body(parsed.data as z.output<S>, caller, formData));
    };
  };
}
