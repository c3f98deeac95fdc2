"use server";
import { redirect } from "next/navigation";
import { authFailureOf, getAuth } from "@/app/_server/auth";
import { authRequestHeaders } from "@/app/_server/client-address";
import { validatedPublicAction } from "@/app/_server/validated-action";
import { failed, FIX_FIELDS } from "@/lib/action-result";
import {
  placeholderName,
  SIGN_IN_FORM_SPEC,
  SIGN_UP_FORM_SPEC,
  signInSchema,
  signUpSchema,
} from "@/lib/auth/credentials";

const ECHO_EMAIL = { echo: ["email"] } as const;

export const signInAction = validatedPublicAction(
  signInSchema,
  SIGN_IN_FORM_SPEC,
  async (credentials) => {
    try {
      await getAuth().api.signInEmail({ body: credentials, headers: await authRequestHeaders() });
    } catch (error) {
      const failure = authFailureOf(error);
      if (!failure) throw error;
      return failed(failure.status === 429 ? failure.message : "Wrong email or password.");
    }
    redirect("/checkin");
  },
  ECHO_EMAIL,
);

export const signUpAction = validatedPublicAction(
  signUpSchema,
  SIGN_UP_FORM_SPEC,
  async ({ email, password }) => {
    try {
      await getAuth().api.signUpEmail({ body: { email, password, name: placeholderName(email) }, headers: await authRequestHeaders() });
    } catch (error) {
      const failure = authFailureOf(error);
      if (!failure) throw error;
      if (failure.code === "EMAIL_PASSWORD_SIGN_UP_DISABLED") return failed("Sign-up is closed on this instance.");
      if (failure.code?.startsWith("USER_ALREADY_EXISTS")) {
        return failed(FIX_FIELDS, { email: "An account with this email already exists. Sign in instead." });
      }
      return failed(failure.message);
    }
    redirect("/welcome");
  },
  ECHO_EMAIL,
);
