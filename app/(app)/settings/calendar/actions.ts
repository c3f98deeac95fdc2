"use server";
import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { saveSettings } from "@/db/queries/profiles";
import { validatedAction, type ActionLeader } from "@/app/_server/validated-action";
import { done, failed, type ActionFailure } from "@/lib/action-result";
import { z } from "zod";
import { authSecret } from "@/app/_server/config";
import { deleteCalendarFeed, saveCalendarFeed } from "@/db/queries/calendar-feeds";
import { parseFeedUrl } from "@/lib/calendar/feed-fetch";
import { encryptFeedUrl, feedUrlHint } from "@/lib/calendar/feed-secret";
import { ACTIVITIES, ACTIVITY_LABELS } from "@/lib/enums";
import { toFieldIssues } from "@/lib/validation/issues";
import { emailAddressSchema } from "@/lib/validation/primitives";
import { calendarSettingsOrDefault, calendarSettingsSchema, KEYWORD_MAX_LENGTH, withTitleRule, type CalendarSettings } from "@/lib/validation/calendar";

/** Titles are cut to 200 characters by the import; a rule keeps the first 60. */
const MAX_SUMMARY_FOR_RULE = 200;
import {
  CALENDAR_SETTINGS_FIELDS,
  calendarSettingsFieldOf,
  calendarSettingsFormSchema,
  calendarSettingsFormToShape,
} from "@/lib/calendar/settings-form";

export const saveCalendarSettingsAction = validatedAction(
  calendarSettingsFormSchema,
  (formData) => calendarSettingsFormToShape(formData.entries()),
  async ({ calendar, reminder }, { user, profile }) => {
    if (!profile) return failed("Set up your profile first.");
    // Without the e-mail checkboxes on the page (mail not configured) the saved choices stay as they were.
    const email = reminder.email ?? profile.settings.reminder?.email;
    const signChanges = reminder.signChanges ?? profile.settings.reminder?.signChanges;
    await saveSettings(getDb(), user.id, {
      ...profile.settings,
      calendar,
      reminder: { ...reminder, ...(email === undefined ? {} : { email }), ...(signChanges === undefined ? {} : { signChanges }) },
    });
    revalidatePath("/settings/calendar");
    return done("Calendar and reminder settings saved.");
  },
  {
    invalidMessage: "The settings weren’t saved. Please fix the fields below.",
    echo: CALENDAR_SETTINGS_FIELDS,
    fieldOf: (path) => calendarSettingsFieldOf(path) ?? "rules",
  },
);

async function updateCalendarSettings(
  leader: ActionLeader,
  change: (calendar: CalendarSettings) => CalendarSettings,
): Promise<ActionFailure | null> {
  if (!leader.profile) return failed("Set up your profile first.");
  const next = calendarSettingsSchema.safeParse(change(calendarSettingsOrDefault(leader.profile.settings.calendar, leader.user.email)));
  if (!next.success) return failed(toFieldIssues(next.error)[0]?.message ?? "That can't be saved.");
  await saveSettings(getDb(), leader.user.id, { ...leader.profile.settings, calendar: next.data });
  revalidatePath("/settings/calendar");
  return null;
}

const quickRuleSchema = z.strictObject({
  title: z.string().trim().min(1, "The event has no title").max(MAX_SUMMARY_FOR_RULE),
  category: z.enum(ACTIVITIES, { error: "Choose meetings, execution, mentoring or other" }),
});

/** "Always count 'Design crit' as hands-on work": a title rule put first in the leader's rules (from the import review). */
export const addCalendarTitleRuleAction = validatedAction(quickRuleSchema, { title: "text", category: "text" }, async ({ title, category }, leader) => {
  const keyword = title.slice(0, KEYWORD_MAX_LENGTH).trim();
  const refused = await updateCalendarSettings(leader, (calendar) => ({ ...calendar, rules: withTitleRule(calendar.rules, keyword, category) }));
  return refused ?? done(`Saved: “${keyword}” always counts as ${ACTIVITY_LABELS[category].toLowerCase()}. Change it in Settings › Calendar.`);
});

const quickAddressSchema = z.strictObject({ kind: z.enum(["own", "manager"]), email: emailAddressSchema() });

/** An address the file suggested, added to the leader's own addresses or to their managers' (from the import review). */
export const addCalendarAddressAction = validatedAction(quickAddressSchema, { kind: "text", email: "text" }, async ({ kind, email }, leader) => {
  const refused = await updateCalendarSettings(leader, (calendar) =>
    kind === "own"
      ? { ...calendar, emails: [...calendar.emails, email], managerEmails: calendar.managerEmails.filter((m) => m !== email) }
      : { ...calendar, managerEmails: [...calendar.managerEmails, email], emails: calendar.emails.filter((m) => m !== email) },
  );
  return refused ?? done(kind === "own" ? `Saved ${email} as one of your addresses.` : `Saved ${email} as your manager.`);
});

// Empty fields arrive as null (formToShape): "Remove it" sends an empty address field.
const feedFormSchema = z.strictObject({ feedUrl: z.string().max(4096).nullish(), remove: z.string().max(10).nullish() });

/** Saves (or removes) the leader's calendar address, encrypted with the auth secret. */
export const saveCalendarFeedAction = validatedAction(feedFormSchema, { feedUrl: "text", remove: "text" }, async ({ feedUrl, remove }, { user }) => {
  const db = getDb();
  const text = (feedUrl ?? "").trim();
  if (remove === "on") {
    await deleteCalendarFeed(db, user.id);
    revalidatePath("/settings/calendar");
    return done("Calendar address removed.");
  }
  const parsed = parseFeedUrl(text, { allowHttp: process.env.CALENDAR_ALLOW_HTTP === "on" });
  if (!parsed.ok) return failed("The calendar address wasn’t saved.", { feedUrl: parsed.error });
  await saveCalendarFeed(db, user.id, encryptFeedUrl(parsed.url.href, authSecret()));
  revalidatePath("/settings/calendar");
  return done(`Calendar address saved (${feedUrlHint(parsed.url.href)}). The check-in now offers “Fill from my calendar”.`);
});
