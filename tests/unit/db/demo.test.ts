import { describe, expect, it } from "vitest";
import { type Db } from "@/db/client";
import { exportUserData } from "@/db/queries/backup";
import { getCheckin, listCheckins, saveCheckin } from "@/db/queries/checkins";
import { countDemo, loadDemoHistory, removeDemoHistory } from "@/db/queries/demo";
import { saveProfile } from "@/db/queries/profiles";
import { buildDemoHistory } from "@/lib/demo";
import { checkinSchema, type CheckinInput } from "@/lib/validation/checkin";
import { makeProfile } from "@/tests/helpers/factories";
import { freshDbEachTest } from "@/tests/helpers/fresh-db";

const NOW = new Date("2026-03-11T10:00:00Z");
let db: Db;

freshDbEachTest(["a", "b"], (fresh) => (db = fresh.db));

const own = (week: string, over: Partial<CheckinInput> = {}) =>
  checkinSchema.parse({ week, hours: { meetings: 1, execution: 2, mentoring: 3, other: 4 }, note: "mine", ...over });

const demo = () => buildDemoHistory({ now: NOW, timeZone: "Europe/Berlin" });

describe("loadDemoHistory", () => {
  it("inserts every demo week marked as demo", async () => {
    const history = demo();
    expect(await loadDemoHistory(db, "a", history)).toBe(history.length);
    const rows = await listCheckins(db, { userId: "a" });
    expect(rows.map(({ isDemo, ...c }) => [isDemo, c])).toEqual(history.map((c) => [true, c]));
    expect(await countDemo(db, "a")).toBe(history.length);
    expect(await countDemo(db, "b")).toBe(0);
  });

  it("never overwrites a week the leader already logged", async () => {
    const history = demo();
    const logged = history[3]!.week;
    await saveCheckin(db, "a", own(logged));
    expect(await loadDemoHistory(db, "a", history)).toBe(history.length - 1);
    const kept = await getCheckin(db, "a", logged);
    expect(kept).toMatchObject({ isDemo: false, note: "mine", hours: { meetings: 1, execution: 2, mentoring: 3, other: 4 } });
    expect(await countDemo(db, "a")).toBe(history.length - 1);
  });

  it("adds nothing twice when loaded again", async () => {
    await loadDemoHistory(db, "a", demo());
    expect(await loadDemoHistory(db, "a", demo())).toBe(0);
  });
});

describe("saving a demo week", () => {
  it("makes it the leader's own", async () => {
    const history = demo();
    await loadDemoHistory(db, "a", history);
    const week = history[5]!.week;
    const saved = await saveCheckin(db, "a", own(week, { note: "edited" }));
    expect(saved.isDemo).toBe(false);
    expect(await getCheckin(db, "a", week)).toMatchObject({ isDemo: false, note: "edited" });
    expect(await countDemo(db, "a")).toBe(history.length - 1);
  });
});

describe("removeDemoHistory", () => {
  it("deletes only the weeks still marked demo, and only the leader's", async () => {
    const history = demo();
    await saveCheckin(db, "a", own(history[0]!.week));
    await loadDemoHistory(db, "a", history);
    await saveCheckin(db, "a", own(history[7]!.week, { note: "edited demo" }));
    await saveCheckin(db, "a", own("2024-W10"));
    await loadDemoHistory(db, "b", history);

    expect(await removeDemoHistory(db, "a")).toBe(history.length - 2);
    const left = await listCheckins(db, { userId: "a" });
    expect(left.map((c) => [c.week, c.isDemo, c.note])).toEqual([
      ["2024-W10", false, "mine"],
      [history[0]!.week, false, "mine"],
      [history[7]!.week, false, "edited demo"],
    ]);
    expect(await countDemo(db, "a")).toBe(0);
    expect(await countDemo(db, "b")).toBe(history.length);
    expect(await removeDemoHistory(db, "a")).toBe(0);
  });
});

describe("export with demo data", () => {
  it("leaves out the weeks still marked demo and keeps edited ones", async () => {
    await saveProfile(
      db,
      "a",
      makeProfile({ previousRole: "design" }),
    );
    const history = demo();
    await loadDemoHistory(db, "a", history);
    await saveCheckin(db, "a", own(history[2]!.week));
    const file = await exportUserData(db, "a");
    expect(file!.checkins.map((c) => c.week)).toEqual([history[2]!.week]);
  });
});
