"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { deleteCheckin, listCheckins, saveCheckin } from "@/db/queries/checkins";
import { getProfile } from "@/db/queries/profiles";
import { getSessionUser, requireUser } from "@/app/_server/auth";
import {
  CHECKIN_FIELD_NAMES,
  LEADER_FIELD,
  MISSING_WEEK_LOOKBACK,
  OTHER_LEADER,
  SIGNED_OUT,
  checkinEntries,
  checkinFormToShape,
  nextMissingWeek,
  type CheckinSaveState,
} from "@/lib/checkin-form";
import { formatWeekLabel } from "@/lib/format";
import { submittedValues, UNREADABLE_FORM } from "@/lib/form-state";
import { addIsoWeeks, currentIsoWeek } from "@/lib/iso-week";
import { DEFAULT_TIME_ZONE } from "@/lib/local-date";
import { checkinSchemaUpTo } from "@/lib/validation/checkin";
import { toFieldErrors } from "@/lib/validation/issues";
import { isoWeekSchema } from "@/lib/validation/primitives";

async function leaderTimeZone(userId: string): Promise<string> {
  return (await getProfile(getDb(), userId))?.timeZone ?? DEFAULT_TIME_ZONE;
}

/**
 * Saves the week and names the next one to log. A form carries the leader it was typed for (it may
 * have waited on the device); a save for someone else, or with nobody signed in, is refused.
 */
export async function saveCheckinAction(_prev: CheckinSaveState, formData: FormData): Promise<CheckinSaveState> {
  const user = await getSessionUser();
  if (!user) return SIGNED_OUT;
  if (!(formData instanceof FormData)) return UNREADABLE_FORM;
  const typedFor = formData.get(LEADER_FIELD);
  if (typedFor !== null && typedFor !== user.id) return OTHER_LEADER;
  const currentWeek = currentIsoWeek(new Date(), await leaderTimeZone(user.id));
  const parsed = checkinSchemaUpTo(currentWeek).safeParse(checkinFormToShape(checkinEntries(formData)));
  if (!parsed.success) {
    return {
      status: "invalid",
      message: "That week wasn’t saved. Please fix the fields below.",
      fieldErrors: toFieldErrors(parsed.error),
      values: submittedValues(formData, CHECKIN_FIELD_NAMES),
    };
  }
  const db = getDb();
  const { week } = parsed.data;
  await saveCheckin(db, user.id, parsed.data);
  const lastWeek = addIsoWeeks(currentWeek, -1);
  const logged = await listCheckins(db, { userId: user.id, from: addIsoWeeks(week, -MISSING_WEEK_LOOKBACK), to: lastWeek });
  revalidatePath("/checkin", "layout");
  revalidatePath("/history");
  return {
    status: "saved",
    message: `Saved ${formatWeekLabel(week)}.`,
    week,
    nextWeek: nextMissingWeek(week, new Set(logged.map((c) => c.week)), lastWeek),
  };
}

export async function deleteCheckinAction(formData: FormData): Promise<void> {
  const user = await requireUser();
  const week = isoWeekSchema.safeParse(formData instanceof FormData ? formData.get("week") : null);
  if (!week.success) redirect("/checkin");
  await deleteCheckin(getDb(), user.id, week.data);
  revalidatePath("/history");
  redirect(`/checkin/${week.data}?deleted=${Date.now()}`);
}
