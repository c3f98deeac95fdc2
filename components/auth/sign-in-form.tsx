"use client";
import type { FormAction } from "@/lib/action-result";
import { CredentialsForm } from "./credentials-form";

/** `returnTo`: the safe path sign-in goes back to (posted as `next`; the action checks it again). */
export function SignInForm({ action, returnTo = null }: { action: FormAction; returnTo?: string | null }) {
  return <CredentialsForm action={action} mode="sign-in" returnTo={returnTo} />;
}
