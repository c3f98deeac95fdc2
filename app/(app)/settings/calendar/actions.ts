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
  // Without the e-mail checkbox on the page (mail not configured) the saved choice stays as it was.
  const email = parsed.data.reminder.email ?? profile.settings.reminder?.email;
  const reminder = { ...parsed.data.reminder, ...(email === undefined ? {} : { email }) };
  await saveSettings(db, user.id, { ...profile.settings, calendar: parsed.data.calendar, reminder });
  revalidatePath("/settings/calendar");
  return { status: "saved", message: "Calendar and reminder settings saved." };
}
