"use client";
import { useActionState, useState } from "react";
import type { FormAction } from "@/lib/action-result";
import { Button } from "@/components/ui/button";

/**
 * Revoke with a confirmation: the first press asks, the second revokes. A link revoked moments ago
 * (`undoable`) offers Undo instead, for as long as the server allows it.
 */
export function ShareLinkControls({
  id,
  label,
  undoable,
  revoke,
  restore,
}: {
  id: string;
  /** Names the link for assistive tech: "the link for 2026-W01 – 2026-W13 created 2026-04-02". */
  label: string;
  undoable: boolean;
  revoke: FormAction;
  restore: FormAction;
}) {
  const [confirming, setConfirming] = useState(false);
  // The parent remounts this per status (key), so one mount only ever revokes or only restores.
  const [state, action, pending] = useActionState<Awaited<ReturnType<FormAction>> | null, FormData>(
    (previous, form) => (undoable ? restore(previous, form) : revoke(previous, form)),
    null,
  );
  const status = (
    <span role="status" className={state?.ok === false ? "text-sm text-alert-text" : "text-sm text-muted"}>
      {state?.message ?? ""}
    </span>
  );
  if (undoable) {
    return (
      <form action={action} className="flex flex-wrap items-center gap-2">
        <input type="hidden" name="id" value={id} />
        <Button type="submit" variant="secondary" disabled={pending} aria-label={`Undo revoking ${label}`}>
          {pending ? "Restoring…" : "Undo"}
        </Button>
        {status}
      </form>
    );
  }
  if (!confirming) {
    return (
      <div className="flex flex-wrap items-center gap-2">
        <Button type="button" variant="ghost" onClick={() => setConfirming(true)} aria-label={`Revoke ${label}`}>
          Revoke
        </Button>
        {status}
      </div>
    );
  }
  return (
    <form action={action} className="flex flex-wrap items-center gap-2" aria-label={`Confirm revoking ${label}`}>
      <input type="hidden" name="id" value={id} />
      <span className="text-sm font-medium">Revoke? Whoever has it can no longer open the report.</span>
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? "Revoking…" : "Yes, revoke"}
      </Button>
      <Button type="button" variant="ghost" onClick={() => setConfirming(false)} disabled={pending}>
        Cancel
      </Button>
      {status}
    </form>
  );
}

/** Deletes every revoked and expired link of the leader (they no longer open anything). */
export function ClearPastLinksButton({ clear, count }: { clear: FormAction; count: number }) {
  const [state, action, pending] = useActionState(clear, null);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Clearing…" : `Clear ${count === 1 ? "this past link" : `these ${count} past links`}`}
      </Button>
      <span role="status" className={state?.ok === false ? "text-sm text-alert-text" : "text-sm text-muted"}>
        {state?.message ?? ""}
      </span>
    </form>
  );
}

/** Turns the viewer's reply form on or off for one link. */
export function RepliesSwitch({ id, label, enabled, toggle }: { id: string; label: string; enabled: boolean; toggle: FormAction }) {
  const [state, action, pending] = useActionState(toggle, null);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="enabled" value={enabled ? "off" : "on"} />
      <Button type="submit" variant="ghost" disabled={pending} aria-label={`${enabled ? "Turn replies off" : "Turn replies on"} for ${label}`}>
        {pending ? "Saving…" : enabled ? "Turn replies off" : "Turn replies on"}
      </Button>
      <span role="status" className={state?.ok === false ? "text-sm text-alert-text" : "text-sm text-muted"}>
        {state?.message ?? ""}
      </span>
    </form>
  );
}

/** Marks every new reply as seen, so the dashboard stops announcing them. */
export function MarkRepliesSeenButton({ markSeen, count }: { markSeen: FormAction; count: number }) {
  const [state, action, pending] = useActionState(markSeen, null);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Saving…" : `Mark ${count === 1 ? "the new reply" : `the ${count} new replies`} as seen`}
      </Button>
      <span role="status" className={state?.ok === false ? "text-sm text-alert-text" : "text-sm text-muted"}>
        {state?.message ?? ""}
      </span>
    </form>
  );
}
