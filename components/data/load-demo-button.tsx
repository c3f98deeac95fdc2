"use client";
import { useActionState } from "react";
import type { FormAction } from "@/lib/action-result";
import { Button } from "@/components/ui/button";

/** `demoWeeks` is the count after the action, so a message can be hidden once the data moved on. */
export type DemoAction = FormAction<{ demoWeeks: number }>;

/** One-click demo history for an empty state; `loadDemo` is the server action from settings/data. */
export function LoadDemoButton({ loadDemo, label = "Load demo history" }: { loadDemo: DemoAction; label?: string }) {
  const [state, action, pending] = useActionState(loadDemo, null);
  return (
    <form action={action} className="space-y-2">
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Loading demo history…" : label}
      </Button>
      <p role="status" className={state?.ok === false ? "text-sm text-alert-text" : "text-sm text-muted"}>
        {state?.message}
      </p>
    </form>
  );
}
