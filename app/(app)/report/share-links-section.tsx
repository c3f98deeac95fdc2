import { CreateShareLinkForm } from "@/components/report/create-share-link-form";
import { getDb } from "@/db";
import { listShareLinks } from "@/db/queries/share-links";
import { formatExpiry, shareLinkStatus, splitShareLinks, type ReportRange } from "@/lib/report";
import { Badge } from "@/components/ui/badge";
import { RevokeShareLinkButton } from "@/components/report/revoke-share-link-button";
import { createShareLinkAction, revokeShareLinkAction } from "./actions";

const STATUS_TONE = { active: "ok", expired: "neutral", revoked: "alert" } as const;

const date = (d: Date) => d.toISOString().slice(0, 10);

type Link = Awaited<ReturnType<typeof listShareLinks>>[number];

/** One link as a small card (no wide table: it fits a 390 px phone). */
function LinkItem({ link, now }: { link: Link; now: Date }) {
  const status = shareLinkStatus(link, now);
  const name = `the link for ${link.from} – ${link.to} created ${date(link.createdAt)}`;
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-border bg-surface px-3 py-2 text-sm">
      <div className="min-w-0 space-y-0.5">
        <p className="font-medium">
          {link.from} – {link.to} <Badge tone={STATUS_TONE[status]}>{status}</Badge>
        </p>
        <p className="text-muted">
          Notes {link.includeNotes ? "included" : "left out"} · {status === "expired" ? "expired" : "expires"} {formatExpiry(link.expiresAt)} · viewed{" "}
          {link.lastViewedAt ? date(link.lastViewedAt) : "never"}
        </p>
      </div>
      {status === "active" ? (
        <RevokeShareLinkButton id={link.id} revoke={revokeShareLinkAction} label={`Revoke ${name}`} />
      ) : null}
    </li>
  );
}

export async function ShareLinksSection({
  userId,
  range,
  period,
  includeNotes,
  canShare,
}: {
  userId: string;
  range: ReportRange;
  period: string;
  includeNotes: boolean;
  canShare: boolean;
}) {
  const links = await listShareLinks(getDb(), userId);
  const now = new Date();
  const { current, past } = splitShareLinks(links, now);
  return (
    <section aria-labelledby="share-title" className="space-y-3">
      <h2 id="share-title" className="text-lg font-semibold">
        Share a read-only link
      </h2>
      <p className="text-sm text-muted">
        Anyone with the link sees this report for {range.from} – {range.to} (with your latest data) until it expires or you revoke it. No account needed.
      </p>
      {canShare ? (
        <CreateShareLinkForm key={`${range.from}-${range.to}-${includeNotes}`} create={createShareLinkAction} range={range} period={period} includeNotes={includeNotes} />
      ) : (
        <p className="text-sm">This range has no logged weeks, so it can&apos;t be shared. Pick a range with logged weeks.</p>
      )}
      {current.length > 0 ? (
        <ul aria-label="Your share links" className="space-y-2">
          {current.map((link) => (
            <LinkItem key={link.id} link={link} now={now} />
          ))}
        </ul>
      ) : null}
      {past.length > 0 ? (
        <details className="rounded-xl border border-border p-3">
          <summary className="min-h-11 cursor-pointer py-2 text-sm font-medium">
            Past links ({past.length}): revoked or expired, no longer open
          </summary>
          <ul aria-label="Past share links" className="mt-2 space-y-2">
            {past.map((link) => (
              <LinkItem key={link.id} link={link} now={now} />
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
