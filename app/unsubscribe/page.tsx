import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { authSecret } from "@/app/_server/config";
import { UnsubscribeForm } from "@/components/auth/unsubscribe-form";
import { Card } from "@/components/ui/card";
import { Main } from "@/components/ui/main";
import { verifyUnsubscribeToken } from "@/lib/mail/unsubscribe";
import { unsubscribeAction } from "./actions";

export const metadata: Metadata = { title: "Stop reminder e-mails", referrer: "no-referrer", robots: { index: false } };

const linkClass = "font-semibold text-accent-text underline underline-offset-2";

export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const { token } = await searchParams;
  const valid = typeof token === "string" && verifyUnsubscribeToken(authSecret(), token) !== null;
  return (
    <Main className="mx-auto flex min-h-dvh w-full max-w-md flex-col justify-center px-4 py-10">
      <p className="mb-6 text-center text-2xl font-bold tracking-tight">Pendulum</p>
      <Card padding="md" className="space-y-4 shadow-sm">
        <h1 className="text-xl font-bold">Stop reminder e-mails?</h1>
        {valid ? (
          <>
            <p>Pendulum will stop e-mailing you the weekly reminder and the missed-week nudges. Your data stay as they are.</p>
            <UnsubscribeForm action={unsubscribeAction} token={token} />
          </>
        ) : (
          <p>This link is not one Pendulum sent, or it is incomplete. You can turn reminder e-mails off in your settings.</p>
        )}
        <p className="text-sm text-muted">
          <Link href="/settings/calendar#cal-reminder" className={linkClass}>
            Reminder settings
          </Link>
        </p>
      </Card>
    </Main>
  );
}
