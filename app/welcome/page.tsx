import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getDb } from "@/db";
import { getProfile } from "@/db/queries/profiles";
import { requireUser } from "@/app/_server/auth";
import { ProfileForm } from "@/components/profile/profile-form";
import { Main } from "@/components/ui/main";
import { localIsoDate } from "@/lib/local-date";
import { newProfileFormValues } from "@/lib/profile-form";
import { createProfileAction } from "./actions";

export const metadata: Metadata = { title: "Welcome" };

// Onboarding lives outside the (app) layout, which sends leaders without a profile here.
export default async function WelcomePage() {
  await connection();
  const user = await requireUser();
  if (await getProfile(getDb(), user.id)) redirect("/checkin");
  return (
    <Main className="mx-auto max-w-2xl space-y-6 px-4 py-8">
      <header className="space-y-2">
        <p className="text-lg font-bold tracking-tight">Pendulum</p>
        <h1 className="text-3xl font-bold">Welcome{user.name ? `, ${user.name}` : ""}</h1>
        <p className="text-muted">
          Once a week you’ll note where your hours went and how the week felt. Pendulum watches for the slow drift that wears
          new leads down. A minute of set-up first; you can change all of it later in Settings.
        </p>
      </header>
      <ProfileForm
        initialValues={newProfileFormValues(user.name)}
        // The furthest-ahead zone's today: only a hint for the picker; the action checks the leader's own zone.
        maxDate={localIsoDate(new Date(), "Pacific/Kiritimati")}
        submitLabel="Save and log my first week"
        saveAction={createProfileAction}
      />
    </Main>
  );
}
