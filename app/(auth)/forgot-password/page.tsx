import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getSessionUser } from "@/app/_server/auth";
import { isMailConfigured } from "@/app/_server/mail";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { requestPasswordResetAction } from "../reset-actions";

export const metadata: Metadata = { title: "Forgot your password?" };

const linkClass = "font-semibold text-accent-text underline underline-offset-2";

export default async function ForgotPasswordPage() {
  await connection();
  if (await getSessionUser()) redirect("/settings/account");
  return (
    <div className="space-y-5">
      <h1 className="text-xl font-bold">Forgot your password?</h1>
      {isMailConfigured() ? (
        <>
          <p className="text-sm text-muted">Enter the address you sign in with. We send a link to choose a new password.</p>
          <ForgotPasswordForm action={requestPasswordResetAction} />
        </>
      ) : (
        <p>This server does not send e-mail, so it cannot send a reset link. Ask the person who runs it to reset your password.</p>
      )}
      <p className="text-sm text-muted">
        Remembered it?{" "}
        <Link href="/sign-in" className={linkClass}>
          Sign in
        </Link>
      </p>
    </div>
  );
}
