"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, type FormEvent } from "react";
import { weekNavigation } from "@/lib/checkin-form";
import { formatWeekLabel, formatWeekRange } from "@/lib/format";
import { parseWeekInput, WEEK_INPUT_MAX_LENGTH } from "@/lib/week-input";
import { buttonClass } from "@/components/ui/button";
import { FieldError, inputClass } from "@/components/ui/field";

/**
 * Previous / next week, a jump to this week, and a field that takes a week as people type it
 * ("2026-W10", "2026-11-24", "last week"). A bad entry gets its message beside the field; without
 * JavaScript the form goes to /checkin?week=…, which reads it the same way.
 */
export function WeekPicker({
  week,
  currentWeek,
  today,
  recentWeeks,
  initialValue = "",
  initialError = null,
}: {
  week: string;
  currentWeek: string;
  /** The leader's calendar date (YYYY-MM-DD), for "yesterday" and "last week". */
  today: string;
  recentWeeks: string[];
  initialValue?: string;
  initialError?: string | null;
}) {
  const router = useRouter();
  const id = useId();
  const inputId = `${id}-week`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const listId = `${id}-recent`;
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(initialError);
  const { previous, next } = weekNavigation(week, currentWeek);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const typed = new FormData(event.currentTarget).get("week");
    const result = parseWeekInput(typeof typed === "string" ? typed : "", today);
    if (!result.ok) {
      setError(result.error);
      input.current?.focus();
      return;
    }
    setError(null);
    router.push(`/checkin/${result.week}`);
  };

  return (
    <nav aria-label="Choose a week" className="flex flex-wrap items-start gap-2">
      <Link href={`/checkin/${previous}`} className={buttonClass("secondary", "px-3")} aria-label={`Previous week (${formatWeekLabel(previous)})`}>
        ←<span className="hidden sm:inline">Previous</span>
      </Link>
      {next ? (
        <Link href={`/checkin/${next}`} className={buttonClass("secondary", "px-3")} aria-label={`Next week (${formatWeekLabel(next)})`}>
          <span className="hidden sm:inline">Next</span>→
        </Link>
      ) : null}
      {week !== currentWeek ? (
        <Link href={`/checkin/${currentWeek}`} className={buttonClass("ghost", "px-2")}>
          This week
        </Link>
      ) : null}
      <form action="/checkin" method="get" onSubmit={onSubmit} noValidate className="flex min-w-0 flex-1 basis-44 items-start gap-2 sm:flex-none">
        <div className="min-w-0 flex-1 sm:w-52">
          <label htmlFor={inputId} className="sr-only">
            Go to week
          </label>
          <input
            ref={input}
            id={inputId}
            name="week"
            list={listId}
            defaultValue={initialValue}
            placeholder="Go to week…"
            autoComplete="off"
            enterKeyHint="go"
            maxLength={WEEK_INPUT_MAX_LENGTH}
            aria-invalid={error ? true : undefined}
            aria-describedby={[hintId, error ? errorId : null].filter(Boolean).join(" ")}
            onChange={() => setError(null)}
            className={inputClass}
          />
          <span id={hintId} className="sr-only">
            A week such as 2026-W10, a date such as 2026-11-24, or words such as last week or 3 weeks ago.
          </span>
          <datalist id={listId}>
            {recentWeeks.map((w) => (
              <option key={w} value={w}>
                {formatWeekRange(w)}
              </option>
            ))}
          </datalist>
          <FieldError id={errorId} message={error ?? undefined} />
        </div>
        <button type="submit" className={buttonClass("secondary", "px-3")}>
          Go
        </button>
      </form>
    </nav>
  );
}
