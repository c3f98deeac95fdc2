"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "./form-message";
import { echoedValue, fieldErrorsOf, type FormAction } from "@/lib/action-result";

export function ForgotPasswordForm({ action }: { action: FormAction }) {
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
        defaultValue={echoedValue(state, "email")}
        error={fieldErrorsOf(state).email}
      />
      <Button type="submit" disabled={isPending} className="w-full">
        {isPending ? "Sending…" : "Send me a link"}
      </Button>
    </form>
  );
}
