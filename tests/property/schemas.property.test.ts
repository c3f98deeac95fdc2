import fc from "fast-check";
import { describe, it } from "vitest";
import type { z } from "zod";
import { changePasswordSchema, deleteAccountSchema, signInSchema, signUpSchema } from "@/lib/auth/credentials";
import { calendarSettingsFormSchema } from "@/lib/calendar/settings-form";
import { calendarRuleSchema, calendarSettingsSchema, reminderSettingsSchema, REMINDER_WEEKDAYS } from "@/lib/validation/calendar";
import { checkinSchema, checkinSchemaUpTo } from "@/lib/validation/checkin";
import { exportFileV1Schema } from "@/lib/validation/export-file";
import { issuesBody, listIssues } from "@/lib/validation/issues";
import { hoursSchema, isoDateSchema, isoWeekSchema, percentSchema, ratingSchema, timeZoneSchema } from "@/lib/validation/primitives";
import { profileSchema, profileSchemaAsOf, settingsSchema } from "@/lib/validation/profile";
import { createShareLinkSchema, reportFormatSchema, reportPageQuerySchema, reportQuerySchema } from "@/lib/validation/report";
import { hostileJson, hostileText, nearly, noteText, validCheckin, validProfile, weekNear, wideObject } from "./arbitraries";
import { MAX_ERROR_BODY_BYTES, PROPERTY_TIMEOUT_MS, check, ensurePrototypesClean } from "./config";
import {
  ensure, ensureCalendarRules, ensureCheckinRules, ensureProfileRules, ensureReminderRules, ensureSettingsRules } from "./rules";

const CURRENT_WEEK = "2026-W48";
const TODAY = "2026-11-26";

type Judged = { schema: z.ZodType; rules?: (output: never) => void };

/** Every schema gets the same input: it never throws, its error list is bounded, and what it accepts keeps the rules. */
function judge(input: unknown, schemas: readonly Judged[]): void {
  for (const { schema, rules } of schemas) {
    const parsed = schema.safeParse(input);
    if (parsed.success) {
      rules?.(parsed.data as never);
    } else {
      const bytes = JSON.stringify(issuesBody(listIssues(parsed.error))).length;
      ensure(bytes < MAX_ERROR_BODY_BYTES, `error list of ${bytes} bytes`);
    }
  }
  ensurePrototypesClean();
}

/** Half hostile JSON, half near misses of a valid value, now and then an object of hundreds of keys. */
const inputs = (valid: fc.Arbitrary<unknown>) =>
  fc.oneof({ weight: 4, arbitrary: hostileJson }, { weight: 5, arbitrary: nearly(valid) }, { weight: 2, arbitrary: valid }, { weight: 1, arbitrary: wideObject });

