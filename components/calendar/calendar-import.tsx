"use client";
import { useId, useRef, useState, useTransition, type DragEvent } from "react";
import { formatEventTime } from "@/lib/calendar/event-time";
import type { CalendarWeek, ImportedEvent, SkipReason } from "@/lib/calendar/import-week";
import { defaultMergeMode, formHours, mergeHours, thinCalendarWarning, type MergeMode } from "@/lib/calendar/merge";
import { hoursByCategory, type CalendarPrefill } from "@/lib/calendar/prefill";
import type { CalendarImportResponse, CalendarReviewActions } from "@/lib/calendar/response";
import { weekShape, type WeekShape } from "@/lib/calendar/shape";
import { ACTIVITIES, ACTIVITY_LABELS, type Activity } from "@/lib/enums";
import { formatHours } from "@/lib/format";
import { isProblem } from "@/lib/problem";
import { Button, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Select } from "@/components/ui/select";

const MAX_BYTES = 10 * 1024 * 1024;

/** An event as reviewed: the rules' guess and the leader's choice. */
type ReviewedEvent = ImportedEvent & { guessed: Activity };
type Loaded = Omit<CalendarWeek, "events"> & { events: ReviewedEvent[]; fileName: string };
type Status = { kind: "idle" } | { kind: "reading" } | { kind: "error"; message: string } | { kind: "filled"; message: string };
type HoursValues = Readonly<Record<`hours.${Activity}`, string>>;

export const SKIP_REASON_LABELS: Record<SkipReason, string> = {
  declined: "declined",
  cancelled: "cancelled",
  "all-day": "all day",
  free: "shown as free",
  "outside-week": "outside this week in your time zone",
  overlap: "overlaps an event already counted",
};

export const SHAPE_LABELS: Record<keyof WeekShape, string> = {
  focusBlocks: "Focus blocks (2 h+ free, 08–18 weekdays)",
  backToBackRuns: "Back-to-back runs (3+ meetings)",
  afterHoursMeetingHours: "Meeting hours outside 08–18 or on weekends",
  meetingsOverOneHour: "Meetings over an hour",
  meetingsOverEightPeople: "Meetings with more than 8 people",
  recurringMeetingShare: "Meeting time that repeats",
};

function formatShape(key: keyof WeekShape, value: number): string {
  if (key === "recurringMeetingShare") return `${Math.round(value * 100)}%`;
  if (key === "afterHoursMeetingHours") return formatHours(value);
  return String(value);
}

function messageOf(result: { message: string; fieldErrors: Record<string, string> }): string {
  return [result.message, ...Object.values(result.fieldErrors)].join(" ");
}

function errorOf(body: unknown, status: number): string {
  if (isProblem(body)) return [body.error, ...body.issues.map((i) => i.message)].join(" ");
  if (status === 401) return "Your session ended. Sign in again to import.";
  return "The calendar could not be imported. Try again.";
}

/**
 * Drop or choose an .ics export; review every event (counted by category, skipped with the
 * reason), correct categories (a correction can become a rule), see the week's shape, then fill
 * the check-in's hours, keeping hands-on and other hours already typed unless told otherwise.
 * A one-line disclosure below the hours until opened.
 */
