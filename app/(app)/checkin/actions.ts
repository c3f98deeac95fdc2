"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db";
import { deleteCheckin, saveCheckin } from "@/db/queries/checkins";
import { validatedAction } from "@/app/_server/validated-action";
import { done, failed } from "@/lib/action-result";
import { CHECKIN_FIELD_NAMES, checkinFormToShape } from "@/lib/checkin-form";
import { formatWeekLabel } from "@/lib/format";
import { currentIsoWeek } from "@/lib/iso-week";
import { leaderTimeZone } from "@/lib/local-date";
import { checkinSchemaUpTo } from "@/lib/validation/checkin";
import { isoWeekSchema } from "@/lib/validation/primitives";

export const saveCheckinAction = validatedAction(
  ({ context: { profile } }) => checkinSchemaUpTo(currentIsoWeek(new Date(), leaderTimeZone(profile))),
  (formData) => checkinFormToShape(formData.entries()),
  async (checkin, { user }) => {
    await saveCheckin(getDb(), user.id, checkin);
    revalidatePath("/checkin", "layout");
    revalidatePath("/history");
    return done(`Saved ${formatWeekLabel(checkin.week)}.`);
  },
  { invalidMessage: "That week wasn’t saved. Please fix the fields below.", echo: CHECKIN_FIELD_NAMES },
);

export const deleteCheckinAction = validatedAction(
  z.strictObject({ week: isoWeekSchema }),
  { week: "text" },
  async ({ week }, { user }) => {
    if (!(await deleteCheckin(getDb(), user.id, week))) {
      return failed(`Nothing was saved for ${formatWeekLabel(week)}, so there was nothing to delete.`);
    }
    revalidatePath("/history");
    redirect(`/checkin/${week}?deleted=${Date.now()}`);
  },
  { invalidMessage: "That week could not be deleted: reload the page and try again." },
);
