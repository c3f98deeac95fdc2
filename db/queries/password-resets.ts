import { and, eq, gt } from "drizzle-orm";
import type { Db } from "../client";

/**
 * Whether a password-reset token is still unused and unexpired, so the reset page can say so before
 * the leader types a new password. better-auth keeps it as the verification "reset-password:<token>"
 * (its own reset endpoint checks it again and consumes it).
 */
export async function isResetTokenLive(db: Db, token: string, now: Date): Promise<boolean> {
  const { verifications: v } = db.tables;
  const [row] = await db
    .select({ id: v.id })
    .from(v)
    .where(and(eq(v.identifier, `reset-password:${token}`), gt(v.expiresAt, now)))
    .limit(1);
  return row !== undefined;
}
