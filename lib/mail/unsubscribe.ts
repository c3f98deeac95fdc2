import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * One-click unsubscribe links: `<leader id>.<HMAC>` signed with a key derived from the app's secret,
 * so a link names one leader and cannot be forged or altered. They do not expire: a mail read months
 * later must still stop the reminders. Changing BETTER_AUTH_SECRET invalidates them all.
 */
const PURPOSE = "pendulum:unsubscribe:v1";
const MAX_TOKEN_LENGTH = 200;

function signature(secret: string, userId: string): string {
  const key = createHmac("sha256", secret).update(PURPOSE).digest();
  return createHmac("sha256", key).update(userId).digest("base64url");
}

export function unsubscribeToken(secret: string, userId: string): string {
  return `${userId}.${signature(secret, userId)}`;
}

/** The leader a token was issued for; null for anything else (bounded before any work). */
export function verifyUnsubscribeToken(secret: string, token: unknown): string | null {
  if (typeof token !== "string" || token.length > MAX_TOKEN_LENGTH) return null;
  const dot = token.lastIndexOf(".");
  if (dot <= 0) return null;
  const userId = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(signature(secret, userId));
  return given.length === expected.length && timingSafeEqual(given, expected) ? userId : null;
}
