import type { Metadata } from "next";
import { connection } from "next/server";
import { SettingsHeader } from "@/components/settings-header";
import { requireLeader } from "@/app/_server/auth";
import { isMailConfigured } from "@/app/_server/mail";
import { CalendarSettingsForm } from "@/components/calendar/calendar-settings-form";
import { calendarSettingsToFormValues } from "@/lib/calendar/settings-form";
import { leaderTimeZone } from "@/lib/local-date";
import { saveCalendarSettingsAction } from "./actions";

export const metadata: Metadata = { title: "Calendar and reminder" };

export default async function CalendarSettingsPage() {
  await connection();
  const { user, profile } = await requireLeader();
  return (
    <div className="space-y-4">
      <SettingsHeader title="Calendar and reminder" />
      <CalendarSettingsForm
        initialValues={calendarSettingsToFormValues(profile.settings, user.email)}
        timeZone={profile.settings.reminder?.timeZone ?? leaderTimeZone(profile)}
        saveAction={saveCalendarSettingsAction}
        mailEnabled={isMailConfigured()}
      />
    </div>
  );
}
