"use client";
import type { FormAction } from "@/lib/action-result";
import { TextField } from "@/components/ui/field";
import { NewPasswordFields } from "./account-fields";
import { AccountForm } from "./account-form";

export function ChangePasswordForm({ action, passwordMinLength }: { action: FormAction; passwordMinLength: number }) {
  return (
    <AccountForm action={action} submitLabel="Change password" pendingLabel="Changing…">
      {({ errors }) => (
        <>
          <TextField
            label="Current password"
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            required
            error={errors.currentPassword}
          />
          <NewPasswordFields minLength={passwordMinLength} hint="Your other devices will be signed out." errors={errors} />
        </>
      )}
    </AccountForm>
  );
}
