"use client";
import { useActionState, useState } from "react";
import {
  fromEditableRules,
  toEditableRules,
  type CalendarSettingsFormValues,
  type EditableRule,
} from "@/lib/calendar/settings-form";
import { ACTIVITIES, ACTIVITY_LABELS, type Activity } from "@/lib/enums";
import { IDLE, type FormState } from "@/lib/form-state";
import { REMINDER_WEEKDAYS, calendarRuleSchema } from "@/lib/validation/calendar";
import { useSubmitWithoutReset } from "@/components/checkin/use-submit-without-reset";
import { Button, buttonClass } from "@/components/ui/button";
import { FieldError, inputClass } from "@/components/ui/field";

const sectionClass = "space-y-4 rounded-xl border border-stone-200 bg-white p-3 sm:p-4 dark:border-stone-800 dark:bg-stone-900";
const selectClass =
  "min-h-11 rounded-lg border border-stone-300 bg-white px-3 text-base text-stone-900 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100";

function rulesFrom(json: string): EditableRule[] {
  try {
    const parsed = calendarRuleSchema.array().safeParse(JSON.parse(json));
    return parsed.success ? toEditableRules(parsed.data) : [];
  } catch {
    return [];
  }
}

const describedBy = (...ids: (string | false)[]) => ids.filter(Boolean).join(" ") || undefined;

