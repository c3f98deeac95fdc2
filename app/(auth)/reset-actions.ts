"use server";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/action-result";
import { parseOrFail } from "@/app/_server/parse-or-fail";
import { authFailureOf, getAuth } from "@/app/_server/auth";
import { authRequestHeaders } from "@/app/_server/client-address";
import { RESET_LINK_MINUTES } from "@/app/_server/create-auth";
import { REQUEST_RESET_FORM_SPEC, requestResetSchema, RESET_PASSWORD_FORM_SPEC, resetPasswordSchema } from "@/lib/auth/credentials";
import { formToShape } from "@/lib/validation/form";

const UNREADABLE_FORM: ActionResult = { ok: false, fieldErrors: {}, message: "The form could not be read. Reload the page and try again." };
const NOT_SET_UP = "Password reset by e-mail is not set up on this server. Ask the person who runs it to reset your password.";

/** The same answer whether or not the address has an account (better-auth answers alike; the mail goes out in the background). */
export async function requestPasswordResetAction(_previous: unknown, formData: FormData): Promise<ActionResult> {
  if (!(formData instanceof FormData)) return UNREADABLE_FORM;
  const shape = formToShape(formData.entries(), REQUEST_RESET_FORM_SPEC);
  const parsed = parseOrFail(requestResetSchema, shape);
  const values = { email: typeof shape.email === "string" ? shape.email : "" };
  if (!parsed.ok) return { ...parsed, values };
  try {
    await getAuth().api.requestPasswordReset({ body: { email: parsed.data.email }, headers: await authRequestHeaders() });
  } catch (error) {
    const failure = authFailureOf(error);
    if (!failure) throw error;
    if (failure.code === "RESET_PASSWORD_DISABLED") return { ok: false, fieldErrors: {}, message: NOT_SET_UP, values };
    return { ok: false, fieldErrors: {}, message: failure.status === 429 ? failure.message : "The link could not be sent. Try again.", values };
  }
  return {
    ok: true,
    data: undefined,
    message: `If an account uses ${parsed.data.email}, a link to choose a new password is on its way. It works once, within ${RESET_LINK_MINUTES} minutes. Check the spam folder if it doesn’t arrive.`,
  };
}

export async function resetPasswordAction(_previous: unknown, formData: FormData): Promise<ActionResult> {
  if (!(formData instanceof FormData)) return UNREADABLE_FORM;
  const parsed = parseOrFail(resetPasswordSchema, formToShape(formData.entries(), RESET_PASSWORD_FORM_SPEC));
  if (!parsed.ok) return parsed;
  try {
    await getAuth().api.resetPassword({ body: { token: parsed.data.token, newPassword: parsed.data.newPassword }, headers: await authRequestHeaders() });
  } catch (error) {
    const failure = authFailureOf(error);
    if (!failure) throw error;
    if (failure.status === 429) return { ok: false, fieldErrors: {}, message: failure.message };
    if (failure.code === "PASSWORD_TOO_SHORT" || failure.code === "PASSWORD_TOO_LONG") {
      return { ok: false, fieldErrors: { newPassword: failure.message }, message: "Please fix the highlighted fields." };
    }
    return { ok: false, fieldErrors: {}, message: "This link has expired or was already used. Ask for a new one below." };
  }
  redirect("/sign-in?notice=password-reset");
}
