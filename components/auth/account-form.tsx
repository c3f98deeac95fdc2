"use client";
import { useActionState, type ReactNode } from "react";
import { echoedValue, fieldErrorsOf, type ActionState, type FormAction } from "@/lib/action-result";
import { Button } from "@/components/ui/button";
import { FormMessage } from "./form-message";

export type AccountFormView = { errors: Record<string, string>; echoed: (name: string) => string | undefined };

/** The frame of every account form: one action state, its message on top, its fields, one submit button. */
export function AccountForm({
  action,
  submitLabel,
  pendingLabel,
  danger = false,
  wide = false,
  children,
}: {
  action: FormAction;
  submitLabel: string;
  pendingLabel: string;
  danger?: boolean;
  wide?: boolean;
  children: (view: AccountFormView) => ReactNode;
}) {
  const [state, formAction, isPending] = useActionState<ActionState, FormData>(action, null);
  const view: AccountFormView = { errors: fieldErrorsOf(state), echoed: (name) => echoedValue(state, name) };
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormMessage state={state} />
      {children(view)}
      <Button type="submit" variant={danger ? "danger" : "primary"} disabled={isPending} className={wide ? "w-full" : ""}>
        {isPending ? pendingLabel : submitLabel}
      </Button>
    </form>
  );
}
