"use client";
import { withoutState, type FormAction } from "@/lib/action-result";
import { clearAllPending } from "./checkin/pending-store";

/** Signing out also forgets every check-in kept on this device, so nothing is left for the next person. */
export function SignOutButton({ displayName, signOut }: { displayName: string; signOut: FormAction }) {
  return (
    <form action={withoutState(signOut)} onSubmit={clearAllPending} className="ml-auto flex items-center gap-2 sm:ml-0">
      <span className="hidden text-sm text-muted sm:inline">{displayName}</span>
      <button type="submit" className="min-h-11 rounded-md px-3 text-sm font-medium text-text hover:bg-surface-muted">
        Sign out
      </button>
    </form>
  );
}
