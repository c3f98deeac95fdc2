"use client";
import type { FormAction } from "@/lib/action-result";
import { TextField } from "@/components/ui/field";
import { AccountForm } from "./account-form";

export function DeleteAccountForm({ action }: { action: FormAction }) {
  return (
    <AccountForm action={action} submitLabel="Delete my account and all its data" pendingLabel="Deleting…" danger>
      {({ errors }) => (
        <TextField
          label="Your password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          hint="Type your password to confirm. This can't be undone."
          error={errors.password}
        />
      )}
    </AccountForm>
  );
}
