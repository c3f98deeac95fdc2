import { z } from "zod";
import { ACTIVITIES } from "../enums";
import { emailAddressSchema, timeZoneSchema, userText } from "./primitives";

export const MAX_CALENDAR_EMAILS = 10;
export const MAX_CALENDAR_RULES = 30;
export const MAX_RULE_KEYWORDS = 30;
export const REMINDER_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;
export type ReminderWeekday = (typeof REMINDER_WEEKDAYS)[number];

const emailListSchema = z
  .array(emailAddressSchema())
  .max(MAX_CALENDAR_EMAILS, `At most ${MAX_CALENDAR_EMAILS} addresses`)
  .transform((list) => [...new Set(list)]);

const categorySchema = z.enum(ACTIVITIES, { error: "Choose meetings, execution, mentoring or other" });

export const KEYWORD_MAX_LENGTH = 60;

const keywordSchema = userText(z.string({ error: "Enter a keyword" }).trim().min(1, "Keywords can't be empty"), {
  what: "A keyword",
  max: KEYWORD_MAX_LENGTH,
  tooLong: `Keep keywords to ${KEYWORD_MAX_LENGTH} characters`,
});

export const calendarRuleSchema = z.discriminatedUnion(
  "match",
  [
    z.strictObject({
      match: z.literal("title"),
      keywords: z.array(keywordSchema).min(1, "Add at least one keyword").max(MAX_RULE_KEYWORDS, `At most ${MAX_RULE_KEYWORDS} keywords`),
      category: categorySchema,
    }),
    z.strictObject({ match: z.literal("manager"), category: categorySchema }),
  ],
  { error: "A rule matches either title keywords or the manager" },
);

export const calendarSettingsSchema = z.strictObject({
  emails: emailListSchema,
  managerEmails: emailListSchema,
  rules: z.array(calendarRuleSchema).max(MAX_CALENDAR_RULES, `At most ${MAX_CALENDAR_RULES} rules`),
});

export const reminderSettingsSchema = z.strictObject({
  weekday: z.enum(REMINDER_WEEKDAYS, { error: "Choose a weekday" }),
  time: z.string({ error: "Enter a time such as 16:30" }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter a time such as 16:30"),
  alarmMinutesBefore: z
    .number({ error: "Minutes must be a number" })
    .int("Use whole minutes")
    .min(0, "Minutes can't be negative")
    .max(1440, "At most one day (1440 minutes) before"),
  timeZone: timeZoneSchema.nullish().transform((v) => v ?? null),
  /** The weekly reminder and missed-week nudges by e-mail (when the server sends mail); absent means on. */
  email: z.boolean({ error: "Choose whether to get e-mail reminders" }).optional(),
});

export type CalendarRule = z.output<typeof calendarRuleSchema>;
export type CalendarSettings = z.output<typeof calendarSettingsSchema>;
export type ReminderSettings = z.output<typeof reminderSettingsSchema>;

export const DEFAULT_CALENDAR_RULES: CalendarRule[] = [
  { match: "title", keywords: ["1:1", "1-1", "one on one", "coaching", "mentoring"], category: "mentoring" },
  { match: "title", keywords: ["focus", "deep work", "build", "coding", "design"], category: "execution" },
  { match: "manager", category: "meetings" },
];

// Monday morning, asking about the week before: the default for the e-mail and the calendar alike.
export const DEFAULT_REMINDER: ReminderSettings = { weekday: "monday", time: "09:00", alarmMinutesBefore: 0, timeZone: null };

/** The leader's calendar settings with defaults filled in; `accountEmail` is the default calendar address. */
export function calendarSettingsOrDefault(saved: CalendarSettings | undefined, accountEmail: string | null): CalendarSettings {
  return {
    emails: saved?.emails.length ? saved.emails : accountEmail ? [accountEmail.toLowerCase()] : [],
    managerEmails: saved?.managerEmails ?? [],
    rules: saved?.rules ?? DEFAULT_CALENDAR_RULES,
  };
}
