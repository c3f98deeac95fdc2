"use server";
import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { clearReportChoice, getReportChoice, saveReportChoice } from "@/db/queries/report-choices";
import { clearPastShareLinks, createShareLink, restoreShareLink, revokeShareLink } from "@/db/queries/share-links";
import { markShareRepliesSeen, setShareLinkReplies } from "@/db/queries/share-replies";
import { checkRange, chosenInclusions, normalizeChoice, REVOKE_UNDO_MS, shareExpiry, shareUrl } from "@/lib/report";
import {
  createShareLinkFormSchema,
  REVOKE_SHARE_LINK_FORM_SPEC,
  revokeShareLinkSchema,
  SHARE_LINK_FORM_SPEC,
  SHARE_LINK_REPLIES_FORM_SPEC,
  shareLinkRepliesSchema,
  talkingPointsFormSchema,
  talkingPointsFormShape,
} from "@/lib/validation/report";
import { done, failed, succeeded } from "@/lib/action-result";
import { appUrl } from "@/app/_server/config";
import { loadReport } from "@/app/_server/report";
import { NO_FIELDS, noFieldsSchema, validatedAction } from "@/app/_server/validated-action";

/** Makes a read-only link for the range; the full URL is returned this once and never again. */
export const createShareLinkAction = validatedAction(createShareLinkFormSchema, SHARE_LINK_FORM_SPEC, async (input, { user }) => {
  const range = checkRange(input.from, input.to);
  if (!range.ok) return failed(range.message, { [range.path]: range.message });
  const now = new Date();
  // An empty or all-away range is refused: a manager must not get an "all OK" report of nothing.
  const talkingPoints = await getReportChoice(getDb(), user.id);
  const report = await loadReport(getDb(), user.id, { range: range.range, includeNotes: false, now, talkingPoints });
  if (!report) return failed("Set up your profile first; there is nothing to share yet.");
  if (report.empty) return failed(`${report.empty} Nothing was shared.`);
  const expiresAt = shareExpiry(now, input.expiresInDays);
  const { token } = await createShareLink(getDb(), user.id, { ...range.range, includeNotes: input.includeNotes, expiresAt, talkingPoints });
  revalidatePath("/report");
  const includes = [...chosenInclusions(talkingPoints)];
  return succeeded({ url: shareUrl(appUrl(), token), expiresAt: expiresAt.toISOString(), includes }, "Link created. Copy it now: it is shown only once.");
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
    return done("Link revoked: it no longer opens the report. Undo is offered for a minute.");
  },
  { invalidMessage: "That link could not be revoked: reload the page and try again." },
);

/** Undoes a revoke of the last minute: the same link (and token) opens the report again. */
export const restoreShareLinkAction = validatedAction(
  revokeShareLinkSchema,
  REVOKE_SHARE_LINK_FORM_SPEC,
  async ({ id }, { user }) => {
    if (!(await restoreShareLink(getDb(), user.id, id, new Date(), REVOKE_UNDO_MS))) {
      return failed("Too late to undo: that link stays revoked. Create a new link instead.");
    }
    revalidatePath("/report");
    return done("Link restored: it opens the report again.");
  },
  { invalidMessage: "That link could not be restored: reload the page and try again." },
);

/** Deletes the leader's revoked and expired links from the list. */
export const clearPastShareLinksAction = validatedAction(noFieldsSchema, NO_FIELDS, async (_none, { user }) => {
  const removed = await clearPastShareLinks(getDb(), user.id, new Date());
  revalidatePath("/report");
  return done(removed === 0 ? "No past links to clear." : `Cleared ${removed === 1 ? "1 past link" : `${removed} past links`}.`);
});

/** Saves which talking points go to the manager, in whose words, the message and what else is included; used by every format and new link. */
export const saveTalkingPointsAction = validatedAction(
  talkingPointsFormSchema,
  talkingPointsFormShape,
  async (input, { user }) => {
    await saveReportChoice(getDb(), user.id, normalizeChoice(input));
    revalidatePath("/report");
    return done("Saved. The report, its downloads and new share links use these choices.");
  },
  { invalidMessage: "The talking points could not be saved: check the fields below." },
);

/** Back to the suggested points (the choice is forgotten; links already created keep theirs). */
export const resetTalkingPointsAction = validatedAction(noFieldsSchema, NO_FIELDS, async (_none, { user }) => {
  await clearReportChoice(getDb(), user.id);
  revalidatePath("/report");
  return done("Back to the suggested points.");
});

/** Turns replies on or off for one of the leader's links; "Mark as read" stays offered either way. */
export const setShareLinkRepliesAction = validatedAction(
  shareLinkRepliesSchema,
  SHARE_LINK_REPLIES_FORM_SPEC,
  async ({ id, enabled }, { user }) => {
    if (!(await setShareLinkReplies(getDb(), user.id, id, enabled))) return failed("That link was not found. Reload the page to see your links.");
    revalidatePath("/report");
    return done(enabled ? "Replies are on for this link." : "Replies are off: the link no longer offers a reply form.");
  },
  { invalidMessage: "That setting could not be changed: reload the page and try again." },
);

/** Marks the leader's new replies as seen (the dashboard stops announcing them). */
export const markRepliesSeenAction = validatedAction(noFieldsSchema, NO_FIELDS, async (_none, { user }) => {
  const seen = await markShareRepliesSeen(getDb(), user.id, new Date());
  revalidatePath("/report");
  revalidatePath("/dashboard");
  return done(seen === 0 ? "No new replies." : `Marked ${seen === 1 ? "1 reply" : `${seen} replies`} as seen.`);
});
