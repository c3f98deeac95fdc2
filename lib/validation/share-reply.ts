import { z } from "zod";
import { compareIsoWeeks, isValidIsoWeek } from "../iso-week";
import { SHARE_REPLY_MAX_LENGTH } from "../limits";
import { isoWeekSchema, userText } from "./primitives";

/** Replies a backup holds at most (a reply a week for a century, about). */
export const MAX_SHARE_REPLIES = 5_000;

/**
 * A reply someone sent through a share link (issue 11), as the backup holds it: the weeks the link
 * covered, when it arrived, its text and whether the leader had marked it seen. Links themselves are
 * not in a backup (their tokens are never stored), so a restored reply belongs to no link.
 */
export const shareReplySchema = z
  .strictObject({
    from: isoWeekSchema,
    to: isoWeekSchema,
    // Milliseconds at most: what the database keeps, so a restored file exports unchanged.
    receivedAt: z.iso
      .datetime({ error: "receivedAt is an instant such as 2026-11-26T09:00:00.000Z" })
      .regex(/^[^.]*(\.\d{1,3})?Z$/, "receivedAt has at most milliseconds, such as 2026-11-26T09:00:00.000Z"),
    text: userText(z.string({ error: "The reply must be text" }).trim().min(1, "A reply can't be empty"), {
      what: "The reply",
      max: SHARE_REPLY_MAX_LENGTH,
      tooLong: `A reply is at most ${SHARE_REPLY_MAX_LENGTH.toLocaleString("en-US")} characters`,
      multiline: true,
    }),
    seen: z.boolean({ error: "seen is true or false" }),
  })
  .superRefine((reply, ctx) => {
    if (isValidIsoWeek(reply.from) && isValidIsoWeek(reply.to) && compareIsoWeeks(reply.from, reply.to) > 0) {
      ctx.addIssue({ code: "custom", path: ["to"], message: `The link's last week ${reply.to} is before its first ${reply.from}` });
    }
  });

export type ShareReplyEntry = z.output<typeof shareReplySchema>;

/** Nothing rules across replies (two may share everything). */
export function shareReplyListIssues(_list: readonly ShareReplyEntry[]): { path: (string | number)[]; message: string }[] {
  return [];
}

export const shareRepliesListSchema = z
  .array(shareReplySchema, { error: "shareReplies must be a list" })
  .max(MAX_SHARE_REPLIES, `A backup holds at most ${MAX_SHARE_REPLIES.toLocaleString("en-US")} replies`);
