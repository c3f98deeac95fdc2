import Link from "next/link";
import type { FormAction } from "@/lib/action-result";
import { NavLinks } from "./nav-links";
import { SignOutButton } from "./sign-out-button";

export function AppNav({
  displayName,
  signOut,
  markCurrent = true,
}: {
  displayName: string;
  signOut: FormAction;
  markCurrent?: boolean;
}) {
  return (
    <header className="no-print border-b border-border bg-surface">
      <div className="mx-auto flex max-w-4xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2 sm:py-3">
        <Link href="/checkin" className="inline-flex min-h-11 items-center text-lg font-bold tracking-tight">
          Pendulum
        </Link>
        <NavLinks markCurrent={markCurrent} />
        <SignOutButton displayName={displayName} signOut={signOut} />
      </div>
    </header>
  );
}
