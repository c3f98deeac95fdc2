"use client";
import type { FormAction } from "@/lib/action-result";
import { CredentialsForm } from "./credentials-form";

export function SignInForm({ action }: { action: FormAction }) {
  return <CredentialsForm action={action} mode="sign-in" />;
}
