"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/lib/action-result";
import type { DemoAction } from "./load-demo-button";

const weeks = (n: number) => `${n} ${n === 1 ? "week" : "weeks"}`;

/** One button posting the shared action with its intent (load or remove). */
function IntentForm({
  action,
  intent,
  variant,
  pending,
  label,
  pendingLabel,
}: {
  action: (form: FormData) => void;
  intent: "load" | "remove";
  variant: "danger" | "secondary";
  pending: boolean;
  label: string;
  pendingLabel: string;
}) {
  return (
    <form action={action}>
      <input type="hidden" name="intent" value={intent} />
      <Button type="submit" variant={variant} disabled={pending}>
        {pending ? pendingLabel : label}
      </Button>
    </form>
  );
}

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
          <IntentForm action={action} intent="remove" variant="danger" pending={pending} label="Remove demo data" pendingLabel="Removing demo data…" />
        </>
      ) : (
        <>
          {ownWeeks === 0 ? (
            <>
              <p>
                Your account has no check-ins yet. Load about 16 weeks of made-up history, ending last week, to see how
                Pendulum reads a few months of data. The weeks are marked as demo and never reach a report: edit one and
                it becomes yours; remove the rest here any time.
              </p>
              <IntentForm action={action} intent="load" variant="secondary" pending={pending} label="Load demo history" pendingLabel="Loading demo history…" />
            </>
          ) : (
            <p>
              You have logged {weeks(ownWeeks)} of your own, so the demo is no longer offered: it is for trying Pendulum
              before your first check-in.
            </p>
          )}
        </>
      )}
      <p role="status" className={state?.ok === false ? "text-sm text-alert-text" : "text-sm text-muted"}>
        {message}
      </p>
    </div>
  );
}
