import { describe, expect, it } from "vitest";
import { experimentResult, type Experiment } from "@/lib/experiments";
import { holm, twoSamplePValue } from "@/lib/insights/stats";
import { addIsoWeeks } from "@/lib/iso-week";
import type { Checkin } from "@/lib/validation/checkin";
import { experimentSchema, type ExperimentInput } from "@/lib/validation/experiment";
import { makeCheckin } from "@/tests/helpers/factories";

const START = "2026-W20";

const experiment = (over: Partial<ExperimentInput> = {}): Experiment =>
  experimentSchema.parse({
    id: "hands-on",
    title: "Block two half-days for hands-on work",
    measure: { kind: "executionShareAtLeast", target: 25 },
    startWeek: START,
    weeks: 4,
    answers: [],
    ...over,
  });

/** A 40-hour week with `execution` hands-on hours, the rest in meetings, and the given ratings. */
const week = (offset: number, execution: number, ratings: { satisfaction?: number | null; energy?: [number, number, number] | null } = {}): Checkin =>
  makeCheckin(addIsoWeeks(START, offset), {
    hours: { meetings: 30 - execution, execution, mentoring: 6, other: 4 },
    satisfaction: ratings.satisfaction === undefined ? 3 : ratings.satisfaction,
    energy: ratings.energy === null ? null : { meetings: ratings.energy?.[0] ?? 2, execution: ratings.energy?.[1] ?? 3, mentoring: ratings.energy?.[2] ?? 3 },
  });

const baseline = (weeks = 8) => Array.from({ length: weeks }, (_, i) => week(i - weeks, 8));
const during = (weeks: number) => Array.from({ length: weeks }, (_, i) => week(i, 14, { satisfaction: 4, energy: [3, 4, 3] }));

describe("twoSamplePValue and holm (the maths under the result card)", () => {
  it("enumerates every split exactly", () => {
    // 20 ways to split {1..6} into two triples; only {1,2,3}|{4,5,6} and its mirror reach |3 − ... | = 3.
    expect(twoSamplePValue([1, 2, 3], [4, 5, 6])).toBeCloseTo(2 / 20, 12);
    expect(twoSamplePValue([1, 2], [1, 2])).toBe(1);
    // 4 vs 8 constant values: 1 of C(12,4) = 495 splits is as extreme (the mirror is not).
    expect(twoSamplePValue([35, 35, 35, 35], Array(8).fill(20))).toBeCloseTo(1 / 495, 12);
  });

  it("samples with a seed when there are too many splits, and gives the same answer every time", () => {
    const a = Array.from({ length: 15 }, (_, i) => (i % 5) + 1);
    const b = Array.from({ length: 15 }, (_, i) => ((i + 2) % 5) + 1);
    const p = twoSamplePValue(a, b, { seed: 7, samples: 2000 });
    expect(twoSamplePValue(a, b, { seed: 7, samples: 2000 })).toBe(p);
    expect(p).toBeGreaterThan(0.5);
  });

  it("applies Holm's step-down", () => {
    expect(holm([0.01, 0.04, 0.03], 0.05)).toEqual([true, false, false]);
    expect(holm([0.01, 0.02, 0.03], 0.05)).toEqual([true, true, true]);
    expect(holm([0.2, 0.001], 0.05)).toEqual([false, true]);
    expect(holm([], 0.05)).toEqual([]);
  });
});

