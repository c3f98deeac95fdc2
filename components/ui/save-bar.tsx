import type { ActionState } from "@/lib/action-result";
import { Button } from "./button";

/** A settings form's submit button and, beside it, the saved message (a status region screen readers announce). */
export function SaveBar({ label, isPending, state }: { label: string; isPending: boolean; state: ActionState<unknown> }) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button type="submit" disabled={isPending} aria-disabled={isPending}>
        {isPending ? "Saving…" : label}
      </Button>
      <p role="status" className="text-sm font-semibold text-ok-text">
        {state?.ok ? state.message : ""}
      </p>
    </div>
  );
}
