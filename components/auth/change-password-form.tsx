"use client";
import type { FormAction } from "@/lib/action-result";
import { TextField } from "@/components/ui/field";
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
          <TextField
            label="New password"
            name="newPassword"
            type="password"
            autoComplete="new-password"
            required
            minLength={passwordMinLength}
            hint={`At least ${passwordMinLength} characters. Your other devices will be signed out.`}
            error={errors.newPassword}
          />
          <TextField
            label="Repeat the new password"
            name="confirmPassword"
            type="password"
            autoComplete="new-password"
            required
            error={errors.confirmPassword}
          />
        </>
      )}
    </AccountForm>
  );
}
