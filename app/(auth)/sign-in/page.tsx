import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getSessionUser } from "@/app/_server/auth";
import { isSignupAllowed, loginMethods } from "@/app/_server/config";
import { isMailConfigured } from "@/app/_server/mail";
import { SignInForm } from "@/components/auth/sign-in-form";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ssoErrorMessage } from "@/lib/auth/sso";
import { signInAction } from "../actions";

export const metadata: Metadata = { title: "Sign in" };

const NOTICES: Record<string, string> = {
  "account-deleted": "Your account and all its data were deleted.",
  "password-reset": "Your password was changed and every device was signed out. Sign in with the new password.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  if (await getSessionUser()) redirect("/checkin");
  const { notice, error } = await searchParams;
  const noticeText = typeof notice === "string" ? NOTICES[notice] : undefined;
  // better-auth sends the browser here with ?error=CODE when a single sign-on did not complete.
  const errorText = typeof error === "string" && error ? ssoErrorMessage(error) : undefined;
  const { sso, password } = loginMethods();
  return (
    <div className="space-y-5">
      <h1 className="text-xl font-bold">Sign in</h1>
      {noticeText ? (
        <Card role="status" tone="muted" padding="xs" className="text-sm">
          {noticeText}
        </Card>
      ) : null}
      {errorText ? (
        <Card role="alert" tone="alert" padding="xs" className="text-sm font-medium">
          {errorText}
        </Card>
      ) : null}
      {sso ? (
        // A link, not a form: the provider's page is another origin, which the CSP's form-action refuses.
        <a href="/sign-in/sso" className={buttonClass(password ? "secondary" : "primary", "w-full")}>
          {sso.label}
        </a>
      ) : null}
      {sso && password ? (
        <p className="text-center text-sm text-muted" aria-hidden="true">
          or with your password
        </p>
      ) : null}
      {password ? <SignInForm action={signInAction} /> : null}
      {password && isMailConfigured() ? (
        <p className="text-sm">
          <Link href="/forgot-password" className="font-semibold text-accent-text underline underline-offset-2">
            Forgot your password?
          </Link>
        </p>
      ) : null}
      {isSignupAllowed() ? (
        <p className="text-sm text-muted">
          New here?{" "}
          <Link href="/sign-up" className="font-semibold text-accent-text underline underline-offset-2">
            Create an account
          </Link>
        </p>
      ) : null}
    </div>
  );
}
