"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "./form-message";
import type { AuthFormAction } from "./form-state";

export function DeleteAccountForm({ action }: { action: AuthFormAction }) {
  const [state, formAction, isPending] = useActionState(action, null);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormMessage state={state} />
      <TextField
        label="Your password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        hint="Type your password to confirm. This can't be undone."
        error={state?.fieldErrors?.password}
      />
      <Button type="submit" variant="danger" disabled={isPending}>
        {isPending ? "Deleting…" : "Delete my account and all its data"}
      </Button>
    </form>
  );
}
