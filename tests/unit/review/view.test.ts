import { describe, expect, it } from "vitest";
import { buildReviewView } from "@/lib/review/view";
import { addIsoWeeks, isoWeekOfDate } from "@/lib/iso-week";
import { experimentSchema } from "@/lib/validation/experiment";
import { makeCheckin, makeProfile } from "@/tests/helpers/factories";

const profile = makeProfile({ leadingSince: "2026-01-05", teamSize: 5, timeZone: "UTC" });
const first = isoWeekOfDate("2026-01-05");

describe("buildReviewView", () => {
  it("knows the milestone, compares this quarter's split with the one before, lists the quarter's experiments and kept steps", () => {
    const asOf = addIsoWeeks(first, 25); // week 26 of leading
    const checkins = Array.from({ length: 26 }, (_, i) =>
      makeCheckin(addIsoWeeks(first, i), { hours: i < 13 ? { meetings: 10, execution: 20, mentoring: 6, other: 4 } : { meetings: 26, execution: 4, mentoring: 6, other: 4 } }),
    );
    const kept = experimentSchema.parse({
      id: "k",
      title: "Block two half-days",
      measure: { kind: "executionShareAtLeast", target: 25 },
      startWeek: addIsoWeeks(first, 20),
      weeks: 3,
      answers: [{ week: addIsoWeeks(first, 20), answer: "yes" }],
      outcome: "kept",
      endedWeek: addIsoWeeks(first, 22),
    });
    const old = experimentSchema.parse({ ...kept, id: "old", startWeek: addIsoWeeks(first, 2), answers: [], endedWeek: addIsoWeeks(first, 3), outcome: "dropped" });
    const view = buildReviewView({ profile, checkins, experiments: [old, kept], wellbeingChecks: [], asOf });
    expect(view.weekOfLeading).toBe(26);
    expect(view.milestone).toBe(26);
    expect(view.nextMilestone).toBe(52);
    expect(view.split.now).toMatchObject({ weeks: 13, execution: 10, meetings: 65 });
    expect(view.split.before).toMatchObject({ weeks: 13, execution: 50, meetings: 25 });
    expect(view.experiments.map((e) => e.id)).toEqual(["k"]);
    expect(view.keptSteps).toEqual(["Block two half-days"]);
    expect(view.signs).toHaveLength(5);
    expect(view.signs.find((s) => s.id === "missed-executing")?.before).not.toBeNull();
  });

  it("works on demand with no data at all", () => {
    const view = buildReviewView({ profile, checkins: [], experiments: [], wellbeingChecks: [], asOf: addIsoWeeks(first, 4) });
    expect(view.milestone).toBeNull();
    expect(view.nextMilestone).toBe(13);
    expect(view.split.now).toBeNull();
    expect(view.insightsSummary).toMatch(/^Not enough weeks yet/);
  });
});
