"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { createShareLink, revokeShareLink } from "@/db/queries/share-links";
import { checkRange, shareExpiry, shareUrl } from "@/lib/report";
import { createShareLinkSchema } from "@/lib/validation/report";
import { appUrl } from "@/app/_server/config";
import { requireUser } from "@/app/_server/auth";
import { parseOrFail, type ActionResult } from "@/app/_server/action-result";

// Every "use server" export can be called with any JSON, so `form` may not be a form at all.
const text = (form: FormData, key: string) => {
  const v = form instanceof FormData ? form.get(key) : null;
  return typeof v === "string" ? v : null;
};

/** Makes a read-only link for the range; the full URL is returned this once and never again. */
export async function createShareLinkAction(_previous: unknown, form: FormData): Promise<ActionResult<{ url: string }>> {
  const user = await requireUser();
  const days = text(form, "expiresInDays");
  const parsed = parseOrFail(createShareLinkSchema, {
    from: text(form, "from"),
    to: text(form, "to"),
    includeNotes: text(form, "includeNotes") === "1",
    expiresInDays: days !== null && /^\d+$/.test(days) ? Number(days) : days,
  });
  if (!parsed.ok) return parsed;
  const range = checkRange(parsed.data.from, parsed.data.to);
  if (!range.ok) return { ok: false, fieldErrors: { [range.path]: range.message }, message: range.message };
  const now = new Date();
  const { token } = await createShareLink(getDb(), user.id, {
    ...range.range,
    includeNotes: parsed.data.includeNotes,
    expiresAt: shareExpiry(now, parsed.data.expiresInDays),
  });
  revalidatePath("/report");
  return { ok: true, data: { url: shareUrl(appUrl(), token) }, message: "Link created. Copy it now: it is shown only once." };
}

const revokeSchema = z.strictObject({ id: z.string().uuid("Unknown link") });

/** Revokes one of the signed-in leader's links; another leader's id does nothing. */
export async function revokeShareLinkAction(form: FormData): Promise<void> {
  const user = await requireUser();
  const parsed = revokeSchema.safeParse({ id: text(form, "id") });
  if (!parsed.success) return;
  await revokeShareLink(getDb(), user.id, parsed.data.id, new Date());
  revalidatePath("/report");
}
