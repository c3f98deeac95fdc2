"use server";
import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { getProfile, saveSettings } from "@/db/queries/profiles";
import { requireUser } from "@/app/_server/auth";
import {
  CALENDAR_SETTINGS_FIELDS,
  calendarSettingsFieldOf,
  calendarSettingsFormSchema,
  calendarSettingsFormToShape,
} from "@/lib/calendar/settings-form";
import { submittedValues, UNREADABLE_FORM, type FormState } from "@/lib/form-state";
import { toFieldIssues } from "@/lib/validation/issues";
import type { CalendarQuickSaveResult } from "@/lib/calendar/response";
import { authSecret } from "@/app/_server/config";
import { deleteCalendarFeed, saveCalendarFeed } from "@/db/queries/calendar-feeds";
import { parseFeedUrl } from "@/lib/calendar/feed-fetch";
import { encryptFeedUrl, feedUrlHint } from "@/lib/calendar/feed-secret";
import { z } from "zod";
import { ACTIVITIES, ACTIVITY_LABELS } from "@/lib/enums";
import {
  calendarSettingsOrDefault,
  calendarSettingsSchema,
  KEYWORD_MAX_LENGTH,
  withTitleRule,
  type CalendarSettings,
} from "@/lib/validation/calendar";

export async function saveCalendarSettingsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  if (!(formData instanceof FormData)) return UNREADABLE_FORM;
  const parsed = calendarSettingsFormSchema.safeParse(calendarSettingsFormToShape(formData));
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of toFieldIssues(parsed.error)) {
      const field = calendarSettingsFieldOf(issue.path) ?? "rules";
      fieldErrors[field] ??= issue.message;
    }
    return {
      status: "invalid",
      message: "The settings weren’t saved. Please fix the fields below.",
      fieldErrors,
      values: submittedValues(formData, CALENDAR_SETTINGS_FIELDS),
    };
  }
  const db = getDb();
  const profile = await getProfile(db, user.id);
  if (!profile) return { status: "invalid", message: "Set up your profile first.", fieldErrors: {}, values: {} };
  await saveSettings(db, user.id, { ...profile.settings, calendar: parsed.data.calendar, reminder: parsed.data.reminder });
  revalidatePath("/settings/calendar");
  return { status: "saved", message: "Calendar and reminder settings saved." };
}


const quickRuleSchema = z.strictObject({ title: z.string().trim().min(1).max(KEYWORD_MAX_LENGTH * 4), category: z.enum(ACTIVITIES) });
const quickAddressSchema = z.strictObject({ kind: z.enum(["own", "manager"]), email: z.string() });

async function updateCalendarSettings(
  change: (calendar: CalendarSettings) => CalendarSettings,
): Promise<{ ok: true } | { ok: false; error: string }> {
  const user = await requireUser();
  const db = getDb();
  const profile = await getProfile(db, user.id);
  if (!profile) return { ok: false, error: "Set up your profile first." };
  const next = calendarSettingsSchema.safeParse(change(calendarSettingsOrDefault(profile.settings.calendar, user.email)));
  if (!next.success) return { ok: false, error: toFieldIssues(next.error)[0]?.message ?? "That can't be saved." };
  await saveSettings(db, user.id, { ...profile.settings, calendar: next.data });
  revalidatePath("/settings/calendar");
  return { ok: true };
}

/** "Always count 'Design crit' as hands-on work": a title rule put first in the leader's rules. */
export async function addCalendarTitleRuleAction(input: unknown): Promise<CalendarQuickSaveResult> {
  const parsed = quickRuleSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "That rule can't be saved." };
  const { title, category } = parsed.data;
  const keyword = title.slice(0, KEYWORD_MAX_LENGTH).trim();
  const saved = await updateCalendarSettings((calendar) => ({ ...calendar, rules: withTitleRule(calendar.rules, keyword, category) }));
  if (!saved.ok) return saved;
  return { ok: true, message: `Saved: “${keyword}” always counts as ${ACTIVITY_LABELS[category].toLowerCase()}. Change it in Settings › Calendar.` };
}

/** An address the file suggested, added to the leader's own addresses or their managers'. */
export async function addCalendarAddressAction(input: unknown): Promise<CalendarQuickSaveResult> {
  const parsed = quickAddressSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "That address can't be saved." };
  const { kind, email } = parsed.data;
  const saved = await updateCalendarSettings((calendar) =>
    kind === "own"
      ? { ...calendar, emails: [...calendar.emails, email], managerEmails: calendar.managerEmails.filter((m) => m !== email.toLowerCase()) }
      : { ...calendar, managerEmails: [...calendar.managerEmails, email] },
  );
  if (!saved.ok) return saved;
  return { ok: true, message: kind === "own" ? `Saved ${email.toLowerCase()} as one of your addresses.` : `Saved ${email.toLowerCase()} as your manager.` };
}

/** Saves (or, with an empty field, removes) the leader's calendar address, encrypted with the auth secret. */
export async function saveCalendarFeedAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  if (!(formData instanceof FormData)) return UNREADABLE_FORM;
  const raw = formData.get("feedUrl");
  const text = typeof raw === "string" ? raw.trim() : "";
  const db = getDb();
  if (formData.get("remove") === "on" || !text) {
    await deleteCalendarFeed(db, user.id);
    revalidatePath("/settings/calendar");
    return { status: "saved", message: "Calendar address removed." };
  }
  const parsed = parseFeedUrl(text, { allowHttp: process.env.CALENDAR_ALLOW_HTTP === "on" });
  if (!parsed.ok) {
    return { status: "invalid", message: "The calendar address wasn’t saved.", fieldErrors: { feedUrl: parsed.error }, values: {} };
  }
  await saveCalendarFeed(db, user.id, encryptFeedUrl(parsed.url.href, authSecret()));
  revalidatePath("/settings/calendar");
  return { status: "saved", message: `Calendar address saved (${feedUrlHint(parsed.url.href)}). The check-in now offers “Fill from my calendar”.` };
}