describe("experimentResult", () => {
  it("compares the experiment weeks with the 8 weeks before on its measure, energy and satisfaction", () => {
    const e = experiment({ outcome: "kept", endedWeek: addIsoWeeks(START, 3), answers: [0, 1, 2].map((i) => ({ week: addIsoWeeks(START, i), answer: i === 2 ? "partly" : "yes" })) });
    const result = experimentResult(e, [...baseline(10), ...during(4)], { asOf: addIsoWeeks(START, 6) });
    expect(result.phase).toBe("ended");
    expect(result.baselineWeekList).toHaveLength(8);
    expect(result.loggedWeeks).toHaveLength(4);
    const [measure, energy, satisfaction] = result.comparisons;
    expect(measure).toMatchObject({ id: "measure", unit: "percent", during: 35, before: 20, duringWeeks: 4, beforeWeeks: 8, certainty: "clear" });
    expect(measure!.difference).toBeCloseTo(15, 12);
    expect(measure!.pValue).toBeCloseTo(1 / 495, 12);
    expect(energy).toMatchObject({ id: "energy", certainty: "clear" });
    expect(energy!.difference).toBeCloseTo(10 / 3 - 8 / 3, 12);
    expect(satisfaction).toMatchObject({ during: 4, before: 3, difference: 1, certainty: "clear" });
    expect(result.target).toEqual({ metWeeks: 4, of: 4, reached: true });
    expect(result.adherence).toEqual({ yes: 2, partly: 1, no: 0, unanswered: 1 });
    expect(result.sentences).toEqual([
      "You reached “Hands-on work at least 25 % of your week”: 4 of 4 logged weeks.",
      "Hands-on work took 35 % of your week in the 4 experiment weeks, against 20 % in the 8 weeks before: a difference larger than your usual ups and downs.",
      "Your energy averaged 3.3 of 5 in the 4 experiment weeks, against 2.7 in the 8 weeks before: a difference larger than your usual ups and downs.",
      "Your satisfaction averaged 4.0 of 5 in the 4 experiment weeks, against 3.0 in the 8 weeks before: a difference larger than your usual ups and downs.",
      "You said you did it in 2 weeks, partly in 1 and not in 0; 1 week unanswered.",
    ]);
  });

  it("says 3 weeks is too few to be sure, however large the difference", () => {
    const e = experiment({ weeks: 3, outcome: "kept", endedWeek: addIsoWeeks(START, 2) });
    const result = experimentResult(e, [...baseline(), ...during(3)], { asOf: addIsoWeeks(START, 2) });
    expect(result.comparisons.map((c) => c.certainty)).toEqual(["too-few", "too-few", "too-few"]);
    expect(result.comparisons[0]!.sentence).toBe(
      "Hands-on work took 35 % of your week in the 3 experiment weeks, against 20 % in the 8 weeks before; 3 weeks is too few to be sure.",
    );
  });

  it("says so when the weeks before are too few", () => {
    const result = experimentResult(experiment(), [...baseline(2), ...during(4)], { asOf: addIsoWeeks(START, 3) });
    expect(result.comparisons[0]!.certainty).toBe("too-few");
    expect(result.comparisons[0]!.sentence).toMatch(/; 2 weeks before it is too few to be sure\.$/);
  });

  it("calls a difference inside the lead's own ups and downs unclear", () => {
    const before = [6, 10, 14, 8, 12, 7, 13, 9].map((h, i) => week(i - 8, h, { satisfaction: (i % 3) + 2 }));
    const inside = [9, 13, 11, 12].map((h, i) => week(i, h, { satisfaction: (i % 3) + 2 }));
    const result = experimentResult(experiment(), [...before, ...inside], { asOf: addIsoWeeks(START, 3) });
    expect(result.comparisons.map((c) => c.certainty)).toEqual(["unclear", "unclear", "unclear"]);
    expect(result.comparisons[0]!.sentence).toMatch(/within your usual ups and downs, so it may be chance\.$/);
    expect(result.target.reached).toBe(false);
    expect(result.sentences[0]).toBe("You did not reach “Hands-on work at least 25 % of your week”: 3 of 4 logged weeks.");
  });

  it("needs a difference worth naming even when the test is sure", () => {
    const before = Array.from({ length: 8 }, (_, i) => week(i - 8, 10));
    const inside = Array.from({ length: 6 }, (_, i) => week(i, 10.75));
    const result = experimentResult(experiment({ weeks: 6 }), [...before, ...inside], { asOf: addIsoWeeks(START, 5) });
    expect(result.comparisons[0]!.pValue).toBeLessThan(0.01);
    expect(result.comparisons[0]!.difference).toBeCloseTo(1.875, 9);
    expect(result.comparisons[0]!.certainty).toBe("unclear");
  });

  it("leaves away weeks and unanswered ratings out of both sides, and takes only the 8 latest weeks within 26 before", () => {
    const away = makeCheckin(addIsoWeeks(START, -1), { hours: { meetings: 0, execution: 0, mentoring: 0, other: 0 }, lowValueMeetingHours: null });
    const old = week(-40, 10);
    const rows = [old, ...baseline(9).slice(0, 8), away, week(0, 14, { satisfaction: null }), week(1, 14), makeCheckin(addIsoWeeks(START, 2), { hours: { meetings: 0, execution: 0, mentoring: 0, other: 0 }, lowValueMeetingHours: null })];
    const result = experimentResult(experiment(), rows, { asOf: addIsoWeeks(START, 3) });
    expect(result.baselineWeekList).toEqual(baseline(9).slice(0, 8).map((c) => c.week));
    expect(result.loggedWeeks).toEqual([START, addIsoWeeks(START, 1)]);
    expect(result.comparisons[2]).toMatchObject({ duringWeeks: 1, beforeWeeks: 8 });
    expect(result.adherence.unanswered).toBe(4);
  });

  it("never reaches further back than 26 weeks for the weeks before", () => {
    const rows = [...[-40, -30, -27].map((o) => week(o, 8)), ...[-26, -3].map((o) => week(o, 8)), ...during(4)];
    const result = experimentResult(experiment(), rows, { asOf: addIsoWeeks(START, 3) });
    expect(result.baselineWeekList).toEqual([addIsoWeeks(START, -26), addIsoWeeks(START, -3)]);
  });

  it("reads a running experiment so far, up to asOf", () => {
    const result = experimentResult(experiment(), [...baseline(), ...during(4)], { asOf: addIsoWeeks(START, 1) });
    expect(result.phase).toBe("running");
    expect(result.loggedWeeks).toHaveLength(2);
    expect(result.sentences[0]).toBe("You reached “Hands-on work at least 25 % of your week” so far (week 2 of 4): 2 of 2 logged weeks.");
    expect(result.sentences.at(-1)).toBe("You have not said yet whether you did it.");
  });

  it("says when a planned experiment starts", () => {
    const result = experimentResult(experiment(), baseline(), { asOf: addIsoWeeks(START, -1) });
    expect(result.phase).toBe("planned");
    expect(result.sentences).toEqual([`“Block two half-days for hands-on work” starts in ${START}.`]);
  });

  it("reads the 1:1 measure as weeks with a 1:1, reached in at least half the answered weeks", () => {
    const e = experiment({ measure: { kind: "managerOneOnOneEveryOtherWeek" } });
    const rows = [
      ...Array.from({ length: 8 }, (_, i) => makeCheckin(addIsoWeeks(START, i - 8), { managerOneOnOne: i === 3 })),
      ...[true, false, true, null].map((answer, i) => makeCheckin(addIsoWeeks(START, i), { managerOneOnOne: answer })),
    ];
    const result = experimentResult(e, rows, { asOf: addIsoWeeks(START, 3) });
    expect(result.target).toEqual({ metWeeks: 2, of: 3, reached: true });
    expect(result.comparisons[0]).toMatchObject({ unit: "share-of-weeks", duringWeeks: 3, beforeWeeks: 8, certainty: "too-few" });
    expect(result.comparisons[0]!.sentence).toBe(
      "You had a 1:1 with your manager in 2 of the 3 experiment weeks, against 13 % of the 8 weeks before; 3 weeks is too few to be sure.",
    );
  });

  it("is the same on every run", () => {
    const rows = [...baseline(), ...during(4)];
    expect(experimentResult(experiment(), rows, { asOf: addIsoWeeks(START, 3) })).toEqual(experimentResult(experiment(), [...rows].reverse(), { asOf: addIsoWeeks(START, 3) }));
  });
});
