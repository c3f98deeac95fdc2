import { z } from "zod";
import type { FormSpec } from "../validation/form";
import { emailAddressSchema } from "../validation/primitives";

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

export const emailSchema = emailAddressSchema("Enter your email address");

const enteredPassword = (what: string) =>
  z
    .string({ error: `Enter ${what}` })
    .min(1, `Enter ${what}`)
    .max(PASSWORD_MAX_LENGTH, `Passwords are at most ${PASSWORD_MAX_LENGTH} characters`);

export const newPasswordSchema = z
  .string({ error: "Choose a password" })
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters`);

export const signInSchema = z.strictObject({
  email: emailSchema,
  password: enteredPassword("your password"),
});

export const signUpSchema = z.strictObject({
  email: emailSchema,
  password: newPasswordSchema,
});

export const changePasswordSchema = z
  .strictObject({
    currentPassword: enteredPassword("your current password"),
    newPassword: newPasswordSchema,
    confirmPassword: z.string({ error: "Repeat the new password" }),
  })
  .superRefine((v, ctx) => {
    if (v.confirmPassword !== v.newPassword) {
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "The two new passwords don't match" });
    } else if (v.newPassword === v.currentPassword) {
      ctx.addIssue({ code: "custom", path: ["newPassword"], message: "Choose a password different from the current one" });
    }
  });

export const RESET_TOKEN_MAX_LENGTH = 200;

export const requestResetSchema = z.strictObject({ email: emailSchema });

export const resetPasswordSchema = z
  .strictObject({
    token: z.string({ error: "This link is incomplete" }).min(1, "This link is incomplete").max(RESET_TOKEN_MAX_LENGTH, "This link is not one we sent"),
    newPassword: newPasswordSchema,
    confirmPassword: z.string({ error: "Repeat the new password" }),
  })
  .superRefine((v, ctx) => {
    if (v.confirmPassword !== v.newPassword) ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "The two new passwords don't match" });
  });

export const deleteAccountSchema = z.strictObject({
  password: enteredPassword("your password to confirm"),
});

/** An account without a password (single sign-on) confirms deletion by typing this word. */
export const DELETE_CONFIRMATION_WORD = "DELETE";

export const confirmDeletionSchema = z.strictObject({
  confirm: z
    .string({ error: `Type ${DELETE_CONFIRMATION_WORD} to confirm` })
    .max(64, `Type ${DELETE_CONFIRMATION_WORD} to confirm`)
    .trim()
    .refine((v) => v.toUpperCase() === DELETE_CONFIRMATION_WORD, `Type ${DELETE_CONFIRMATION_WORD} to confirm`),
});

export type SignInInput = z.output<typeof signInSchema>;
export type SignUpInput = z.output<typeof signUpSchema>;
export type ChangePasswordInput = z.output<typeof changePasswordSchema>;

export const SIGN_IN_FORM_SPEC: FormSpec = { email: "text", password: "text" };
export const SIGN_UP_FORM_SPEC: FormSpec = SIGN_IN_FORM_SPEC;
export const CHANGE_PASSWORD_FORM_SPEC: FormSpec = { currentPassword: "text", newPassword: "text", confirmPassword: "text" };
export const DELETE_ACCOUNT_FORM_SPEC: FormSpec = { password: "text" };
export const CONFIRM_DELETION_FORM_SPEC: FormSpec = { confirm: "text" };
export const REQUEST_RESET_FORM_SPEC: FormSpec = { email: "text" };
export const RESET_PASSWORD_FORM_SPEC: FormSpec = { token: "text", newPassword: "text", confirmPassword: "text" };

/** better-auth requires a name; the real display name is set during onboarding. */
export function placeholderName(email: string): string {
  return email.split("@")[0] || email;
}
