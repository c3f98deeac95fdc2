import type { Db } from "@/db/client";
import { findShareLinkByToken, markShareLinkViewed } from "@/db/queries/share-links";
import { escapeHtml, isShareTokenShape, shareLinkStatus, toHtmlBody, toHtmlPage, type LookupLimiter } from "@/lib/report";
import { loadReport } from "@/app/_server/report";

export type ShareRequest = { db: Db; token: string; clientKey: string; now: Date; limiter: LookupLimiter };

/** Sent with every answer, found or not: never indexed, never cached, no Referer leaking the token onwards. */
export const SHARE_HEADERS = {
  "Content-Type": "text/html; charset=utf-8",
  "Cache-Control": "no-store",
  "X-Robots-Tag": "noindex, nofollow",
  "Referrer-Policy": "no-referrer",
  "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
} as const;

function page(status: number, title: string, message: string, extra: Record<string, string> = {}): Response {
  const body = `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>`;
  return new Response(toHtmlPage(title, body), { status, headers: { ...SHARE_HEADERS, ...extra } });
}

/** The share page's answer to a failure of ours: a page like the others, never the error's message. */
export const shareErrorPage = () => page(500, "Something went wrong", "This shared report could not be shown right now. Try again in a moment.");

const notFound = () => page(404, "Link not found", "This link does not exist or is no longer shared. Ask the person who sent it for a new link.");

/**
 * A shared report by token: unknown and revoked give the same 404, expired 410, too many lookups from
 * this address 429. Past the ceiling of everyone's failed lookups a miss is a 429 too; a valid token
 * within its address's budget is always served.
 */
export async function handleShare({ db, token, clientKey, now, limiter }: ShareRequest): Promise<Response> {
  const tooMany = () => page(429, "Too many requests", "Too many link lookups from your network. Wait a minute and try again.", { "Retry-After": "60" });
  const failed = async (answer: () => Response) => ((await limiter.recordFailure(now.getTime())) ? answer() : tooMany());
  if (!(await limiter.admit(clientKey, now.getTime()))) return failed(tooMany);
  if (!isShareTokenShape(token)) return failed(notFound);
  const link = await findShareLinkByToken(db, token);
  if (!link) return failed(notFound);
  const status = shareLinkStatus(link, now);
  if (status === "revoked") return failed(notFound);
  if (status === "expired") {
    await limiter.recordFailure(now.getTime());
    return page(410, "This link has expired", "This shared report has expired. Ask for a new link.");
  }
  const report = await loadReport(db, link.userId, { range: { from: link.from, to: link.to }, includeNotes: link.includeNotes, now });
  if (!report) return notFound();
  await markShareLinkViewed(db, link.id, now);
  return new Response(toHtmlPage(report.title, toHtmlBody(report)), { status: 200, headers: SHARE_HEADERS });
}
