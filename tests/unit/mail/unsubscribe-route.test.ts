import { describe, expect, it } from "vitest";
import { handleUnsubscribePost } from "@/app/api/mail/unsubscribe/handle-unsubscribe";
import { reminderStore } from "@/db/queries/mail-deliveries";
import { getProfile, saveProfile, saveSettings } from "@/db/queries/profiles";
import { calendarSettingsFormSchema, calendarSettingsFormToShape, EMAIL_REMINDERS_SHOWN } from "@/lib/calendar/settings-form";
import { unsubscribeToken } from "@/lib/mail/unsubscribe";
import { runReminders } from "@/lib/reminders/run";
import { makeProfile } from "@/tests/helpers/factories";
import { freshDbEachTest } from "@/tests/helpers/fresh-db";

const SECRET = "test-secret-that-is-at-least-32-characters-long";

const temp = freshDbEachTest(["ana", "ben"], async () => {
  await temp.db.update(temp.db.tables.users).set({ createdAt: new Date("2026-10-01T00:00:00Z") });
  for (const id of ["ana", "ben"]) {
    await saveProfile(temp.db, id, makeProfile({ displayName: id, previousRole: "product" }));
  }
});

describe("one-click unsubscribe", () => {
  it("turns that leader's reminder and sign-change e-mails off, keeps their other settings, and the next run skips them", async () => {
    await saveSettings(temp.db, "ana", { reminder: { weekday: "tuesday", time: "08:30", alarmMinutesBefore: 5, timeZone: null, signChanges: true } });
    const res = await handleUnsubscribePost({ db: temp.db, secret: SECRET, token: unsubscribeToken(SECRET, "ana") });
    expect(res.status).toBe(200);
    expect((await getProfile(temp.db, "ana"))!.settings.reminder).toEqual({
      weekday: "tuesday",
      time: "08:30",
      alarmMinutesBefore: 5,
      timeZone: null,
      email: false,
      signChanges: false,
    });
    expect((await getProfile(temp.db, "ben"))!.settings.reminder).toBeUndefined();
    // Again: still fine.
    expect((await handleUnsubscribePost({ db: temp.db, secret: SECRET, token: unsubscribeToken(SECRET, "ana") })).status).toBe(200);

    const sent: string[] = [];
    const summary = await runReminders({
      store: reminderStore(temp.db),
      mailer: { send: async (m) => void sent.push(m.to) },
      now: new Date("2026-12-01T08:30:00Z"),
      baseUrl: "http://x",
      secret: SECRET,
    });
    expect(summary.skipped).toEqual([{ userId: "ana", kind: "weekly-reminder", week: "2026-W48", reason: "email-off" }]);
    expect(sent).toEqual(["ben@example.test"]);
  });

  it("refuses a forged or altered token with 400 and changes nothing", async () => {
    const forged = unsubscribeToken("some-other-secret-of-thirty-two-characters", "ana");
    for (const token of [forged, null, "ana", `${unsubscribeToken(SECRET, "ana")}0`]) {
      const res = await handleUnsubscribePost({ db: temp.db, secret: SECRET, token });
      expect(res.status).toBe(400);
    }
    expect((await getProfile(temp.db, "ana"))!.settings.reminder).toBeUndefined();
  });
});

describe("the settings form's e-mail checkbox", () => {
  const base: Array<[string, string]> = [["weekday", "monday"], ["time", "09:00"], ["alarmMinutesBefore", "0"], ["rules", "[]"]];
  it("reads on and off when it was on the page, and leaves the choice alone when it was not", () => {
    const parse = (extra: Array<[string, string]>) => calendarSettingsFormSchema.parse(calendarSettingsFormToShape([...base, ...extra])).reminder.email;
    expect(parse([[EMAIL_REMINDERS_SHOWN, "1"], ["emailReminders", "on"]])).toBe(true);
    expect(parse([[EMAIL_REMINDERS_SHOWN, "1"]])).toBe(false);
    expect(parse([])).toBeUndefined();
  });

  it("reads the sign-change checkbox the same way: off unless ticked, untouched when not on the page", () => {
    const parse = (extra: Array<[string, string]>) => calendarSettingsFormSchema.parse(calendarSettingsFormToShape([...base, ...extra])).reminder.signChanges;
    expect(parse([[EMAIL_REMINDERS_SHOWN, "1"], ["signChangeEmails", "on"]])).toBe(true);
    expect(parse([[EMAIL_REMINDERS_SHOWN, "1"], ["emailReminders", "on"]])).toBe(false);
    expect(parse([])).toBeUndefined();
  });
});
