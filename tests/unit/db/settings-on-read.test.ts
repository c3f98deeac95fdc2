import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { type Db } from "@/db/client";
import { getProfile, saveProfile, saveSettings } from "@/db/queries/profiles";
import { settingsFromStored } from "@/lib/validation/profile";
import { makeProfile } from "@/tests/helpers/factories";
import { freshDbEachTest } from "@/tests/helpers/fresh-db";

const PROFILE = makeProfile({ leadingSince: "2026-01-05" });
const REMINDER = { weekday: "monday", time: "09:30", alarmMinutesBefore: 10, timeZone: null } as const;
const CALENDAR = { emails: ["sam@example.com"], managerEmails: [], rules: [] };

let db: Db;

freshDbEachTest(["sam"], async (fresh) => {
  db = fresh.db;
  await saveProfile(db, "sam", PROFILE);
});

async function storeRaw(settings: unknown) {
  const { profiles } = db.tables;
  await db.update(profiles).set({ settings: settings as Record<string, unknown> }).where(eq(profiles.userId, "sam"));
}

describe("stored settings are parsed on read", () => {
  it("reads back what was saved", async () => {
    await saveSettings(db, "sam", { reminder: REMINDER, calendar: CALENDAR });
    expect((await getProfile(db, "sam"))?.settings).toEqual({ reminder: REMINDER, calendar: CALENDAR });
  });

  it("drops a section that no longer parses and keeps the others, instead of trusting the row", async () => {
    await storeRaw({ reminder: { weekday: "someday", time: "25:99", alarmMinutesBefore: -5 }, calendar: CALENDAR, legacy: { x: 1 } });
    expect((await getProfile(db, "sam"))?.settings).toEqual({ calendar: CALENDAR });
  });

  it.each([[[1, 2]], ["text"], [42]])("reads %j as no settings at all", async (stored) => {
    await storeRaw(stored);
    expect((await getProfile(db, "sam"))?.settings).toEqual({});
  });
});

describe("settingsFromStored", () => {
  it("never lets a stored key reach a prototype", () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "reminder": {"weekday": "friday", "time": "16:00", "alarmMinutesBefore": 0}}');
    const settings = settingsFromStored(hostile);
    expect(settings).toEqual({ reminder: { weekday: "friday", time: "16:00", alarmMinutesBefore: 0, timeZone: null } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
