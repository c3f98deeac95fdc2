"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { saveProfile } from "@/db/queries/profiles";
import { requireUser } from "@/app/_server/auth";
import { submittedValues, UNREADABLE_FORM, type FormState } from "@/lib/form-state";
import { isValidTimeZone } from "@/lib/iso-week";
import { DEFAULT_TIME_ZONE, localIsoDate } from "@/lib/local-date";
import { PROFILE_FIELD_NAMES } from "@/lib/profile-form";
import { PROFILE_FORM_SPEC, formToShape } from "@/lib/validation/form";
import { toFieldErrors } from "@/lib/validation/issues";
import { profileSchemaAsOf, type Profile } from "@/lib/validation/profile";

function parseProfileForm(formData: FormData): { ok: true; profile: Profile } | { ok: false; state: FormState } {
  if (!(formData instanceof FormData)) return { ok: false, state: UNREADABLE_FORM };
  const shape = formToShape(formData, PROFILE_FORM_SPEC);
  const zone = typeof shape.timeZone === "string" && isValidTimeZone(shape.timeZone) ? shape.timeZone : DEFAULT_TIME_ZONE;
  const parsed = profileSchemaAsOf(localIsoDate(new Date(), zone)).safeParse(shape);
  if (parsed.success) return { ok: true, profile: parsed.data };
  return {
    ok: false,
    state: {
      status: "invalid",
      message: "Your profile wasn’t saved. Please fix the fields below.",
      fieldErrors: toFieldErrors(parsed.error),
      values: submittedValues(formData, PROFILE_FIELD_NAMES),
    },
  };
}

export async function createProfileAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const result = parseProfileForm(formData);
  if (!result.ok) return result.state;
  await saveProfile(getDb(), user.id, result.profile);
  revalidatePath("/", "layout");
  redirect("/checkin");
}

export async function updateProfileAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const result = parseProfileForm(formData);
  if (!result.ok) return result.state;
  await saveProfile(getDb(), user.id, result.profile);
  revalidatePath("/", "layout");
  return { status: "saved", message: "Profile saved." };
}
