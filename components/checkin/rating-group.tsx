"use client";
import { fieldId, type RatingQuestion } from "@/lib/checkin-form";
import { FieldError } from "@/components/ui/field";
import { noneChip, scoreChip } from "./choice-chip";

const SCORES = ["1", "2", "3", "4", "5"] as const;

/** A 1–5 rating as a radio group that can stay or go back to "not rated". */
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
  return (
    <fieldset
      role="radiogroup"
      aria-labelledby={`${id}-legend`}
      aria-invalid={error ? true : undefined}
      aria-describedby={[anchorsId, error ? errorId : null].filter(Boolean).join(" ")}
    >
      <legend id={`${id}-legend`} className="text-sm font-medium">{question.legend}</legend>
      <p id={anchorsId} className="sr-only">
        1 means {question.low}, 5 means {question.high}.
      </p>
      <div className="mt-1 flex flex-wrap items-center gap-1">
        {SCORES.map((score, i) => (
          <label key={score}>
            <input
              id={i === 0 ? id : `${id}-${score}`}
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
        <label>
          <input
            id={`${id}-none`}
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
      <p aria-hidden="true" className="mt-1 flex w-[15rem] max-w-full justify-between gap-2 text-xs text-muted">
        <span>1 {question.low}</span>
        <span className="text-right">5 {question.high}</span>
      </p>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
