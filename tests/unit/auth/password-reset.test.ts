import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createAuth, RESET_MAILS_PER_ADDRESS_PER_HOUR } from "@/app/_server/create-auth";
import { isResetTokenLive } from "@/db/queries/password-resets";
import type { SmtpMailer } from "@/lib/mail/smtp";
import { smtpEachTest } from "@/tests/helpers/smtp-each-test";
import { linkIn, type TestSmtpServer } from "@/tests/helpers/smtp-server";
import { freshDbEachTest } from "@/tests/helpers/fresh-db";
import { rawRows } from "@/tests/helpers/temp-db";

const BASE_URL = "http://localhost:3999";
const EMAIL = "sam@example.com";
const OLD_PASSWORD = "the old password";
const NEW_PASSWORD = "a brand new password";
const lockout = { maxFailures: 5, maxFailuresPerIp: 0, lockSeconds: 60, maxLockSeconds: 3600, failureWindowSeconds: 900 };

const temp = freshDbEachTest();
let smtp: TestSmtpServer;
let mailer: SmtpMailer;

function makeAuth(rateLimit = { enabled: false, max: 3, windowSeconds: 60 }) {
  return createAuth({
    db: temp.db,
    secret: "test-secret-that-is-at-least-32-characters-long",
    baseURL: BASE_URL,
    allowSignup: true,
    lockout,
    rateLimit,
    logger: { disabled: true },
    resetMailer: { send: mailer.send, resetUrl: (token) => `${BASE_URL}/reset-password?token=${encodeURIComponent(token)}` },
  });
}

const post = (auth: ReturnType<typeof createAuth>, path: string, body: unknown) =>
  auth.handler(new Request(`${BASE_URL}/api/auth${path}`, { method: "POST", headers: { "content-type": "application/json", origin: BASE_URL }, body: JSON.stringify(body) }));

const signIn = (auth: ReturnType<typeof createAuth>, password: string) => post(auth, "/sign-in/email", { email: EMAIL, password });
const tokenOf = (link: string) => new URL(link).searchParams.get("token")!;

smtpEachTest("Pendulum <no-reply@example.org>", (started) => ({ smtp, mailer } = started));

describe("password reset by e-mail", () => {
  it("mails a link that resets the password once, signs every session out, and then no longer works", async () => {
    const auth = makeAuth();
    expect((await post(auth, "/sign-up/email", { email: EMAIL, password: OLD_PASSWORD, name: "sam" })).status).toBe(200);

    const asked = await post(auth, "/request-password-reset", { email: EMAIL });
    expect(asked.status).toBe(200);
    const [mail] = await smtp.waitFor(1);
    expect(mail!.envelopeTo).toEqual([EMAIL]);
    expect(mail!.parsed.subject).toBe("Reset your Pendulum password");
    expect(mail!.parsed.text).toContain("within 30 minutes");
    const link = linkIn(mail!, `${BASE_URL}/reset-password?token=`);
    expect(mail!.parsed.html).toContain(`href="${link}"`);
    const token = tokenOf(link);
    expect(await isResetTokenLive(temp.db, token, new Date())).toBe(true);

    expect((await post(auth, "/reset-password", { token, newPassword: NEW_PASSWORD })).status).toBe(200);
    expect(await isResetTokenLive(temp.db, token, new Date())).toBe(false);
    expect((await rawRows(temp.db, sql`select count(*) as n from sessions`))[0]!.n).toBe(0);
    expect((await signIn(auth, OLD_PASSWORD)).status).toBe(401);
    expect((await signIn(auth, NEW_PASSWORD)).status).toBe(200);

    const again = await post(auth, "/reset-password", { token, newPassword: "yet another password" });
    expect(again.status).toBe(400);
    expect((await signIn(auth, NEW_PASSWORD)).status).toBe(200);
  });

  it("refuses an expired link", async () => {
    const auth = makeAuth();
    await post(auth, "/sign-up/email", { email: EMAIL, password: OLD_PASSWORD, name: "sam" });
    await post(auth, "/request-password-reset", { email: EMAIL });
    const token = tokenOf(linkIn((await smtp.waitFor(1))[0]!, `${BASE_URL}/reset-password?token=`));
    const expiry = (await rawRows(temp.db, sql`select expires_at from verifications`))[0]!.expires_at;
    const minutes = (new Date(expiry as string | number).getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(29);
    expect(minutes).toBeLessThanOrEqual(30);
    await temp.db.update(temp.db.tables.verifications).set({ expiresAt: new Date(Date.now() - 1000) });
    expect(await isResetTokenLive(temp.db, token, new Date())).toBe(false);
    expect((await post(auth, "/reset-password", { token, newPassword: NEW_PASSWORD })).status).toBe(400);
    expect((await signIn(auth, OLD_PASSWORD)).status).toBe(200);
  });

  it("answers an unknown address exactly like a known one, and mails nobody", async () => {
    const auth = makeAuth();
    await post(auth, "/sign-up/email", { email: EMAIL, password: OLD_PASSWORD, name: "sam" });
    const known = await post(auth, "/request-password-reset", { email: EMAIL });
    const unknown = await post(auth, "/request-password-reset", { email: "nobody@example.com" });
    expect(unknown.status).toBe(known.status);
    expect(await unknown.json()).toEqual(await known.json());
    await smtp.waitFor(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.received.map((m) => m.envelopeTo[0])).toEqual([EMAIL]);
  });

  it(`mails one address at most ${RESET_MAILS_PER_ADDRESS_PER_HOUR} times an hour, and limits each client like sign-in`, async () => {
    const auth = makeAuth({ enabled: true, max: 5, windowSeconds: 60 });
    await post(auth, "/sign-up/email", { email: EMAIL, password: OLD_PASSWORD, name: "sam" });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await post(auth, "/request-password-reset", { email: EMAIL })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    await smtp.waitFor(RESET_MAILS_PER_ADDRESS_PER_HOUR);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.received).toHaveLength(RESET_MAILS_PER_ADDRESS_PER_HOUR);
  });
});
