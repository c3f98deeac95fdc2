"use client";
import Link from "next/link";
import { useActionState, useState } from "react";
import type { Hours } from "@/lib/checkin";
import {
  CHECKIN_FIELD_NAMES,
  ENERGY_QUESTIONS,
  HOURS_LABELS,
  RATING_QUESTIONS,
  YES_NO_LABELS,
  checkinFieldLabel,
  fieldId,
  liveSplit,
  withHours,
  type CheckinFieldName,
  type CheckinFormValues,
} from "@/lib/checkin-form";
import type { CalendarPrefill } from "@/lib/calendar/prefill";
import { ACTIVITIES, YES_NO_QUESTIONS } from "@/lib/enums";
import { formatHours, formatWeekLabel } from "@/lib/format";
import { IDLE, type FormState } from "@/lib/form-state";
import { HOURS_IN_WEEK, NOTE_MAX_LENGTH } from "@/lib/limits";
import { textLength } from "@/lib/text";
import { CalendarImport } from "@/components/calendar/calendar-import";
import { Button, buttonClass } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";
import { ErrorSummary } from "./error-summary";
import { HoursInput } from "./hours-input";
import { RatingGroup } from "./rating-group";
import { SplitBar } from "./split-bar";
import { SplitLegend } from "./split-legend";
import { useSubmitWithoutReset } from "./use-submit-without-reset";
import { YesNoGroup } from "./yes-no-group";

const KNOWN_FIELDS = new Set<string>([...CHECKIN_FIELD_NAMES, "hours.total"]);
const HOURS_HINT = "0–100, quarter hours (7.25); ↑ ↓ step by ¼ h";
const noteCount = new Intl.NumberFormat("en-US");

const sectionClass = "space-y-4 rounded-xl border border-stone-200 bg-white p-3 sm:p-4 dark:border-stone-800 dark:bg-stone-900";

export type CheckinFormProps = {
  week: string;
  initialValues: CheckinFormValues;
  previous: { week: string; hours: Hours } | null;
  saveAction: (state: FormState, formData: FormData) => Promise<FormState>;
  /** Offer the calendar (.ics) import that prefills the hours. */
  hasCalendarImport?: boolean;
};

