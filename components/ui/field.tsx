import type { InputHTMLAttributes, ReactNode } from "react";

export const inputClass =
  "block w-full min-h-11 rounded-lg border border-border-strong bg-surface px-3 py-2 text-base text-text shadow-sm aria-invalid:border-alert";

/** What a control inside a Field spreads onto itself, so its label, hint and error reach assistive tech. */
export type FieldControlProps = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };

/** The error line beside a field; its id is what the field's aria-describedby points at. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm font-medium text-alert-text">
      {message}
    </p>
  );
}

/** A label, an optional hint, the control and its error, wired together by ids. */
export function Field({
  id,
  label,
  hint,
  error,
  describedBy = [],
  className,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** More ids describing the control (a character count, a screen-reader-only hint). */
  describedBy?: string[];
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const ids = [hint ? hintId : null, ...describedBy, error ? errorId : null].filter(Boolean).join(" ");
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <div className="mt-1">{children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": ids || undefined })}</div>
      <FieldError id={errorId} message={error} />
    </div>
  );
}

export function TextField({
  label,
  name,
  error,
  hint,
  className,
  ...props
}: InputHTMLAttributes<HTMLInputElement> & { label: ReactNode; name: string; error?: string; hint?: ReactNode }) {
  return (
    <Field id={props.id ?? `field-${name}`} label={label} hint={hint} error={error} className={className}>
      {(control) => <input name={name} className={inputClass} {...props} {...control} />}
    </Field>
  );
}
