"use server";
import { getDb } from "@/db";
import { setEmailReminders } from "@/db/queries/mail-preferences";
import type { ActionResult } from "@/lib/action-result";
import { authSecret } from "@/app/_server/config";
import { verifyUnsubscribeToken } from "@/lib/mail/unsubscribe";

/** The page's button: the same as the one-click POST, for a person. */
export async function unsubscribeAction(_previous: unknown, formData: FormData): Promise<ActionResult> {
  const token = formData instanceof FormData ? formData.get("token") : null;
  const userId = verifyUnsubscribeToken(authSecret(), token);
  if (!userId) return { ok: false, fieldErrors: {}, message: "This unsubscribe link is not valid. Turn reminders off in your settings instead." };
  await setEmailReminders(getDb(), userId, false);
  return { ok: true, data: undefined, message: "Done: no more reminder e-mails. You can turn them on again in Settings → Calendar and reminder." };
}