export function CalendarImport({
  week,
  currentHours,
  actions,
  hasFeed = false,
  onFill,
  defaultOpen = false,
}: {
  /** Open at first (a leader who has used it before); a one-line disclosure otherwise. */
  defaultOpen?: boolean;
  /** A calendar address is saved: offer to read it without a download. */
  hasFeed?: boolean;
  week: string;
  /** The form's hour fields as typed, to merge with rather than overwrite. */
  currentHours: HoursValues;
  /** One-click saves; without them the review offers none. */
  actions?: CalendarReviewActions;
  onFill: (prefill: CalendarPrefill) => void;
}) {
  const inputId = useId();
  // The review's own controls sit inside the check-in form but are not its fields: they point at a
  // form that does not exist, so they have no form owner and Save week never sends them (the
  // check-in action refuses undeclared fields). Only the hidden calendarShape.* fields are sent.
  const notAField = `${inputId}-review`;
  const hintId = useId();
  const headingId = useId();
  const input = useRef<HTMLInputElement>(null);
  const lastFile = useRef<File | "feed" | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [isDragging, setIsDragging] = useState(false);
  const [mode, setMode] = useState<MergeMode | null>(null);
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [isSaving, startSaving] = useTransition();
  // Saved with the check-in (hidden fields of the form this section sits in) once the form is filled.
  const [filledShape, setFilledShape] = useState<WeekShape | null>(null);

  const read = async (file: File | undefined | null | "feed") => {
    if (!file) return;
    if (file !== "feed" && file.size > MAX_BYTES) {
      setStatus({ kind: "error", message: `${file.name} is larger than 10 MB. Export a shorter date range and try again.` });
      return;
    }
    setStatus({ kind: "reading" });
    try {
      const response =
        file === "feed"
          ? await fetch(`/api/calendar/feed?week=${encodeURIComponent(week)}`, { method: "POST" })
          : await fetch(`/api/calendar/import?week=${encodeURIComponent(week)}`, {
              method: "POST",
              headers: { "Content-Type": "text/calendar" },
              body: file,
            });
      const body: unknown = await response.json().catch(() => null);
      if (!response.ok || typeof body !== "object" || body === null) {
        setStatus({ kind: "error", message: errorOf(body, response.status) });
        return;
      }
      lastFile.current = file;
      const imported = body as CalendarImportResponse;
      setLoaded({ ...imported, events: imported.events.map((e) => ({ ...e, guessed: e.category })), fileName: file === "feed" ? "your calendar" : file.name });
      setStatus({ kind: "idle" });
    } catch {
      setStatus({ kind: "error", message: "The server could not be reached. Check your connection and try again." });
    } finally {
      if (input.current) input.current.value = "";
    }
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setIsDragging(false);
    void read(event.dataTransfer.files[0]);
  };

  const reassign = (index: number, category: Activity) =>
    setLoaded((current) =>
      current ? { ...current, events: current.events.map((e, i) => (i === index ? { ...e, category } : e)) } : current,
    );

  const makeRule = (event: ReviewedEvent) =>
    startSaving(async () => {
      if (!actions) return;
      const form = new FormData();
      form.set("title", event.summary);
      form.set("category", event.category);
      const result = await actions.addTitleRule(null, form);
      setNotes((n) => ({ ...n, [`rule:${event.summary}`]: result.ok ? (result.message ?? "Rule saved.") : messageOf(result) }));
      if (!result.ok) return;
      // The same title elsewhere in this week follows the new rule at once.
      setLoaded((current) =>
        current
          ? { ...current, events: current.events.map((e) => (e.summary === event.summary ? { ...e, category: event.category, guessed: event.category } : e)) }
          : current,
      );
    });

  const saveAddress = (kind: "own" | "manager", email: string) =>
    startSaving(async () => {
      if (!actions) return;
      const form = new FormData();
      form.set("kind", kind);
      form.set("email", email);
      const result = await actions.addAddress(null, form);
      setNotes((n) => ({ ...n, address: result.ok ? `${result.message ?? "Saved."} The calendar was read again with it.` : messageOf(result) }));
      if (result.ok) await read(lastFile.current);
    });

  const totals = loaded ? hoursByCategory(loaded.events) : null;
  const typed = formHours(currentHours);
  const chosenMode = mode ?? defaultMergeMode(typed);
  const merged = totals ? mergeHours(typed, totals, chosenMode) : null;
  const shape = loaded ? weekShape(loaded.week, loaded.events) : null;
  const thin = totals ? thinCalendarWarning(totals) : null;
  const skippedTotal = loaded ? Object.values(loaded.skippedCounts).reduce((a, b) => a + b, 0) : 0;

  const fill = () => {
    if (!loaded || !merged || !shape) return;
    const managerOneOnOne = loaded.events.some((e) => e.isManagerOneOnOne);
    onFill({ hours: merged, managerOneOnOne, shape });
    setFilledShape(shape);
    setStatus({
      kind: "filled",
      message: `${
        chosenMode === "keep" ? "Meetings and mentoring filled in from your calendar, your hands-on and other hours kept" : "Hours filled in from your calendar"
      }, each rounded to the nearest quarter hour${managerOneOnOne ? ", and the 1:1 with your manager ticked" : ""}. Check them and press Save week; nothing is saved until you do.`,
    });
  };

  return (
    <Card as="section" aria-labelledby={headingId} padding="none">
      <details open={defaultOpen || undefined} className="group">
        <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between gap-3 rounded-xl px-3 py-2 hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent sm:px-4 [&::-webkit-details-marker]:hidden">
          <span>
            <span id={headingId} className="font-semibold">
              Import from calendar (.ics)
            </span>
            <span className="block text-sm text-muted sm:inline"> Fill the hours from a calendar export</span>
          </span>
          <span aria-hidden="true" className="text-muted transition-transform group-open:rotate-180">
            ▾
          </span>
        </summary>
        <div className="space-y-3 px-3 pb-3 sm:px-4 sm:pb-4">
          <div
            onDragOver={(e) => {
              e.preventDefault();
              setIsDragging(true);
            }}
            onDragLeave={() => setIsDragging(false)}
            onDrop={onDrop}
            className={`flex flex-col items-start gap-2 rounded-lg border-2 border-dashed p-4 sm:flex-row sm:items-center ${
              isDragging ? "border-accent bg-accent-soft" : "border-border-strong"
            }`}
          >
            <label
              htmlFor={inputId}
              className={buttonClass("secondary", "shrink-0 cursor-pointer whitespace-nowrap focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-accent")}
            >
              Choose an .ics file
              <input
                ref={input}
                id={inputId}
                type="file"
                form={notAField}
                accept=".ics,text/calendar"
                aria-describedby={hintId}
                className="sr-only"
                onChange={(e) => void read(e.target.files?.[0])}
              />
            </label>
            {hasFeed ? (
              <Button variant="secondary" className="shrink-0 whitespace-nowrap" onClick={() => void read("feed")} disabled={status.kind === "reading"}>
                Fill from my calendar
              </Button>
            ) : null}
            <p id={hintId} className="text-sm text-muted">
              or drop it here. Export from Google Calendar, Outlook or Apple Calendar; up to 10 MB. The file is read on this
              server for this week only and never stored.
            </p>
          </div>

          {filledShape
            ? (Object.keys(SHAPE_LABELS) as (keyof WeekShape)[]).map((key) => (
                <input key={key} type="hidden" name={`calendarShape.${key}`} value={String(filledShape[key])} />
              ))
            : null}
          <div aria-live="polite" className="text-sm">
            {status.kind === "reading" ? <p>Reading your calendar…</p> : null}
            {status.kind === "filled" ? <p className="font-medium text-ok-text">{status.message}</p> : null}
          </div>
          {status.kind === "error" ? (
            <p role="alert" className="text-sm font-medium text-alert-text">
              {status.message}
            </p>
          ) : null}

          {loaded && totals && merged && shape ? (
            <div className="space-y-4">
              <p className="text-sm">
                {loaded.events.length === 0
                  ? `${loaded.fileName} has no timed events in this week.`
                  : `${loaded.events.length} event${loaded.events.length === 1 ? "" : "s"} from ${loaded.fileName}. Change a category if the guess is wrong; overlapping time counts once.`}
                {skippedTotal ? ` ${skippedTotal} not counted (listed below).` : ""}
              </p>
              {loaded.warnings.map((warning) => (
                <p key={warning} className="text-sm text-watch-text">
                  {warning}
                </p>
              ))}

              {actions ? <Suggestions loaded={loaded} disabled={isSaving} onSave={saveAddress} note={notes.address} /> : null}

              {ACTIVITIES.map((activity) => {
                const group = loaded.events.map((event, index) => ({ event, index })).filter(({ event }) => event.guessed === activity);
                if (!group.length) return null;
                const groupId = `${inputId}-group-${activity}`;
                return (
                  <div key={activity} className="space-y-1">
                    <h3 id={groupId} className="text-sm font-semibold">
                      {ACTIVITY_LABELS[activity]} by your rules · {group.length} event{group.length === 1 ? "" : "s"}
                    </h3>
                    <ul aria-labelledby={groupId} className="divide-y divide-border">
                      {group.map(({ event, index }) => (
                        <EventRow
                          key={`${event.start}-${index}`}
                          event={event}
                          selectId={`${inputId}-event-${index}`}
                          notAField={notAField}
                          onChange={(category) => reassign(index, category)}
                          onMakeRule={() => makeRule(event)}
                          note={notes[`rule:${event.summary}`]}
                          disabled={isSaving}
                          canSave={Boolean(actions)}
                        />
                      ))}
                    </ul>
                  </div>
                );
              })}

              {loaded.skipped.length ? (
                <details className="rounded-lg border border-border p-3 text-sm">
                  <summary className="cursor-pointer font-semibold">
                    Not counted: {skippedTotal} event{skippedTotal === 1 ? "" : "s"} (
                    {Object.entries(loaded.skippedCounts)
                      .filter(([, n]) => n > 0)
                      .map(([reason, n]) => `${n} ${SKIP_REASON_LABELS[reason as SkipReason]}`)
                      .join(", ")}
                    )
                  </summary>
                  <ul aria-label="Events not counted" className="mt-2 divide-y divide-border">
                    {loaded.skipped.map((s, i) => (
                      <li key={`${s.start}-${i}`} className="py-1.5">
                        <span className="font-medium break-words">{s.summary}</span>{" "}
                        <span className="text-muted tabular-nums">
                          {formatEventTime(s.start, s.end)} · {SKIP_REASON_LABELS[s.reason]}
                        </span>
                      </li>
                    ))}
                  </ul>
                  {skippedTotal > loaded.skipped.length ? <p className="mt-2 text-muted">and {skippedTotal - loaded.skipped.length} more.</p> : null}
                </details>
              ) : null}

              <div className="space-y-2">
                <h3 className="text-sm font-semibold">The shape of your week</h3>
                <dl aria-label="The shape of your week" className="grid grid-cols-1 gap-2 text-sm sm:grid-cols-3">
                  {(Object.keys(SHAPE_LABELS) as (keyof WeekShape)[]).map((key) => (
                    <div key={key} className="flex items-baseline justify-between gap-2 rounded-lg bg-surface-muted px-3 py-2 sm:block">
                      <dt className="text-muted">{SHAPE_LABELS[key]}</dt>
                      <dd className="font-semibold whitespace-nowrap tabular-nums">{formatShape(key, shape[key])}</dd>
                    </div>
                  ))}
                </dl>
              </div>

              <fieldset className="space-y-2">
                <legend className="text-sm font-semibold">Fill the form with</legend>
                <label className="flex items-start gap-2 text-sm">
                  <input type="radio" name={`${inputId}-mode`} form={notAField} className="mt-1" checked={chosenMode === "keep"} onChange={() => setMode("keep")} />
                  <span>Use calendar for meetings and mentoring, keep my hands-on and other hours</span>
                </label>
                <label className="flex items-start gap-2 text-sm">
                  <input type="radio" name={`${inputId}-mode`} form={notAField} className="mt-1" checked={chosenMode === "replace"} onChange={() => setMode("replace")} />
                  <span>Replace everything with the calendar’s hours</span>
                </label>
              </fieldset>
              {thin ? (
                <Card tone="watch" padding="xs" className="text-sm" role="note">
                  {thin}
                </Card>
              ) : null}
              <div className="overflow-x-auto">
                <table className="w-full text-left text-sm tabular-nums">
                  <caption className="sr-only">Hours in the form, in the calendar, and after filling</caption>
                  <thead className="text-muted">
                    <tr>
                      <th scope="col" className="py-1 pr-2 font-normal">
                        Hours
                      </th>
                      <th scope="col" className="py-1 pr-2 font-normal">
                        In the form
                      </th>
                      <th scope="col" className="py-1 pr-2 font-normal">
                        Calendar
                      </th>
                      <th scope="col" className="py-1 font-semibold text-text">
                        After filling
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {ACTIVITIES.map((a) => (
                      <tr key={a} className="border-t border-border">
                        <th scope="row" className="py-1 pr-2 font-normal">
                          {ACTIVITY_LABELS[a]}
                        </th>
                        <td className="py-1 pr-2">{typed[a] === null ? "—" : formatHours(typed[a])}</td>
                        <td className="py-1 pr-2">{formatHours(totals[a])}</td>
                        <td className="py-1 font-semibold">{formatHours(merged[a])}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <div className="flex flex-wrap items-center gap-3">
                <Button onClick={fill} disabled={loaded.events.length === 0}>
                  Fill the form
                </Button>
                <p className="text-sm text-muted">Calendar hours are rounded to the nearest quarter hour.</p>
              </div>
            </div>
          ) : null}
        </div>
      </details>
    </Card>
  );
}

function EventRow({
  event,
  selectId,
  notAField,
  onChange,
  onMakeRule,
  note,
  disabled,
  canSave,
}: {
  canSave: boolean;
  event: ReviewedEvent;
  selectId: string;
  notAField: string;
  onChange: (category: Activity) => void;
  onMakeRule: () => void;
  note: string | undefined;
  disabled: boolean;
}) {
  const corrected = event.category !== event.guessed;
  return (
    <li className="space-y-2 py-2">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
        <div className="min-w-0 flex-1">
          <p className="font-medium break-words sm:truncate" title={event.summary}>
            {event.summary}
          </p>
          <p className="text-sm text-muted tabular-nums">
            {formatEventTime(event.start, event.end)} · {formatHours(event.minutes / 60)}
            {event.isManagerOneOnOne ? " · 1:1 with your manager" : ""}
          </p>
        </div>
        <label htmlFor={selectId} className="sr-only">
          Category for {event.summary}, {formatEventTime(event.start, event.end)}
        </label>
        <Select id={selectId} form={notAField} value={event.category} onChange={(e) => onChange(e.target.value as Activity)} className="w-full sm:w-auto">
          {ACTIVITIES.map((a) => (
            <option key={a} value={a}>
              {ACTIVITY_LABELS[a]}
            </option>
          ))}
        </Select>
      </div>
      {corrected && canSave ? (
        <Button variant="secondary" onClick={onMakeRule} disabled={disabled} className="w-full sm:w-auto">
          Always count “{event.summary.length > 40 ? `${event.summary.slice(0, 39)}…` : event.summary}” as {ACTIVITY_LABELS[event.category].toLowerCase()}
        </Button>
      ) : null}
      {note ? (
        <p role="status" className="text-sm text-ok-text">
          {note}
        </p>
      ) : null}
    </li>
  );
}

function Suggestions({
  loaded,
  disabled,
  onSave,
  note,
}: {
  loaded: Loaded;
  disabled: boolean;
  onSave: (kind: "own" | "manager", email: string) => void;
  note: string | undefined;
}) {
  const { ownEmails, managerCandidates } = loaded.suggestions;
  if (!ownEmails.length && !managerCandidates.length && !note) return null;
  return (
    <Card tone="accent" padding="xs" className="space-y-2 text-sm">
      {ownEmails.map((email) => (
        <div key={email} className="flex flex-wrap items-center gap-2">
          <p className="min-w-0 break-words">
            Is <strong className="break-all">{email}</strong> one of your addresses? Declines from it then count as declined.
          </p>
          <Button variant="secondary" disabled={disabled} onClick={() => onSave("own", email)}>
            Yes, it’s mine
          </Button>
        </div>
      ))}
      {managerCandidates.length ? (
        <div className="space-y-2">
          <p>Is one of the people you have 1:1s with your manager? Your 1:1 with them then counts as a meeting and is ticked.</p>
          <div className="flex flex-wrap gap-2">
            {managerCandidates.map((email) => (
              <Button key={email} variant="secondary" disabled={disabled} onClick={() => onSave("manager", email)} className="break-all">
                {email} is my manager
              </Button>
            ))}
          </div>
        </div>
      ) : null}
      {note ? <p role="status">{note}</p> : null}
    </Card>
  );
}
