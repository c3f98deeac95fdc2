import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Db } from "@/db/client";
import { constraintViolated } from "@/db/errors";
import { exportUserData, getDataSummary, restoreUserData } from "@/db/queries/backup";
import { listCheckins, saveCheckin } from "@/db/queries/checkins";
import { loadDemoHistory } from "@/db/queries/demo";
import { getProfile, saveProfile } from "@/db/queries/profiles";
import { parseImportFile } from "@/lib/backup";
import { checkinSchema, type CheckinInput } from "@/lib/validation/checkin";
import { parseExportFile, type ExportFile } from "@/lib/validation/export-file";
import { profileSchema, type ProfileInput } from "@/lib/validation/profile";
import { freshDbEachTest } from "@/tests/helpers/fresh-db";
import { addUsers } from "@/tests/helpers/temp-db";

const NOW = new Date("2026-03-11T10:00:00Z");
let db: Db;
freshDbEachTest([], (temp) => (db = temp.db));

async function createUser(id: string) {
  await addUsers(db, id);
  return id;
}

const profileInput = (over: Partial<ProfileInput> = {}): ProfileInput => ({
  displayName: "Sam",
  previousRole: "engineer",
  leadingSince: "2025-09-01",
  teamSize: 6,
  timeZone: "Europe/Berlin",
  targets: { meetingsMaxPct: 50, executionMinPct: 20, mentoringMinPct: 20 },
  ...over,
});

const checkin = (week: string, over: Partial<CheckinInput> = {}) =>
  checkinSchema.parse({ week, hours: { meetings: 12, execution: 18, mentoring: 6, other: 4 }, ...over });

async function seedLeader(id: string, weeks: string[], over: Partial<ProfileInput> = {}) {
  await createUser(id);
  await saveProfile(db, id, profileSchema.parse(profileInput(over)));
  for (const week of weeks) await saveCheckin(db, id, checkin(week, { note: `${id} ${week}` }));
}

/** A validated file as the import route would have it. */
function validFile(weeks: string[], over: Partial<ProfileInput> = {}): ExportFile {
  const text = JSON.stringify({
    format: "pendulum",
    version: 1,
    profile: profileInput(over),
    settings: {},
    checkins: weeks.map((week) => ({ week, hours: { meetings: 10, execution: 10, mentoring: 10, other: 10 } })),
  });
  const parsed = parseImportFile(text, NOW);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.file;
}

describe("exportUserData", () => {
  it("returns null before onboarding", async () => {
    await createUser("a");
    expect(await exportUserData(db, "a")).toBeNull();
  });

  it("writes the version-1 shape with check-ins oldest first and optional keys as null", async () => {
    await createUser("a");
    await saveProfile(db, "a", profileSchema.parse(profileInput({ teamSize: null, timeZone: null })));
    await saveCheckin(db, "a", checkin("2026-W09"));
    await saveCheckin(db, "a", checkin("2025-W52", { lowValueMeetingHours: 1.25, energy: { execution: 5 }, managerOneOnOne: false }));
    await saveCheckin(db, "a", checkin("2026-W01"));
    const file = await exportUserData(db, "a");
    expect(file).toMatchObject({ format: "pendulum", version: 1, settings: {} });
    expect(file!.profile).toEqual({
      displayName: "Sam",
      previousRole: "engineer",
      leadingSince: "2025-09-01",
      teamSize: null,
      timeZone: null,
      targets: { meetingsMaxPct: 50, executionMinPct: 20, mentoringMinPct: 20 },
    });
    expect(file!.checkins.map((c) => c.week)).toEqual(["2025-W52", "2026-W01", "2026-W09"]);
    expect(file!.checkins[0]).toEqual({
      week: "2025-W52",
      hours: { meetings: 12, execution: 18, mentoring: 6, other: 4 },
      lowValueMeetingHours: 1.25,
      energy: { meetings: null, execution: 5, mentoring: null },
      skillConfidence: null,
      politics: null,
      support: null,
      teamGrowthJoy: null,
      satisfaction: null,
      managerOneOnOne: false,
      training: null,
      note: null,
    });
    const reparsed = parseExportFile(JSON.stringify(file));
    expect(reparsed).toEqual({ ok: true, file });
  });

  it("leaves demo weeks out", async () => {
    await seedLeader("a", ["2026-W05"]);
    await loadDemoHistory(db, "a", [checkin("2026-W05"), checkin("2026-W06"), checkin("2026-W07")]);
    const file = await exportUserData(db, "a");
    expect(file!.checkins.map((c) => c.week)).toEqual(["2026-W05"]);
    expect(file!.checkins[0]!.note).toBe("a 2026-W05");
  });
});

