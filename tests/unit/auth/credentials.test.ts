import { describe, expect, it } from "vitest";
import {
  CHANGE_PASSWORD_FORM_SPEC,
  changePasswordSchema,
  deleteAccountSchema,
  placeholderName,
  SIGN_IN_FORM_SPEC,
  signInSchema,
  signUpSchema,
} from "@/lib/auth/credentials";
import { formToShape } from "@/lib/validation/form";
import { toFieldErrors } from "@/lib/validation/issues";
import type { z } from "zod";

function errorsOf(schema: z.ZodType, input: unknown): Record<string, string> {
  const parsed = schema.safeParse(input);
  return parsed.success ? {} : toFieldErrors(parsed.error);
}

const form = (fields: Record<string, string>, spec = SIGN_IN_FORM_SPEC) => formToShape(Object.entries(fields), spec);

describe("signUpSchema", () => {
  it("normalizes the email", () => {
    expect(signUpSchema.parse(form({ email: "  Sam@Example.COM ", password: "long enough pw" }))).toEqual({
      email: "sam@example.com",
      password: "long enough pw",
    });
  });

  it.each([
    ["empty email", { email: "", password: "0123456789" }, { email: "Enter your email address" }],
    ["bad email", { email: "sam@", password: "0123456789" }, { email: "Enter a valid email address such as sam@example.com" }],
    ["empty password", { email: "a@b.co", password: "" }, { password: "Choose a password" }],
    ["short password", { email: "a@b.co", password: "123456789" }, { password: "Use at least 10 characters" }],
    ["long password", { email: "a@b.co", password: "x".repeat(129) }, { password: "Use at most 128 characters" }],
    ["unknown field", { email: "a@b.co", password: "0123456789", name: "x" }, { name: 'Unknown field "name"' }],
    ["framework fields are dropped", { email: "a@b.co", password: "0123456789", $ACTION_ID_1: "" }, {}],
  ])("%s", (_name, fields, expected) => {
    expect(errorsOf(signUpSchema, form(fields))).toEqual(expected);
  });
});

describe("signInSchema", () => {
  it.each([
    ["short passwords are still accepted", { email: "a@b.co", password: "x" }, {}],
    ["empty password", { email: "a@b.co", password: "" }, { password: "Enter your password" }],
    ["missing both", {}, { email: "Enter your email address", password: "Enter your password" }],
  ])("%s", (_name, fields, expected) => {
    expect(errorsOf(signInSchema, form(fields))).toEqual(expected);
  });
});

describe("changePasswordSchema", () => {
  const f = (fields: Record<string, string>) => form(fields, CHANGE_PASSWORD_FORM_SPEC);
  it.each([
    ["valid", { currentPassword: "old password", newPassword: "new password!", confirmPassword: "new password!" }, {}],
    [
      "mismatch",
      { currentPassword: "old password", newPassword: "new password!", confirmPassword: "new password?" },
      { confirmPassword: "The two new passwords don't match" },
    ],
    [
      "same as current",
      { currentPassword: "same password", newPassword: "same password", confirmPassword: "same password" },
      { newPassword: "Choose a password different from the current one" },
    ],
    [
      "too short",
      { currentPassword: "old password", newPassword: "short", confirmPassword: "short" },
      { newPassword: "Use at least 10 characters" },
    ],
    [
      "missing current",
      { currentPassword: "", newPassword: "new password!", confirmPassword: "new password!" },
      { currentPassword: "Enter your current password" },
    ],
  ])("%s", (_name, fields, expected) => {
    expect(errorsOf(changePasswordSchema, f(fields))).toEqual(expected);
  });
});

describe("deleteAccountSchema", () => {
  it.each([
    [{ password: "" }, { password: "Enter your password to confirm" }],
    [{ password: "anything" }, {}],
  ])("%j", (fields, expected) => {
    expect(errorsOf(deleteAccountSchema, form(fields, { password: "text" }))).toEqual(expected);
  });
});

describe("placeholderName", () => {
  it.each([
    ["sam.lee@example.com", "sam.lee"],
    ["@example.com", "@example.com"],
  ])("%s → %s", (email, name) => {
    expect(placeholderName(email)).toBe(name);
  });
});
