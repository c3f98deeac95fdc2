import { spawn } from "node:child_process";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import {
  deleteCheckin,
  getCheckin,
  getPreviousCheckin,
  listCheckins,
  saveCheckin,
  toCheckinValues,
} from "@/db/queries/checkins";
import { exportUserData } from "@/db/queries/backup";
import { saveProfile } from "@/db/queries/profiles";
import { checkinSchema, type Checkin, type CheckinInput } from "@/lib/validation/checkin";
import { exportFileV1Schema } from "@/lib/validation/export-file";
import { makeCheckin, makeProfile } from "@/tests/helpers/factories";
import { freshDbEachTest } from "@/tests/helpers/fresh-db";
import { addUsers } from "@/tests/helpers/temp-db";

const SAVER = join(import.meta.dirname, "../../helpers/concurrent-saver.ts");
const WRITE_FOR_MS = 1000;

type WriterResult = { label: string; pid: number; saves: number; lastNote: string; firstSaveEndedAt: number; lastSaveEndedAt: number };

/** A child process with its own connection to the test database, ready to save `week` over and over from a given instant. */
async function startWriter(env: Record<string, string>, userId: string, week: string, label: string) {
  const child = spawn(process.execPath, ["--import", "tsx", SAVER, userId, week, label, "2026-W01"], {
    stdio: ["pipe", "pipe", "pipe"],
    env: { ...process.env, ...env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", () => stdout.includes("ready\n") && resolve());
    void exited.then((code) => reject(new Error(`writer ${label} exited (${code}) before it was ready: ${stderr}`)));
  });
  return {
    async run(startAt: number, durationMs: number): Promise<WriterResult> {
      child.stdin.end(`${startAt} ${durationMs}\n`);
      const code = await exited;
      if (code !== 0) throw new Error(`writer ${label} failed (${code}): ${stderr}`);
      return JSON.parse(stdout.slice(stdout.indexOf("ready\n") + 6)) as WriterResult;
    },
  };
}

let db: Db;

async function addLeader(id: string) {
  await addUsers(db, id);
  return id;
}

function checkin(week: string, patch: Partial<CheckinInput> = {}): Checkin {
  return makeCheckin(week, { training: null, note: "first", ...patch });
}

function rowsFor(userId: string) {
  const { checkins } = db.tables;
  return db.select().from(checkins).where(eq(checkins.userId, userId));
}

const temp = freshDbEachTest([], (fresh) => (db = fresh.db));

describe("the week's shape from a calendar import", () => {
  const shape = { focusBlocks: 4, backToBackRuns: 1, afterHoursMeetingHours: 1.5, meetingsOverOneHour: 2, meetingsOverEightPeople: 0, recurringMeetingShare: 0.63 };

  it("is kept with the check-in, kept when the week is saved again without it, cleared by null, and exported only when set", async () => {
    const leader = await addLeader("sam");
    await saveProfile(db, leader, makeProfile({ leadingSince: "2025-09-01", teamSize: 6, timeZone: "Europe/Berlin" }));
    await saveCheckin(db, leader, checkin("2026-W10", { calendarShape: shape }));
    expect((await getCheckin(db, leader, "2026-W10"))?.calendarShape).toEqual(shape);

    await saveCheckin(db, leader, checkin("2026-W10", { note: "edited" }));
    expect(await getCheckin(db, leader, "2026-W10")).toMatchObject({ note: "edited", calendarShape: shape });
    const exported = await exportUserData(db, leader);
    expect(exported?.checkins[0]?.calendarShape).toEqual(shape);
    expect(exportFileV1Schema.parse(JSON.parse(JSON.stringify(exported))).checkins[0]?.calendarShape).toEqual(shape);

    await saveCheckin(db, leader, checkin("2026-W10", { calendarShape: null }));
    const cleared = await exportUserData(db, leader);
    expect(Object.keys(cleared!.checkins[0]!)).not.toContain("calendarShape");
  });

  it.each([
    { name: "an unknown measure", value: { ...shape, extra: 1 } },
    { name: "a share over 1", value: { ...shape, recurringMeetingShare: 1.5 } },
    { name: "a negative count", value: { ...shape, focusBlocks: -1 } },
    { name: "a fractional count", value: { ...shape, backToBackRuns: 1.5 } },
  ])("refuses $name in a version-1 check-in", ({ value }) => {
    expect(checkinSchema.safeParse({ ...checkin("2026-W10"), calendarShape: value }).success).toBe(false);
  });
});

describe("saving a week", () => {
  it("reads back exactly what was saved, quarter hours included", async () => {
    const leader = await addLeader("sam");
    const saved = checkin("2026-W10", { hours: { meetings: 7.25, execution: 0.75, mentoring: 33.5, other: 0 }, lowValueMeetingHours: 7.25 });
    await saveCheckin(db, leader, saved);
    expect(await getCheckin(db, leader, "2026-W10")).toEqual({ ...saved, isDemo: false });
    expect((await rowsFor(leader))[0]?.meetingsMinutes).toBe(435);
  });

  it("saving the same week again updates the one row, clears ratings set to null and the demo mark", async () => {
    const leader = await addLeader("sam");
    await db.insert(db.tables.checkins).values(toCheckinValues(leader, checkin("2026-W10"), true));
    expect((await getCheckin(db, leader, "2026-W10"))?.isDemo).toBe(true);

    const second = checkin("2026-W10", {
      hours: { meetings: 30, execution: 5, mentoring: 2, other: 1 },
      lowValueMeetingHours: null,
      skillConfidence: null,
      managerOneOnOne: false,
      note: "second",
    });
    const returned = await saveCheckin(db, leader, second);

    expect(returned).toEqual({ ...second, isDemo: false });
    expect(await getCheckin(db, leader, "2026-W10")).toEqual({ ...second, isDemo: false });
    const rows = await rowsFor(leader);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.updatedAt.getTime()).toBeGreaterThanOrEqual(rows[0]!.createdAt.getTime());
  });

  it("two concurrent saves of one week from separate processes, each with its own connection, leave one row", async () => {
    const leader = await addLeader("sam");
    const writers = await Promise.all(["a", "b", "c", "d"].map((label) => startWriter(temp.env, leader, "2026-W10", label)));
    // better-sqlite3 is synchronous, so only separate processes really write at the same time.
    const startAt = Date.now() + 200;
    const results = await Promise.all(writers.map((w) => w.run(startAt, WRITE_FOR_MS)));

    for (const r of results) expect(r.saves, `saves by ${r.label}`).toBeGreaterThan(1);
    // Every writer had finished a save before any writer stopped: the four ran at once.
    expect(Math.max(...results.map((r) => r.firstSaveEndedAt))).toBeLessThan(Math.min(...results.map((r) => r.lastSaveEndedAt)));
    expect(new Set(results.map((r) => r.pid)).size).toBe(4);

    const rows = (await rowsFor(leader)).filter((r) => r.week === "2026-W10");
    expect(rows).toHaveLength(1);
    expect(results.map((r) => r.lastNote)).toContain(rows[0]?.note);
    expect(rows[0]?.meetingsMinutes).toBeGreaterThan(0);
  }, 60_000);

  it("concurrent saves of one week from two connections of one process leave one row", async () => {
    const leader = await addLeader("sam");
    const [a, b] = [temp.reopen(), temp.reopen()];
    const first = checkin("2026-W10", { note: "from a" });
    const second = checkin("2026-W10", { note: "from b", hours: { meetings: 3, execution: 1, mentoring: 1, other: 1 } });

    await Promise.all([saveCheckin(a, leader, first), saveCheckin(b, leader, second)]);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => saveCheckin(i % 2 ? a : b, leader, checkin("2026-W10", { note: `round ${i}` }))),
    );

    const rows = await rowsFor(leader);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.note).toMatch(/^round \d+$/);
  });
});

