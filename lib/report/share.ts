import { REPORT_INCLUSION_NAMES, type ReportInclusion } from "./talking-points";

export type ShareLinkStatus = "active" | "expired" | "revoked";

export type ShareLink = {
  id: string;
  from: string;
  to: string;
  includeNotes: boolean;
  expiresAt: Date;
  revokedAt: Date | null;
  lastViewedAt: Date | null;
  /** When the viewer pressed "Mark as read" (or first replied); null before. */
  readAt: Date | null;
  /** Whether the viewer may reply (the leader's switch per link). */
  repliesEnabled: boolean;
  /** What else the leader's copied choice includes (experiments, review, reflection); [] for none. */
  includes: ReportInclusion[];
  createdAt: Date;
};

const DAY_MS = 86_400_000;
// 32 random bytes in base64url, as createShareLink makes them.
const TOKEN_RE = /^[A-Za-z0-9_-]{43}$/;

export function isShareTokenShape(token: string): boolean {
  return TOKEN_RE.test(token);
}

export function shareLinkStatus(link: Pick<ShareLink, "expiresAt" | "revokedAt">, now: Date): ShareLinkStatus {
  if (link.revokedAt) return "revoked";
  return link.expiresAt.getTime() <= now.getTime() ? "expired" : "active";
}

export function shareExpiry(now: Date, days: number): Date {
  return new Date(now.getTime() + days * DAY_MS);
}

export function shareUrl(origin: string, token: string): string {
  return `${origin.replace(/\/+$/, "")}/share/${token}`;
}

const DATE_FORMAT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "4 December 2026": the expiry as people write it (UTC, so the server and the browser agree). */
export function formatExpiry(expiresAt: Date): string {
  return DATE_FORMAT.format(expiresAt);
}

/** "a, b and c". */
function listWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

/**
 * The ready-to-send message: plain text with the link, the weeks it covers, what of the leader's
 * own it includes beyond the weeks (private notes, experiments, review) and until when it works.
 */
export function shareMessage({
  url,
  period,
  expiresAt,
  includeNotes,
  includes = [],
}: {
  url: string;
  period: string;
  expiresAt: Date;
  includeNotes: boolean;
  includes?: readonly ReportInclusion[];
}): string {
  const extras = [...(includeNotes ? ["private notes"] : []), ...includes.map((i) => REPORT_INCLUSION_NAMES[i])];
  const included = extras.length > 0 ? `; it includes my ${listWords(extras)}` : "";
  return [
    "Hi,",
    "",
    `Ahead of our next 1:1, here is my Pendulum report for ${period}: how my weeks split between meetings, hands-on work and mentoring, and which warning signs it shows. It is self-reported, read-only and needs no account${included}.`,
    "",
    url,
    "",
    `The link works until ${formatExpiry(expiresAt)}.`,
  ].join("\n");
}

/** Links that can still be opened come first; revoked and expired ones are "past links" (collapsed, clearable). */
export function splitShareLinks<L extends Pick<ShareLink, "expiresAt" | "revokedAt">>(links: readonly L[], now: Date): { current: L[]; past: L[] } {
  const current: L[] = [];
  const past: L[] = [];
  for (const link of links) (shareLinkStatus(link, now) === "active" || canUndoRevoke(link, now) ? current : past).push(link);
  return { current, past };
}

/** How long a revoke can be undone (the link stays in the list with Undo meanwhile). */
export const REVOKE_UNDO_MS = 60_000;

/** A link revoked less than REVOKE_UNDO_MS ago, and not expired since: Undo brings it back. */
export function canUndoRevoke(link: Pick<ShareLink, "expiresAt" | "revokedAt">, now: Date): boolean {
  return link.revokedAt !== null && now.getTime() - link.revokedAt.getTime() < REVOKE_UNDO_MS && link.expiresAt.getTime() > now.getTime();
}
