"use server";
import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { createShareLink, revokeShareLink } from "@/db/queries/share-links";
import { checkRange, shareExpiry, shareUrl } from "@/lib/report";
import {
  createShareLinkFormSchema,
  REVOKE_SHARE_LINK_FORM_SPEC,
  revokeShareLinkSchema,
  SHARE_LINK_FORM_SPEC,
} from "@/lib/validation/report";
import { done, failed, succeeded } from "@/lib/action-result";
import { appUrl } from "@/app/_server/config";
import { loadReport } from "@/app/_server/report";
import { validatedAction } from "@/app/_server/validated-action";

/** Makes a read-only link for the range; the full URL is returned this once and never again. */
export const createShareLinkAction = validatedAction(createShareLinkFormSchema, SHARE_LINK_FORM_SPEC, async (input, { user }) => {
  const range = checkRange(input.from, input.to);
  if (!range.ok) return failed(range.message, { [range.path]: range.message });
  const now = new Date();
  // An empty or all-away range is refused: a manager must not get an "all OK" report of nothing.
  const report = await loadReport(getDb(), user.id, { range: range.range, includeNotes: false, now });
  if (!report) return failed("Set up your profile first; there is nothing to share yet.");
  if (report.empty) return failed(`${report.empty} Nothing was shared.`);
  const expiresAt = shareExpiry(now, input.expiresInDays);
  const { token } = await createShareLink(getDb(), user.id, { ...range.range, includeNotes: input.includeNotes, expiresAt });
  revalidatePath("/report");
  return succeeded({ url: shareUrl(appUrl(), token), expiresAt: expiresAt.toISOString() }, "Link created. Copy it now: it is shown only once.");
});

/** Revokes one of the signed-in leader's links; another leader's id is answered as an unknown link. */
export const revokeShareLinkAction = validatedAction(
  revokeShareLinkSchema,
  REVOKE_SHARE_LINK_FORM_SPEC,
  async ({ id }, { user }) => {
    if (!(await revokeShareLink(getDb(), user.id, id, new Date()))) {
      return failed("That link was not found or is already revoked. Reload the page to see your links.");
    }
    revalidatePath("/report");
    return done("Link revoked: it no longer opens the report.");
  },
  { invalidMessage: "That link could not be revoked: reload the page and try again." },
);
