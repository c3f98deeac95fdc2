"use client";
import type { FormAction } from "@/lib/action-result";
import { CredentialsForm } from "./credentials-form";

export function SignUpForm({ action, passwordMinLength }: { action: FormAction; passwordMinLength: number }) {
  return <CredentialsForm action={action} mode="sign-up" passwordMinLength={passwordMinLength} />;
}
