import { connection } from "next/server";
import { AppNav } from "@/components/app-nav";
import { PendingCheckinSync } from "@/components/checkin/pending-sync";
import { Main } from "@/components/ui/main";
import { requireLeader } from "@/app/_server/auth";
import { signOutAction } from "@/app/_server/sign-out";
import { saveCheckinAction } from "./checkin/actions";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  await connection();
  const { user, profile } = await requireLeader();
  return (
    <>
      <AppNav displayName={profile.displayName} signOut={signOutAction} />
      <Main className="mx-auto max-w-4xl px-4 py-6">
        <PendingCheckinSync leaderId={user.id} saveAction={saveCheckinAction} />
        {children}
      </Main>
    </>
  );
}
