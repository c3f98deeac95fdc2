"use client";
import type { KeyboardEvent } from "react";
import { fieldId, parseHoursInput } from "@/lib/checkin-form";
import { Field, inputClass } from "@/components/ui/field";
import { MAX_HOURS_PER_ACTIVITY } from "@/lib/limits";

const STEP = 0.25;

/** Hours as text with a decimal keypad (so "7,5" is accepted); arrow keys step by a quarter hour. */
export function HoursInput({
  name,
  label,
  value,
  error,
  hint,
  onChange,
}: {
  name: string;
  label: string;
  value: string;
  error?: string;
  hint?: string;
  onChange: (value: string) => void;
}) {
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "ArrowUp" && event.key !== "ArrowDown") return;
    event.preventDefault();
    const current = parseHoursInput(value) ?? 0;
    const stepped = Math.round(current / STEP) * STEP + (event.key === "ArrowUp" ? STEP : -STEP);
    onChange(String(Math.min(MAX_HOURS_PER_ACTIVITY, Math.max(0, stepped))));
  };
  return (
    <Field id={fieldId(name)} label={label} hint={hint} error={error}>
      {(control) => (
        <div className="relative">
          <input
            name={name}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={value}
            onChange={(e) => onChange(e.target.value)}
            onKeyDown={onKeyDown}
            className={`${inputClass} pr-8 tabular-nums`}
            {...control}
          />
          <span aria-hidden="true" className="pointer-events-none absolute inset-y-0 right-3 flex items-center text-muted">
            h
          </span>
        </div>
      )}
    </Field>
  );
}
