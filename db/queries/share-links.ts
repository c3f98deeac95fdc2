import { createHash, randomBytes, randomUUID } from "node:crypto";
import { and, desc, eq, gte, isNotNull, isNull, lte, or } from "drizzle-orm";
import type { TalkingPointChoice } from "../../lib/report/talking-points";
import type { ShareLink } from "../../lib/report/share";
import type { Db } from "../client";
import type { Tables } from "../tables";

type ShareLinkRow = Tables["shareLinks"]["$inferSelect"];

/** Only this hash is stored: a leaked database does not leak working links. */
export function hashShareToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

function toShareLink(row: ShareLinkRow): ShareLink {
  return {
    id: row.id,
    from: row.fromWeek,
    to: row.toWeek,
    includeNotes: row.includeNotes,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
    lastViewedAt: row.lastViewedAt,
    readAt: row.readAt,
    repliesEnabled: row.repliesEnabled,
    createdAt: row.createdAt,
  };
}

export type NewShareLink = { from: string; to: string; includeNotes: boolean; expiresAt: Date; talkingPoints?: TalkingPointChoice | null };

/** A new link with a 256-bit random token; the token is returned once and never stored. */
export async function createShareLink(db: Db, userId: string, link: NewShareLink): Promise<{ link: ShareLink; token: string }> {
  const { shareLinks } = db.tables;
  const token = randomBytes(32).toString("base64url");
  const [row] = await db
    .insert(shareLinks)
    .values({
      id: randomUUID(),
      userId,
      tokenHash: hashShareToken(token),
      fromWeek: link.from,
      toWeek: link.to,
      includeNotes: link.includeNotes,
      expiresAt: link.expiresAt,
      talkingPoints: link.talkingPoints ?? null,
    })
    .returning();
  return { link: toShareLink(row!), token };
}

/** A leader's links, newest first. */
export async function listShareLinks(db: Db, userId: string): Promise<ShareLink[]> {
  const { shareLinks } = db.tables;
  const rows = await db
    .select()
    .from(shareLinks)
    .where(eq(shareLinks.userId, userId))
    .orderBy(desc(shareLinks.createdAt), desc(shareLinks.id));
  return rows.map(toShareLink);
}

/** Revokes one of the leader's own links; false when it is not theirs, unknown or already revoked. */
export async function revokeShareLink(db: Db, userId: string, id: string, now: Date): Promise<boolean> {
  const { shareLinks } = db.tables;
  const revoked = await db
    .update(shareLinks)
    .set({ revokedAt: now })
    .where(and(eq(shareLinks.id, id), eq(shareLinks.userId, userId), isNull(shareLinks.revokedAt)))
    .returning({ id: shareLinks.id });
  return revoked.length > 0;
}

/** Undoes a revoke made at most `windowMs` ago; false when it is not theirs, not revoked or too late. */
export async function restoreShareLink(db: Db, userId: string, id: string, now: Date, windowMs: number): Promise<boolean> {
  const { shareLinks } = db.tables;
  const restored = await db
    .update(shareLinks)
    .set({ revokedAt: null })
    .where(and(eq(shareLinks.id, id), eq(shareLinks.userId, userId), gte(shareLinks.revokedAt, new Date(now.getTime() - windowMs))))
    .returning({ id: shareLinks.id });
  return restored.length > 0;
}

/** Deletes the leader's revoked and expired links (they open nothing any more); returns how many. */
export async function clearPastShareLinks(db: Db, userId: string, now: Date): Promise<number> {
  const { shareLinks } = db.tables;
  const removed = await db
    .delete(shareLinks)
    .where(and(eq(shareLinks.userId, userId), or(isNotNull(shareLinks.revokedAt), lte(shareLinks.expiresAt, now))))
    .returning({ id: shareLinks.id });
  return removed.length;
}

/** The link a raw token opens, with its owner, whatever its status; null when no link has that token. */
export async function findShareLinkByToken(
  db: Db,
  token: string,
): Promise<(ShareLink & { userId: string; talkingPoints: TalkingPointChoice | null }) | null> {
  const { shareLinks } = db.tables;
  const [row] = await db.select().from(shareLinks).where(eq(shareLinks.tokenHash, hashShareToken(token)));
  return row ? { ...toShareLink(row), userId: row.userId, talkingPoints: row.talkingPoints ?? null } : null;
}

export async function markShareLinkViewed(db: Db, id: string, now: Date): Promise<void> {
  const { shareLinks } = db.tables;
  await db.update(shareLinks).set({ lastViewedAt: now }).where(eq(shareLinks.id, id));
}
