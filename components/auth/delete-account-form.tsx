"use client";
import type { FormAction } from "@/lib/action-result";
import { TextField } from "@/components/ui/field";
import { AccountForm } from "./account-form";

/** `confirmWith`: the account's password, or (an account without one, from single sign-on) the word DELETE. */
export function DeleteAccountForm({ action, confirmWith = "password" }: { action: FormAction; confirmWith?: "password" | "word" }) {
  return (
    <AccountForm action={action} submitLabel="Delete my account and all its data" pendingLabel="Deleting…" danger>
      {({ errors }) =>
        confirmWith === "password" ? (
        <TextField
          label="Your password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          hint="Type your password to confirm. This can't be undone."
          error={errors.password}
        />
        ) : (
          <TextField
            label="Type DELETE to confirm"
            name="confirm"
            autoComplete="off"
            required
            hint="This can't be undone."
            error={errors.confirm}
          />
        )
      }
    </AccountForm>
  );
}
