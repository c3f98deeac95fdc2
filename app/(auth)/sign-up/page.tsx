import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getSessionUser } from "@/app/_server/auth";
import { isSignupAllowed, loginMethods } from "@/app/_server/config";
import { buttonClass } from "@/components/ui/button";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/credentials";
import { signUpAction } from "../actions";

export const metadata: Metadata = { title: "Create an account" };

const linkClass = "font-semibold text-accent-text underline underline-offset-2";

function SignInInstead({ className }: { className: string }) {
  return (
    <p className={className}>
      Already have an account?{" "}
      <Link href="/sign-in" className={linkClass}>
        Sign in
      </Link>
    </p>
  );
}

export default async function SignUpPage() {
  await connection();
  if (await getSessionUser()) redirect("/checkin");
  const { sso } = loginMethods();
  if (!isSignupAllowed() && sso?.autoSignup) {
    return (
      <div className="space-y-4">
        <h1 className="text-xl font-bold">Sign in with your company account</h1>
        <p>Your Pendulum account is created the first time you sign in with single sign-on.</p>
        <a href="/sign-in/sso" className={buttonClass("primary", "w-full")}>
          {sso.label}
        </a>
      </div>
    );
  }
  if (!isSignupAllowed()) {
    return (
      <div className="space-y-4">
        <h1 className="text-xl font-bold">Sign-up is closed</h1>
        <p>Sign-up is closed on this instance. Ask the person who runs it to create an account for you.</p>
        <SignInInstead className="text-sm" />
      </div>
    );
  }
  return (
    <div className="space-y-5">
      <h1 className="text-xl font-bold">Create an account</h1>
      <p className="text-sm text-muted">
        A weekly check-in that takes half a minute. You set up your profile next.
      </p>
      <SignUpForm action={signUpAction} passwordMinLength={PASSWORD_MIN_LENGTH} />
      <SignInInstead className="text-sm text-muted" />
    </div>
  );
}
