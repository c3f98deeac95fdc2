// The share page's acknowledgement (issue 11): the viewer marks the report as read and may send the
// leader a short plain-text reply. Pure: parsing and limits here, storage in db/queries/share-replies.ts,
// the route in app/share/_lib/handle-share.ts.
import { SHARE_REPLY_MAX_LENGTH } from "../limits";
import { findForbiddenCharacter, forbiddenCharacterMessage, textLength } from "../text";

/**
 * The largest form body read: a reply at its longest is 1,000 code points of at most 4 UTF-8 bytes,
 * each percent-encoded to 3 characters (12,000), plus the field names; anything larger is refused
 * by its declared length before a byte is read.
 */
export const SHARE_ACK_MAX_BODY_BYTES = 16 * 1024;

/** Posts (mark as read or reply) one link takes per window, counted in the database for every instance. */
export const SHARE_ACK_LINK_LIMIT = { max: 10, windowMs: 60 * 60_000 } as const;

/** Replies one link keeps at most: a link is a note to one manager, not a message board. */
export const MAX_REPLIES_PER_LINK = 20;

export const ACK_FIELDS = ["intent", "reply"] as const;
export type AckIntent = "read" | "reply";
export type AckInput = { intent: "read" } | { intent: "reply"; reply: string };

/** Where a refusal is shown: beside the reply field, or above the form. */
export type AckRefusal = { field: "reply" | "form"; message: string };
export type AckParse = { ok: true; value: AckInput } | { ok: false; refusal: AckRefusal; reply: string | null };

/** The reply as stored: line breaks as LF (browsers send CRLF), spaces around trimmed. */
export function normalizeReply(raw: string): string {
  return raw.replace(/\r\n?/g, "\n").trim();
}

/** Why a reply is refused, or null when it can be sent. */
export function replyProblem(reply: string): string | null {
  if (reply === "") return "Write a reply first, or use “Mark as read” on its own.";
  const found = findForbiddenCharacter(reply, { multiline: true });
  if (found) return `${forbiddenCharacterMessage("The reply", found)}.`;
  const length = textLength(reply);
  if (length > SHARE_REPLY_MAX_LENGTH) {
    return `A reply is at most ${SHARE_REPLY_MAX_LENGTH.toLocaleString("en-US")} characters; this one has ${length.toLocaleString("en-US")}. Shorten it and send again.`;
  }
  return null;
}

/**
 * Reads the form the share page posts (application/x-www-form-urlencoded): exactly the fields
 * `intent` and, for a reply, `reply`, each at most once. Unknown or repeated fields are refused
 * (a forged post, never silently dropped). The typed reply comes back with a refusal so the page
 * can show it again.
 */
export function parseAckForm(body: string): AckParse {
  const params = new URLSearchParams(body);
  const fields: Partial<Record<(typeof ACK_FIELDS)[number], string>> = Object.create(null);
  let count = 0;
  for (const [name, value] of params) {
    if (++count > ACK_FIELDS.length || !(ACK_FIELDS as readonly string[]).includes(name) || fields[name as (typeof ACK_FIELDS)[number]] !== undefined) {
      return { ok: false, refusal: { field: "form", message: "This form could not be read; reload the page and try again." }, reply: null };
    }
    fields[name as (typeof ACK_FIELDS)[number]] = value;
  }
  const intent = fields.intent;
  if (intent === "read") {
    if (fields.reply !== undefined && normalizeReply(fields.reply) !== "") {
      return { ok: false, refusal: { field: "form", message: "This form could not be read; reload the page and try again." }, reply: fields.reply };
    }
    return { ok: true, value: { intent: "read" } };
  }
  if (intent !== "reply") return { ok: false, refusal: { field: "form", message: "This form could not be read; reload the page and try again." }, reply: fields.reply ?? null };
  const reply = normalizeReply(fields.reply ?? "");
  const problem = replyProblem(reply);
  return problem ? { ok: false, refusal: { field: "reply", message: problem }, reply: fields.reply ?? "" } : { ok: true, value: { intent: "reply", reply } };
}

/** What the page says after a post, chosen by the `ack` query of the redirect (anything else: nothing). */
export function ackNotice(ack: string | null, leaderName: string): string | null {
  if (ack === "read") return `Thank you: ${leaderName} can see that you read it.`;
  if (ack === "sent") return `Your reply was sent to ${leaderName}. Only they can see it.`;
  return null;
}
