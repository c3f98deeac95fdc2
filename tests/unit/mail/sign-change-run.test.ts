import { describe, expect, it } from "vitest";
import { saveCheckin } from "@/db/queries/checkins";
import { listDeliveries, reminderStore } from "@/db/queries/mail-deliveries";
import { setEmailReminders } from "@/db/queries/mail-preferences";
import { saveProfile, saveSettings } from "@/db/queries/profiles";
import { addIsoWeeks, isoWeekStartDate } from "@/lib/iso-week";
import type { SmtpMailer } from "@/lib/mail/smtp";
import { verifyUnsubscribeToken } from "@/lib/mail/unsubscribe";
import { latestSignChange } from "@/lib/reminders/sign-change";
import { runReminders } from "@/lib/reminders/run";
import { evaluate, SIGN_META } from "@/lib/signals";
import { formerEngineer } from "@/lib/signals/fixtures/personas";
import { checkinSchema } from "@/lib/validation/checkin";
import { profileSchema } from "@/lib/validation/profile";
import { smtpEachTest } from "@/tests/helpers/smtp-each-test";
import { linkIn, type TestSmtpServer } from "@/tests/helpers/smtp-server";
import { freshDbEachTest } from "@/tests/helpers/fresh-db";

const BASE_URL = "https://pendulum.example.org";
const SECRET = "test-secret-that-is-at-least-32-characters-long";
const FROM = "Pendulum <reminders@pendulum.example.org>";
const PRIVATE_NOTE = "PRIVATE-NOTE-do-not-mail";
const ON = { weekday: "monday", time: "09:00", alarmMinutesBefore: 0, timeZone: null, signChanges: true } as const;

// The former engineer's story: find the first logged week at which a sign changes level.
const story = formerEngineer(20);
const profile = profileSchema.parse({ ...story.profile, timeZone: "UTC" });
const checkins = story.checkins.map((c) => checkinSchema.parse({ ...c, note: PRIVATE_NOTE }));
const changeWeek = checkins
  .map((c) => c.week)
  .find((week) => latestSignChange(evaluate({ profile, checkins: checkins.filter((c) => c.week <= week) }, { asOf: week }).history, week) !== null)!;
const expected = latestSignChange(evaluate({ profile, checkins: checkins.filter((c) => c.week <= changeWeek) }, { asOf: changeWeek }).history, changeWeek)!;
/** Thursday noon (UTC) of the week after the change: no weekly reminder or nudge is due then. */
const thursdayAfter = (week: string) => new Date(Date.parse(`${isoWeekStartDate(addIsoWeeks(week, 1))}T12:00:00Z`) + 3 * 86_400_000);
const NOW = thursdayAfter(changeWeek);

const temp = freshDbEachTest();
let smtp: TestSmtpServer;
let mailer: SmtpMailer;

/** `reminder: null` saves no reminder settings at all (the defaults). */
async function addLeader(id: string, { upTo = changeWeek, reminder = ON as object | null } = {}) {
  await temp.db.insert(temp.db.tables.users).values({ id, name: id, email: `${id}@example.test`, createdAt: new Date("2024-10-01T00:00:00Z") });
  await saveProfile(temp.db, id, profile);
  for (const c of checkins.filter((c) => c.week <= upTo)) await saveCheckin(temp.db, id, c);
  if (reminder) await saveSettings(temp.db, id, { reminder: reminder as never });
}

const run = (now: Date, db = temp.db) => runReminders({ store: reminderStore(db), mailer, now, baseUrl: BASE_URL, secret: SECRET });

// This suite's own ports (5432–5439), apart from the other mail tests'.
smtpEachTest(FROM, (started) => ({ smtp, mailer } = started), { ports: [5432, 5433, 5434, 5435, 5436, 5437, 5438, 5439] });

describe("the sign-change e-mail over SMTP", () => {
  it("the story has a change to tell (the fixture is what the test thinks)", () => {
    expect(changeWeek).toBeDefined();
    expect(expected.changes.length).toBeGreaterThan(0);
  });

  it("reaches only the leader who asked, once per change, says which sign in plain words with the dashboard link, never a note", async () => {
    await addLeader("ana"); // asked for it
    await addLeader("ben", { reminder: null }); // the default: off
    await addLeader("cyd", { reminder: { ...ON, signChanges: false } });

    const first = await run(NOW);
    expect(first.sent).toEqual([{ userId: "ana", kind: "sign-change", week: changeWeek }]);
    const [mail] = await smtp.waitFor(1);
    expect(mail!.envelopeTo).toEqual(["ana@example.test"]);
    const change = expected.changes[0]!;
    expect(mail!.parsed.subject).toBe(
      expected.changes.length === 1 ? `${SIGN_META[change.sign].title}: now ${change.to[0]!.toUpperCase()}${change.to.slice(1)}` : `${expected.changes.length} warning signs changed level`,
    );
    for (const c of expected.changes) expect(mail!.parsed.text).toContain(SIGN_META[c.sign].title);
    expect(mail!.parsed.text).toContain(`Open the dashboard: ${BASE_URL}/dashboard\n`);
    expect(mail!.parsed.html).toContain(`href="${BASE_URL}/dashboard"`);
    expect(mail!.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    const token = new URL(linkIn(mail!, `${BASE_URL}/api/mail/unsubscribe`)).searchParams.get("token");
    expect(verifyUnsubscribeToken(SECRET, token)).toBe("ana");
    expect(mail!.raw).not.toContain(PRIVATE_NOTE);
    expect(mail!.parsed.text).not.toContain(PRIVATE_NOTE);
    expect(mail!.parsed.html || "").not.toContain(PRIVATE_NOTE);

    // Again later the same day, and concurrently from a second instance: nothing more.
    const later = new Date(NOW.getTime() + 60 * 60_000);
    const [a, b] = await Promise.all([run(later, temp.db), run(later, temp.reopen())]);
    expect([...a.sent, ...b.sent]).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(smtp.received).toHaveLength(1);
    expect((await listDeliveries(temp.db, "ana")).filter((d) => d.kind === "sign-change")).toMatchObject([{ week: changeWeek, status: "sent", attempts: 1 }]);
  });

  it("says nothing about a change long past (e.g. right after turning the mail on), and nothing once unsubscribed", async () => {
    await addLeader("ana");
    // Three weeks after the change, with no week logged since: old news.
    expect((await run(thursdayAfter(addIsoWeeks(changeWeek, 2)))).sent).toEqual([]);
    // In time, but the leader clicked the one-click unsubscribe of an earlier mail.
    await setEmailReminders(temp.db, "ana", false);
    expect((await run(NOW)).sent).toEqual([]);
    expect(smtp.received).toHaveLength(0);
  });

  it("a week that changes nothing sends nothing", async () => {
    const quiet = checkins.map((c) => c.week).find((week) => week > changeWeek && latestSignChange(evaluate({ profile, checkins: checkins.filter((c) => c.week <= week) }, { asOf: week }).history, week) === null);
    expect(quiet).toBeDefined();
    await addLeader("ana", { upTo: quiet! });
    expect((await run(thursdayAfter(quiet!))).sent).toEqual([]);
  });
});
