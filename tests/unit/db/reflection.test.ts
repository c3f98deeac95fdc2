import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { exportUserData, restoreUserData } from "@/db/queries/backup";
import { saveCheckin } from "@/db/queries/checkins";
import { saveProfile } from "@/db/queries/profiles";
import {
  changeExperiments,
  deletePlannedExperiment,
  listExperiments,
  listReviews,
  listWellbeingChecks,
  saveReview,
  saveWellbeingCheck,
} from "@/db/queries/reflection";
import { parseImportFile } from "@/lib/backup";
import { answerExperiment, endExperiment, startExperiment } from "@/lib/experiments";
import { makeCheckin, makeProfile } from "@/tests/helpers/factories";
import { freshDbEachTest } from "@/tests/helpers/fresh-db";
import { rawRows } from "@/tests/helpers/temp-db";
import { sql } from "drizzle-orm";

let db: Db;
const NOW = new Date("2026-06-03T10:00:00Z");
const WEEK = "2026-W23";

freshDbEachTest(["ana", "ben"], async (fresh) => {
  db = fresh.db;
  for (const id of ["ana", "ben"]) {
    await saveProfile(
      db,
      id,
      makeProfile({ displayName: id, leadingSince: "2026-01-05", teamSize: 5, timeZone: "UTC" }),
    );
  }
});

const draft = (over: Record<string, unknown> = {}) => ({
  title: "Block two half-days for hands-on work",
  stepId: "block-hands-on-half-days",
  measure: { kind: "executionShareAtLeast" as const, target: 25 },
  startWeek: WEEK,
  weeks: 3,
  ...over,
});

const start = (userId: string, id: string, over: Record<string, unknown> = {}) =>
  changeExperiments(db, userId, (current) => {
    const r = startExperiment(current, draft(over), { id, currentWeek: WEEK });
    return r.ok ? { ok: true, value: [r.value] } : r;
  });

