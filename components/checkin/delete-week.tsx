"use client";
import { useEffect, useRef, useState } from "react";
import { useFormStatus } from "react-dom";
import { formatWeekLabel } from "@/lib/format";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

function ConfirmButton({ week }: { week: string }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant="danger" disabled={pending} data-autofocus>
      {pending ? "Deleting…" : `Yes, delete ${formatWeekLabel(week)}`}
    </Button>
  );
}

/** Deleting a week takes two steps: ask, then confirm. */
export function DeleteWeek({ week, deleteAction }: { week: string; deleteAction: (formData: FormData) => Promise<void> }) {
  const [isConfirming, setIsConfirming] = useState(false);
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
      <form action={deleteAction} className="flex flex-wrap gap-2">
        <input type="hidden" name="week" value={week} />
        <ConfirmButton week={week} />
        <Button variant="secondary" onClick={() => setIsConfirming(false)}>
          Cancel
        </Button>
      </form>
    </Card>
  );
}
