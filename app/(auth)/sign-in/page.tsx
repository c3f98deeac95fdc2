import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getSessionUser } from "@/app/_server/auth";
import { SignInForm } from "@/components/auth/sign-in-form";
import { signInAction } from "../actions";

export const metadata: Metadata = { title: "Sign in" };

const NOTICES: Record<string, string> = {
  "account-deleted": "Your account and all its data were deleted.",
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
        <p role="status" className="rounded-lg bg-stone-100 px-3 py-2 text-sm dark:bg-stone-800">
          {noticeText}
        </p>
      ) : null}
      <SignInForm action={signInAction} />
      <p className="text-sm text-stone-600 dark:text-stone-400">
        New here?{" "}
        <Link href="/sign-up" className="font-semibold text-blue-700 underline underline-offset-2 dark:text-blue-300">
          Create an account
        </Link>
      </p>
    </div>
  );
}
