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
import { validatedAction } from "@/app/_server/validated-action";

/** Makes a read-only link for the range; the full URL is returned this once and never again. */
export const createShareLinkAction = validatedAction(createShareLinkFormSchema, SHARE_LINK_FORM_SPEC, async (input, { user }) => {
  const range = checkRange(input.from, input.to);
  if (!range.ok) return failed(range.message, { [range.path]: range.message });
  const { token } = await createShareLink(getDb(), user.id, {
    ...range.range,
    includeNotes: input.includeNotes,
    expiresAt: shareExpiry(new Date(), input.expiresInDays),
  });
  revalidatePath("/report");
  return succeeded({ url: shareUrl(appUrl(), token) }, "Link created. Copy it now: it is shown only once.");
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
