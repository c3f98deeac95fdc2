"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { authFailureOf, getAuth } from "@/app/_server/auth";
import { authRequestHeaders } from "@/app/_server/client-address";
import { validatedAction } from "@/app/_server/validated-action";
import { done, failed, FIX_FIELDS } from "@/lib/action-result";
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

export const changePasswordAction = validatedAction(changePasswordSchema, CHANGE_PASSWORD_FORM_SPEC, async ({ currentPassword, newPassword }) => {
  try {
    await getAuth().api.changePassword({
      body: { currentPassword, newPassword, revokeOtherSessions: true },
      headers: await authRequestHeaders(),
    });
  } catch (error) {
    const failure = authFailureOf(error);
    if (!failure) throw error;
    if (failure.code === "INVALID_PASSWORD") return failed(FIX_FIELDS, { currentPassword: "That isn't your current password" });
    if (failure.status === 401) redirect("/sign-in");
    return failed(failure.message);
  }
  return done("Password changed. Your other devices were signed out.");
});

export const deleteAccountAction = validatedAction(deleteAccountSchema, DELETE_ACCOUNT_FORM_SPEC, async ({ password }) => {
  try {
    await getAuth().api.deleteUser({ body: { password }, headers: await headers() });
  } catch (error) {
    const failure = authFailureOf(error);
    if (!failure) throw error;
    if (failure.code === "INVALID_PASSWORD") return failed(FIX_FIELDS, { password: "That password isn't right" });
    if (failure.status === 401) redirect("/sign-in");
    return failed(failure.message);
  }
  redirect("/sign-in?notice=account-deleted");
});

/**
 * An account without a password (made through single sign-on) confirms by typing DELETE; better-auth
 * then accepts only a session signed in within the last day. An account with a password must use it.
 */
export const deleteAccountWithoutPasswordAction = validatedAction(confirmDeletionSchema, CONFIRM_DELETION_FORM_SPEC, async (_data, { user }) => {
  if (await hasPassword(getDb(), user.id)) return failed("Confirm with your password.");
  try {
    await getAuth().api.deleteUser({ body: {}, headers: await headers() });
  } catch (error) {
    const failure = authFailureOf(error);
    if (!failure) throw error;
    if (failure.code === "SESSION_EXPIRED") return failed("For your safety, sign out and sign in again, then delete your account within a day.");
    if (failure.status === 401) redirect("/sign-in");
    return failed(failure.message);
  }
  redirect("/sign-in?notice=account-deleted");
});
