import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { saveCheckin } from "@/db/queries/checkins";
import { listDeliveries, reminderStore } from "@/db/queries/mail-deliveries";
import { saveProfile, saveSettings } from "@/db/queries/profiles";
import type { SmtpMailer } from "@/lib/mail/smtp";
import { verifyUnsubscribeToken } from "@/lib/mail/unsubscribe";
import { runReminders, type RunSummary } from "@/lib/reminders/run";
import { checkinSchema } from "@/lib/validation/checkin";
import { makeCheckin, makeProfile } from "@/tests/helpers/factories";
import { smtpEachTest } from "@/tests/helpers/smtp-each-test";
import { linkIn, type TestSmtpServer } from "@/tests/helpers/smtp-server";
import { freshDbEachTest } from "@/tests/helpers/fresh-db";

const BASE_URL = "https://pendulum.example.org";
const SECRET = "test-secret-that-is-at-least-32-characters-long";
const FROM = "Pendulum <reminders@pendulum.example.org>";
const MONDAY = new Date("2026-11-30T09:00:00Z"); // asks about 2026-W48 (23–29 Nov)
const PRIVATE_NOTE = "PRIVATE-NOTE-do-not-mail";

const temp = freshDbEachTest();
let smtp: TestSmtpServer;
let mailer: SmtpMailer;

async function addLeader(id: string, { timeZone = null as string | null, reminder = undefined as object | undefined } = {}) {
  await temp.db.insert(temp.db.tables.users).values({ id, name: id, email: `${id}@example.test`, createdAt: new Date("2026-10-01T00:00:00Z") });
  await saveProfile(
    temp.db,
    id,
    makeProfile({ displayName: `Leader ${id}`, leadingSince: "2026-01-05", timeZone }),
  );
  if (reminder) await saveSettings(temp.db, id, { reminder: reminder as never });
}

const run = (now: Date, db = temp.db, dryRun = false) => runReminders({ store: reminderStore(db), mailer, now, baseUrl: BASE_URL, secret: SECRET, dryRun });
const ids = (entries: RunSummary["sent"]) => entries.map((e) => `${e.userId}:${e.kind}:${e.week}`).sort();

smtpEachTest(FROM, (started) => ({ smtp, mailer } = started));

