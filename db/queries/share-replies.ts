import { randomUUID } from "node:crypto";
import { and, asc, count, desc, eq, isNull } from "drizzle-orm";
import type { ShareReplyEntry } from "../../lib/validation/share-reply";
import type { Db } from "../client";
import { transaction } from "../client";

export type ShareReply = {
  id: string;
  /** The link it came through; null once that link was cleared, or for a reply restored from a backup. */
  shareLinkId: string | null;
  from: string;
  to: string;
  body: string;
  createdAt: Date;
  seenAt: Date | null;
};

/** "Mark as read": keeps the first time; true when this call set it. */
export async function markShareLinkRead(db: Db, linkId: string, now: Date): Promise<boolean> {
  const { shareLinks } = db.tables;
  const marked = await db
    .update(shareLinks)
    .set({ readAt: now })
    .where(and(eq(shareLinks.id, linkId), isNull(shareLinks.readAt)))
    .returning({ id: shareLinks.id });
  return marked.length > 0;
}

export type AddReply = { ok: true; reply: ShareReply } | { ok: false; reason: "full" | "closed" };

/**
 * Stores a viewer's reply on a link and marks the link read, both or neither. Refused ("closed") when
 * the link has replies turned off by now, and ("full") when it already holds `maxReplies`; the
 * count and the insert run under one lock per link, so parallel posts cannot pass the cap together.
 */
export async function addShareReply(db: Db, linkId: string, body: string, now: Date, maxReplies: number): Promise<AddReply> {
  return transaction(
    db,
    async (tx) => {
      const { shareLinks, shareReplies } = tx.tables;
      const [link] = await tx
        .select({ userId: shareLinks.userId, from: shareLinks.fromWeek, to: shareLinks.toWeek, repliesEnabled: shareLinks.repliesEnabled })
        .from(shareLinks)
        .where(eq(shareLinks.id, linkId));
      if (!link || !link.repliesEnabled) return { ok: false, reason: "closed" } as const;
      const [held] = await tx.select({ n: count() }).from(shareReplies).where(eq(shareReplies.shareLinkId, linkId));
      if ((held?.n ?? 0) >= maxReplies) return { ok: false, reason: "full" } as const;
      const [row] = await tx
        .insert(shareReplies)
        .values({ id: randomUUID(), userId: link.userId, shareLinkId: linkId, fromWeek: link.from, toWeek: link.to, body, createdAt: now })
        .returning();
      await tx.update(shareLinks).set({ readAt: now }).where(and(eq(shareLinks.id, linkId), isNull(shareLinks.readAt)));
      return { ok: true, reply: toReply(row!) } as const;
    },
    { lockKey: `share-replies:${linkId}` },
  );
}

/** How many replies a link holds. */
export async function countLinkReplies(db: Db, linkId: string): Promise<number> {
  const { shareReplies } = db.tables;
  const [row] = await db.select({ n: count() }).from(shareReplies).where(eq(shareReplies.shareLinkId, linkId));
  return row?.n ?? 0;
}

type ReplyRow = Db["tables"]["shareReplies"]["$inferSelect"];

function toReply(row: ReplyRow): ShareReply {
  return { id: row.id, shareLinkId: row.shareLinkId, from: row.fromWeek, to: row.toWeek, body: row.body, createdAt: row.createdAt, seenAt: row.seenAt };
}

/** The leader's replies, newest first (only ever their own: scoped by user id). */
export async function listShareReplies(db: Db, userId: string): Promise<ShareReply[]> {
  const { shareReplies } = db.tables;
  const rows = await db.select().from(shareReplies).where(eq(shareReplies.userId, userId)).orderBy(desc(shareReplies.createdAt), desc(shareReplies.id));
  return rows.map(toReply);
}

/** Replies the leader has not marked seen yet (the dashboard's notice). */
export async function countUnseenShareReplies(db: Db, userId: string): Promise<number> {
  const { shareReplies } = db.tables;
  const [row] = await db
    .select({ n: count() })
    .from(shareReplies)
    .where(and(eq(shareReplies.userId, userId), isNull(shareReplies.seenAt)));
  return row?.n ?? 0;
}

/** Marks every unseen reply of the leader seen; returns how many. */
export async function markShareRepliesSeen(db: Db, userId: string, now: Date): Promise<number> {
  const { shareReplies } = db.tables;
  const seen = await db
    .update(shareReplies)
    .set({ seenAt: now })
    .where(and(eq(shareReplies.userId, userId), isNull(shareReplies.seenAt)))
    .returning({ id: shareReplies.id });
  return seen.length;
}

/** Turns replies on or off for one of the leader's own links; false when it is not theirs or unknown. */
export async function setShareLinkReplies(db: Db, userId: string, linkId: string, enabled: boolean): Promise<boolean> {
  const { shareLinks } = db.tables;
  const changed = await db
    .update(shareLinks)
    .set({ repliesEnabled: enabled })
    .where(and(eq(shareLinks.id, linkId), eq(shareLinks.userId, userId)))
    .returning({ id: shareLinks.id });
  return changed.length > 0;
}

/** A reply as the backup holds it (no link id: links are not part of a backup). */
export type ShareReplyBackup = ShareReplyEntry;

/** The leader's replies for the export, oldest first. */
export async function exportShareReplies(db: Db, userId: string): Promise<ShareReplyBackup[]> {
  const { shareReplies } = db.tables;
  const rows = await db.select().from(shareReplies).where(eq(shareReplies.userId, userId)).orderBy(asc(shareReplies.createdAt), asc(shareReplies.id));
  return rows.map((r) => ({ from: r.fromWeek, to: r.toWeek, receivedAt: r.createdAt.toISOString(), text: r.body, seen: r.seenAt !== null }));
}

/**
 * Replaces the leader's replies with a backup's, inside the caller's transaction. Restored replies
 * belong to no link (the backup has none); "seen" ones get `now` as their seen time.
 */
export async function replaceShareReplies(tx: Db, userId: string, replies: readonly ShareReplyBackup[], now: Date): Promise<void> {
  const { shareReplies } = tx.tables;
  await tx.delete(shareReplies).where(eq(shareReplies.userId, userId));
  for (let i = 0; i < replies.length; i += 200) {
    await tx.insert(shareReplies).values(
      replies.slice(i, i + 200).map((r) => ({
        id: randomUUID(),
        userId,
        shareLinkId: null,
        fromWeek: r.from,
        toWeek: r.to,
        body: r.text,
        createdAt: new Date(r.receivedAt),
        seenAt: r.seen ? now : null,
      })),
    );
  }
}
