"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/lib/action-result";
import type { DemoAction } from "./load-demo-button";

const weeks = (n: number) => `${n} ${n === 1 ? "week" : "weeks"}`;

export function DemoControls({
  demoWeeks,
  ownWeeks,
  loadDemo,
  removeDemo,
}: {
  demoWeeks: number;
  ownWeeks: number;
  loadDemo: DemoAction;
  removeDemo: DemoAction;
}) {
  const [state, action, pending] = useActionState<ActionState<{ demoWeeks: number }>, FormData>(
    (previous, form) => (form.get("intent") === "remove" ? removeDemo(previous, form) : loadDemo(previous, form)),
    null,
  );
  const message = !state?.ok || state.data.demoWeeks === demoWeeks ? state?.message : undefined;
  return (
    <div className="space-y-3">
      {demoWeeks > 0 ? (
        <>
          <p>
            {weeks(demoWeeks)} of demo data remain. Demo weeks you have edited are yours now and stay when you remove the
            rest.
          </p>
          <form action={action}>
            <input type="hidden" name="intent" value="remove" />
            <Button type="submit" variant="danger" disabled={pending}>
              {pending ? "Removing demo data…" : "Remove demo data"}
            </Button>
          </form>
        </>
      ) : (
        <>
          {ownWeeks === 0 ? (
            <p>
              Your account has no check-ins yet. Load about 16 weeks of made-up history, ending last week, to see how
              Pendulum reads a few months of data. The weeks are marked as demo: edit one and it becomes yours; remove the
              rest here any time.
            </p>
          ) : (
            <p>
              You have logged {weeks(ownWeeks)}. Demo history fills only the weeks you have not logged; your own weeks
              are never changed, and you can remove the demo weeks here any time.
            </p>
          )}
          <form action={action}>
            <input type="hidden" name="intent" value="load" />
            <Button type="submit" variant="secondary" disabled={pending}>
              {pending ? "Loading demo history…" : "Load demo history"}
            </Button>
          </form>
        </>
      )}
      <p role="status" className={state?.ok === false ? "text-sm text-alert-text" : "text-sm text-muted"}>
        {message}
      </p>
    </div>
  );
}
