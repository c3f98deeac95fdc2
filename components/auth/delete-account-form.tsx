"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "./form-message";
import type { AuthFormAction } from "./form-state";

/** `confirmWith`: the account's password, or (an account without one, from single sign-on) the word DELETE. */
export function DeleteAccountForm({ action, confirmWith = "password" }: { action: AuthFormAction; confirmWith?: "password" | "word" }) {
  const [state, formAction, isPending] = useActionState(action, null);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormMessage state={state} />
      {confirmWith === "password" ? (
        <TextField
          label="Your password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          hint="Type your password to confirm. This can't be undone."
          error={state?.fieldErrors?.password}
        />
      ) : (
        <TextField
          label="Type DELETE to confirm"
          name="confirm"
          autoComplete="off"
          required
          hint="This can't be undone."
          error={state?.fieldErrors?.confirm}
        />
      )}
      <Button type="submit" variant="danger" disabled={isPending}>
        {isPending ? "Deleting…" : "Delete my account and all its data"}
      </Button>
    </form>
  );
}
