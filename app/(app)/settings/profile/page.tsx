import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { SettingsHeader } from "@/components/settings-header";
import { getDb } from "@/db";
import { getProfile } from "@/db/queries/profiles";
import { requireUser } from "@/app/_server/auth";
import { ProfileForm } from "@/components/profile/profile-form";
import { DEFAULT_TIME_ZONE, localIsoDate } from "@/lib/local-date";
import { profileToFormValues } from "@/lib/profile-form";
import { updateProfileAction } from "@/app/welcome/actions";

export const metadata: Metadata = { title: "Profile and targets" };

export default async function ProfileSettingsPage() {
  await connection();
  const user = await requireUser();
  const profile = await getProfile(getDb(), user.id);
  if (!profile) redirect("/welcome");
  return (
    <div className="space-y-4">
      <SettingsHeader title="Profile and targets" />
      <ProfileForm
        initialValues={profileToFormValues(profile)}
        maxDate={localIsoDate(new Date(), profile.timeZone ?? DEFAULT_TIME_ZONE)}
        submitLabel="Save profile"
        saveAction={updateProfileAction}
      />
    </div>
  );
}