describe("the weekly reminder over SMTP", () => {
  it("reaches the leaders due now, opens the right week, carries the unsubscribe headers, and never a note", async () => {
    await addLeader("ana"); // UTC, default Monday 09:00
    await addLeader("ben", { timeZone: "Europe/Berlin" }); // Monday 09:00 Berlin = 08:00Z, an hour ago
    await addLeader("cyd", { reminder: { weekday: "monday", time: "09:00", alarmMinutesBefore: 0, timeZone: null, email: false } });
    await addLeader("dee"); // logged the week already
    await addLeader("eve", { timeZone: "America/New_York" }); // 09:00 there is 14:00Z: not yet
    await saveCheckin(temp.db, "ana", makeCheckin("2026-W46", { note: PRIVATE_NOTE }));
    await saveCheckin(temp.db, "dee", checkinSchema.parse({ week: "2026-W48", hours: { meetings: 1, execution: 1, mentoring: 1, other: 1 } }));

    const summary = await run(MONDAY);
    expect(ids(summary.sent)).toEqual(["ana:weekly-reminder:2026-W48", "ben:weekly-reminder:2026-W48"]);
    expect(summary.skipped.map((s) => `${s.userId}:${s.reason}`).sort()).toEqual(["cyd:email-off", "dee:already-logged"]);

    const mails = await smtp.waitFor(2);
    expect(mails.flatMap((m) => m.envelopeTo).sort()).toEqual(["ana@example.test", "ben@example.test"]);
    const ana = mails.find((m) => m.envelopeTo[0] === "ana@example.test")!;
    expect(ana.parsed.subject).toBe("How did last week go?");
    expect(ana.parsed.from?.text).toContain("reminders@pendulum.example.org");
    expect(linkIn(ana, `${BASE_URL}/checkin/`)).toBe(`${BASE_URL}/checkin/2026-W48`);
    expect(ana.parsed.html).toContain(`href="${BASE_URL}/checkin/2026-W48"`);
    const unfolded = ana.raw.replace(/\r?\n[ \t]+/g, " ");
    const header = /^List-Unsubscribe: <([^>]+)>\r?$/m.exec(unfolded)?.[1];
    expect(header).toBe(linkIn(ana, `${BASE_URL}/api/mail/unsubscribe`));
    expect(ana.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    const token = new URL(linkIn(ana, `${BASE_URL}/api/mail/unsubscribe`)).searchParams.get("token");
    expect(verifyUnsubscribeToken(SECRET, token)).toBe("ana");
    for (const mail of mails) {
      expect(mail.raw).not.toContain(PRIVATE_NOTE);
      expect(mail.parsed.text).not.toContain(PRIVATE_NOTE);
    }
  });

  it("sends each reminder once however often it runs, and once with two instances running at the same moment", async () => {
    for (const id of ["ana", "ben", "cyd", "dee"]) await addLeader(id);
    const first = await run(MONDAY);
    expect(first.sent).toHaveLength(4);
    await smtp.waitFor(4);

    const again = await run(new Date(MONDAY.getTime() + 15 * 60_000));
    expect(again.sent).toEqual([]);
    expect(again.skipped.map((s) => s.reason)).toEqual(["already-sent", "already-sent", "already-sent", "already-sent"]);

    // Next week, two instances (separate connections) run the same instant concurrently.
    const nextMonday = new Date(MONDAY.getTime() + 7 * 86_400_000);
    const [a, b] = await Promise.all([run(nextMonday, temp.db), run(nextMonday, temp.reopen())]);
    expect(ids([...a.sent, ...b.sent])).toEqual(["ana", "ben", "cyd", "dee"].map((id) => `${id}:weekly-reminder:2026-W49`));
    await smtp.waitFor(8);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(smtp.received).toHaveLength(8);
    expect(await listDeliveries(temp.db, "ana")).toMatchObject([
      { kind: "weekly-reminder", week: "2026-W48", status: "sent", attempts: 1 },
      { kind: "weekly-reminder", week: "2026-W49", status: "sent", attempts: 1 },
    ]);
  });

  it("retries a mail the SMTP server refused on a later run, and a dry run neither sends nor claims", async () => {
    await addLeader("ana");
    const dry = await run(MONDAY, temp.db, true);
    expect(ids(dry.sent)).toEqual(["ana:weekly-reminder:2026-W48"]);
    expect(await listDeliveries(temp.db, "ana")).toEqual([]);

    smtp.refuse.add("ana@example.test");
    const refused = await run(MONDAY);
    expect(refused.sent).toEqual([]);
    expect(refused.skipped).toMatchObject([{ userId: "ana", reason: "failed" }]);
    expect(await listDeliveries(temp.db, "ana")).toMatchObject([{ status: "failed", attempts: 1, sentAt: null }]);

    smtp.refuse.clear();
    const retried = await run(new Date(MONDAY.getTime() + 60 * 60_000));
    expect(ids(retried.sent)).toEqual(["ana:weekly-reminder:2026-W48"]);
    expect(await listDeliveries(temp.db, "ana")).toMatchObject([{ status: "sent", attempts: 2 }]);
    expect(smtp.received).toHaveLength(1);
  });
});

describe("unreadable settings", () => {
  it("fall back to the defaults for that leader and never stop the others' reminders", async () => {
    await addLeader("ana");
    await addLeader("ben");
    await temp.db
      .update(temp.db.tables.profiles)
      .set({ settings: { reminder: { weekday: "someday", time: 9, timeZone: "Mars/Olympus" } } })
      .where(eq(temp.db.tables.profiles.userId, "ana"));
    const summary = await run(MONDAY);
    expect(ids(summary.sent)).toEqual(["ana:weekly-reminder:2026-W48", "ben:weekly-reminder:2026-W48"]);
  });
});

describe("missed-week nudges over SMTP", () => {
  it("nudges an empty week two days after its reminder, once, and never a third week in a row", async () => {
    await addLeader("ana");
    await addLeader("ben");
    await saveCheckin(temp.db, "ben", checkinSchema.parse({ week: "2026-W46", hours: { meetings: 1, execution: 1, mentoring: 1, other: 1 } }));
    const wednesday = (mondayIso: string) => new Date(Date.parse(mondayIso) + 2 * 86_400_000);

    const w46 = await run(wednesday("2026-11-16T09:00:00Z"));
    expect(ids(w46.sent)).toEqual(["ana:missed-week:2026-W46"]);
    expect(w46.skipped).toMatchObject([{ userId: "ben", kind: "missed-week", reason: "already-logged" }]);
    expect((await run(wednesday("2026-11-16T10:00:00Z"))).sent).toEqual([]);

    expect(ids((await run(wednesday("2026-11-23T09:00:00Z"))).sent)).toEqual(["ana:missed-week:2026-W47", "ben:missed-week:2026-W47"]);
    const w48 = await run(wednesday("2026-11-30T09:00:00Z"));
    expect(ids(w48.sent)).toEqual(["ben:missed-week:2026-W48"]);
    expect(w48.skipped).toMatchObject([{ userId: "ana", week: "2026-W48", reason: "nudged-twice-in-a-row" }]);

    const mails = await smtp.waitFor(4);
    const nudge = mails.find((m) => m.envelopeTo[0] === "ana@example.test")!;
    expect(nudge.parsed.subject).toBe("Mon 9 Nov – Sun 15 Nov 2026 isn’t logged yet");
    expect(linkIn(nudge, `${BASE_URL}/checkin/`)).toBe(`${BASE_URL}/checkin/2026-W46`);
    expect(nudge.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
  });
});

// Each case starts tsx twice (a few seconds each on a busy machine).
describe("npm run reminders", { timeout: 90_000 }, () => {
  const ROOT = join(import.meta.dirname, "..", "..", "..");
  const cli = (args: string[], env: Record<string, string>) => {
    const { DATABASE_URL: _u, PENDULUM_DB: _f, SMTP_URL: _s, MAIL_FROM: _m, ...inherited } = process.env;
    return promisify(execFile)(join(ROOT, "node_modules", ".bin", "tsx"), ["scripts/reminders.ts", ...args], {
      cwd: ROOT,
      env: { ...inherited, ...temp.env, BETTER_AUTH_SECRET: SECRET, APP_URL: BASE_URL, ...env },
      timeout: 30_000,
    });
  };

  it("sends what is due at --now over SMTP_URL, prints the JSON summary, and sends nothing the second time", async () => {
    await addLeader("ana");
    const env = { SMTP_URL: smtp.url, MAIL_FROM: FROM };
    const first = await cli(["--now", "2026-11-30T09:30:00Z"], env);
    expect(JSON.parse(first.stdout)).toMatchObject({ sent: [{ userId: "ana", kind: "weekly-reminder", week: "2026-W48" }], skipped: [] });
    expect(first.stdout + first.stderr).not.toContain(SMTP_PASSWORD_IN(smtp.url));
    expect((await smtp.waitFor(1))[0]!.envelopeTo).toEqual(["ana@example.test"]);
    const second = await cli(["--now", "2026-11-30T09:45:00Z"], env);
    expect(JSON.parse(second.stdout)).toMatchObject({ sent: [], skipped: [{ userId: "ana", reason: "already-sent" }] });
    expect(smtp.received).toHaveLength(1);
  });

  it("refuses a bad --now, and mail that is not configured, with a clear message", async () => {
    await expect(cli(["--now", "next tuesday"], {})).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining("--now must be an instant") });
    await expect(cli([], {})).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("set SMTP_URL and MAIL_FROM") });
  });
});

const SMTP_PASSWORD_IN = (url: string) => new URL(url).password;
