"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "./form-message";
import type { FormAction } from "@/lib/action-result";

export function UnsubscribeForm({ action, token }: { action: FormAction; token: string }) {
  const [state, formAction, isPending] = useActionState(action, null);
  if (state?.ok) return <FormMessage state={state} />;
  return (
    <form action={formAction} className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <Button type="submit" disabled={isPending} className="w-full">
        {isPending ? "Stopping…" : "Stop reminder e-mails"}
      </Button>
    </form>
  );
}
