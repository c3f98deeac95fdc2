import { z } from "zod";
import { calendarSettingsOrDefault, calendarSettingsSchema, DEFAULT_REMINDER, reminderSettingsSchema, type CalendarRule } from "../validation/calendar";
import type { Settings } from "../validation/profile";

export const CALENDAR_SETTINGS_FIELDS = ["emails", "managerEmails", "rules", "weekday", "time", "alarmMinutesBefore", "emailReminders"] as const;
/** Sent with the form when the e-mail checkbox was on the page (mail configured); without it the saved choice is kept. */
export const EMAIL_REMINDERS_SHOWN = "emailRemindersShown";
export type CalendarSettingsField = (typeof CALENDAR_SETTINGS_FIELDS)[number];
export type CalendarSettingsFormValues = Record<CalendarSettingsField, string>;

export const calendarSettingsFormSchema = z.strictObject({ calendar: calendarSettingsSchema, reminder: reminderSettingsSchema });

/** Rules as the editor holds them: keywords as one comma-separated line. */
export type EditableRule = { match: CalendarRule["match"]; keywords: string; category: CalendarRule["category"] };

export function toEditableRules(rules: readonly CalendarRule[]): EditableRule[] {
  return rules.map((r) => ({ match: r.match, keywords: r.match === "title" ? r.keywords.join(", ") : "", category: r.category }));
}

export function fromEditableRules(rules: readonly EditableRule[]): unknown[] {
  return rules.map((r) =>
    r.match === "title"
      ? { match: "title", keywords: r.keywords.split(",").map((k) => k.trim()).filter(Boolean), category: r.category }
      : { match: "manager", category: r.category },
  );
}

const splitAddresses = (raw: string) => raw.split(/[\s,;]+/).filter(Boolean);

function parseRules(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

/** Form fields → the settings shape, for calendarSettingsFormSchema to judge. */
export function calendarSettingsFormToShape(entries: Iterable<[string, FormDataEntryValue | string]>): Record<string, unknown> {
  // A Map, so a field named "__proto__" or "constructor" is only ever a name that is not read.
  const form = new Map<string, string>();
  for (const [name, value] of entries) if (typeof value === "string") form.set(name, value);
  const minutes = (form.get("alarmMinutesBefore") ?? "").trim();
  return {
    calendar: {
      emails: splitAddresses(form.get("emails") ?? ""),
      managerEmails: splitAddresses(form.get("managerEmails") ?? ""),
      rules: parseRules(form.get("rules") ?? "[]"),
    },
    reminder: {
      weekday: form.get("weekday") || undefined,
      time: form.get("time") || undefined,
      alarmMinutesBefore: minutes === "" ? undefined : /^\d+$/.test(minutes) ? Number(minutes) : minutes,
      timeZone: null,
      email: form.has(EMAIL_REMINDERS_SHOWN) ? form.get("emailReminders") === "on" : undefined,
    },
  };
}

export function calendarSettingsToFormValues(settings: Settings, accountEmail: string): CalendarSettingsFormValues {
  const calendar = calendarSettingsOrDefault(settings.calendar, accountEmail);
  const reminder = settings.reminder ?? DEFAULT_REMINDER;
  return {
    emails: calendar.emails.join("\n"),
    managerEmails: calendar.managerEmails.join("\n"),
    rules: JSON.stringify(calendar.rules),
    weekday: reminder.weekday,
    time: reminder.time,
    alarmMinutesBefore: String(reminder.alarmMinutesBefore),
    emailReminders: reminder.email === false ? "" : "on",
  };
}

/** Which form field a settings issue path belongs to: "calendar.emails[1]" → "emails". */
export function calendarSettingsFieldOf(path: string): CalendarSettingsField | null {
  const match = /^(?:calendar|reminder)\.(\w+)/.exec(path);
  const field = match?.[1];
  return field && (CALENDAR_SETTINGS_FIELDS as readonly string[]).includes(field) ? (field as CalendarSettingsField) : null;
}
