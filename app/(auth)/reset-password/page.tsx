import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getDb } from "@/db";
import { isResetTokenLive } from "@/db/queries/password-resets";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { PASSWORD_MIN_LENGTH, RESET_TOKEN_MAX_LENGTH } from "@/lib/auth/credentials";
import { resetPasswordAction } from "../reset-actions";

// The token is in the address: keep it out of the Referer of anything this page links to.
export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

const linkClass = "font-semibold text-accent-text underline underline-offset-2";

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const { token } = await searchParams;
  const live = typeof token === "string" && token.length <= RESET_TOKEN_MAX_LENGTH && (await isResetTokenLive(getDb(), token, new Date()));
  if (!live) {
    return (
      <div className="space-y-4">
        <h1 className="text-xl font-bold">This link no longer works</h1>
        <p>A reset link works once, for a limited time. This one has expired, was already used, or is incomplete.</p>
        <p>
          <Link href="/forgot-password" className={linkClass}>
            Ask for a new link
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="space-y-5">
      <h1 className="text-xl font-bold">Choose a new password</h1>
      <ResetPasswordForm action={resetPasswordAction} token={token} passwordMinLength={PASSWORD_MIN_LENGTH} />
    </div>
  );
}
