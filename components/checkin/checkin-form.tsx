"use client";
import { startTransition, useActionState, useEffect, useRef, useState, useTransition, type FormEvent, type KeyboardEvent } from "react";
import {
  CHECKIN_FIELD_NAMES,
  ENERGY_QUESTIONS,
  HOURS_FIELDS,
  HOURS_LABELS,
  LEADER_FIELD,
  RATING_QUESTIONS,
  YES_NO_LABELS,
  carriedOver,
  checkinFieldLabel,
  fieldId,
  liveSplit,
  withHours,
  type CheckinFieldName,
  type CheckinFormValues,
  isOtherLeaderRefusal,
  type CheckinSaveState,
} from "@/lib/checkin-form";
import type { CalendarPrefill } from "@/lib/calendar/prefill";
import { ACTIVITIES, YES_NO_QUESTIONS } from "@/lib/enums";
import { formatHours, formatWeekLabel } from "@/lib/format";
import { HOURS_IN_WEEK, NOTE_MAX_LENGTH } from "@/lib/limits";
import { textLength } from "@/lib/text";
import { CalendarImport } from "@/components/calendar/calendar-import";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FieldError, inputClass } from "@/components/ui/field";
import { Section } from "@/components/ui/section";
import { rememberCalendarImport } from "./calendar-memory";
import { ErrorSummary } from "./error-summary";
import { HoursInput } from "./hours-input";
import { dropPending, keepPending, onPendingSent, usePendingCheckins, valuesOf, type SaveCheckinAction } from "./pending-store";
import { RatingGroup } from "./rating-group";
import { answerOf, SaveOutcome, type Outcome } from "./save-outcome";
import { SplitBar } from "./split-bar";
import { SplitLegend } from "./split-legend";
import { YesNoGroup } from "./yes-no-group";

const KNOWN_FIELDS = new Set<string>([...CHECKIN_FIELD_NAMES, "hours.total"]);
const HOURS_HINT = "0–100, quarter hours (7.25); ↑ ↓ step by ¼ h; Enter moves on";
const noteCount = new Intl.NumberFormat("en-US");
const FIRST_RATING_ID = fieldId(ENERGY_QUESTIONS[0]!.name);
/** Enter in each hours field moves to the next one, and from the last into the ratings. */
const ENTER_NEXT: Record<string, string> = Object.fromEntries(
  [...HOURS_FIELDS, "lowValueMeetingHours"].map((name, i, all) => [name, all[i + 1] ? fieldId(all[i + 1]!) : FIRST_RATING_ID]),
);

type Copied = { from: string; hoursOnly: boolean; before: CheckinFormValues };

export type CheckinFormProps = {
  week: string;
  /** The signed-in leader; a check-in kept on the device is stored and sent for this account only. */
  leaderId: string;
  initialValues: CheckinFormValues;
  previous: { week: string; values: CheckinFormValues } | null;
  saveAction: SaveCheckinAction;
  /** Offer the calendar (.ics) import that prefills the hours; open when the leader has used it before. */
  calendarImport?: { defaultOpen: boolean } | null;
};