describe("reading weeks", () => {
  it("lists a leader's weeks oldest first, within an inclusive range", async () => {
    const leader = await addLeader("sam");
    for (const week of ["2026-W12", "2025-W52", "2026-W01", "2026-W10"]) await saveCheckin(db, leader, checkin(week));
    expect((await listCheckins(db, { userId: leader })).map((c) => c.week)).toEqual(["2025-W52", "2026-W01", "2026-W10", "2026-W12"]);
    expect((await listCheckins(db, { userId: leader, from: "2026-W01", to: "2026-W10" })).map((c) => c.week)).toEqual([
      "2026-W01",
      "2026-W10",
    ]);
  });

  it("finds the latest earlier week for 'same as last week', never the week itself", async () => {
    const leader = await addLeader("sam");
    await saveCheckin(db, leader, checkin("2026-W05", { note: "five" }));
    await saveCheckin(db, leader, checkin("2026-W08", { note: "eight" }));
    expect((await getPreviousCheckin(db, leader, "2026-W10"))?.note).toBe("eight");
    expect((await getPreviousCheckin(db, leader, "2026-W08"))?.note).toBe("five");
    expect(await getPreviousCheckin(db, leader, "2026-W05")).toBeNull();
  });

  it("deletes a week once", async () => {
    const leader = await addLeader("sam");
    await saveCheckin(db, leader, checkin("2026-W10"));
    expect(await deleteCheckin(db, leader, "2026-W10")).toBe(true);
    expect(await deleteCheckin(db, leader, "2026-W10")).toBe(false);
    expect(await getCheckin(db, leader, "2026-W10")).toBeNull();
  });
});

describe("two leaders", () => {
  it("never see, change or delete each other's weeks", async () => {
    const a = await addLeader("alex");
    const b = await addLeader("blair");
    const aWeek = checkin("2026-W10", { note: "alex's private note" });
    await saveCheckin(db, a, aWeek);
    await saveCheckin(db, a, checkin("2026-W09"));

    expect(await getCheckin(db, b, "2026-W10")).toBeNull();
    expect(await listCheckins(db, { userId: b })).toEqual([]);
    expect(await getPreviousCheckin(db, b, "2026-W11")).toBeNull();
    expect(await deleteCheckin(db, b, "2026-W10")).toBe(false);

    await saveCheckin(db, b, checkin("2026-W10", { note: "blair's week" }));

    expect(await getCheckin(db, a, "2026-W10")).toEqual({ ...aWeek, isDemo: false });
    expect((await getCheckin(db, b, "2026-W10"))?.note).toBe("blair's week");
    expect(await rowsFor(a)).toHaveLength(2);
    expect(await rowsFor(b)).toHaveLength(1);
  });
});
