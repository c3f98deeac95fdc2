"use client";
import type { KeyboardEvent } from "react";
import { fieldId, parseHoursInput } from "@/lib/checkin-form";
import { Field, inputClass } from "@/components/ui/field";
import { MAX_HOURS_PER_ACTIVITY } from "@/lib/limits";
import { focusField } from "./focus-field";

const STEP = 0.25;

/**
 * Hours as text with a decimal keypad (so "7,5" is accepted); arrow keys step by a quarter hour.
 * Enter moves on to `nextId` (the phone keyboard shows "next") instead of saving a half-typed week.
 */
export function HoursInput({
  name,
  label,
  value,
  error,
  hint,
  nextId,
  onChange,
}: {
  name: string;
  label: string;
  value: string;
  error?: string;
  hint?: string;
  nextId?: string;
  onChange: (value: string) => void;
}) {
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter" && nextId && !event.nativeEvent.isComposing && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey) {
      event.preventDefault();
      focusField(nextId);
      return;
    }
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
            enterKeyHint={nextId ? "next" : undefined}
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
