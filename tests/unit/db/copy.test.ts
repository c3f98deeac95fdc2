import { getTableName } from "drizzle-orm";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { closeDb, createDb, transaction, type Db } from "@/db/client";
import { COPY_ORDER, copyDatabase, CopyRefused } from "@/db/copy";
import { migrateDb } from "@/db/migrate";
import { exportUserData } from "@/db/queries/backup";
import { saveCalendarFeed } from "@/db/queries/calendar-feeds";
import { listCheckins, saveCheckin } from "@/db/queries/checkins";
import { recordLoginFailure } from "@/db/queries/login-attempts";
import { claimDelivery, settleDelivery } from "@/db/queries/mail-deliveries";
import { saveProfile } from "@/db/queries/profiles";
import { saveReportChoice } from "@/db/queries/report-choices";
import { countRequest } from "@/db/queries/request-counts";
import { replaceReflection } from "@/db/queries/reflection";
import { createShareLink } from "@/db/queries/share-links";
import { addShareReply, markShareLinkRead } from "@/db/queries/share-replies";
import { DEFAULT_LOCKOUT_CONFIG } from "@/lib/auth/lockout";
import { runScript } from "@/tests/helpers/cli";
import { makeCheckin, makeProfile } from "@/tests/helpers/factories";
import { addUsers, createTempDb, TEST_ENGINE, type TempDb } from "@/tests/helpers/temp-db";

const NOW = new Date("2026-03-11T10:00:00.123Z");

let temp: TempDb;
let source: Db;
let sourceFile: string;

/** A SQLite installation with a row in every table: two leaders, a profile with settings, weeks, links, limits. */
async function seedSource(db: Db) {
  await addUsers(db, "sam", "kim");
  const { accounts, sessions, verifications, rateLimits } = db.tables;
  await db.insert(accounts).values({ id: "acc-sam", accountId: "sam", providerId: "credential", userId: "sam", password: "hash" });
  await db.insert(sessions).values({ id: "s1", token: "t1", userId: "sam", expiresAt: NOW, ipAddress: "203.0.113.9", userAgent: "Firefox" });
  await db.insert(verifications).values({ id: "v1", identifier: "reset:sam", value: "x", expiresAt: NOW });
  await db.insert(rateLimits).values({ id: "r1", key: "203.0.113.9/sign-in/email", count: 2, lastRequest: NOW.getTime() });
  const profile = makeProfile({ displayName: "Łukasz 李雷", leadingSince: "2025-06-02", timeZone: "Europe/Berlin" });
  await saveProfile(db, "sam", profile);
  for (const [i, week] of ["2026-W01", "2026-W02", "2026-W05"].entries()) {
    const calendarShape = i === 0 ? { focusBlocks: 3, backToBackRuns: 1, afterHoursMeetingHours: 1.25, meetingsOverOneHour: 2, meetingsOverEightPeople: 0, recurringMeetingShare: 0.4 } : undefined;
    await saveCheckin(db, "sam", makeCheckin(week, { note: i === 1 ? null : `note ${week} — «quoted» 🙂`, training: i === 2 ? null : true, calendarShape }));
  }
  await saveCheckin(db, "kim", makeCheckin("2026-W02", { hours: { meetings: 7.25, execution: 0.75, mentoring: 0, other: 0 } }));
  await recordLoginFailure(db, "email:kim@example.test", NOW, DEFAULT_LOCKOUT_CONFIG);
  const shared = await createShareLink(db, "sam", { from: "2026-W01", to: "2026-W05", includeNotes: true, expiresAt: NOW, talkingPoints: { picked: ["keep-what-works"], message: "Спасибо 你好" } });
  await markShareLinkRead(db, shared.link.id, NOW);
  await addShareReply(db, shared.link.id, "Спасибо, let's talk 🙂\nMonday?", NOW, 20);
  await saveReportChoice(db, "sam", { picked: ["role-fit"], added: ["«own» point 🙂"] });
  await countRequest(db, "share-lookup:*", NOW);
  await saveCalendarFeed(db, "sam", "v1.sealed-address");
  const claim = await claimDelivery(db, { userId: "sam", kind: "weekly-reminder", week: "2026-W10" });
  if ("id" in claim) await settleDelivery(db, claim.id, "sent", NOW);
  await restoreReflection(db, "sam");
}

