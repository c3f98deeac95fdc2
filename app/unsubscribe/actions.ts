"use server";
import { z } from "zod";
import { authSecret } from "@/app/_server/config";
import { validatedPublicAction } from "@/app/_server/validated-action";
import { getDb } from "@/db";
import { setEmailReminders } from "@/db/queries/mail-preferences";
import { done, failed } from "@/lib/action-result";
import { verifyUnsubscribeToken } from "@/lib/mail/unsubscribe";

// Any text: verifyUnsubscribeToken refuses what is too long or not signed, with the message below.
const unsubscribeSchema = z.object({ token: z.string().optional() });

/** The page's button: the same as the one-click POST, for a person. The signed token is the only proof. */
export const unsubscribeAction = validatedPublicAction(unsubscribeSchema, { token: "text" }, async ({ token }) => {
  const userId = verifyUnsubscribeToken(authSecret(), token ?? null);
  if (!userId) return failed("This unsubscribe link is not valid. Turn reminders off in your settings instead.");
  await setEmailReminders(getDb(), userId, false);
  return done("Done: no more reminder e-mails. You can turn them on again in Settings → Calendar and reminder.");
});
