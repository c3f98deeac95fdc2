"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { parseOrFail, type ActionResult } from "@/app/_server/action-result";
import { authFailureOf, getAuth, requireUser } from "@/app/_server/auth";
import { authRequestHeaders } from "@/app/_server/client-address";
import { getDb } from "@/db";
import { hasPassword } from "@/db/queries/users";
import {
  CHANGE_PASSWORD_FORM_SPEC,
  changePasswordSchema,
  CONFIRM_DELETION_FORM_SPEC,
  confirmDeletionSchema,
  DELETE_ACCOUNT_FORM_SPEC,
  deleteAccountSchema,
} from "@/lib/auth/credentials";
import { formToShape } from "@/lib/validation/form";

const UNREADABLE_FORM: ActionResult = { ok: false, fieldErrors: {}, message: "The form could not be read. Reload the page and try again." };

const FIX_FIELDS = "Please fix the highlighted fields.";

export async function changePasswordAction(_previous: unknown, formData: FormData): Promise<ActionResult> {
  if (!(formData instanceof FormData)) return UNREADABLE_FORM;
  await requireUser();
  const parsed = parseOrFail(changePasswordSchema, formToShape(formData.entries(), CHANGE_PASSWORD_FORM_SPEC));
  if (!parsed.ok) return parsed;
  const { currentPassword, newPassword } = parsed.data;
  try {
    await getAuth().api.changePassword({
      body: { currentPassword, newPassword, revokeOtherSessions: true },
      headers: await authRequestHeaders(),
    });
  } catch (error) {
    const failure = authFailureOf(error);
    if (!failure) throw error;
    if (failure.code === "INVALID_PASSWORD") {
      return { ok: false, fieldErrors: { currentPassword: "That isn't your current password" }, message: FIX_FIELDS };
    }
    if (failure.status === 401) redirect("/sign-in");
    return { ok: false, fieldErrors: {}, message: failure.message };
  }
  return { ok: true, data: undefined, message: "Password changed. Your other devices were signed out." };
}

export async function deleteAccountAction(_previous: unknown, formData: FormData): Promise<ActionResult> {
  if (!(formData instanceof FormData)) return UNREADABLE_FORM;
  const user = await requireUser();
  // With a password, it confirms; without one (single sign-on), better-auth accepts only a session
  // signed in within the last day, and the leader types DELETE.
  const withPassword = await hasPassword(getDb(), user.id);
  let password: string | undefined;
  if (withPassword) {
    const parsed = parseOrFail(deleteAccountSchema, formToShape(formData.entries(), DELETE_ACCOUNT_FORM_SPEC));
    if (!parsed.ok) return parsed;
    password = parsed.data.password;
  } else {
    const parsed = parseOrFail(confirmDeletionSchema, formToShape(formData.entries(), CONFIRM_DELETION_FORM_SPEC));
    if (!parsed.ok) return parsed;
  }
  try {
    await getAuth().api.deleteUser({ body: password === undefined ? {} : { password }, headers: await headers() });
  } catch (error) {
    const failure = authFailureOf(error);
    if (!failure) throw error;
    if (failure.code === "INVALID_PASSWORD") {
      return { ok: false, fieldErrors: { password: "That password isn't right" }, message: FIX_FIELDS };
    }
    if (failure.code === "SESSION_EXPIRED") {
      return { ok: false, fieldErrors: {}, message: "For your safety, sign out and sign in again, then delete your account within a day." };
    }
    if (failure.status === 401) redirect("/sign-in");
    return { ok: false, fieldErrors: {}, message: failure.message };
  }
  redirect("/sign-in?notice=account-deleted");
}
