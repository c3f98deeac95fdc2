"use client";
import { fieldId, type RatingQuestion } from "@/lib/checkin-form";
import { FieldError } from "@/components/ui/field";

const SCORES = ["1", "2", "3", "4", "5"] as const;

const chip =
  "flex min-h-11 min-w-11 cursor-pointer items-center justify-center rounded-lg border border-stone-300 bg-white px-2 text-base font-semibold text-stone-900 " +
  "peer-checked:border-blue-700 peer-checked:bg-blue-700 peer-checked:text-white " +
  "peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-blue-600 " +
  "dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100 dark:peer-checked:border-blue-400 dark:peer-checked:bg-blue-400 dark:peer-checked:text-stone-950 dark:peer-focus-visible:outline-blue-400";

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
            <span className={chip}>
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
          <span className={`${chip} text-sm font-medium`}>Not rated</span>
        </label>
      </div>
      <p aria-hidden="true" className="mt-1 flex w-[15rem] max-w-full justify-between gap-2 text-xs text-stone-600 dark:text-stone-400">
        <span>1 {question.low}</span>
        <span className="text-right">5 {question.high}</span>
      </p>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
