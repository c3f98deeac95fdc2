import type { Metadata } from "next";
import Link from "next/link";
import { AppNav } from "@/components/app-nav";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Main } from "@/components/ui/main";
import { getLeaderProfile, getSessionUser } from "@/app/_server/auth";
import { signOutAction } from "@/app/_server/sign-out";

export const metadata: Metadata = { title: "Page not found" };

/** Every unmatched address: the app's navigation for a signed-in leader, and a way back in for everyone. */
export default async function NotFound() {
  const user = await getSessionUser();
  const profile = user ? await getLeaderProfile(user.id) : null;
  const home = profile
    ? { href: "/checkin", label: "Go to your check-in" }
    : user
      ? { href: "/welcome", label: "Finish setting up" }
      : { href: "/sign-in", label: "Sign in" };
  return (
    <>
      {profile ? (
        <AppNav displayName={profile.displayName} signOut={signOutAction} markCurrent={false} />
      ) : (
        <header className="mx-auto max-w-4xl px-4 pt-4">
          <Link href="/" className="inline-flex min-h-11 items-center text-lg font-bold tracking-tight">
            Pendulum
          </Link>
        </header>
      )}
      <Main className="mx-auto max-w-4xl px-4 py-6">
        <Card className="space-y-3">
          <h1 className="text-2xl font-bold">Page not found</h1>
          <p>There is no page at this address. The link may be mistyped, or the page may have moved.</p>
          <Link href={home.href} className={buttonClass()}>
            {home.label}
          </Link>
        </Card>
      </Main>
    </>
  );
}
