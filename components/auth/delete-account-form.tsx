"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "./form-message";
import { fieldErrorsOf, type FormAction } from "@/lib/action-result";

export function DeleteAccountForm({ action }: { action: FormAction }) {
  const [state, formAction, isPending] = useActionState(action, null);
  const errors = fieldErrorsOf(state);
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
        error={errors.password}
      />
      <Button type="submit" variant="danger" disabled={isPending}>
        {isPending ? "Deleting…" : "Delete my account and all its data"}
      </Button>
    </form>
  );
}
