import type { Metadata } from "next";
import { connection } from "next/server";
import { SettingsHeader } from "@/components/settings-header";
import { requireLeader } from "@/app/_server/auth";
import { ProfileForm } from "@/components/profile/profile-form";
import { leaderTimeZone, localIsoDate } from "@/lib/local-date";
import { profileToFormValues } from "@/lib/profile-form";
import { updateProfileAction } from "@/app/welcome/actions";

export const metadata: Metadata = { title: "Profile and targets" };

export default async function ProfileSettingsPage() {
  await connection();
  const { profile } = await requireLeader();
  return (
    <div className="space-y-4">
      <SettingsHeader title="Profile and targets" />
      <ProfileForm
        initialValues={profileToFormValues(profile)}
        maxDate={localIsoDate(new Date(), leaderTimeZone(profile))}
        submitLabel="Save profile"
        saveAction={updateProfileAction}
      />
    </div>
  );
}
