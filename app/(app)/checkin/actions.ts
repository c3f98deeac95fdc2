"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { deleteCheckin, saveCheckin } from "@/db/queries/checkins";
import { getProfile } from "@/db/queries/profiles";
import { requireUser } from "@/app/_server/auth";
import { CHECKIN_FIELD_NAMES, checkinFormToShape } from "@/lib/checkin-form";
import { formatWeekLabel } from "@/lib/format";
import { submittedValues, UNREADABLE_FORM, type FormState } from "@/lib/form-state";
import { currentIsoWeek } from "@/lib/iso-week";
import { DEFAULT_TIME_ZONE } from "@/lib/local-date";
import { checkinSchemaUpTo } from "@/lib/validation/checkin";
import { toFieldErrors } from "@/lib/validation/issues";
import { isoWeekSchema } from "@/lib/validation/primitives";

async function leaderTimeZone(userId: string): Promise<string> {
  return (await getProfile(getDb(), userId))?.timeZone ?? DEFAULT_TIME_ZONE;
}

export async function saveCheckinAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  if (!(formData instanceof FormData)) return UNREADABLE_FORM;
  const currentWeek = currentIsoWeek(new Date(), await leaderTimeZone(user.id));
  const parsed = checkinSchemaUpTo(currentWeek).safeParse(checkinFormToShape(formData));
  if (!parsed.success) {
    return {
      status: "invalid",
      message: "That week wasn’t saved. Please fix the fields below.",
      fieldErrors: toFieldErrors(parsed.error),
      values: submittedValues(formData, CHECKIN_FIELD_NAMES),
    };
  }
  await saveCheckin(getDb(), user.id, parsed.data);
  revalidatePath("/checkin", "layout");
  revalidatePath("/history");
  return { status: "saved", message: `Saved ${formatWeekLabel(parsed.data.week)}.` };
}

export async function deleteCheckinAction(formData: FormData): Promise<void> {
  const user = await requireUser();
  const week = isoWeekSchema.safeParse(formData instanceof FormData ? formData.get("week") : null);
  if (!week.success) redirect("/checkin");
  await deleteCheckin(getDb(), user.id, week.data);
  revalidatePath("/history");
  redirect(`/checkin/${week.data}?deleted=${Date.now()}`);
}
