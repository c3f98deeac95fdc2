"use server";
import { redirect } from "next/navigation";
import { parseOrFail, type ActionResult } from "@/app/_server/action-result";
import { authFailureOf, getAuth } from "@/app/_server/auth";
import { authRequestHeaders } from "@/app/_server/client-address";
import {
  placeholderName,
  SIGN_IN_FORM_SPEC,
  SIGN_UP_FORM_SPEC,
  signInSchema,
  signUpSchema,
} from "@/lib/auth/credentials";
import { formToShape } from "@/lib/validation/form";

const UNREADABLE_FORM: ActionResult = { ok: false, fieldErrors: {}, message: "The form could not be read. Reload the page and try again." };

function emailValue(shape: Record<string, unknown>) {
  return { email: typeof shape.email === "string" ? shape.email : "" };
}

export async function signInAction(_previous: unknown, formData: FormData): Promise<ActionResult> {
  if (!(formData instanceof FormData)) return UNREADABLE_FORM;
  const shape = formToShape(formData.entries(), SIGN_IN_FORM_SPEC);
  const parsed = parseOrFail(signInSchema, shape);
  if (!parsed.ok) return { ...parsed, values: emailValue(shape) };
  try {
    await getAuth().api.signInEmail({ body: parsed.data, headers: await authRequestHeaders() });
  } catch (error) {
    const failure = authFailureOf(error);
    if (!failure) throw error;
    const message = failure.status === 429 ? failure.message : "Wrong email or password.";
    return { ok: false, fieldErrors: {}, message, values: emailValue(shape) };
  }
  redirect("/checkin");
}

export async function signUpAction(_previous: unknown, formData: FormData): Promise<ActionResult> {
  if (!(formData instanceof FormData)) return UNREADABLE_FORM;
  const shape = formToShape(formData.entries(), SIGN_UP_FORM_SPEC);
  const parsed = parseOrFail(signUpSchema, shape);
  if (!parsed.ok) return { ...parsed, values: emailValue(shape) };
  const { email, password } = parsed.data;
  try {
    await getAuth().api.signUpEmail({ body: { email, password, name: placeholderName(email) }, headers: await authRequestHeaders() });
  } catch (error) {
    const failure = authFailureOf(error);
    if (!failure) throw error;
    const values = emailValue(shape);
    if (failure.code === "EMAIL_PASSWORD_SIGN_UP_DISABLED") {
      return { ok: false, fieldErrors: {}, message: "Sign-up is closed on this instance.", values };
    }
    if (failure.code?.startsWith("USER_ALREADY_EXISTS")) {
      const message = "An account with this email already exists. Sign in instead.";
      return { ok: false, fieldErrors: { email: message }, message: "Please fix the highlighted fields.", values };
    }
    return { ok: false, fieldErrors: {}, message: failure.message, values };
  }
  redirect("/welcome");
}
