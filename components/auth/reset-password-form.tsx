"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "./form-message";
import { fieldErrorsOf, type FormAction } from "@/lib/action-result";

export function ResetPasswordForm({ action, token, passwordMinLength }: { action: FormAction; token: string; passwordMinLength: number }) {
  const [state, formAction, isPending] = useActionState(action, null);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={passwordMinLength}
        hint={`At least ${passwordMinLength} characters. Every device signed in to your account will be signed out.`}
        error={fieldErrorsOf(state).newPassword}
      />
      <TextField
        label="Repeat the new password"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        error={fieldErrorsOf(state).confirmPassword}
      />
      <Button type="submit" disabled={isPending} className="w-full">
        {isPending ? "Saving…" : "Save the new password"}
      </Button>
    </form>
  );
}
