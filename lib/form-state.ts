/** What a form's server action hands back to the form. */
export type FormState =
  | { status: "idle" }
  | { status: "saved"; message: string }
  | { status: "invalid"; message: string; fieldErrors: Record<string, string>; values: Partial<Record<string, string>> };

export const IDLE: FormState = { status: "idle" };

/** The answer when an action's argument is not a form: every "use server" export can be called with any JSON. */
export const UNREADABLE_FORM: Extract<FormState, { status: "invalid" }> = {
  status: "invalid",
  message: "The form could not be read. Reload the page and try again.",
  fieldErrors: {},
  values: {},
};

/** The submitted text of each named field, so a form rendered again without JavaScript keeps what was typed. */
export function submittedValues<N extends string>(
  entries: Iterable<[string, FormDataEntryValue | string]>,
  names: readonly N[],
): Partial<Record<N, string>> {
  const known = new Set<string>(names);
  const values: Partial<Record<N, string>> = {};
  for (const [name, value] of entries) {
    if (known.has(name) && typeof value === "string") values[name as N] = value;
  }
  return values;
}
