"use client";
import { useId, useRef, useState, type DragEvent } from "react";
import { formatEventTime } from "@/lib/calendar/event-time";
import type { ImportedEvent } from "@/lib/calendar/import-week";
import { calendarPrefill, hoursByCategory, type CalendarPrefill } from "@/lib/calendar/prefill";
import type { CalendarImportResponse } from "@/lib/calendar/response";
import { ACTIVITIES, ACTIVITY_LABELS, type Activity } from "@/lib/enums";
import { formatHours } from "@/lib/format";
import { isProblem } from "@/lib/problem";
import { Button, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Select } from "@/components/ui/select";

const MAX_BYTES = 10 * 1024 * 1024;

type Loaded = { events: ImportedEvent[]; warnings: string[]; fileName: string };
type Status = { kind: "idle" } | { kind: "reading" } | { kind: "error"; message: string } | { kind: "filled"; message: string };

function errorOf(body: unknown, status: number): string {
  if (isProblem(body)) return [body.error, ...body.issues.map((i) => i.message)].join(" ");
  if (status === 401) return "Your session ended. Sign in again to import.";
  return "The calendar could not be imported. Try again.";
}

/**
 * Drop or choose an .ics export, review and reassign its events, then fill the check-in's hours.
 * A one-line disclosure until opened; `defaultOpen` for a leader who has used it before.
 */
export function CalendarImport({
  week,
  onFill,
  defaultOpen = false,
}: {
  week: string;
  onFill: (prefill: CalendarPrefill) => void;
  defaultOpen?: boolean;
}) {
  const inputId = useId();
  const hintId = useId();
  const headingId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [isDragging, setIsDragging] = useState(false);

  const read = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setStatus({ kind: "error", message: `${file.name} is larger than 10 MB. Export a shorter date range and try again.` });
      return;
    }
    setStatus({ kind: "reading" });
    try {
      const response = await fetch(`/api/calendar/import?week=${encodeURIComponent(week)}`, {
        method: "POST",
        headers: { "Content-Type": "text/calendar" },
        body: file,
      });
      const body: unknown = await response.json().catch(() => null);
      if (!response.ok || typeof body !== "object" || body === null) {
        setStatus({ kind: "error", message: errorOf(body, response.status) });
        return;
      }
      const imported = body as CalendarImportResponse;
      setLoaded({ events: imported.events, warnings: imported.warnings, fileName: file.name });
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

  const fill = () => {
    if (!loaded) return;
    const prefill = calendarPrefill(loaded.events);
    onFill(prefill);
    setStatus({
      kind: "filled",
      message: `Hours filled in from your calendar, each rounded to the nearest quarter hour${
        prefill.managerOneOnOne ? ", and the 1:1 with your manager ticked" : ""
      }. Check them and press Save week; nothing is saved until you do.`,
    });
  };

  const totals = loaded ? hoursByCategory(loaded.events) : null;

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
                accept=".ics,text/calendar"
                aria-describedby={hintId}
                className="sr-only"
                onChange={(e) => void read(e.target.files?.[0])}
              />
            </label>
            <p id={hintId} className="text-sm text-muted">
              or drop it here. Export from Google Calendar, Outlook or Apple Calendar; up to 10 MB. The file is read on this
              server for this week only and never stored.
            </p>
          </div>

          <div aria-live="polite" className="text-sm">
            {status.kind === "reading" ? <p>Reading your calendar…</p> : null}
            {status.kind === "filled" ? <p className="font-medium text-ok-text">{status.message}</p> : null}
          </div>
          {status.kind === "error" ? (
            <p role="alert" className="text-sm font-medium text-alert-text">
              {status.message}
            </p>
          ) : null}

          {loaded && totals ? (
            <div className="space-y-3">
              <p className="text-sm">
                {loaded.events.length === 0
                  ? `${loaded.fileName} has no timed events in this week.`
                  : `${loaded.events.length} event${loaded.events.length === 1 ? "" : "s"} from ${loaded.fileName}. Change a category if the guess is wrong; overlapping time counts once.`}
              </p>
              {loaded.warnings.map((warning) => (
                <p key={warning} className="text-sm text-watch-text">
                  {warning}
                </p>
              ))}
              {loaded.events.length > 0 ? (
                <ul aria-label="Events this week" className="divide-y divide-border">
                  {loaded.events.map((event, index) => {
                    const selectId = `${inputId}-event-${index}`;
                    return (
                      <li key={`${event.start}-${index}`} className="flex flex-col gap-2 py-2 sm:flex-row sm:items-center sm:justify-between">
                        <div className="min-w-0 flex-1">
                          <p className="font-medium break-words sm:truncate" title={event.summary}>
                            {event.summary}
                          </p>
                          <p className="text-sm text-muted tabular-nums">
                            {formatEventTime(event.start, event.end)} · {formatHours(event.minutes / 60)}
                            {event.minutes === 0 ? " (overlapped)" : ""}
                          </p>
                        </div>
                        <label htmlFor={selectId} className="sr-only">
                          Category for {event.summary}, {formatEventTime(event.start, event.end)}
                        </label>
                        <Select
                          id={selectId}
                          value={event.category}
                          onChange={(e) => reassign(index, e.target.value as Activity)}
                          className="w-full sm:w-auto"
                        >
                          {ACTIVITIES.map((a) => (
                            <option key={a} value={a}>
                              {ACTIVITY_LABELS[a]}
                            </option>
                          ))}
                        </Select>
                      </li>
                    );
                  })}
                </ul>
              ) : null}
              <dl aria-label="Calendar totals" className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
                {ACTIVITIES.map((a) => (
                  <div key={a} className="rounded-lg bg-surface-muted px-3 py-2">
                    <dt className="text-muted">{ACTIVITY_LABELS[a]}</dt>
                    <dd className="font-semibold tabular-nums">{formatHours(totals[a])}</dd>
                  </div>
                ))}
              </dl>
              <div className="flex flex-wrap items-center gap-3">
                <Button onClick={fill} disabled={loaded.events.length === 0}>
                  Fill the form
                </Button>
                <p className="text-sm text-muted">Totals are rounded to the nearest quarter hour.</p>
              </div>
            </div>
          ) : null}
        </div>
      </details>
    </Card>
  );
}
