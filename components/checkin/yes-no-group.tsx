"use client";
import { fieldId } from "@/lib/checkin-form";
import { FieldError } from "@/components/ui/field";
import { choiceChip, noneChip } from "./choice-chip";

const OPTIONS = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
  { value: "", label: "Not answered" },
] as const;

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
            <span className={option.value ? choiceChip : noneChip}>{option.label}</span>
          </label>
        ))}
      </div>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
