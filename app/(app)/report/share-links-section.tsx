import { CreateShareLinkForm } from "@/components/report/create-share-link-form";
import { getDb } from "@/db";
import { listShareLinks } from "@/db/queries/share-links";
import { listShareReplies, type ShareReply } from "@/db/queries/share-replies";
import { canUndoRevoke, formatExpiry, REPORT_INCLUSION_NAMES, shareLinkStatus, splitShareLinks, type ReportRange } from "@/lib/report";
import { Badge } from "@/components/ui/badge";
import { ClearPastLinksButton, MarkRepliesSeenButton, RepliesSwitch, ShareLinkControls } from "@/components/report/share-link-controls";
import {
  clearPastShareLinksAction,
  createShareLinkAction,
  markRepliesSeenAction,
  restoreShareLinkAction,
  revokeShareLinkAction,
  setShareLinkRepliesAction,
} from "./actions";

const STATUS_TONE = { active: "ok", expired: "neutral", revoked: "alert" } as const;

const date = (d: Date) => d.toISOString().slice(0, 10);

const includedWords = (includes: Link["includes"]) => includes.map((i) => REPORT_INCLUSION_NAMES[i]).join(", ");

type Link = Awaited<ReturnType<typeof listShareLinks>>[number];

/** One link as a small card (no wide table: it fits a 390 px phone). */
function LinkItem({ link, now, replies }: { link: Link; now: Date; replies: number }) {
  const status = shareLinkStatus(link, now);
  const name = `the link for ${link.from} – ${link.to} created ${date(link.createdAt)}`;
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-border bg-surface px-3 py-2 text-sm">
      <div className="min-w-0 space-y-0.5">
        <p className="font-medium">
          {link.from} – {link.to} <Badge tone={STATUS_TONE[status]}>{status}</Badge>
        </p>
        <p className="text-muted">
          Notes {link.includeNotes ? "included" : "left out"}
          {link.includes.length > 0 ? ` · also ${includedWords(link.includes)}` : ""} · {status === "expired" ? "expired" : "expires"} {formatExpiry(link.expiresAt)} · viewed{" "}
          {link.lastViewedAt ? date(link.lastViewedAt) : "never"}
        </p>
        <p className="text-muted">
          {link.readAt ? <strong className="font-medium text-text">Read on {formatExpiry(link.readAt)}</strong> : "Not marked as read yet"} ·{" "}
          {replies === 0 ? "no replies" : replies === 1 ? "1 reply" : `${replies} replies`} · replies {link.repliesEnabled ? "on" : "off"}
        </p>
      </div>
      {status === "active" || canUndoRevoke(link, now) ? (
        <div className="flex flex-wrap items-center gap-2">
          {status === "active" ? <RepliesSwitch key={String(link.repliesEnabled)} id={link.id} label={name} enabled={link.repliesEnabled} toggle={setShareLinkRepliesAction} /> : null}
          <ShareLinkControls key={status} id={link.id} label={name} undoable={status === "revoked"} revoke={revokeShareLinkAction} restore={restoreShareLinkAction} />
        </div>
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
  const [links, replies] = await Promise.all([listShareLinks(getDb(), userId), listShareReplies(getDb(), userId)]);
  const perLink = new Map<string, number>();
  for (const reply of replies) if (reply.shareLinkId) perLink.set(reply.shareLinkId, (perLink.get(reply.shareLinkId) ?? 0) + 1);
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
            <LinkItem key={link.id} link={link} now={now} replies={perLink.get(link.id) ?? 0} />
          ))}
        </ul>
      ) : null}
      {replies.length > 0 ? <RepliesList replies={replies} /> : null}
      {past.length > 0 ? (
        <details className="rounded-xl border border-border p-3">
          <summary className="min-h-11 cursor-pointer py-2 text-sm font-medium">
            Past links ({past.length}): revoked or expired, no longer open
          </summary>
          <ul aria-label="Past share links" className="mt-2 space-y-2">
            {past.map((link) => (
              <LinkItem key={link.id} link={link} now={now} replies={perLink.get(link.id) ?? 0} />
            ))}
          </ul>
          <div className="mt-3">
            <ClearPastLinksButton clear={clearPastShareLinksAction} count={past.length} />
          </div>
        </details>
      ) : null}
    </section>
  );
}

/** What viewers wrote back, newest first; new ones (not yet marked seen) are marked and counted. */
function RepliesList({ replies }: { replies: ShareReply[] }) {
  const unseen = replies.filter((r) => r.seenAt === null).length;
  return (
    <section aria-labelledby="replies-title" id="replies" className="space-y-2 rounded-xl border border-border p-3">
      <h3 id="replies-title" className="font-semibold">
        Replies to your links{unseen > 0 ? ` (${unseen} new)` : ""}
      </h3>
      <p className="text-sm text-muted">Only you see these. Whoever opens a link can reply unless you turn replies off for it.</p>
      <ul aria-label="Replies" className="space-y-2">
        {replies.map((reply) => (
          <li key={reply.id} className="rounded-lg border border-border bg-surface px-3 py-2 text-sm">
            <p className="text-muted">
              {formatExpiry(reply.createdAt)} · on the link for {reply.from} – {reply.to}
              {reply.shareLinkId ? "" : " (link no longer listed)"} {reply.seenAt === null ? <Badge tone="watch">new</Badge> : null}
            </p>
            <p className="mt-1 whitespace-pre-line break-words">{reply.body}</p>
          </li>
        ))}
      </ul>
      {unseen > 0 ? <MarkRepliesSeenButton markSeen={markRepliesSeenAction} count={unseen} /> : null}
    </section>
  );
}
