"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { authFailureOf, getAuth } from "@/app/_server/auth";
import { authRequestHeaders } from "@/app/_server/client-address";
import { RESET_LINK_MINUTES } from "@/app/_server/create-auth";
import { validatedPublicAction } from "@/app/_server/validated-action";
import { done, failed, FIX_FIELDS } from "@/lib/action-result";
import { REQUEST_RESET_FORM_SPEC, requestResetSchema, RESET_PASSWORD_FORM_SPEC, resetPasswordSchema } from "@/lib/auth/credentials";

const NOT_SET_UP = "Password reset by e-mail is not set up on this server. Ask the person who runs it to reset your password.";

/** The same answer whether or not the address has an account (better-auth answers alike; the mail goes out in the background). */
export const requestPasswordResetAction = validatedPublicAction(
  requestResetSchema,
  REQUEST_RESET_FORM_SPEC,
  async ({ email }: z.output<typeof requestResetSchema>) => {
    try {
      await getAuth().api.requestPasswordReset({ body: { email }, headers: await authRequestHeaders() });
    } catch (error) {
      const failure = authFailureOf(error);
      if (!failure) throw error;
      if (failure.code === "RESET_PASSWORD_DISABLED") return failed(NOT_SET_UP);
      return failed(failure.status === 429 ? failure.message : "The link could not be sent. Try again.");
    }
    return done(
      `If an account uses ${email}, a link to choose a new password is on its way. It works once, within ${RESET_LINK_MINUTES} minutes. Check the spam folder if it doesn’t arrive.`,
    );
  },
  { echo: ["email"] },
);

export const resetPasswordAction = validatedPublicAction(resetPasswordSchema, RESET_PASSWORD_FORM_SPEC, async ({ token, newPassword }: z.output<typeof resetPasswordSchema>) => {
  try {
    await getAuth().api.resetPassword({ body: { token, newPassword }, headers: await authRequestHeaders() });
  } catch (error) {
    const failure = authFailureOf(error);
    if (!failure) throw error;
    if (failure.status === 429) return failed(failure.message);
    if (failure.code === "PASSWORD_TOO_SHORT" || failure.code === "PASSWORD_TOO_LONG") return failed(FIX_FIELDS, { newPassword: failure.message });
    return failed("This link has expired or was already used. Ask for a new one below.");
  }
  redirect("/sign-in?notice=password-reset");
});