export function CheckinForm({ week, leaderId, initialValues, previous, saveAction, calendarImport = null }: CheckinFormProps) {
  // Without JavaScript the form posts to the action and the page renders its answer; with it, `save` below.
  const [serverResult, serverDispatch] = useActionState(saveAction, null);
  const serverState = answerOf(serverResult);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const state: Outcome = outcome ?? serverState;
  const [isSaving, startSaving] = useTransition();
  const [values, setValues] = useState<CheckinFormValues>(() =>
    serverState.status === "invalid" ? { ...initialValues, ...serverState.values } : initialValues,
  );
  const [copied, setCopied] = useState<Copied | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const kept = usePendingCheckins(leaderId).find((e) => e.week === week) ?? null;
  const loadedKept = useRef(false);

  useEffect(() => {
    if (!kept || loadedKept.current) return;
    loadedKept.current = true;
    setValues(kept.values);
    setOutcome({ status: "kept", reason: kept.problem ? "refused-invalid" : navigator.onLine ? "failed" : "offline", stored: true, problem: kept.problem });
  }, [kept]);

  useEffect(
    () =>
      onPendingSent(({ leaderId: sentFor, week: sentWeek, state: sent }) => {
        if (sentFor === leaderId && sentWeek === week) setOutcome((current) => (current?.status === "kept" ? answerOf(sent) : current));
      }),
    [leaderId, week],
  );

  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const set = (name: CheckinFieldName) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  const split = liveSplit(values);
  const noteLength = textLength(values.note);
  const isNoteTooLong = noteLength > NOTE_MAX_LENGTH;

  const copyPrevious = (hoursOnly: boolean) => {
    if (!previous) return;
    setCopied({ from: previous.week, hoursOnly, before: values });
    setValues((v) => carriedOver(v, previous.values, { hoursOnly }));
  };
  const undoCopy = () => {
    if (copied) setValues(copied.before);
    setCopied(null);
  };

  const fillFromCalendar = (prefill: CalendarPrefill) => {
    setValues((v) => ({ ...withHours(v, prefill.hours), ...(prefill.managerOneOnOne ? { managerOneOnOne: "yes" } : {}) }));
    setCopied(null);
    rememberCalendarImport();
  };

  const keepOnDevice = (typed: CheckinFormValues, reason: Extract<Outcome, { status: "kept" }>["reason"]) => {
    // Kept from this form: the effect that restores a week kept before the page loaded stays out of it.
    loadedKept.current = true;
    const stored = keepPending(leaderId, typed);
    startTransition(() => setOutcome({ status: "kept", reason, stored, problem: null }));
  };

  const save = (formData: FormData) => {
    const typed = valuesOf(formData, week);
    startSaving(async () => {
      if (!navigator.onLine) return keepOnDevice(typed, "offline");
      // Kept before it is sent: if the answer never comes (the tab closes, the session ended and the
      // action sends the page to sign-in), the week waits on the device for this leader.
      loadedKept.current = true;
      keepPending(leaderId, typed);
      let result: CheckinSaveState;
      try {
        result = await saveAction(null, formData);
      } catch {
        return keepOnDevice(typed, "failed");
      }
      if (isOtherLeaderRefusal(result)) return keepOnDevice(typed, "other-leader");
      // Saved, or refused for a field the form now shows: nothing is left to send.
      dropPending(leaderId, week);
      startTransition(() => setOutcome(answerOf(result)));
    });
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save(new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && !isSaving) {
      event.preventDefault();
      form.current?.requestSubmit();
    }
  };

  return (
    <form ref={form} action={serverDispatch} onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate className="space-y-4 sm:space-y-6">
      <input type="hidden" name="week" value={week} />
      <input type="hidden" name={LEADER_FIELD} value={leaderId} />

      {state.status === "invalid" ? (
        <ErrorSummary
          message={state.message}
          fieldErrors={errors}
          labelFor={checkinFieldLabel}
          idFor={fieldId}
          knownFields={KNOWN_FIELDS}
        />
      ) : null}

      <Section
        id="hours-heading"
        title="Where your hours went"
        actions={
          previous ? (
            <div className="flex flex-wrap items-center gap-1">
              <Button variant="secondary" onClick={() => copyPrevious(false)} aria-describedby="copy-previous-hint">
                Same as last week
              </Button>
              <Button variant="ghost" onClick={() => copyPrevious(true)} className="px-3" aria-label={`Copy only the hours of ${formatWeekLabel(previous.week)}`}>
                Hours only
              </Button>
              <span id="copy-previous-hint" className="sr-only">
                Copies the hours and ratings of {formatWeekLabel(previous.week)}; you can change any of them.
              </span>
            </div>
          ) : null
        }
      >
        <div className="flex flex-wrap items-center gap-x-3 text-sm text-muted" aria-live="polite">
          {copied ? (
            <>
              <p>
                {copied.hoursOnly ? "Hours" : "Hours and ratings"} copied from {formatWeekLabel(copied.from)}.
                {copied.hoursOnly ? null : " Change anything that differs."}
              </p>
              <Button variant="ghost" onClick={undoCopy} className="min-h-9 px-2 py-1 underline underline-offset-2">
                Undo
              </Button>
            </>
          ) : (
            <p>Rough numbers are fine. A week away is 0 everywhere.</p>
          )}
        </div>
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
                nextId={ENTER_NEXT[name]}
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
            nextId={ENTER_NEXT.lowValueMeetingHours}
            onChange={set("lowValueMeetingHours")}
          />
        </div>
      </Section>

      {calendarImport ? <CalendarImport week={week} onFill={fillFromCalendar} defaultOpen={calendarImport.defaultOpen} /> : null}

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

      <div
        data-save-bar
        className="sticky bottom-0 z-10 -mx-4 space-y-2 border-t border-border bg-canvas/95 px-4 pt-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] backdrop-blur sm:mx-0 sm:rounded-t-xl sm:border-x"
      >
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <Button type="submit" disabled={isSaving} aria-disabled={isSaving}>
            {isSaving ? "Saving…" : "Save week"}
          </Button>
          <p className="hidden text-sm text-muted sm:block">Ctrl or ⌘ + Enter saves from any field.</p>
        </div>
        <SaveOutcome outcome={state} onRetry={() => form.current?.requestSubmit()} />
      </div>
    </form>
  );
}