/** Issue 15's tables: an experiment with answers (JSON measure with a quarter-hour target), a check, a review. */
async function restoreReflection(db: Db, userId: string) {
  await transaction(db, (tx) =>
    replaceReflection(tx, userId, {
      experiments: [
        {
          id: "fewer-meetings",
          title: "Decline two status meetings — «quoted»",
          stepId: null,
          measure: { kind: "lowValueMeetingHoursAtMost", target: 2.25 },
          startWeek: "2026-W01",
          weeks: 3,
          answers: [
            { week: "2026-W01", answer: "yes" },
            { week: "2026-W02", answer: "partly" },
          ],
          outcome: null,
          endedWeek: null,
          adjusts: null,
          note: null,
        },
      ],
      wellbeingChecks: [{ week: "2026-W02", who5: [3, 2, 4, 1, 0], burnout: 3 }],
      reviews: [{ week: "2026-W05", milestone: 13, leaning: "reshape-role", reflection: "Two lines\nof thought 🙂" }],
    }),
  );
}

beforeEach(async () => {
  temp = await createTempDb();
  sourceFile = join(temp.dir, "pendulum.db");
  source = createDb(sourceFile);
  await migrateDb(source);
  await seedSource(source);
});
afterEach(async () => {
  await closeDb(source);
  await temp.cleanup();
});

describe.runIf(TEST_ENGINE === "postgres")("db:copy from SQLite to PostgreSQL", () => {
  it("copies every table and proves it with row counts and checksums; the app reads the same data", async () => {
    const copies = await copyDatabase(source, temp.db);
    expect(copies.map((c) => c.table)).toEqual(COPY_ORDER.map((name) => getTableName(temp.db.tables[name])));
    for (const copy of copies) {
      expect(copy.sourceRows, copy.table).toBeGreaterThan(0);
      expect(copy.targetRows).toBe(copy.sourceRows);
      expect(copy.targetChecksum).toBe(copy.sourceChecksum);
    }
    expect(await exportUserData(temp.db, "sam")).toEqual(await exportUserData(source, "sam"));
    expect(await listCheckins(temp.db, { userId: "kim" })).toEqual(await listCheckins(source, { userId: "kim" }));

    // New weeks get ids after the copied ones.
    await saveCheckin(temp.db, "kim", makeCheckin("2026-W10"));
    expect(await listCheckins(temp.db, { userId: "kim" })).toHaveLength(2);
  });

  it("refuses a target that has rows, unless told to replace them", async () => {
    await copyDatabase(source, temp.db);
    await saveCheckin(temp.db, "kim", makeCheckin("2026-W20"));
    await expect(copyDatabase(source, temp.db)).rejects.toThrow(CopyRefused);
    expect(await listCheckins(temp.db, { userId: "kim" })).toHaveLength(2);

    const copies = await copyDatabase(source, temp.db, { replace: true });
    expect(copies.every((c) => c.targetChecksum === c.sourceChecksum)).toBe(true);
    expect((await listCheckins(temp.db, { userId: "kim" })).map((c) => c.week)).toEqual(["2026-W02"]);
  });

  it("covers every table of the schema", () => {
    expect([...COPY_ORDER].sort()).toEqual(Object.keys(temp.db.tables).sort());
  });

  it("runs as npm run db:copy, and refuses a second copy into the same database", async () => {
    const run = () => runScript("db-copy.ts", ["--from", sourceFile, "--to", temp.env.DATABASE_URL!]);
    const first = await run();
    expect(first.stderr).toMatch(/checkins\s+4 rows/);
    expect(first.stdout).toMatch(/Copied \d+ rows in 18 tables; row counts and checksums match/);
    expect(first.code).toBe(0);
    const second = await run();
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/not empty: users \(2\).*--replace/);
  }, 120_000);
});
