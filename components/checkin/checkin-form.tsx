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
import { fieldErrorsOf, type FormAction } from "@/lib/action-result";
import { HOURS_IN_WEEK, NOTE_MAX_LENGTH } from "@/lib/limits";
import { textLength } from "@/lib/text";
import { CalendarImport } from "@/components/calendar/calendar-import";
import { Button, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FieldError, inputClass } from "@/components/ui/field";
import { Section } from "@/components/ui/section";
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

export type CheckinFormProps = {
  week: string;
  initialValues: CheckinFormValues;
  previous: { week: string; hours: Hours } | null;
  saveAction: FormAction;
  /** Offer the calendar (.ics) import that prefills the hours. */
  hasCalendarImport?: boolean;
};

export function CheckinForm({ week, initialValues, previous, saveAction, hasCalendarImport = false }: CheckinFormProps) {
  const [state, dispatch, isPending] = useActionState(saveAction, null);
  const [values, setValues] = useState<CheckinFormValues>(() =>
    state && !state.ok ? { ...initialValues, ...state.values } : initialValues,
  );
  const [copiedFrom, setCopiedFrom] = useState<string | null>(null);
  const onSubmit = useSubmitWithoutReset(dispatch);

  const errors = fieldErrorsOf(state);
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

      {state && !state.ok ? (
        <ErrorSummary
          message={state.message}
          fieldErrors={errors}
          labelFor={checkinFieldLabel}
          idFor={fieldId}
          knownFields={KNOWN_FIELDS}
        />
      ) : null}

      {hasCalendarImport ? <CalendarImport week={week} onFill={fillFromCalendar} /> : null}

      <Section
        id="hours-heading"
        title="Where your hours went"
        actions={
          previous ? (
            <Button variant="secondary" onClick={copyPreviousHours}>
              Same as last week
            </Button>
          ) : null
        }
      >
        <p className="text-sm text-muted" aria-live="polite">
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
        <p className="text-xs text-muted">{HOURS_HINT}</p>

        <div className="space-y-2" id={fieldId("hours.total")} tabIndex={-1}>
          <p aria-live="polite" className="text-sm">
            Total <span className="font-semibold tabular-nums">{formatHours(split.total)}</span>
            {split.total > HOURS_IN_WEEK ? (
              <span className="font-medium text-alert-text"> — more than the {HOURS_IN_WEEK} h in a week</span>
            ) : null}
            {split.hasUnreadable ? (
              <span className="text-muted"> (a field isn’t a valid number of hours yet, counted as 0)</span>
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
      </Section>

      <Section id="energy-heading" title="Energy">
        <p className="text-sm text-muted">1 drained me … 5 energized me. Leave any of them unrated.</p>
        <div className="grid gap-4 lg:grid-cols-2">
          {ENERGY_QUESTIONS.map((q) => (
            <RatingGroup key={q.name} question={q} value={values[q.name]} error={errors[q.name]} onChange={set(q.name)} />
          ))}
        </div>
      </Section>

      <Section id="ratings-heading" title="How the week felt">
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
      </Section>

      <Card padding="sm" className="space-y-4">
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
          className={inputClass}
        />
        <p
          id={`${fieldId("note")}-count`}
          className={`text-sm tabular-nums ${isNoteTooLong ? "font-medium text-alert-text" : "text-muted"}`}
        >
          {noteCount.format(noteLength)} / {noteCount.format(NOTE_MAX_LENGTH)} characters
          {isNoteTooLong ? ` — ${noteCount.format(noteLength - NOTE_MAX_LENGTH)} too many` : ""}. Only you can see it.
        </p>
        <FieldError id={`${fieldId("note")}-error`} message={errors.note} />
      </Card>

      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={isPending} aria-disabled={isPending}>
          {isPending ? "Saving…" : "Save week"}
        </Button>
        <div role="status" className="text-sm">
          {state?.ok ? (
            <span>
              <span className="font-semibold text-ok-text">{state.message}</span>{" "}
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
