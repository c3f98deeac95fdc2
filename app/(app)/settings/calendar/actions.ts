"use server";
import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { saveSettings } from "@/db/queries/profiles";
import { validatedAction } from "@/app/_server/validated-action";
import { done, failed } from "@/lib/action-result";
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
    // Without the e-mail checkbox on the page (mail not configured) the saved choice stays as it was.
    const email = reminder.email ?? profile.settings.reminder?.email;
    await saveSettings(getDb(), user.id, { ...profile.settings, calendar, reminder: { ...reminder, ...(email === undefined ? {} : { email }) } });
    revalidatePath("/settings/calendar");
    return done("Calendar and reminder settings saved.");
  },
  {
    invalidMessage: "The settings weren’t saved. Please fix the fields below.",
    echo: CALENDAR_SETTINGS_FIELDS,
    fieldOf: (path) => calendarSettingsFieldOf(path) ?? "rules",
  },
);
