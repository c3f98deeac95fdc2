"use client";
import { useActionState, useState } from "react";
import {
  EMAIL_REMINDERS_SHOWN,
  fromEditableRules,
  toEditableRules,
  type CalendarSettingsFormValues,
  type EditableRule,
} from "@/lib/calendar/settings-form";
import { ACTIVITIES, ACTIVITY_LABELS, type Activity } from "@/lib/enums";
import { fieldErrorsOf, type FormAction } from "@/lib/action-result";
import { REMINDER_WEEKDAYS, calendarRuleSchema, ruleOrderFix } from "@/lib/validation/calendar";
import { useSubmitWithoutReset } from "@/components/checkin/use-submit-without-reset";
import { Button, buttonClass } from "@/components/ui/button";
import { SaveBar } from "@/components/ui/save-bar";
import { Card } from "@/components/ui/card";
import { Field, FieldError, inputClass } from "@/components/ui/field";
import { Section } from "@/components/ui/section";
import { Select } from "@/components/ui/select";


function rulesFrom(json: string): EditableRule[] {
  try {
    const parsed = calendarRuleSchema.array().safeParse(JSON.parse(json));
    return parsed.success ? toEditableRules(parsed.data) : [];
  } catch {
    return [];
  }
}

/** Saved rules that let a title such as "1:1" catch the 1:1 with the manager: offer the one-click fix. */
function RuleOrderNotice({ rules, onFix }: { rules: EditableRule[]; onFix: (rules: EditableRule[]) => void }) {
  const parsed = calendarRuleSchema.array().safeParse(fromEditableRules(rules));
  const fixed = parsed.success ? ruleOrderFix(parsed.data) : null;
  if (!fixed) return null;
  return (
    <Card tone="watch" padding="xs" className="space-y-2 text-sm">
      <p>
        A rule above “An event with my manager” can catch your 1:1 with your manager (for example “1:1” as mentoring). Events
        with your manager usually count as meetings.
      </p>
      <Button variant="secondary" onClick={() => onFix(toEditableRules(fixed))}>
        Move the manager rule to the top
      </Button>
    </Card>
  );
}

