"use server";
import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { countDemo, loadDemoHistory, removeDemoHistory } from "@/db/queries/demo";
import { NO_FIELDS, noFieldsSchema, validatedAction } from "@/app/_server/validated-action";
import { failed, succeeded } from "@/lib/action-result";
import { buildDemoHistory } from "@/lib/demo";
import { leaderTimeZone } from "@/lib/local-date";

const weeks = (n: number) => `${n} ${n === 1 ? "week" : "weeks"}`;

export const loadDemoAction = validatedAction(noFieldsSchema, NO_FIELDS, async (_none, { user, profile }) => {
  if (!profile) return failed("Set up your profile first.");
  const db = getDb();
  const added = await loadDemoHistory(db, user.id, buildDemoHistory({ now: new Date(), timeZone: leaderTimeZone(profile) }));
  revalidatePath("/", "layout");
  const data = { demoWeeks: await countDemo(db, user.id) };
  if (added === 0) return succeeded(data, "No demo weeks were added: you have already logged every one of those weeks.");
  return succeeded(data, `Loaded ${weeks(added)} of demo history.`);
});

export const removeDemoAction = validatedAction(noFieldsSchema, NO_FIELDS, async (_none, { user }) => {
  const removed = await removeDemoHistory(getDb(), user.id);
  revalidatePath("/", "layout");
  const message = removed === 0 ? "There was no demo data left to remove." : `Removed ${weeks(removed)} of demo data.`;
  return succeeded({ demoWeeks: 0 }, message);
});
