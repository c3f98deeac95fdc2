"use client";
import { TextField } from "@/components/ui/field";

/** The e-mail field of the sign-in, sign-up and forgot-password forms, keeping what was typed. */
export function EmailField({ error, defaultValue }: { error?: string; defaultValue?: string }) {
  return (
    <TextField
      label="Email"
      name="email"
      type="email"
      autoComplete="email"
      inputMode="email"
      required
      defaultValue={defaultValue}
      error={error}
    />
  );
}

/** A new password and its repetition (changing or resetting a password); `hint` says what else happens. */
export function NewPasswordFields({ minLength, hint, errors }: { minLength: number; hint: string; errors: Record<string, string> }) {
  return (
    <>
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={minLength}
        hint={`At least ${minLength} characters. ${hint}`}
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
  );
}
