import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { verifyPassword } from "better-auth/crypto";
import { createAuth } from "@/app/_server/create-auth";
import { getLoginAttempt, recordLoginFailure } from "@/db/queries/login-attempts";
import { emailLockKey, type LockoutConfig } from "@/lib/auth/lockout";
import { userResetPassword } from "@/scripts/reset-password";
import { runInProcess, runScript } from "@/tests/helpers/cli";
import { createTempDb, rawRows, type TempDb } from "@/tests/helpers/temp-db";

const lockout: LockoutConfig = { maxFailures: 2, maxFailuresPerIp: 0, lockSeconds: 600, maxLockSeconds: 3600, failureWindowSeconds: 900 };
const EMAIL = "sam@example.com";
const OLD_PASSWORD = "the old password";

let temp: TempDb;
let auth: ReturnType<typeof createAuth>;

/** The database's environment only: never the developer's own DATABASE_URL or PENDULUM_DB. */
function envFor(dbEnv: Record<string, string>): Record<string, string | undefined> {
  const { DATABASE_URL: _url, PENDULUM_DB: _file, ...inherited } = process.env;
  return { ...inherited, ...dbEnv };
}

/** The command in this process, as `npm run user:reset-password -- args` runs it. */
async function run(args: string[], input = "", dbEnv = temp.env) {
  const res = await runInProcess(userResetPassword, args, undefined, { env: envFor(dbEnv), stdin: input });
  return { status: res.code, stdout: res.stdout, stderr: res.stderr };
}

async function storedHash(): Promise<string> {
  const [row] = await rawRows(temp.db, sql`select a.password from accounts a join users u on u.id = a.user_id where u.email = ${EMAIL}`);
  return row!.password as string;
}

const sessionCount = async () => (await rawRows(temp.db, sql`select count(*) as n from sessions`))[0]!.n;

beforeEach(async () => {
  temp = await createTempDb();
  auth = createAuth({
    db: temp.db,
    secret: "test-secret-that-is-at-least-32-characters-long",
    baseURL: "http://localhost:3999",
    allowSignup: true,
    lockout,
    rateLimit: { enabled: false, max: 3, windowSeconds: 10 },
    logger: { disabled: true },
  });
  await auth.api.signUpEmail({ body: { email: EMAIL, password: OLD_PASSWORD, name: "sam" } });
  await auth.api.signInEmail({ body: { email: EMAIL, password: OLD_PASSWORD } });
  for (let i = 0; i < lockout.maxFailures; i++) await recordLoginFailure(temp.db, emailLockKey(EMAIL), new Date(), lockout);
});
afterEach(() => temp.cleanup());

describe("npm run user:reset-password", () => {
  it("sets the password read from stdin, signs out every session and clears the lockout", async () => {
    expect(await sessionCount()).toBe(2);
    // A real process, as an administrator runs it: the password comes on standard input.
    const spawned = await runScript("reset-password.ts", ["SAM@example.com", "--password-stdin"], { env: envFor(temp.env), input: "a fresh new password\n" });
    const res = { status: spawned.code, stdout: spawned.stdout, stderr: spawned.stderr };
    expect(res.stderr).toBe("");
    expect(res.status).toBe(0);
    expect(res.stdout).toBe(`Password reset for ${EMAIL}; signed out 2 sessions and cleared its sign-in lockout.\n`);

    expect(await verifyPassword({ hash: (await storedHash()), password: "a fresh new password" })).toBe(true);
    expect(await sessionCount()).toBe(0);
    expect(await getLoginAttempt(temp.db, emailLockKey(EMAIL))).toBeNull();
    const signedIn = await auth.api.signInEmail({ body: { email: EMAIL, password: "a fresh new password" } });
    expect(signedIn.user.email).toBe(EMAIL);
  });

  it("generates and prints a strong password when none is given", async () => {
    const res = await run([EMAIL]);
    expect(res.status).toBe(0);
    const match = /^New password: (\S+)$/m.exec(res.stdout);
    expect(match).not.toBeNull();
    const generated = match![1]!;
    expect(generated.length).toBeGreaterThanOrEqual(20);
    expect(await verifyPassword({ hash: (await storedHash()), password: generated })).toBe(true);
    expect(await verifyPassword({ hash: (await storedHash()), password: OLD_PASSWORD })).toBe(false);
  });

  it.each([
    ["an unknown email", ["nobody@example.com"], "", 1, /No account with the email nobody@example\.com/],
    ["a malformed email", ["not-an-email"], "", 2, /not a valid email address/],
    ["no email", [], "", 2, /Give exactly one email address/],
    ["an unknown option", [EMAIL, "--force"], "", 2, /Unknown option/],
    ["a too short password", [EMAIL, "--password-stdin"], "short\n", 1, /Use at least 10 characters/],
  ])("refuses %s without changing anything", async (_name, args, input, status, message) => {
    const before = (await storedHash());
    const res = await run(args, input);
    expect(res.status).toBe(status);
    expect(res.stdout).toBe("");
    expect(res.stderr).toMatch(message);
    expect((await storedHash())).toBe(before);
    expect(await sessionCount()).toBe(2);
  });

  it("refuses a missing database file instead of creating one", async () => {
    const res = await run([EMAIL], "", { PENDULUM_DB: join(temp.dir, "missing", "nothing.db") });
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/No database at .*nothing\.db/);
  });
});
