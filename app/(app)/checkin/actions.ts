"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db";
import { deleteCheckin, listCheckins, saveCheckin } from "@/db/queries/checkins";
import { validatedAction } from "@/app/_server/validated-action";
import { failed, succeeded, type ActionResult } from "@/lib/action-result";
import {
  CHECKIN_FIELD_NAMES,
  LEADER_FIELD,
  MISSING_WEEK_LOOKBACK,
  OTHER_LEADER,
  checkinEntries,
  checkinFormToShape,
  nextMissingWeek,
  type CheckinSaved,
} from "@/lib/checkin-form";
import { formatWeekLabel } from "@/lib/format";
import { addIsoWeeks, currentIsoWeek } from "@/lib/iso-week";
import { leaderTimeZone } from "@/lib/local-date";
import { checkinSchemaUpTo } from "@/lib/validation/checkin";
import { isoWeekSchema } from "@/lib/validation/primitives";

/**
 * Saves the week and names the next one to log. A form carries the leader it was typed for (it may
 * have waited on the device); a save for anyone but the signed-in leader is refused before any write.
 */
export const saveCheckinAction = validatedAction(
  ({ context: { profile } }) => checkinSchemaUpTo(currentIsoWeek(new Date(), leaderTimeZone(profile))),
  (formData) => checkinFormToShape(checkinEntries(formData.entries())),
  async (checkin, { user, profile }): Promise<ActionResult<CheckinSaved>> => {
    const db = getDb();
    const { week } = checkin;
    await saveCheckin(db, user.id, checkin);
    const lastWeek = addIsoWeeks(currentIsoWeek(new Date(), leaderTimeZone(profile)), -1);
    const logged = await listCheckins(db, { userId: user.id, from: addIsoWeeks(week, -MISSING_WEEK_LOOKBACK), to: lastWeek });
    revalidatePath("/checkin", "layout");
    revalidatePath("/history");
    return succeeded(
      { week, nextWeek: nextMissingWeek(week, new Set(logged.map((c) => c.week)), lastWeek) },
      `Saved ${formatWeekLabel(week)}.`,
    );
  },
  {
    invalidMessage: "That week wasn’t saved. Please fix the fields below.",
    echo: CHECKIN_FIELD_NAMES,
    // Before the fields: a week typed for another account is kept on its device, not checked here.
    guard: ({ user }, formData) => {
      const typedFor = formData.get(LEADER_FIELD);
      return typedFor !== null && typedFor !== user.id ? OTHER_LEADER : null;
    },
  },
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
