import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { SettingsHeader } from "@/components/settings-header";
import { getDb } from "@/db";
import { getProfile } from "@/db/queries/profiles";
import { requireUser } from "@/app/_server/auth";
import { CalendarSettingsForm } from "@/components/calendar/calendar-settings-form";
import { calendarSettingsToFormValues } from "@/lib/calendar/settings-form";
import { DEFAULT_TIME_ZONE } from "@/lib/local-date";
import { saveCalendarSettingsAction } from "./actions";

export const metadata: Metadata = { title: "Calendar and reminder" };

export default async function CalendarSettingsPage() {
  await connection();
  const user = await requireUser();
  const profile = await getProfile(getDb(), user.id);
  if (!profile) redirect("/welcome");
  return (
    <div className="space-y-4">
      <SettingsHeader title="Calendar and reminder" />
      <CalendarSettingsForm
        initialValues={calendarSettingsToFormValues(profile.settings, user.email)}
        timeZone={profile.settings.reminder?.timeZone ?? profile.timeZone ?? DEFAULT_TIME_ZONE}
        saveAction={saveCalendarSettingsAction}
      />
    </div>
  );
}
