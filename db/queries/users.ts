import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { emailLoginAttemptsWhere } from "./login-attempts";
import { transaction, type Db } from "../client";

export type UserRecord = { id: string; email: string; name: string };

const CREDENTIAL_PROVIDER = "credential";

export async function getUserByEmail(db: Db, email: string): Promise<UserRecord | null> {
  const { users } = db.tables;
  const [row] = await db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()));
  return row ?? null;
}

/** Whether the user can sign in with a password (an account made through single sign-on has none). */
export async function hasPassword(db: Db, userId: string): Promise<boolean> {
  const { accounts } = db.tables;
  const [row] = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(eq(accounts.userId, userId), eq(accounts.providerId, CREDENTIAL_PROVIDER)))
    .limit(1);
  return row !== undefined;
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
  return transaction(
    db,
    async (tx) => {
      const { accounts, loginAttempts, sessions } = tx.tables;
      const credential = and(eq(accounts.userId, user.id), eq(accounts.providerId, CREDENTIAL_PROVIDER));
      const updated = await tx
        .update(accounts)
        .set({ password: passwordHash, updatedAt: new Date() })
        .where(credential)
        .returning({ id: accounts.id });
      if (updated.length === 0) {
        await tx
          .insert(accounts)
          .values({ id: randomUUID(), accountId: user.id, providerId: CREDENTIAL_PROVIDER, userId: user.id, password: passwordHash });
      }
      const revoked = await tx.delete(sessions).where(eq(sessions.userId, user.id)).returning({ id: sessions.id });
      await tx.delete(loginAttempts).where(emailLoginAttemptsWhere(loginAttempts, user.email));
      return { user, revokedSessions: revoked.length };
    },
    { lockKey: `user-credential:${user.id}` },
  );
}
