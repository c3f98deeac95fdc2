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
    z.strictObject({ match: z.literal("one-on-one"), category: categorySchema }),
  ],
  { error: "A rule matches title keywords, the manager or a 1:1 with one other person" },
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
  /** A short e-mail when a warning sign changes level (opt-in: absent means off). */
  signChanges: z.boolean({ error: "Choose whether to get an e-mail when a sign changes level" }).optional(),
});

export type CalendarRule = z.output<typeof calendarRuleSchema>;
export type CalendarSettings = z.output<typeof calendarSettingsSchema>;
export type ReminderSettings = z.output<typeof reminderSettingsSchema>;

/**
 * The rules a new leader starts with, first match wins (docs/calendar.md "Default rules"):
 * 1. any event with one of the leader's managers is a meeting (and, when the manager is the only
 *    other person, ticks "1:1 with your manager"), whatever its title: "Alex / Morgan 1:1" is not
 *    mentoring;
 * 2. hands-on titles (focus, deep work, build, coding, design) are execution;
 * 3. team rituals, interviews and calls with customers or vendors are meetings even when the file
 *    lists one other person (exports often name only the organizer of a group invitation);
 * 4. an event with exactly one other person, who is not a manager, is a 1:1 with a report or
 *    mentee: mentoring;
 * 5. 1:1, coaching and mentoring titles are mentoring (calendars without attendees);
 * then anything else with other people is a meeting, and anything alone is other.
 */
export const DEFAULT_CALENDAR_RULES: CalendarRule[] = [
  { match: "manager", category: "meetings" },
  { match: "title", keywords: ["focus", "deep work", "build", "coding", "design"], category: "execution" },
  {
    match: "title",
    keywords: ["team", "staff", "standup", "stand-up", "all hands", "all-hands", "retro", "planning", "sync", "interview", "customer", "client", "vendor"],
    category: "meetings",
  },
  { match: "one-on-one", category: "mentoring" },
  { match: "title", keywords: ["1:1", "1-1", "one on one", "coaching", "mentoring"], category: "mentoring" },
];

/** The defaults before issue 13: the 1:1 title rule came first, so a manager 1:1 counted as mentoring. */
export const PREVIOUS_DEFAULT_CALENDAR_RULES: readonly CalendarRule[] = [
  { match: "title", keywords: ["1:1", "1-1", "one on one", "coaching", "mentoring"], category: "mentoring" },
  { match: "title", keywords: ["focus", "deep work", "build", "coding", "design"], category: "execution" },
  { match: "manager", category: "meetings" },
];

const sameRules = (a: readonly CalendarRule[], b: readonly CalendarRule[]) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Saved rules as they should be read: the untouched previous defaults become the current ones
 * (nothing the leader chose is lost, since they never changed them); any other list is kept.
 */
export function migrateCalendarRules(rules: readonly CalendarRule[]): CalendarRule[] {
  return sameRules(rules, PREVIOUS_DEFAULT_CALENDAR_RULES) ? [...DEFAULT_CALENDAR_RULES] : [...rules];
}

/**
 * A leader's own rules that let a title rule catch events with their manager before the manager
 * rule does: the fix moves the manager rule(s) to the top, keeping the rest in order. Null when
 * nothing needs fixing.
 */
export function ruleOrderFix(rules: readonly CalendarRule[]): CalendarRule[] | null {
  const firstManager = rules.findIndex((r) => r.match === "manager");
  if (firstManager <= 0) return null;
  if (!rules.slice(0, firstManager).some((r) => r.match === "title" || r.match === "one-on-one")) return null;
  return [...rules.filter((r) => r.match === "manager"), ...rules.filter((r) => r.match !== "manager")];
}

/** "Always count 'Design crit' as hands-on work": a title rule put first, replacing an earlier rule for exactly that title. */
export function withTitleRule(rules: readonly CalendarRule[], title: string, category: CalendarRule["category"]): CalendarRule[] {
  const keyword = title.trim().slice(0, KEYWORD_MAX_LENGTH);
  const same = (r: CalendarRule) => r.match === "title" && r.keywords.length === 1 && r.keywords[0]!.toLowerCase() === keyword.toLowerCase();
  const rest = rules.filter((r) => !same(r));
  return [{ match: "title", keywords: [keyword], category }, ...rest];
}

// Monday morning, asking about the week before: the default for the e-mail and the calendar alike.
export const DEFAULT_REMINDER: ReminderSettings = { weekday: "monday", time: "09:00", alarmMinutesBefore: 0, timeZone: null };

/** The leader's calendar settings with defaults filled in; `accountEmail` is the default calendar address. */
export function calendarSettingsOrDefault(saved: CalendarSettings | undefined, accountEmail: string | null): CalendarSettings {
  return {
    emails: saved?.emails.length ? saved.emails : accountEmail ? [accountEmail.toLowerCase()] : [],
    managerEmails: saved?.managerEmails ?? [],
    rules: saved ? migrateCalendarRules(saved.rules) : DEFAULT_CALENDAR_RULES,
  };
}