export function CalendarSettingsForm({
  initialValues,
  timeZone,
  saveAction,
}: {
  initialValues: CalendarSettingsFormValues;
  timeZone: string;
  saveAction: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const [state, dispatch, isPending] = useActionState(saveAction, IDLE);
  const onSubmit = useSubmitWithoutReset(dispatch);
  const start = state.status === "invalid" ? { ...initialValues, ...state.values } : initialValues;
  const [rules, setRules] = useState<EditableRule[]>(() => rulesFrom(start.rules));
  const errors = state.status === "invalid" ? state.fieldErrors : {};

  const update = (index: number, change: Partial<EditableRule>) =>
    setRules((list) => list.map((r, i) => (i === index ? { ...r, ...change } : r)));
  const move = (index: number, by: -1 | 1) =>
    setRules((list) => {
      const next = [...list];
      const [rule] = next.splice(index, 1);
      next.splice(index + by, 0, rule!);
      return next;
    });

  return (
    <form action={dispatch} onSubmit={onSubmit} noValidate className="space-y-6">
      {state.status === "invalid" ? (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm font-medium text-red-800 dark:bg-red-950 dark:text-red-200">
          {state.message}
        </p>
      ) : null}

      <section aria-labelledby="cal-addresses" className={sectionClass}>
        <h2 id="cal-addresses" className="text-lg font-semibold">
          Addresses
        </h2>
        <div>
          <label htmlFor="cal-emails" className="block text-sm font-medium">
            Your calendar addresses
          </label>
          <p id="cal-emails-hint" className="text-sm text-stone-600 dark:text-stone-400">
            One per line. Invitations you declined from these addresses are left out. Empty means your account email.
          </p>
          <textarea
            id="cal-emails"
            name="emails"
            rows={2}
            defaultValue={start.emails}
            aria-invalid={errors.emails ? true : undefined}
            aria-describedby={describedBy("cal-emails-hint", !!errors.emails && "cal-emails-error")}
            className={`mt-1 ${inputClass}`}
          />
          <FieldError id="cal-emails-error" message={errors.emails} />
        </div>
        <div>
          <label htmlFor="cal-managers" className="block text-sm font-medium">
            Your manager’s address
          </label>
          <p id="cal-managers-hint" className="text-sm text-stone-600 dark:text-stone-400">
            One per line. An event with only your manager ticks “Had a 1:1 with my own manager”.
          </p>
          <textarea
            id="cal-managers"
            name="managerEmails"
            rows={2}
            defaultValue={start.managerEmails}
            aria-invalid={errors.managerEmails ? true : undefined}
            aria-describedby={describedBy("cal-managers-hint", !!errors.managerEmails && "cal-managers-error")}
            className={`mt-1 ${inputClass}`}
          />
          <FieldError id="cal-managers-error" message={errors.managerEmails} />
        </div>
      </section>

      <section aria-labelledby="cal-rules" className={sectionClass}>
        <h2 id="cal-rules" className="text-lg font-semibold">
          Sorting rules
        </h2>
        <p id="cal-rules-hint" className="text-sm text-stone-600 dark:text-stone-400">
          Checked from the top; the first rule that matches decides. Keywords match whole words in the title, separated by
          commas. Events no rule matches count as meetings when others are invited, else as other.
        </p>
        <input type="hidden" name="rules" value={JSON.stringify(fromEditableRules(rules))} />
        <ol className="space-y-3">
          {rules.map((rule, index) => {
            const id = `rule-${index}`;
            return (
              <li key={index} className="space-y-2 rounded-lg border border-stone-200 p-3 dark:border-stone-700">
                <p className="text-sm font-semibold">Rule {index + 1}</p>
                <div className="flex flex-wrap items-end gap-3">
                  <div>
                    <label htmlFor={`${id}-match`} className="block text-sm font-medium">
                      Matches
                    </label>
                    <select
                      id={`${id}-match`}
                      value={rule.match}
                      onChange={(e) => update(index, { match: e.target.value as EditableRule["match"] })}
                      className={`mt-1 ${selectClass}`}
                    >
                      <option value="title">Title keywords</option>
                      <option value="manager">An event with my manager</option>
                    </select>
                  </div>
                  {rule.match === "title" ? (
                    <div className="min-w-48 flex-1">
                      <label htmlFor={`${id}-keywords`} className="block text-sm font-medium">
                        Keywords
                      </label>
                      <input
                        id={`${id}-keywords`}
                        value={rule.keywords}
                        onChange={(e) => update(index, { keywords: e.target.value })}
                        className={`mt-1 ${inputClass}`}
                      />
                    </div>
                  ) : null}
                  <div>
                    <label htmlFor={`${id}-category`} className="block text-sm font-medium">
                      Counts as
                    </label>
                    <select
                      id={`${id}-category`}
                      value={rule.category}
                      onChange={(e) => update(index, { category: e.target.value as Activity })}
                      className={`mt-1 ${selectClass}`}
                    >
                      {ACTIVITIES.map((a) => (
                        <option key={a} value={a}>
                          {ACTIVITY_LABELS[a]}
                        </option>
                      ))}
                    </select>
                  </div>
                </div>
                <div className="flex flex-wrap gap-2">
                  <Button variant="secondary" disabled={index === 0} onClick={() => move(index, -1)} aria-label={`Move rule ${index + 1} up`}>
                    ↑ Up
                  </Button>
                  <Button
                    variant="secondary"
                    disabled={index === rules.length - 1}
                    onClick={() => move(index, 1)}
                    aria-label={`Move rule ${index + 1} down`}
                  >
                    ↓ Down
                  </Button>
                  <Button variant="ghost" onClick={() => setRules((list) => list.filter((_, i) => i !== index))} aria-label={`Remove rule ${index + 1}`}>
                    Remove
                  </Button>
                </div>
              </li>
            );
          })}
        </ol>
        <Button variant="secondary" onClick={() => setRules((list) => [...list, { match: "title", keywords: "", category: "meetings" }])}>
          Add a rule
        </Button>
        <FieldError id="cal-rules-error" message={errors.rules} />
      </section>

      <section aria-labelledby="cal-reminder" className={sectionClass}>
        <h2 id="cal-reminder" className="text-lg font-semibold">
          Weekly reminder
        </h2>
        <p className="text-sm text-stone-600 dark:text-stone-400">
          A repeating event for your own calendar, in {timeZone}, with a link to the check-in. Downloading it again after a
          change updates the same event.
        </p>
        <div className="flex flex-wrap gap-3">
          <div>
            <label htmlFor="cal-weekday" className="block text-sm font-medium">
              Day
            </label>
            <select id="cal-weekday" name="weekday" defaultValue={start.weekday} className={`mt-1 ${selectClass}`}>
              {REMINDER_WEEKDAYS.map((d) => (
                <option key={d} value={d}>
                  {d[0]!.toUpperCase() + d.slice(1)}
                </option>
              ))}
            </select>
            <FieldError id="cal-weekday-error" message={errors.weekday} />
          </div>
          <div>
            <label htmlFor="cal-time" className="block text-sm font-medium">
              Time
            </label>
            <input
              id="cal-time"
              name="time"
              type="time"
              defaultValue={start.time}
              aria-invalid={errors.time ? true : undefined}
              aria-describedby={errors.time ? "cal-time-error" : undefined}
              className={`mt-1 ${inputClass}`}
            />
            <FieldError id="cal-time-error" message={errors.time} />
          </div>
          <div>
            <label htmlFor="cal-alarm" className="block text-sm font-medium">
              Alert, minutes before
            </label>
            <input
              id="cal-alarm"
              name="alarmMinutesBefore"
              inputMode="numeric"
              defaultValue={start.alarmMinutesBefore}
              aria-invalid={errors.alarmMinutesBefore ? true : undefined}
              aria-describedby={errors.alarmMinutesBefore ? "cal-alarm-error" : undefined}
              className={`mt-1 ${inputClass} max-w-32`}
            />
            <FieldError id="cal-alarm-error" message={errors.alarmMinutesBefore} />
          </div>
        </div>
        <a href="/api/reminder.ics" download className={buttonClass("secondary")}>
          Download the reminder (.ics)
        </a>
        <p className="text-sm text-stone-600 dark:text-stone-400">Save first if you changed the day or time.</p>
      </section>

      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={isPending} aria-disabled={isPending}>
          {isPending ? "Saving…" : "Save settings"}
        </Button>
        <p role="status" className="text-sm font-semibold text-green-800 dark:text-green-300">
          {state.status === "saved" ? state.message : ""}
        </p>
      </div>
    </form>
  );
}
