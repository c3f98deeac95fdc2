import { describe, expect, it } from "vitest";
import { mailConfigFromEnv, MailConfigError, redactedSmtpUrl } from "@/lib/mail/config";
import { unsubscribeToken, verifyUnsubscribeToken } from "@/lib/mail/unsubscribe";

describe("mailConfigFromEnv", () => {
  it("is off without SMTP_URL and MAIL_FROM, and reads both", () => {
    expect(mailConfigFromEnv({})).toBeNull();
    expect(mailConfigFromEnv({ SMTP_URL: " ", MAIL_FROM: "" })).toBeNull();
    expect(mailConfigFromEnv({ SMTP_URL: "smtps://u:p@mail.example.org:465", MAIL_FROM: "Pendulum <r@example.org>" })).toEqual({
      url: "smtps://u:p@mail.example.org:465",
      from: "Pendulum <r@example.org>",
    });
  });

  it.each([
    [{ SMTP_URL: "smtp://mail.example.org" }, /MAIL_FROM/],
    [{ MAIL_FROM: "r@example.org" }, /SMTP_URL is not/],
    [{ SMTP_URL: "http://u:hunter2@mail.example.org", MAIL_FROM: "r@example.org" }, /smtp:\/\/ or smtps:\/\//],
    [{ SMTP_URL: "not a url hunter2", MAIL_FROM: "r@example.org" }, /not a URL/],
    [{ SMTP_URL: "smtp://mail.example.org", MAIL_FROM: "nobody" }, /MAIL_FROM must be/],
  ])("refuses %j, naming the variable and never the password", (env, message) => {
    expect(() => mailConfigFromEnv(env)).toThrow(MailConfigError);
    expect(() => mailConfigFromEnv(env)).toThrow(message);
    try {
      mailConfigFromEnv(env);
    } catch (error) {
      expect((error as Error).message).not.toContain("hunter2");
    }
  });

  it("redacts the credentials for messages", () => {
    expect(redactedSmtpUrl("smtp://user:hunter2@mail.example.org:587")).toBe("smtp://mail.example.org:587");
  });
});

describe("unsubscribe tokens", () => {
  const secret = "a-secret-of-at-least-thirty-two-characters";
  it("name the leader they were issued for and nobody else", () => {
    const token = unsubscribeToken(secret, "user-1");
    expect(verifyUnsubscribeToken(secret, token)).toBe("user-1");
    expect(verifyUnsubscribeToken("another-secret-of-thirty-two-characters", token)).toBeNull();
    const [, signature] = token.split(".");
    expect(verifyUnsubscribeToken(secret, `user-2.${signature}`)).toBeNull();
    expect(verifyUnsubscribeToken(secret, `${token}x`)).toBeNull();
    for (const bad of [undefined, 42, "", ".", "user-1", `user-1.${"a".repeat(500)}`]) expect(verifyUnsubscribeToken(secret, bad)).toBeNull();
  });
});
