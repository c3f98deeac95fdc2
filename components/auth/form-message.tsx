import type { AuthFormState } from "./form-state";

/** The form-level result: an alert for a refusal, a status line for a success. */
export function FormMessage({ state }: { state: AuthFormState }) {
  if (!state?.message) return null;
  if (!state.ok) {
    return (
      <div
        role="alert"
        className="rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
      >
        {state.message}
      </div>
    );
  }
  return (
    <p
      role="status"
      className="rounded-lg border border-green-300 bg-green-50 px-3 py-2 text-sm font-medium text-green-800 dark:border-green-800 dark:bg-green-950 dark:text-green-200"
    >
      {state.message}
    </p>
  );
}
