import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { SettingsHeader } from "@/components/settings-header";
import { requireUser } from "@/app/_server/auth";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { DeleteAccountForm } from "@/components/auth/delete-account-form";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/credentials";
import { changePasswordAction, deleteAccountAction } from "./actions";

export const metadata: Metadata = { title: "Account" };

const sectionClass = "space-y-4 rounded-xl border border-stone-200 bg-white p-4 sm:p-6 dark:border-stone-800 dark:bg-stone-900";

export default async function AccountSettingsPage() {
  await connection();
  const user = await requireUser();
  return (
    <div className="space-y-6">
      <SettingsHeader title="Account">
        <p className="mt-1 text-stone-600 dark:text-stone-400">
          Signed in as <span className="font-medium text-stone-900 dark:text-stone-100">{user.email}</span>
        </p>
      </SettingsHeader>

      <section aria-labelledby="change-password" className={sectionClass}>
        <h2 id="change-password" className="text-lg font-semibold">
          Change password
        </h2>
        <ChangePasswordForm action={changePasswordAction} passwordMinLength={PASSWORD_MIN_LENGTH} />
      </section>

      <section aria-labelledby="delete-account" className={`${sectionClass} border-red-300 dark:border-red-900`}>
        <h2 id="delete-account" className="text-lg font-semibold">
          Delete account
        </h2>
        <p className="text-sm text-stone-700 dark:text-stone-300">
          Deletes your account, profile and every check-in for good, and signs you out.{" "}
          <Link href="/settings/data" className="text-blue-700 underline underline-offset-2 dark:text-blue-300">
            Export a backup
          </Link>{" "}
          first if you may want your data later.
        </p>
        <DeleteAccountForm action={deleteAccountAction} />
      </section>
    </div>
  );
}
