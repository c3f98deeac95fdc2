import type { Db } from "@/db/client";
import { findShareLinkByToken, markShareLinkViewed } from "@/db/queries/share-links";
import { addShareReply, countLinkReplies, markShareLinkRead } from "@/db/queries/share-replies";
import {
  ackNotice,
  escapeHtml,
  formatExpiry,
  isShareTokenShape,
  MAX_REPLIES_PER_LINK,
  parseAckForm,
  SHARE_ACK_MAX_BODY_BYTES,
  shareLinkStatus,
  toHtmlBody,
  toHtmlPage,
  type AckRefusal,
  type LookupLimiter,
} from "@/lib/report";
import type { RateLimiter } from "@/lib/rate-limiter";
import { loadReport } from "@/app/_server/report";
import { trustedOrigins } from "@/app/_server/config";
import { readBodyCapped } from "@/app/_server/read-body-capped";

export type ShareRequest = {
  db: Db;
  token: string;
  clientKey: string;
  now: Date;
  limiter: LookupLimiter;
  /** The `ack` query of the redirect after a post ("read" or "sent"); anything else says nothing. */
  ack?: string | null;
};

/** Sent with every answer, found or not: never indexed, never cached, no Referer leaking the token onwards. */
export const SHARE_HEADERS = {
  "Content-Type": "text/html; charset=utf-8",
  "Cache-Control": "no-store",
  "X-Robots-Tag": "noindex, nofollow",
  "Referrer-Policy": "no-referrer",
  // Forms post only to this page (the acknowledgement); still no scripts.
  "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
} as const;

function page(status: number, title: string, message: string, extra: Record<string, string> = {}): Response {
  const body = `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>`;
  return new Response(toHtmlPage(title, body), { status, headers: { ...SHARE_HEADERS, ...extra } });
}

/** The share page's answer to a failure of ours: a page like the others, never the error's message. */
export const shareErrorPage = () => page(500, "Something went wrong", "This shared report could not be shown right now. Try again in a moment.");

const notFound = () => page(404, "Link not found", "This link does not exist or is no longer shared. Ask the person who sent it for a new link.");

type SharedLink = NonNullable<Awaited<ReturnType<typeof findShareLinkByToken>>>;
type Opened = { ok: true; link: SharedLink } | { ok: false; response: Response };

/**
 * The lookup every request of a link goes through: unknown and revoked give the same 404, expired
 * 410, too many lookups from this address 429. Past the ceiling of everyone's failed lookups a miss
 * is a 429 too; a valid token within its address's budget always opens.
 */
async function openLink({ db, token, clientKey, now, limiter }: ShareRequest): Promise<Opened> {
  const tooMany = () => page(429, "Too many requests", "Too many link lookups from your network. Wait a minute and try again.", { "Retry-After": "60" });
  const failed = async (answer: () => Response): Promise<Opened> => ({ ok: false, response: (await limiter.recordFailure(now.getTime())) ? answer() : tooMany() });
  if (!(await limiter.admit(clientKey, now.getTime()))) return failed(tooMany);
  if (!isShareTokenShape(token)) return failed(notFound);
  const link = await findShareLinkByToken(db, token);
  if (!link) return failed(notFound);
  const status = shareLinkStatus(link, now);
  if (status === "revoked") return failed(notFound);
  if (status === "expired") {
    await limiter.recordFailure(now.getTime());
    return { ok: false, response: page(410, "This link has expired", "This shared report has expired. Ask for a new link.") };
  }
  return { ok: true, link };
}

type AckState = { ack?: string | null; error?: AckRefusal | null; reply?: string | null };

/** The shared report with its acknowledgement section, in the state a request left it. */
async function sharedPage(db: Db, token: string, link: SharedLink, now: Date, state: AckState, status = 200, extra: Record<string, string> = {}): Promise<Response> {
  const report = await loadReport(db, link.userId, { range: { from: link.from, to: link.to }, includeNotes: link.includeNotes, now, talkingPoints: link.talkingPoints });
  if (!report) return notFound();
  const readAt = link.readAt;
  const repliesFull = link.repliesEnabled && (await countLinkReplies(db, link.id)) >= MAX_REPLIES_PER_LINK;
  const acknowledgement = {
    action: `/share/${token}#acknowledge`,
    readOn: readAt ? formatExpiry(readAt) : null,
    repliesEnabled: link.repliesEnabled,
    repliesFull,
    notice: ackNotice(state.ack ?? null, report.leader.name),
    error: state.error ?? null,
    reply: state.reply ?? null,
  };
  const body = toHtmlBody(report, { expiresOn: formatExpiry(link.expiresAt), acknowledgement });
  return new Response(toHtmlPage(report.title, body), { status, headers: { ...SHARE_HEADERS, ...extra } });
}

