import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getSessionUser } from "@/app/_server/auth";
import { isMailConfigured } from "@/app/_server/mail";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card } from "@/components/ui/card";
import { signInAction } from "../actions";

export const metadata: Metadata = { title: "Sign in" };

const NOTICES: Record<string, string> = {
  "account-deleted": "Your account and all its data were deleted.",
  "password-reset": "Your password was changed and every device was signed out. Sign in with the new password.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  if (await getSessionUser()) redirect("/checkin");
  const { notice } = await searchParams;
  const noticeText = typeof notice === "string" ? NOTICES[notice] : undefined;
  return (
    <div className="space-y-5">
      <h1 className="text-xl font-bold">Sign in</h1>
      {noticeText ? (
        <Card role="status" tone="muted" padding="xs" className="text-sm">
          {noticeText}
        </Card>
      ) : null}
      <SignInForm action={signInAction} />
      {isMailConfigured() ? (
        <p className="text-sm">
          <Link href="/forgot-password" className="font-semibold text-accent-text underline underline-offset-2">
            Forgot your password?
          </Link>
        </p>
      ) : null}
      <p className="text-sm text-muted">
        New here?{" "}
        <Link href="/sign-up" className="font-semibold text-accent-text underline underline-offset-2">
          Create an account
        </Link>
      </p>
    </div>
  );
}
