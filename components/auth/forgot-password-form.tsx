"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "./form-message";
import { fieldValue, type AuthFormAction } from "./form-state";

export function ForgotPasswordForm({ action }: { action: AuthFormAction }) {
  const [state, formAction, isPending] = useActionState(action, null);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormMessage state={state} />
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        inputMode="email"
        required
        defaultValue={fieldValue(state, "email")}
        error={state?.fieldErrors?.email}
      />
      <Button type="submit" disabled={isPending} className="w-full">
        {isPending ? "Sending…" : "Send me a link"}
      </Button>
    </form>
  );
}
