import { Card } from "@/components/ui/card";
import type { ActionState } from "@/lib/action-result";

/** The form-level result: an alert for a refusal, a status line for a success. */
export function FormMessage({ state }: { state: ActionState<unknown> }) {
  if (!state?.message) return null;
  return (
    <Card role={state.ok ? "status" : "alert"} tone={state.ok ? "ok" : "alert"} padding="xs" className="text-sm font-medium">
      {state.message}
    </Card>
  );
}