/** GET: the shared report by token (see openLink for the refusals). */
export async function handleShare(request: ShareRequest): Promise<Response> {
  const opened = await openLink(request);
  if (!opened.ok) return opened.response;
  const { db, token, now } = request;
  await markShareLinkViewed(db, opened.link.id, now);
  return sharedPage(db, token, opened.link, now, { ack: request.ack ?? null });
}

export type ShareAckRequest = ShareRequest & {
  request: Request;
  /** Posts per link (SHARE_ACK_LINK_LIMIT), counted in the database. */
  linkLimiter: RateLimiter;
  allowedOrigins?: readonly string[];
};

const FORM_TYPE = "application/x-www-form-urlencoded";

/**
 * The page's own forms send `Origin: null` (its Referrer-Policy is no-referrer, and browsers then
 * send "null" on a POST), so only a named foreign origin is refused. The token in the path is what
 * authorizes a post; no cookie is involved, so there is nothing for another site to ride on.
 */
function fromThisSite(request: Request, allowed: readonly string[]): boolean {
  const origin = request.headers.get("origin");
  return origin === null || origin === "null" || allowed.includes(origin);
}

/**
 * POST: "Mark as read" or a reply, from the share page's forms. Refused like a lookup for an
 * unknown, revoked or expired link; then from another site (403), not a form (415), over
 * SHARE_ACK_MAX_BODY_BYTES (413, by its declared length before reading), a form with unknown
 * fields or a reply that breaks the rules (422, the message beside the field, the text kept),
 * replies turned off (403), too many posts on this link (429). A success answers 303 back to the
 * page (so a reload does not post again). Every write is one statement or one transaction.
 */
export async function handleShareAck(input: ShareAckRequest): Promise<Response> {
  const { request, db, token, now } = input;
  if (!fromThisSite(request, input.allowedOrigins ?? trustedOrigins())) return page(403, "Refused", "This form came from another site and was refused.");
  const opened = await openLink(input);
  if (!opened.ok) return opened.response;
  const link = opened.link;
  const again = (status: number, error: AckRefusal, reply: string | null, extra: Record<string, string> = {}) => sharedPage(db, token, link, now, { error, reply }, status, extra);
  const contentType = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (contentType !== FORM_TYPE) return again(415, { field: "form", message: "This form could not be read; reload the page and try again." }, null);
  const body = await readBodyCapped(request, SHARE_ACK_MAX_BODY_BYTES);
  if (!body.ok) {
    const message =
      body.reason === "too-large" ? "That reply is far too long to send; a reply is at most 1,000 characters." : "Your reply did not arrive whole; send it again.";
    return again(body.status, { field: "reply", message }, null, body.headers);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body.bytes);
  } catch {
    return again(400, { field: "form", message: "This form could not be read; reload the page and try again." }, null);
  }
  const parsed = parseAckForm(text);
  if (!parsed.ok) return again(422, parsed.refusal, parsed.reply);
  const value = parsed.value;
  if (value.intent === "reply" && !link.repliesEnabled) {
    return again(403, { field: "form", message: "Replies are turned off for this link; your reply was not sent." }, null);
  }
  if (!(await input.linkLimiter.hit(link.id, now.getTime()))) {
    const reply = value.intent === "reply" ? value.reply : null;
    return again(429, { field: value.intent === "reply" ? "reply" : "form", message: "Too many replies on this link just now. Wait a while and try again." }, reply, { "Retry-After": "600" });
  }
  if (value.intent === "read") {
    await markShareLinkRead(db, link.id, now);
    return seeOther(token, "read");
  }
  const added = await addShareReply(db, link.id, value.reply, now, MAX_REPLIES_PER_LINK);
  if (!added.ok) {
    const message = added.reason === "full" ? "This link has taken as many replies as it can. Write to them directly." : "Replies are turned off for this link; your reply was not sent.";
    return again(added.reason === "full" ? 409 : 403, { field: "form", message }, value.reply);
  }
  return seeOther(token, "sent");
}

function seeOther(token: string, ack: "read" | "sent"): Response {
  const { "Content-Type": _type, ...headers } = SHARE_HEADERS;
  return new Response(null, { status: 303, headers: { ...headers, Location: `/share/${token}?ack=${ack}#acknowledge` } });
}
