"use client";
import { fieldId } from "@/lib/checkin-form";
import { FieldError } from "@/components/ui/field";

const OPTIONS = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
  { value: "", label: "Not answered" },
] as const;

const chip =
  "flex min-h-11 cursor-pointer items-center justify-center rounded-lg border border-stone-300 bg-white px-3 text-sm font-medium text-stone-900 " +
  "peer-checked:border-blue-700 peer-checked:bg-blue-700 peer-checked:text-white " +
  "peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-blue-600 " +
  "dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100 dark:peer-checked:border-blue-400 dark:peer-checked:bg-blue-400 dark:peer-checked:text-stone-950 dark:peer-focus-visible:outline-blue-400";

/** Yes / no / not answered: leaving it unanswered is not a "no". */
export function YesNoGroup({
  name,
  legend,
  value,
  error,
  onChange,
}: {
  name: string;
  legend: string;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}) {
  const id = fieldId(name);
  const errorId = `${id}-error`;
  return (
    <fieldset
      role="radiogroup"
      aria-labelledby={`${id}-legend`}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
    >
      <legend id={`${id}-legend`} className="text-sm font-medium">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-1">
        {OPTIONS.map((option, i) => (
          <label key={option.label}>
            <input
              id={i === 0 ? id : `${id}-${option.value || "none"}`}
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              className="peer sr-only"
            />
            <span className={chip}>{option.label}</span>
          </label>
        ))}
      </div>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