export function CheckinForm({ week, initialValues, previous, saveAction, hasCalendarImport = false }: CheckinFormProps) {
  const [state, dispatch, isPending] = useActionState(saveAction, IDLE);
  const [values, setValues] = useState<CheckinFormValues>(() =>
    state.status === "invalid" ? { ...initialValues, ...state.values } : initialValues,
  );
  const [copiedFrom, setCopiedFrom] = useState<string | null>(null);
  const onSubmit = useSubmitWithoutReset(dispatch);

  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const set = (name: CheckinFieldName) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  const split = liveSplit(values);
  const noteLength = textLength(values.note);
  const isNoteTooLong = noteLength > NOTE_MAX_LENGTH;

  const copyPreviousHours = () => {
    if (!previous) return;
    setValues((v) => withHours(v, previous.hours));
    setCopiedFrom(previous.week);
  };

  const fillFromCalendar = (prefill: CalendarPrefill) => {
    setValues((v) => ({ ...withHours(v, prefill.hours), ...(prefill.managerOneOnOne ? { managerOneOnOne: "yes" } : {}) }));
    setCopiedFrom(null);
  };

  return (
    <form action={dispatch} onSubmit={onSubmit} noValidate className="space-y-6">
      <input type="hidden" name="week" value={week} />

      {state.status === "invalid" ? (
        <ErrorSummary
          message={state.message}
          fieldErrors={errors}
          labelFor={checkinFieldLabel}
          idFor={fieldId}
          knownFields={KNOWN_FIELDS}
        />
      ) : null}

      {hasCalendarImport ? <CalendarImport week={week} onFill={fillFromCalendar} /> : null}

      <section aria-labelledby="hours-heading" className={sectionClass}>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="hours-heading" className="text-lg font-semibold">
            Where your hours went
          </h2>
          {previous ? (
            <Button variant="secondary" onClick={copyPreviousHours}>
              Same as last week
            </Button>
          ) : null}
        </div>
        <p className="text-sm text-stone-600 dark:text-stone-400" aria-live="polite">
          {copiedFrom ? `Hours copied from ${formatWeekLabel(copiedFrom)}.` : "Rough numbers are fine. A week away is 0 everywhere."}
        </p>
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {ACTIVITIES.map((activity) => {
            const name = `hours.${activity}` as const;
            return (
              <HoursInput
                key={name}
                name={name}
                label={HOURS_LABELS[activity]}
                value={values[name]}
                error={errors[name]}
                onChange={set(name)}
              />
            );
          })}
        </div>
        <p className="text-xs text-stone-600 dark:text-stone-400">{HOURS_HINT}</p>

        <div className="space-y-2" id={fieldId("hours.total")} tabIndex={-1}>
          <p aria-live="polite" className="text-sm">
            Total <span className="font-semibold tabular-nums">{formatHours(split.total)}</span>
            {split.total > HOURS_IN_WEEK ? (
              <span className="font-medium text-red-700 dark:text-red-300"> — more than the {HOURS_IN_WEEK} h in a week</span>
            ) : null}
            {split.hasUnreadable ? (
              <span className="text-stone-600 dark:text-stone-400"> (a field isn’t a valid number of hours yet, counted as 0)</span>
            ) : null}
          </p>
          <SplitBar shares={split.shares} />
          <SplitLegend hours={split.hours} shares={split.shares} />
          <FieldError id={`${fieldId("hours.total")}-error`} message={errors["hours.total"]} />
        </div>

        <div className="max-w-xs">
          <HoursInput
            name="lowValueMeetingHours"
            label="Of the meeting hours, how many felt low-value?"
            hint="Meetings to prepare for meetings. Optional."
            value={values.lowValueMeetingHours}
            error={errors.lowValueMeetingHours}
            onChange={set("lowValueMeetingHours")}
          />
        </div>
      </section>

      <section aria-labelledby="energy-heading" className={sectionClass}>
        <h2 id="energy-heading" className="text-lg font-semibold">
          Energy
        </h2>
        <p className="text-sm text-stone-600 dark:text-stone-400">1 drained me … 5 energized me. Leave any of them unrated.</p>
        <div className="grid gap-4 lg:grid-cols-2">
          {ENERGY_QUESTIONS.map((q) => (
            <RatingGroup key={q.name} question={q} value={values[q.name]} error={errors[q.name]} onChange={set(q.name)} />
          ))}
        </div>
      </section>

      <section aria-labelledby="ratings-heading" className={sectionClass}>
        <h2 id="ratings-heading" className="text-lg font-semibold">
          How the week felt
        </h2>
        <div className="grid gap-4 lg:grid-cols-2">
          {RATING_QUESTIONS.map((q) => (
            <RatingGroup key={q.name} question={q} value={values[q.name]} error={errors[q.name]} onChange={set(q.name)} />
          ))}
          {YES_NO_QUESTIONS.map((name) => (
            <YesNoGroup
              key={name}
              name={name}
              legend={YES_NO_LABELS[name]}
              value={values[name]}
              error={errors[name]}
              onChange={set(name)}
            />
          ))}
        </div>
      </section>

      <div className={sectionClass}>
        <h2 className="text-lg font-semibold">
          <label htmlFor={fieldId("note")}>Private note</label>
        </h2>
        <textarea
          id={fieldId("note")}
          name="note"
          rows={4}
          value={values.note}
          onChange={(e) => set("note")(e.target.value)}
          aria-invalid={errors.note || isNoteTooLong ? true : undefined}
          aria-describedby={[`${fieldId("note")}-count`, errors.note ? `${fieldId("note")}-error` : null].filter(Boolean).join(" ")}
          className="block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base text-stone-900 shadow-sm aria-invalid:border-red-600 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100 dark:aria-invalid:border-red-400"
        />
        <p
          id={`${fieldId("note")}-count`}
          className={`text-sm tabular-nums ${isNoteTooLong ? "font-medium text-red-700 dark:text-red-300" : "text-stone-600 dark:text-stone-400"}`}
        >
          {noteCount.format(noteLength)} / {noteCount.format(NOTE_MAX_LENGTH)} characters
          {isNoteTooLong ? ` — ${noteCount.format(noteLength - NOTE_MAX_LENGTH)} too many` : ""}. Only you can see it.
        </p>
        <FieldError id={`${fieldId("note")}-error`} message={errors.note} />
      </div>

      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={isPending} aria-disabled={isPending}>
          {isPending ? "Saving…" : "Save week"}
        </Button>
        <div role="status" className="text-sm">
          {state.status === "saved" ? (
            <span>
              <span className="font-semibold text-green-800 dark:text-green-300">{state.message}</span>{" "}
              <Link href="/dashboard" className={buttonClass("ghost", "underline underline-offset-2")}>
                See your dashboard
              </Link>
              <Link href="/history" className={buttonClass("ghost", "underline underline-offset-2")}>
                See your history
              </Link>
            </span>
          ) : null}
        </div>
      </div>
    </form>
  );
}
