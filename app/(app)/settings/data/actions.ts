"use server";
import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { countDemo, loadDemoHistory, removeDemoHistory } from "@/db/queries/demo";
import { getProfile } from "@/db/queries/profiles";
import { requireUser } from "@/app/_server/auth";
import type { ActionResult } from "@/app/_server/action-result";
import { DEFAULT_TIME_ZONE } from "@/lib/local-date";
import { buildDemoHistory } from "@/lib/demo";

const weeks = (n: number) => `${n} ${n === 1 ? "week" : "weeks"}`;

// Both take (previous state, form data) for useActionState and ignore them: nothing from the client is used.
export async function loadDemoAction(_previous: unknown, _form: unknown): Promise<ActionResult<{ added: number; demoWeeks: number }>> {
  const user = await requireUser();
  const db = getDb();
  const profile = await getProfile(db, user.id);
  if (!profile) return { ok: false, fieldErrors: {}, message: "Set up your profile first." };
  const history = buildDemoHistory({ now: new Date(), timeZone: profile.timeZone ?? DEFAULT_TIME_ZONE });
  const added = await loadDemoHistory(db, user.id, history);
  revalidatePath("/", "layout");
  const data = { added, demoWeeks: await countDemo(db, user.id) };
  if (added === 0) {
    return { ok: true, data, message: "No demo weeks were added: you have already logged every one of those weeks." };
  }
  return { ok: true, data, message: `Loaded ${weeks(added)} of demo history.` };
}

export async function removeDemoAction(_previous: unknown, _form: unknown): Promise<ActionResult<{ removed: number; demoWeeks: number }>> {
  const user = await requireUser();
  const removed = await removeDemoHistory(getDb(), user.id);
  revalidatePath("/", "layout");
  const message = removed === 0 ? "There was no demo data left to remove." : `Removed ${weeks(removed)} of demo data.`;
  return { ok: true, data: { removed, demoWeeks: 0 }, message };
}
