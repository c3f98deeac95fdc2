/** What every server action hands back, and what its form reads: one shape for all of them. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | {
      ok: false;
      message: string;
      /** The first message per field; "form" holds one for the whole form (or "…and N more problems"). */
      fieldErrors: Record<string, string>;
      /** The submitted text of the fields the action echoes, so a form rendered again keeps what was typed. */
      values?: Partial<Record<string, string>>;
    };

export type ActionFailure = Extract<ActionResult<never>, { ok: false }>;

/** A form's state in useActionState: null until the first answer. */
export type ActionState<T = undefined> = ActionResult<T> | null;

/** The one signature of a server action: (previous state, form) → result. Bind `null` for a plain `<form action>`. */
export type FormAction<T = undefined> = (previous: ActionState<T>, formData: FormData) => Promise<ActionResult<T>>;

export const FIX_FIELDS = "Please fix the highlighted fields.";

/** The answer when an action's argument is not a form: every "use server" export can be called with any JSON. */
export const UNREADABLE_FORM: ActionFailure = {
  ok: false,
  message: "The form could not be read. Reload the page and try again.",
  fieldErrors: {},
};

export function succeeded<T>(data: T, message?: string): ActionResult<T> {
  return message === undefined ? { ok: true, data } : { ok: true, data, message };
}

export function done(message?: string): ActionResult {
  return succeeded(undefined, message);
}

export function failed(message: string, fieldErrors: Record<string, string> = {}): ActionFailure {
  return { ok: false, message, fieldErrors };
}

/** The field errors of a refused answer; none otherwise. */
export function fieldErrorsOf(state: ActionState<unknown>): Record<string, string> {
  return state && !state.ok ? state.fieldErrors : {};
}

/** What was typed into `name` before a refusal, for a field's defaultValue. */
export function echoedValue(state: ActionState<unknown>, name: string): string | undefined {
  return state && !state.ok ? state.values?.[name] : undefined;
}

/**
 * The submitted text of each named field, files left out. Built with fromEntries (own properties, a
 * plain prototype), since React refuses to send a prototype-less object to the client.
 */
export function submittedValues(
  entries: Iterable<[string, FormDataEntryValue | string]>,
  names: readonly string[],
): Partial<Record<string, string>> {
  const known = new Set<string>(names);
  const values = new Map<string, string>();
  for (const [name, value] of entries) {
    if (known.has(name) && typeof value === "string") values.set(name, value);
  }
  return Object.fromEntries(values);
}

/**
 * An action for a plain `<form action>` whose answer nobody reads (it redirects, as sign-out does):
 * the previous state bound to null. Forms that show an answer use useActionState instead.
 */
export function withoutState<T>(action: FormAction<T>): (formData: FormData) => Promise<void> {
  return action.bind(null, null) as unknown as (formData: FormData) => Promise<void>;
}