const email = fc.oneof(fc.emailAddress(), hostileText);
const validCalendar = fc.record({
  emails: fc.array(email, { maxLength: 4 }),
  managerEmails: fc.array(email, { maxLength: 3 }),
  rules: fc.array(
    fc.oneof(
      fc.record({
        match: fc.constant("title"),
        keywords: fc.array(fc.oneof(noteText, hostileText), { minLength: 1, maxLength: 4 }),
        category: fc.constantFrom("meetings", "execution", "mentoring", "other"),
      }),
      fc.record({ match: fc.constant("manager"), category: fc.constantFrom("meetings", "execution", "mentoring", "other") }),
    ),
    { maxLength: 4 },
  ),
});
const validReminder = fc.record({
  weekday: fc.constantFrom(...REMINDER_WEEKDAYS),
  time: fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`),
  alarmMinutesBefore: fc.integer({ min: 0, max: 1440 }),
  timeZone: fc.constantFrom(null, "UTC", "Europe/Berlin"),
});
const week = fc.oneof(weekNear(CURRENT_WEEK), hostileText);

describe("zod schemas at the boundary (property)", () => {
  it("check-in: never throws; whatever it accepts keeps every rule", () => {
    const schemas: Judged[] = [
      { schema: checkinSchema, rules: (c) => ensureCheckinRules(c) },
      { schema: checkinSchemaUpTo(CURRENT_WEEK), rules: (c) => ensureCheckinRules(c, CURRENT_WEEK) },
      { schema: hoursSchema },
      { schema: ratingSchema },
      { schema: isoWeekSchema, rules: (w: string) => ensure(/^\d{4}-W\d{2}$/.test(w), w) },
    ];
    check(fc.property(inputs(validCheckin(weekNear(CURRENT_WEEK))), (input) => judge(input, schemas)));
  }, PROPERTY_TIMEOUT_MS);

  it("profile and settings: never throw; whatever they accept keeps every rule", () => {
    const schemas: Judged[] = [
      { schema: profileSchema, rules: (p) => ensureProfileRules(p) },
      { schema: profileSchemaAsOf(TODAY), rules: (p) => ensureProfileRules(p, TODAY) },
      { schema: settingsSchema, rules: ensureSettingsRules },
      { schema: isoDateSchema },
      { schema: timeZoneSchema },
      { schema: percentSchema },
    ];
    const valid = fc.oneof(validProfile, fc.record({ calendar: validCalendar, reminder: validReminder }, { requiredKeys: [] }));
    check(fc.property(inputs(valid), (input) => judge(input, schemas)));
  }, PROPERTY_TIMEOUT_MS);

  it("calendar settings and rules: never throw; whatever they accept keeps every rule", () => {
    const schemas: Judged[] = [
      { schema: calendarSettingsSchema, rules: ensureCalendarRules },
      { schema: reminderSettingsSchema, rules: ensureReminderRules },
      { schema: calendarRuleSchema },
      {
        schema: calendarSettingsFormSchema,
        rules: (s: { calendar: never; reminder: never }) => {
          ensureCalendarRules(s.calendar);
          ensureReminderRules(s.reminder);
        },
      },
    ];
    const valid = fc.oneof(validCalendar, validReminder, fc.record({ calendar: validCalendar, reminder: validReminder }));
    check(fc.property(inputs(valid), (input) => judge(input, schemas)));
  }, PROPERTY_TIMEOUT_MS);

  it("export file: never throws; every accepted file's rows keep every rule and weeks are unique", () => {
    const validFile = fc.record({
      format: fc.constant("pendulum"),
      version: fc.constant(1),
      profile: validProfile,
      settings: fc.constantFrom({}, null, { reminder: { weekday: "friday", time: "16:00", alarmMinutesBefore: 0, timeZone: null } }),
      checkins: fc.uniqueArray(validCheckin(weekNear(CURRENT_WEEK)), { maxLength: 4, selector: (c) => c.week }),
    });
    const schemas: Judged[] = [
      {
        schema: exportFileV1Schema,
        rules: (file: z.output<typeof exportFileV1Schema>) => {
          ensureProfileRules(file.profile);
          ensureSettingsRules(file.settings);
          for (const c of file.checkins) ensureCheckinRules(c);
          ensure(new Set(file.checkins.map((c) => c.week)).size === file.checkins.length, "a week twice");
        },
      },
    ];
    check(fc.property(inputs(validFile), (input) => judge(input, schemas)));
  }, PROPERTY_TIMEOUT_MS);

  it("report queries, share options and credentials: never throw; accepted values are in range", () => {
    const schemas: Judged[] = [
      { schema: reportQuerySchema, rules: (q: { notes: boolean }) => ensure(typeof q.notes === "boolean", "notes flag") },
      { schema: reportPageQuerySchema },
      { schema: reportFormatSchema },
      { schema: createShareLinkSchema, rules: (s: { expiresInDays: number }) => ensure([7, 30, 90].includes(s.expiresInDays), "expiry") },
      { schema: signInSchema, rules: (s: { email: string }) => ensure(s.email === s.email.trim().toLowerCase(), s.email) },
      { schema: signUpSchema, rules: (s: { password: string }) => ensure(s.password.length >= 10, "short password") },
      { schema: changePasswordSchema },
      { schema: deleteAccountSchema },
    ];
    const valid = fc.oneof(
      fc.record({ from: week, to: week, notes: fc.constantFrom("0", "1", undefined, "yes") }, { requiredKeys: ["from", "to"] }),
      fc.record({ preset: fc.constantFrom("last-4", "last-quarter", "since-leading", "x"), from: hostileText, to: hostileText }, { requiredKeys: [] }),
      fc.record({ from: week, to: week, includeNotes: fc.boolean(), expiresInDays: fc.constantFrom(7, 30, 90, 31, "7") }),
      fc.record({ email, password: hostileText }),
      fc.record({ currentPassword: hostileText, newPassword: hostileText, confirmPassword: hostileText }),
    );
    check(fc.property(inputs(valid), (input) => judge(input, schemas)));
  }, PROPERTY_TIMEOUT_MS);
});