export function CalendarSettingsForm({
  initialValues,
  timeZone,
  saveAction,
  mailEnabled = false,
}: {
  initialValues: CalendarSettingsFormValues;
  timeZone: string;
  saveAction: FormAction;
  /** The server sends mail: offer the reminder by e-mail too. */
  mailEnabled?: boolean;
}) {
  const [state, dispatch, isPending] = useActionState(saveAction, null);
  const onSubmit = useSubmitWithoutReset(dispatch);
  const start = state && !state.ok ? { ...initialValues, ...state.values } : initialValues;
  const [rules, setRules] = useState<EditableRule[]>(() => rulesFrom(start.rules));
  const errors = fieldErrorsOf(state);

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
      {state && !state.ok ? (
        <Card role="alert" tone="alert" padding="xs" className="text-sm font-medium">
          {state.message}
        </Card>
      ) : null}

      <Section id="cal-addresses" title="Addresses">
        <Field
          id="cal-emails"
          label="Your calendar addresses"
          hint="One per line. Invitations you declined from these addresses are left out. Empty means your account email."
          error={errors.emails}
        >
          {(control) => <textarea name="emails" rows={2} defaultValue={start.emails} className={inputClass} {...control} />}
        </Field>
        <Field
          id="cal-managers"
          label="Your manager’s address"
          hint="One per line. An event with only your manager ticks “Had a 1:1 with my own manager”."
          error={errors.managerEmails}
        >
          {(control) => <textarea name="managerEmails" rows={2} defaultValue={start.managerEmails} className={inputClass} {...control} />}
        </Field>
      </Section>

      <Section id="cal-rules" title="Sorting rules">
        <p id="cal-rules-hint" className="text-sm text-muted">
          Checked from the top; the first rule that matches decides. Keywords match whole words in the title, separated by
          commas. Events no rule matches count as meetings when others are invited, else as other.
        </p>
        <input type="hidden" name="rules" value={JSON.stringify(fromEditableRules(rules))} />
        <RuleOrderNotice rules={rules} onFix={setRules} />
        <ol className="space-y-3">
          {rules.map((rule, index) => {
            const id = `rule-${index}`;
            return (
              <li key={index} className="space-y-2 rounded-lg border border-border-strong p-3">
                <p className="text-sm font-semibold">Rule {index + 1}</p>
                <div className="flex flex-wrap items-end gap-3">
                  <Field id={`${id}-match`} label="Matches">
                    {(control) => (
                      <Select value={rule.match} onChange={(e) => update(index, { match: e.target.value as EditableRule["match"] })} {...control}>
                        <option value="title">Title keywords</option>
                        <option value="manager">An event with my manager</option>
                        <option value="one-on-one">A 1:1 with one other person (not my manager)</option>
                      </Select>
                    )}
                  </Field>
                  {rule.match === "title" ? (
                    <Field id={`${id}-keywords`} label="Keywords" className="min-w-48 flex-1">
                      {(control) => (
                        <input value={rule.keywords} onChange={(e) => update(index, { keywords: e.target.value })} className={inputClass} {...control} />
                      )}
                    </Field>
                  ) : null}
                  <Field id={`${id}-category`} label="Counts as">
                    {(control) => (
                      <Select value={rule.category} onChange={(e) => update(index, { category: e.target.value as Activity })} {...control}>
                        {ACTIVITIES.map((a) => (
                          <option key={a} value={a}>
                            {ACTIVITY_LABELS[a]}
                          </option>
                        ))}
                      </Select>
                    )}
                  </Field>
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
      </Section>

      <Section id="cal-reminder" title="Weekly reminder">
        <p className="text-sm text-muted">
          {mailEnabled
            ? `Each week at this day and time (${timeZone}): by e-mail, and as a repeating event for your own calendar, each with a link to the check-in.`
            : `A repeating event for your own calendar, in ${timeZone}, with a link to the check-in.`}{" "}
          Downloading the calendar event again after a change updates the same event.
        </p>
        {mailEnabled ? (
          <div className="space-y-1">
            <input type="hidden" name={EMAIL_REMINDERS_SHOWN} value="1" />
            <label className="flex items-start gap-2 text-sm font-medium">
              <input
                type="checkbox"
                name="emailReminders"
                defaultChecked={start.emailReminders === "on"}
                aria-describedby="cal-email-hint"
                className="mt-0.5 size-5"
              />
              E-mail me the reminder
            </label>
            <p id="cal-email-hint" className="pl-6 text-sm text-muted">
              At this day and time, with a link to the week it asks about; and, if that week is still empty two days later,
              one nudge (never more than two weeks in a row). Never anything you wrote.
            </p>
            <label id="cal-sign-changes" className="flex items-start gap-2 pt-2 text-sm font-medium">
              <input
                type="checkbox"
                name="signChangeEmails"
                defaultChecked={start.signChangeEmails === "on"}
                aria-describedby="cal-sign-changes-hint"
                className="mt-0.5 size-5"
              />
              E-mail me when a sign changes level
            </label>
            <p id="cal-sign-changes-hint" className="pl-6 text-sm text-muted">
              A short note, once per change, when a warning sign rises to Watch or Alert or eases, after you log a week:
              which sign, in plain words, with a link to the dashboard. Never your notes. Off unless you turn it on.
            </p>
          </div>
        ) : null}
        <div className="flex flex-wrap gap-3">
          <Field id="cal-weekday" label="Day" error={errors.weekday}>
            {(control) => (
              <Select name="weekday" defaultValue={start.weekday} {...control}>
                {REMINDER_WEEKDAYS.map((d) => (
                  <option key={d} value={d}>
                    {d[0]!.toUpperCase() + d.slice(1)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field id="cal-time" label="Time" error={errors.time}>
            {(control) => <input name="time" type="time" defaultValue={start.time} className={inputClass} {...control} />}
          </Field>
          <Field id="cal-alarm" label="Alert, minutes before" error={errors.alarmMinutesBefore}>
            {(control) => (
              <input name="alarmMinutesBefore" inputMode="numeric" defaultValue={start.alarmMinutesBefore} className={`${inputClass} max-w-32`} {...control} />
            )}
          </Field>
        </div>
        <a href="/api/reminder.ics" download className={buttonClass("secondary")}>
          Download the reminder (.ics)
        </a>
        <p className="text-sm text-muted">Save first if you changed the day or time.</p>
      </Section>

      <SaveBar label={"Save settings"} isPending={isPending} state={state} />
    </form>
  );
}