describe("restoreUserData", () => {
  it("gives back exactly the same data in a fresh account (export, JSON, parse, restore, export)", async () => {
    await seedLeader("source", [], { displayName: "Zoë Ångström", timeZone: "Pacific/Auckland", teamSize: 0 });
    const weeks = ["2025-W01", "2025-W52", "2026-W01", "2026-W10", "2026-W11"];
    for (const [i, week] of weeks.entries()) {
      await saveCheckin(
        db,
        "source",
        checkin(week, {
          hours: { meetings: 12.25 + i, execution: 0.75 * i, mentoring: 100, other: 0 },
          lowValueMeetingHours: i % 2 ? 3.5 : null,
          energy: i % 2 ? { meetings: 1, execution: null, mentoring: 5 } : null,
          skillConfidence: i === 0 ? null : i,
          politics: 5,
          satisfaction: 1,
          managerOneOnOne: i === 1 ? null : i % 2 === 0,
          training: i === 2 ? true : null,
          note: i === 3 ? "Ünïcode ✓ \"quotes\"\nand a new line" : null,
        }),
      );
    }
    const before = await exportUserData(db, "source");
    const parsed = parseImportFile(JSON.stringify(before, null, 2), NOW);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;

    await createUser("fresh");
    expect(await restoreUserData(db, "fresh", parsed.file)).toEqual({ checkins: 5 });
    expect(await exportUserData(db, "fresh")).toEqual(before);
  });

  it("replaces: the profile is the file's and weeks not in the file are gone, demo weeks too", async () => {
    await seedLeader("a", ["2026-W01", "2026-W02", "2026-W03"]);
    await loadDemoHistory(db, "a", [checkin("2026-W04")]);
    await restoreUserData(db, "a", validFile(["2026-W03", "2026-W08"], { displayName: "Restored", teamSize: 9 }));

    expect((await getProfile(db, "a"))!.displayName).toBe("Restored");
    expect((await getProfile(db, "a"))!.teamSize).toBe(9);
    const rows = await listCheckins(db, { userId: "a" });
    expect(rows.map((r) => [r.week, r.isDemo, r.note])).toEqual([
      ["2026-W03", false, null],
      ["2026-W08", false, null],
    ]);
  });

  it("sets up the profile of an account that has none", async () => {
    await createUser("new");
    await restoreUserData(db, "new", validFile(["2026-W08"]));
    expect((await getProfile(db, "new"))!.displayName).toBe("Sam");
    expect(await getDataSummary(db, "new")).toEqual({ checkins: 1, demoCheckins: 0, hasProfile: true });
  });

  it("never touches another leader", async () => {
    await seedLeader("a", ["2026-W01", "2026-W02"], { displayName: "Alex" });
    await seedLeader("b", ["2026-W01", "2026-W05"], { displayName: "Bo" });
    const bBefore = await exportUserData(db, "b");
    await restoreUserData(db, "a", validFile(["2026-W01", "2026-W09"], { displayName: "Alex restored" }));
    expect(await exportUserData(db, "b")).toEqual(bBefore);
    expect((await exportUserData(db, "a"))!.checkins.map((c) => c.week)).toEqual(["2026-W01", "2026-W09"]);
  });

  it("is all-or-nothing: a row the database refuses mid-way leaves the old profile and weeks intact", async () => {
    await seedLeader("a", ["2026-W01", "2026-W02", "2026-W03"], { displayName: "Before" });
    await loadDemoHistory(db, "a", [checkin("2026-W04")]);
    const before = await listCheckins(db, { userId: "a" });
    const profileBefore = await getProfile(db, "a");

    const file = validFile(["2026-W05", "2026-W06", "2026-W07", "2026-W08"], { displayName: "After" });
    // Bypasses validation on purpose: 200 h is 12,000 minutes, which the table's CHECK refuses.
    file.checkins[2] = { ...file.checkins[2]!, hours: { ...file.checkins[2]!.hours, meetings: 200 } };
    await expect(restoreUserData(db, "a", file)).rejects.toSatisfy((e) => constraintViolated(e) === "check");

    expect(await getProfile(db, "a")).toEqual(profileBefore);
    expect(await listCheckins(db, { userId: "a" })).toEqual(before);
  });

  it("is all-or-nothing on a duplicate week too (UNIQUE), spanning more than one insert chunk", async () => {
    await seedLeader("a", ["2026-W01"]);
    const weeks = Array.from({ length: 450 }, (_, i) => `${2010 + Math.floor(i / 50)}-W${String((i % 50) + 1).padStart(2, "0")}`);
    const file = validFile(weeks);
    file.checkins.push(file.checkins[0]!);
    await expect(restoreUserData(db, "a", file)).rejects.toSatisfy((e) => constraintViolated(e) === "unique");
    expect((await listCheckins(db, { userId: "a" })).map((c) => c.week)).toEqual(["2026-W01"]);
  });

  it("restores a long history in several chunks", async () => {
    await createUser("a");
    const weeks = Array.from({ length: 450 }, (_, i) => `${2010 + Math.floor(i / 50)}-W${String((i % 50) + 1).padStart(2, "0")}`);
    await restoreUserData(db, "a", validFile(weeks));
    expect((await getDataSummary(db, "a")).checkins).toBe(450);
  });
});

