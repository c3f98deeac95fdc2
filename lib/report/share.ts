export type ShareLinkStatus = "active" | "expired" | "revoked";

export type ShareLink = {
  id: string;
  from: string;
  to: string;
  includeNotes: boolean;
  expiresAt: Date;
  revokedAt: Date | null;
  lastViewedAt: Date | null;
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
