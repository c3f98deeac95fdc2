"use client";
import type { FormAction } from "@/lib/action-result";
import { NewPasswordFields } from "./account-fields";
import { AccountForm } from "./account-form";

export function ResetPasswordForm({ action, token, passwordMinLength }: { action: FormAction; token: string; passwordMinLength: number }) {
  return (
    <AccountForm action={action} submitLabel="Save the new password" pendingLabel="Saving…" wide>
      {({ errors }) => (
        <>
          <input type="hidden" name="token" value={token} />
          <NewPasswordFields minLength={passwordMinLength} hint="Every device signed in to your account will be signed out." errors={errors} />
        </>
      )}
    </AccountForm>
  );
}