describe("a file with one bad row", () => {
  it("is refused before anything is written", async () => {
    await seedLeader("a", ["2026-W01", "2026-W02"]);
    const before = await exportUserData(db, "a");
    const text = JSON.stringify({
      ...before,
      profile: { ...before!.profile, displayName: "Changed" },
      checkins: [...before!.checkins, { week: "2026-W03", hours: { meetings: 101, execution: 0, mentoring: 0, other: 0 } }],
    });
    const parsed = parseImportFile(text, NOW);
    expect(parsed).toEqual({ ok: false, issues: [{ path: "checkins[2].hours.meetings", message: "At most 100 hours" }] });
    expect(await exportUserData(db, "a")).toEqual(before);
  });
});

describe("the sample fixture", () => {
  it("restores and exports back to its normalized self", async () => {
    await createUser("a");
    const parsed = parseImportFile(readFileSync(join(import.meta.dirname, "../../fixtures/export-v1-sample.json"), "utf8"), NOW);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    await restoreUserData(db, "a", parsed.file);
    expect(await exportUserData(db, "a")).toEqual(parsed.file);
    expect(await getDataSummary(db, "a")).toEqual({ checkins: 3, demoCheckins: 0, hasProfile: true });
  });
});

describe("getDataSummary", () => {
  it("counts all check-ins, demo ones apart, per leader", async () => {
    await seedLeader("a", ["2026-W01", "2026-W02"]);
    await seedLeader("b", ["2026-W01"]);
    await loadDemoHistory(db, "a", [checkin("2026-W02"), checkin("2026-W03"), checkin("2026-W04")]);
    expect(await getDataSummary(db, "a")).toEqual({ checkins: 4, demoCheckins: 2, hasProfile: true });
    expect(await getDataSummary(db, "b")).toEqual({ checkins: 1, demoCheckins: 0, hasProfile: true });
    await createUser("c");
    expect(await getDataSummary(db, "c")).toEqual({ checkins: 0, demoCheckins: 0, hasProfile: false });
  });
});
