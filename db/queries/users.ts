import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { emailLoginAttemptsWhere } from "./login-attempts";
import type { Db } from "../client";
import { accounts, loginAttempts, sessions, users } from "../schema";

export type UserRecord = { id: string; email: string; name: string };

const CREDENTIAL_PROVIDER = "credential";

export async function getUserByEmail(db: Db, email: string): Promise<UserRecord | null> {
  const row = db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()))
    .get();
  return row ?? null;
}

/**
 * Operator reset: stores `passwordHash` as the user's e-mail/password credential, signs out every
 * session and clears the e-mail's sign-in lockout, all in one transaction. Null for an unknown e-mail.
 */
export async function resetUserPassword(
  db: Db,
  email: string,
  passwordHash: string,
): Promise<{ user: UserRecord; revokedSessions: number } | null> {
  const user = await getUserByEmail(db, email);
  if (!user) return null;
  return db.transaction(
    (tx) => {
      const credential = and(eq(accounts.userId, user.id), eq(accounts.providerId, CREDENTIAL_PROVIDER));
      const updated = tx.update(accounts).set({ password: passwordHash, updatedAt: new Date() }).where(credential).run();
      if (updated.changes === 0) {
        tx.insert(accounts)
          .values({ id: randomUUID(), accountId: user.id, providerId: CREDENTIAL_PROVIDER, userId: user.id, password: passwordHash })
          .run();
      }
      const revoked = tx.delete(sessions).where(eq(sessions.userId, user.id)).run();
      tx.delete(loginAttempts).where(emailLoginAttemptsWhere(user.email)).run();
      return { user, revokedSessions: revoked.changes };
    },
    { behavior: "immediate" },
  );
}
