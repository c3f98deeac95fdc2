import Link from "next/link";
import { withoutState, type FormAction } from "@/lib/action-result";
import { NavLinks } from "./nav-links";

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
        <form action={withoutState(signOut)} className="ml-auto flex items-center gap-2 sm:ml-0">
          <span className="hidden text-sm text-muted sm:inline">{displayName}</span>
          <button type="submit" className="min-h-11 rounded-md px-3 text-sm font-medium text-text hover:bg-surface-muted">
            Sign out
          </button>
        </form>
      </div>
    </header>
  );
}
