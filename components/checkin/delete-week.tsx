"use client";
import { useActionState, useEffect, useRef, useState } from "react";
import type { FormAction } from "@/lib/action-result";
import { formatWeekLabel } from "@/lib/format";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

/** Deleting a week takes two steps: ask, then confirm. */
export function DeleteWeek({ week, deleteAction }: { week: string; deleteAction: FormAction }) {
  const [isConfirming, setIsConfirming] = useState(false);
  const [state, action, pending] = useActionState(deleteAction, null);
  const rootRef = useRef<HTMLDivElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (isConfirming || wasConfirming.current) rootRef.current?.querySelector<HTMLButtonElement>("[data-autofocus]")?.focus();
    wasConfirming.current = isConfirming;
  }, [isConfirming]);

  if (!isConfirming) {
    return (
      <div ref={rootRef}>
        <Button variant="secondary" onClick={() => setIsConfirming(true)} data-autofocus>
          Delete this week…
        </Button>
      </div>
    );
  }
  return (
    <Card ref={rootRef} role="group" aria-labelledby="delete-week-question" tone="alert" emphasis padding="sm" className="space-y-3">
      <p id="delete-week-question" className="font-medium">
        Delete {formatWeekLabel(week)} for good? Its hours, ratings and note are removed; this can’t be undone.
      </p>
      {state && !state.ok ? (
        <p role="alert" className="text-sm font-medium text-alert-text">
          {state.message}
        </p>
      ) : null}
      <form action={action} className="flex flex-wrap gap-2">
        <input type="hidden" name="week" value={week} />
        <Button type="submit" variant="danger" disabled={pending} data-autofocus>
          {pending ? "Deleting…" : `Yes, delete ${formatWeekLabel(week)}`}
        </Button>
        <Button variant="secondary" onClick={() => setIsConfirming(false)}>
          Cancel
        </Button>
      </form>
    </Card>
  );
}
