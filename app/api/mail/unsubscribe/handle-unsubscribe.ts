import { problem } from "@/app/_server/http";
import type { Db } from "@/db/client";
import { setEmailReminders } from "@/db/queries/mail-preferences";
import { verifyUnsubscribeToken } from "@/lib/mail/unsubscribe";

export type UnsubscribeContext = { db: Db; secret: string; token: string | null };

/**
 * RFC 8058 one-click unsubscribe: the mail client POSTs `List-Unsubscribe=One-Click` to the link in
 * the List-Unsubscribe header, with no cookie and no origin of ours, so the signed token is the only
 * proof. The body is not read (the token says everything). Idempotent; a deleted account answers the same.
 */
export async function handleUnsubscribePost({ db, secret, token }: UnsubscribeContext): Promise<Response> {
  const userId = verifyUnsubscribeToken(secret, token);
  if (!userId) return problem(400, "This unsubscribe link is not valid.");
  await setEmailReminders(db, userId, false);
  return new Response("You will get no more reminder e-mails from Pendulum.\n", {
    status: 200,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