describe("experiments in the database", () => {
  it("starts, answers and ends an experiment; each leader sees only their own", async () => {
    expect((await start("ana", "e1")).ok).toBe(true);
    const answered = await changeExperiments(db, "ana", ([e]) => {
      const r = answerExperiment(e!, WEEK, "partly", { currentWeek: WEEK });
      return r.ok ? { ok: true, value: [r.value] } : r;
    });
    expect(answered.ok).toBe(true);
    const [stored] = await listExperiments(db, "ana");
    expect(stored!.answers).toEqual([{ week: WEEK, answer: "partly" }]);
    expect(stored!.measure).toEqual({ kind: "executionShareAtLeast", target: 25 });
    expect(await listExperiments(db, "ben")).toEqual([]);
    const ended = await changeExperiments(db, "ana", ([e]) => {
      const r = endExperiment(e!, "kept", { currentWeek: WEEK });
      return r.ok ? { ok: true, value: [r.value] } : r;
    });
    expect(ended.ok).toBe(true);
    expect((await listExperiments(db, "ana"))[0]).toMatchObject({ outcome: "kept", endedWeek: WEEK });
  });

  it("never lets three run at once, even when started at the same moment", async () => {
    const results = await Promise.all([
      start("ana", "a", { measure: { kind: "executionShareAtLeast", target: 25 } }),
      start("ana", "b", { measure: { kind: "mentoringShareAtLeast", target: 15 } }),
      start("ana", "c", { measure: { kind: "totalHoursAtMost", target: 45 } }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    expect(await listExperiments(db, "ana")).toHaveLength(2);
    // A change the list rules refuse (a second running experiment under an id in use) writes nothing.
    const dup = await changeExperiments(db, "ana", (current) => ({ ok: true, value: [{ ...current[0]!, id: current[1]!.id }] }));
    expect(dup.ok).toBe(false);
  });

  it("deletes only a planned experiment of the leader who owns it", async () => {
    await changeExperiments(db, "ana", (current) => {
      const r = startExperiment(current, draft({ startWeek: "2026-W25" }), { id: "later", currentWeek: WEEK });
      return r.ok ? { ok: true, value: [r.value] } : r;
    });
    expect(await deletePlannedExperiment(db, "ben", "later", WEEK)).toBe(false);
    expect(await deletePlannedExperiment(db, "ana", "later", WEEK)).toBe(true);
    await start("ana", "now");
    expect(await deletePlannedExperiment(db, "ana", "now", WEEK)).toBe(false);
  });
});

describe("wellbeing checks and reviews in the database", () => {
  it("saves one check a week (saving again replaces it) and one review a week", async () => {
    await saveWellbeingCheck(db, "ana", { week: WEEK, who5: [3, 3, 2, 2, 3], burnout: 2 });
    await saveWellbeingCheck(db, "ana", { week: WEEK, who5: [1, 1, 1, 1, 1], burnout: 4 });
    expect(await listWellbeingChecks(db, "ana")).toEqual([{ week: WEEK, who5: [1, 1, 1, 1, 1], burnout: 4 }]);
    expect(await listWellbeingChecks(db, "ben")).toEqual([]);
    await saveReview(db, "ana", { week: WEEK, milestone: 13, leaning: "reshape-role", reflection: "More hands-on." });
    await saveReview(db, "ana", { week: WEEK, milestone: 13, leaning: "stay-and-adjust", reflection: null });
    expect(await listReviews(db, "ana")).toEqual([{ week: WEEK, milestone: 13, leaning: "stay-and-adjust", reflection: null }]);
    await expect(
      db.insert(db.tables.wellbeingChecks).values({ userId: "ana", week: "2026-W01", who5: null, burnout: 9 }),
    ).rejects.toThrow();
  });
});

describe("backup and deletion", () => {
  it("export → import round-trips experiments, wellbeing checks and reviews exactly", async () => {
    await saveCheckin(db, "ana", makeCheckin(WEEK));
    await start("ana", "e1");
    await changeExperiments(db, "ana", ([e]) => {
      const r = answerExperiment(e!, WEEK, "yes", { currentWeek: WEEK });
      return r.ok ? { ok: true, value: [r.value] } : r;
    });
    await saveWellbeingCheck(db, "ana", { week: WEEK, who5: [4, 3, 3, 2, 4], burnout: null });
    await saveReview(db, "ana", { week: WEEK, milestone: null, leaning: null, reflection: "Line one\nLine two" });
    const exported = (await exportUserData(db, "ana"))!;
    expect(exported.experiments).toHaveLength(1);
    const parsed = parseImportFile(JSON.stringify(exported), NOW);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed));
    await restoreUserData(db, "ben", parsed.file);
    const again = (await exportUserData(db, "ben"))!;
    expect({ ...again, profile: null }).toEqual({ ...exported, profile: null });
    // Restoring a file without the lists leaves the leader's own lists as they were.
    const { experiments: _e, wellbeingChecks: _w, reviews: _r, ...plain } = exported;
    await restoreUserData(db, "ben", plain);
    expect(await listExperiments(db, "ben")).toHaveLength(1);
    // Restoring with empty lists clears them.
    await restoreUserData(db, "ben", { ...plain, experiments: [], wellbeingChecks: [], reviews: [] });
    expect(await listExperiments(db, "ben")).toEqual([]);
    expect(await listReviews(db, "ben")).toEqual([]);
  });

  it("deleting the account deletes every row of these tables", async () => {
    await start("ana", "e1");
    await changeExperiments(db, "ana", ([e]) => {
      const r = answerExperiment(e!, WEEK, "no", { currentWeek: WEEK });
      return r.ok ? { ok: true, value: [r.value] } : r;
    });
    await saveWellbeingCheck(db, "ana", { week: WEEK, who5: null, burnout: 3 });
    await saveReview(db, "ana", { week: WEEK, milestone: null, leaning: null, reflection: "x" });
    await db.delete(db.tables.users).where(eq(db.tables.users.id, "ana"));
    for (const table of ["experiments", "experiment_answers", "wellbeing_checks", "reviews"]) {
      const [{ n }] = (await rawRows(db, sql.raw(`select count(*) as n from ${table}`))) as [{ n: unknown }];
      expect(Number(n)).toBe(0);
    }
  });
});
