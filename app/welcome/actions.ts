"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { saveProfile } from "@/db/queries/profiles";
import { validatedAction } from "@/app/_server/validated-action";
import { done } from "@/lib/action-result";
import { timeZoneOrDefault } from "@/lib/iso-week";
import { localIsoDate } from "@/lib/local-date";
import { PROFILE_FIELD_NAMES } from "@/lib/profile-form";
import { PROFILE_FORM_SPEC } from "@/lib/validation/form";
import { profileSchemaAsOf } from "@/lib/validation/profile";

// "Leading since" may not be after today in the zone the leader is choosing.
const profileSchema = ({ shape }: { shape: Record<string, unknown> }) => {
  return profileSchemaAsOf(localIsoDate(new Date(), timeZoneOrDefault(shape.timeZone)));
};

const PROFILE_OPTIONS = { invalidMessage: "Your profile wasn’t saved. Please fix the fields below.", echo: PROFILE_FIELD_NAMES };

export const createProfileAction = validatedAction(
  profileSchema,
  PROFILE_FORM_SPEC,
  async (profile, { user }) => {
    await saveProfile(getDb(), user.id, profile);
    revalidatePath("/", "layout");
    redirect("/checkin");
  },
  PROFILE_OPTIONS,
);

export const updateProfileAction = validatedAction(
  profileSchema,
  PROFILE_FORM_SPEC,
  async (profile, { user }) => {
    await saveProfile(getDb(), user.id, profile);
    revalidatePath("/", "layout");
    return done("Profile saved.");
  },
  PROFILE_OPTIONS,
);
