"use client";
import type { FormAction } from "@/lib/action-result";
import { TextField } from "@/components/ui/field";
import { EmailField } from "./account-fields";
import { AccountForm } from "./account-form";

const MODES = {
  "sign-in": { submit: "Sign in", pending: "Signing in…", autoComplete: "current-password" },
  "sign-up": { submit: "Create account", pending: "Creating your account…", autoComplete: "new-password" },
} as const;

/** E-mail and password, for signing in (`passwordMinLength` unset) or signing up. */
export function CredentialsForm({
  action,
  mode,
  passwordMinLength,
  returnTo = null,
}: {
  action: FormAction;
  mode: keyof typeof MODES;
  passwordMinLength?: number;
  returnTo?: string | null;
}) {
  const { submit, pending, autoComplete } = MODES[mode];
  return (
    <AccountForm action={action} submitLabel={submit} pendingLabel={pending} wide>
      {({ errors, echoed }) => (
        <>
          {returnTo ? <input type="hidden" name="next" value={returnTo} /> : null}
          <EmailField defaultValue={echoed("email")} error={errors.email} />
          <TextField
            label="Password"
            name="password"
            type="password"
            autoComplete={autoComplete}
            required
            minLength={passwordMinLength}
            hint={passwordMinLength ? `At least ${passwordMinLength} characters.` : undefined}
            error={errors.password}
          />
        </>
      )}
    </AccountForm>
  );
}
