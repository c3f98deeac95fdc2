import type { Metadata } from "next";
import { connection } from "next/server";
import { SettingsHeader } from "@/components/settings-header";
import { requireLeader } from "@/app/_server/auth";
import { isMailConfigured } from "@/app/_server/mail";
import { CalendarSettingsForm } from "@/components/calendar/calendar-settings-form";
import { calendarSettingsToFormValues } from "@/lib/calendar/settings-form";
import { leaderTimeZone } from "@/lib/local-date";
import { saveCalendarFeedAction, saveCalendarSettingsAction } from "./actions";
import { getDb } from "@/db";
import { getCalendarFeed } from "@/db/queries/calendar-feeds";
import { authSecret } from "@/app/_server/config";
import { CalendarFeedForm } from "@/components/calendar/calendar-feed-form";
import { decryptFeedUrl, feedUrlHint } from "@/lib/calendar/feed-secret";

export const metadata: Metadata = { title: "Calendar and reminder" };

export default async function CalendarSettingsPage() {
  await connection();
  const { user, profile } = await requireLeader();
  const sealed = await getCalendarFeed(getDb(), user.id);
  const savedUrl = sealed ? decryptFeedUrl(sealed, authSecret()) : null;
  return (
    <div className="space-y-4">
      <SettingsHeader title="Calendar and reminder" />
      <CalendarSettingsForm
        initialValues={calendarSettingsToFormValues(profile.settings, user.email)}
        timeZone={profile.settings.reminder?.timeZone ?? leaderTimeZone(profile)}
        saveAction={saveCalendarSettingsAction}
        mailEnabled={isMailConfigured()}
      />
      <CalendarFeedForm savedHost={sealed ? (savedUrl ? feedUrlHint(savedUrl) : "an address that must be saved again") : null} saveAction={saveCalendarFeedAction} />
    </div>
  );
}
