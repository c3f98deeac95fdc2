import { CreateShareLinkForm } from "@/components/report/create-share-link-form";
import { getDb } from "@/db";
import { listShareLinks } from "@/db/queries/share-links";
import { shareLinkStatus, type ReportRange } from "@/lib/report";
import { Badge } from "@/components/ui/badge";
import { RevokeShareLinkButton } from "@/components/report/revoke-share-link-button";
import { createShareLinkAction, revokeShareLinkAction } from "./actions";

const STATUS_TONE = { active: "ok", expired: "neutral", revoked: "alert" } as const;

const date = (d: Date) => d.toISOString().slice(0, 10);

export async function ShareLinksSection({ userId, range, includeNotes }: { userId: string; range: ReportRange; includeNotes: boolean }) {
  const links = await listShareLinks(getDb(), userId);
  const now = new Date();
  return (
    <section aria-labelledby="share-title" className="space-y-3">
      <h2 id="share-title" className="text-lg font-semibold">
        Share a read-only link
      </h2>
      <p className="text-sm text-muted">
        Anyone with the link sees this report for {range.from} – {range.to} (with your latest data) until it expires or you revoke it. No account needed.
      </p>
      <CreateShareLinkForm key={`${range.from}-${range.to}-${includeNotes}`} create={createShareLinkAction} range={range} includeNotes={includeNotes} />
      {links.length > 0 ? (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Your share links, scrolls sideways">
          <table className="w-full text-sm">
            <caption className="sr-only">Your share links</caption>
            <thead>
              <tr className="text-left">
                <th scope="col" className="px-2 py-1">Range</th>
                <th scope="col" className="px-2 py-1">Notes</th>
                <th scope="col" className="px-2 py-1">Status</th>
                <th scope="col" className="px-2 py-1">Expires</th>
                <th scope="col" className="px-2 py-1">Last viewed</th>
                <th scope="col" className="px-2 py-1"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {links.map((link) => {
                const status = shareLinkStatus(link, now);
                return (
                  <tr key={link.id} className="border-t border-border">
                    <td className="px-2 py-1 whitespace-nowrap">
                      {link.from} – {link.to}
                    </td>
                    <td className="px-2 py-1">{link.includeNotes ? "included" : "left out"}</td>
                    <td className="px-2 py-1">
                      <Badge tone={STATUS_TONE[status]}>{status}</Badge>
                    </td>
                    <td className="px-2 py-1">{date(link.expiresAt)}</td>
                    <td className="px-2 py-1">{link.lastViewedAt ? date(link.lastViewedAt) : "never"}</td>
                    <td className="px-2 py-1">
                      {status === "revoked" ? null : (
                        <RevokeShareLinkButton
                          id={link.id}
                          revoke={revokeShareLinkAction}
                          label={`Revoke the link for ${link.from} – ${link.to} created ${date(link.createdAt)}`}
                        />
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
