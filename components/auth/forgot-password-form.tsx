"use client";
import type { FormAction } from "@/lib/action-result";
import { EmailField } from "./account-fields";
import { AccountForm } from "./account-form";

export function ForgotPasswordForm({ action }: { action: FormAction }) {
  return (
    <AccountForm action={action} submitLabel="Send me a link" pendingLabel="Sending…" wide>
      {({ errors, echoed }) => <EmailField defaultValue={echoed("email")} error={errors.email} />}
    </AccountForm>
  );
}
