import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { SettingsHeader } from "@/components/settings-header";
import { Section } from "@/components/ui/section";
import { requireUser } from "@/app/_server/auth";
import { getDb } from "@/db";
import { hasPassword } from "@/db/queries/users";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { DeleteAccountForm } from "@/components/auth/delete-account-form";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/credentials";
import { changePasswordAction, deleteAccountAction, deleteAccountWithoutPasswordAction } from "./actions";

export const metadata: Metadata = { title: "Account" };

export default async function AccountSettingsPage() {
  await connection();
  const user = await requireUser();
  const withPassword = await hasPassword(getDb(), user.id);
  return (
    <div className="space-y-6">
      <SettingsHeader title="Account">
        <p className="mt-1 text-muted">
          Signed in as <span className="font-medium text-text">{user.email}</span>
        </p>
      </SettingsHeader>

      {withPassword ? (
        <Section id="change-password" title="Change password" padding="md">
          <ChangePasswordForm action={changePasswordAction} passwordMinLength={PASSWORD_MIN_LENGTH} />
        </Section>
      ) : (
        <Section id="sign-in-method" title="Sign-in" padding="md">
          <p className="text-sm text-muted">You sign in with single sign-on; your company&apos;s identity provider manages your password.</p>
        </Section>
      )}

      <Section id="delete-account" title="Delete account" padding="md" tone="alert" tinted={false}>
        <p className="text-sm text-muted">
          Deletes your account, profile and every check-in for good, and signs you out.{" "}
          <Link href="/settings/data" className="text-accent-text underline underline-offset-2">
            Export a backup
          </Link>{" "}
          first if you may want your data later.
        </p>
        <DeleteAccountForm
          action={withPassword ? deleteAccountAction : deleteAccountWithoutPasswordAction}
          confirmWith={withPassword ? "password" : "word"}
        />
      </Section>
    </div>
  );
}
