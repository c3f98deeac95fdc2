"use client";
import type { KeyboardEvent } from "react";
import { fieldId, type RatingQuestion } from "@/lib/checkin-form";
import { FieldError } from "@/components/ui/field";
import { noneChip, scoreChip } from "./choice-chip";

const SCORES = ["1", "2", "3", "4", "5"] as const;

/**
 * A 1–5 rating as a radio group that can stay or go back to "not rated". With a choice focused,
 * typing 1–5 picks that score and 0 clears it, as arrow keys would but in one key.
 */
export function RatingGroup({
  question,
  value,
  error,
  onChange,
}: {
  question: RatingQuestion;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}) {
  const id = fieldId(question.name);
  const anchorsId = `${id}-anchors`;
  const errorId = `${id}-error`;
  const radioId = (score: string) => (score === "1" ? id : score === "" ? `${id}-none` : `${id}-${score}`);

  const onKeyDown = (event: KeyboardEvent<HTMLFieldSetElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || !(event.target instanceof HTMLInputElement)) return;
    const score = event.key === "0" ? "" : SCORES.find((s) => s === event.key);
    if (score === undefined) return;
    event.preventDefault();
    onChange(score);
    document.getElementById(radioId(score))?.focus();
  };

  return (
    <fieldset
      role="radiogroup"
      aria-labelledby={`${id}-legend`}
      aria-invalid={error ? true : undefined}
      aria-describedby={[anchorsId, error ? errorId : null].filter(Boolean).join(" ")}
      onKeyDown={onKeyDown}
    >
      <legend id={`${id}-legend`} className="text-sm font-medium">{question.legend}</legend>
      <p id={anchorsId} className="sr-only">
        1 means {question.low}, 5 means {question.high}. Type 1 to 5 to rate, 0 for not rated.
      </p>
      <div className="mt-1 flex flex-wrap items-start gap-1">
        {/* The end labels share the scores' grid, so each sits under its own end of the scale; fixed
            columns, so a long label wraps instead of widening the chips. */}
        <div className="grid grid-cols-[repeat(5,2.75rem)] gap-1" data-scale>
          {SCORES.map((score) => (
            <label key={score}>
              <input
                id={radioId(score)}
                type="radio"
                name={question.name}
                value={score}
                checked={value === score}
                onChange={() => onChange(score)}
                className="peer sr-only"
              />
              <span className={scoreChip}>
                {score}
                {score === "1" ? <span className="sr-only"> – {question.low}</span> : null}
                {score === "5" ? <span className="sr-only"> – {question.high}</span> : null}
              </span>
            </label>
          ))}
          <p aria-hidden="true" className="col-span-5 flex justify-between gap-3 text-xs leading-tight text-muted">
            <span data-scale-end="low" className="max-w-[50%]">{question.low}</span>
            <span data-scale-end="high" className="max-w-[50%] text-right">{question.high}</span>
          </p>
        </div>
        <label>
          <input
            id={radioId("")}
            type="radio"
            name={question.name}
            value=""
            checked={value === ""}
            onChange={() => onChange("")}
            className="peer sr-only"
          />
          <span className={noneChip}>Not rated</span>
        </label>
      </div>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
