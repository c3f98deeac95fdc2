import type { Metadata } from "next";
import { NotFoundView } from "@/components/not-found-view";
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
  return <NotFoundView nav={profile ? { displayName: profile.displayName, signOut: signOutAction } : null} home={home} />;
}
