"use client";
import { useActionState } from "react";
import type { FormAction } from "@/lib/action-result";
import { Button } from "@/components/ui/button";

/** Revokes one share link; a refusal (already revoked, not found) is said beside the button. */
export function RevokeShareLinkButton({ id, label, revoke }: { id: string; label: string; revoke: FormAction }) {
  const [state, action, pending] = useActionState(revoke, null);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="ghost" disabled={pending} aria-label={label}>
        {pending ? "Revoking…" : "Revoke"}
      </Button>
      <span role="status" className={state?.ok === false ? "text-sm text-alert-text" : "text-sm text-muted"}>
        {state?.ok === false ? state.message : ""}
      </span>
    </form>
  );
}
