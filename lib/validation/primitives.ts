import { z } from "zod";
import { isValidIsoWeek, isValidTimeZone } from "../iso-week";
import { MAX_HOURS_PER_ACTIVITY, PERCENT_MAX, RATING_MAX, RATING_MIN } from "../limits";
import { findForbiddenCharacter, forbiddenCharacterMessage, textLength } from "../text";

export { HOURS_IN_WEEK, MAX_HOURS_PER_ACTIVITY, NOTE_MAX_LENGTH } from "../limits";

const numberError = (what: string) => ({
  error: (issue: { input?: unknown }) =>
    issue.input === undefined || issue.input === null ? `Enter ${what}` : `${what[0]!.toUpperCase()}${what.slice(1)} must be a number`,
});

export const hoursSchema = z
  .number(numberError("the hours"))
  .min(0, "Hours can't be negative")
  .max(MAX_HOURS_PER_ACTIVITY, `At most ${MAX_HOURS_PER_ACTIVITY} hours`)
  .refine((v) => Number.isInteger(v * 4), "Use quarter hours (for example 7.25)");

const RATING_RANGE = `${RATING_MIN} to ${RATING_MAX}`;

export const ratingSchema = z
  .number({ error: `Choose a rating from ${RATING_RANGE}` })
  .int(`Use a whole number from ${RATING_RANGE}`)
  .min(RATING_MIN, `Ratings go from ${RATING_RANGE}`)
  .max(RATING_MAX, `Ratings go from ${RATING_RANGE}`)
  .nullish()
  .transform((v) => v ?? null);

export const yesNoSchema = z
  .boolean({ error: "Answer yes, no, or leave it unanswered" })
  .nullish()
  .transform((v) => v ?? null);

export const isoWeekSchema = z
  .string({ error: "Enter a week such as 2026-W10" })
  .refine(isValidIsoWeek, "Not a valid ISO week (for example 2026-W10; only some years have a W53)");

const ISO_DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
export const isoDateSchema = z
  .string({ error: "Enter a date such as 2026-03-02" })
  .refine(
    (v) => ISO_DATE_RE.test(v) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v,
    "Enter a real date as YYYY-MM-DD",
  );

export const timeZoneSchema = z
  .string({ error: "Choose a time zone" })
  .refine(isValidTimeZone, "Unknown time zone (use an IANA name such as Europe/Berlin)");

export const percentSchema = z
  .number(numberError("a percentage"))
  .int("Use a whole percentage")
  .min(0, `Percentages go from 0 to ${PERCENT_MAX}`)
  .max(PERCENT_MAX, `Percentages go from 0 to ${PERCENT_MAX}`);

/**
 * Refines a string schema into text a leader typed: well-formed Unicode without control characters
 * (see lib/text.ts) and at most `max` characters counted as code points, as the form counters count.
 */
export function userText<S extends z.ZodType<string>>(
  schema: S,
  { what, max, tooLong, multiline = false }: { what: string; max: number; tooLong: string; multiline?: boolean },
) {
  return schema.superRefine((text, ctx) => {
    const found = findForbiddenCharacter(text, { multiline });
    if (found) ctx.addIssue({ code: "custom", message: forbiddenCharacterMessage(what, found) });
    if (textLength(text) > max) ctx.addIssue({ code: "custom", message: tooLong });
  });
}

/** An optional text of several lines (a note, a reflection) of at most `max` characters; absent or empty is null. */
export function optionalNote(noun: string, max: number) {
  return userText(z.string({ error: `The ${noun} must be text` }), {
    what: `The ${noun}`,
    max,
    tooLong: `Keep the ${noun} to ${max.toLocaleString("en-US")} characters`,
    multiline: true,
  })
    .nullish()
    .transform((v) => (v ? v : null));
}

/** An e-mail address as every form and file takes it: trimmed, lower-case, at most 254 characters (RFC 5321). */
export function emailAddressSchema(missing = "Enter an email address") {
  return z
    .string({ error: missing })
    .trim()
    .toLowerCase()
    .pipe(z.email("Enter a valid email address such as sam@example.com").max(254, "Email addresses are at most 254 characters"));
}
