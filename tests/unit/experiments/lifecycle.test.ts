import { describe, expect, it } from "vitest";
import {
  adjustExperiment,
  answerExperiment,
  draftFromStep,
  endExperiment,
  experimentPhase,
  experimentsToAsk,
  experimentSpan,
  startExperiment,
  type Experiment,
  type ExperimentDraft,
} from "@/lib/experiments";
import { experimentSchema, experimentsListSchema, type ExperimentInput } from "@/lib/validation/experiment";

const NOW = "2026-W10";
const TARGETS = { executionMinPct: 20, mentoringMinPct: 15, meetingsMaxPct: 50 };
const draft = (over: Partial<ExperimentDraft> = {}): ExperimentDraft => ({
  title: "Block two half-days for hands-on work",
  stepId: "block-hands-on-half-days",
  measure: { kind: "executionShareAtLeast", target: 25 },
  startWeek: NOW,
  weeks: 4,
  ...over,
});

function started(over: Partial<ExperimentDraft> = {}, id = "e1", existing: Experiment[] = []): Experiment {
  const result = startExperiment(existing, draft(over), { id, currentWeek: NOW });
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

const experiment = (over: Partial<ExperimentInput> = {}): Experiment =>
  experimentSchema.parse({
    id: "x",
    title: "Try it",
    measure: { kind: "managerOneOnOneEveryOtherWeek" },
    startWeek: "2026-W01",
    weeks: 4,
    answers: [],
    ...over,
  });

describe("startExperiment", () => {
  it("starts one with no answers and no outcome", () => {
    expect(started()).toEqual({
      id: "e1",
      title: "Block two half-days for hands-on work",
      stepId: "block-hands-on-half-days",
      measure: { kind: "executionShareAtLeast", target: 25 },
      startWeek: NOW,
      weeks: 4,
      answers: [],
      outcome: null,
      endedWeek: null,
      adjusts: null,
      note: null,
    });
  });

  it("allows two running at a time, and refuses a third", () => {
    const a = started({}, "a");
    const b = started({ measure: { kind: "lowValueMeetingHoursAtMost", target: 2 } }, "b", [a]);
    const third = startExperiment([a, b], draft({ measure: { kind: "trainingOrPeerTime" } }), { id: "c", currentWeek: NOW });
    expect(third).toMatchObject({ ok: false, code: "TOO_MANY_RUNNING" });
    const ended = endExperiment(a, "kept", { currentWeek: "2026-W13" });
    expect(ended.ok).toBe(true);
    if (!ended.ok) return;
    expect(startExperiment([ended.value, b], draft({ measure: { kind: "trainingOrPeerTime" } }), { id: "c", currentWeek: NOW }).ok).toBe(true);
  });

  it("refuses two running on the same measure, and a duplicate id", () => {
    const a = started({}, "a");
    expect(startExperiment([a], draft({ measure: { kind: "executionShareAtLeast", target: 40 } }), { id: "b", currentWeek: NOW })).toMatchObject({
      ok: false,
      code: "SAME_MEASURE_RUNNING",
    });
    const ended = endExperiment(a, "dropped", { currentWeek: NOW });
    if (!ended.ok) throw new Error(ended.message);
    expect(startExperiment([ended.value], draft({ measure: { kind: "trainingOrPeerTime" } }), { id: "a", currentWeek: NOW })).toMatchObject({
      ok: false,
      code: "DUPLICATE_ID",
    });
  });

  it.each([
    { over: { startWeek: "2026-W09" }, code: "START_IN_PAST" },
    { over: { startWeek: "2026-W15" }, code: "START_TOO_FAR" },
    { over: { weeks: 1 }, code: "INVALID" },
    { over: { weeks: 7 }, code: "INVALID" },
    { over: { weeks: 2.5 }, code: "INVALID" },
    { over: { title: "   " }, code: "INVALID" },
    { over: { title: "x".repeat(121) }, code: "INVALID" },
    { over: { title: "bad\u0000title" }, code: "INVALID" },
    { over: { stepId: "Not A Step" }, code: "INVALID" },
    { over: { measure: { kind: "executionShareAtLeast", target: 0 } }, code: "INVALID" },
    { over: { measure: { kind: "totalHoursAtMost", target: 45.1 } }, code: "INVALID" },
    { over: { measure: { kind: "meetingsShareAtMost", target: 100 } }, code: "INVALID" },
    { over: { measure: { kind: "trainingOrPeerTime", target: 1 } }, code: "INVALID" },
    { over: { measure: { kind: "mood" } }, code: "INVALID" },
  ])("refuses $over with $code", ({ over, code }) => {
    expect(startExperiment([], draft(over as Partial<ExperimentDraft>), { id: "e", currentWeek: NOW })).toMatchObject({ ok: false, code });
  });

  it("accepts the edges: this week, four weeks ahead, 2 and 6 weeks", () => {
    expect(startExperiment([], draft({ startWeek: "2026-W14", weeks: 2 }), { id: "e", currentWeek: NOW }).ok).toBe(true);
    expect(startExperiment([], draft({ weeks: 6 }), { id: "e", currentWeek: NOW }).ok).toBe(true);
  });
});

describe("phases: planned → running → ready → ended", () => {
  const e = started({ startWeek: "2026-W11", weeks: 3 });
  it.each([
    ["2026-W10", "planned"],
    ["2026-W11", "running"],
    ["2026-W13", "running"],
    ["2026-W14", "ready"],
    ["2027-W01", "ready"],
  ])("in %s it is %s", (week, phase) => {
    expect(experimentPhase(e, week)).toBe(phase);
  });

  it("is ended once it has an outcome", () => {
    const ended = endExperiment(e, "kept", { currentWeek: "2026-W14" });
    expect(ended.ok && experimentPhase(ended.value, "2026-W14")).toBe("ended");
  });
});

describe("answerExperiment", () => {
  const e = started({ weeks: 3 });

  it("records one answer a week, replacing an earlier one, oldest week first", () => {
    let current = e;
    for (const [week, answer] of [["2026-W11", "partly"], ["2026-W10", "yes"], ["2026-W11", "no"]] as const) {
      const result = answerExperiment(current, week, answer, { currentWeek: "2026-W11" });
      if (!result.ok) throw new Error(result.message);
      current = result.value;
    }
    expect(current.answers).toEqual([
      { week: "2026-W10", answer: "yes" },
      { week: "2026-W11", answer: "no" },
    ]);
  });

  it.each([
    { week: "2026-W09", code: "WEEK_OUTSIDE" },
    { week: "2026-W13", code: "WEEK_OUTSIDE", currentWeek: "2026-W14" },
    { week: "2026-W11", code: "WEEK_IN_FUTURE" },
    { week: "2026-W99", code: "INVALID" },
  ])("refuses $week with $code", ({ week, code, currentWeek }) => {
    expect(answerExperiment(e, week, "yes", { currentWeek: currentWeek ?? NOW })).toMatchObject({ ok: false, code });
  });

  it("refuses an answer once ended", () => {
    const ended = endExperiment(e, "dropped", { currentWeek: NOW });
    if (!ended.ok) throw new Error(ended.message);
    expect(answerExperiment(ended.value, NOW, "yes", { currentWeek: NOW })).toMatchObject({ ok: false, code: "NOT_RUNNING" });
  });
});

describe("endExperiment", () => {
  const e = started({ weeks: 4 });

  it("ends early in the current week, or at the planned last week when that passed", () => {
    expect(endExperiment(e, "dropped", { currentWeek: "2026-W11" })).toMatchObject({ ok: true, value: { outcome: "dropped", endedWeek: "2026-W11" } });
    expect(endExperiment(e, "kept", { currentWeek: "2026-W20", note: "Keeping Tuesdays." })).toMatchObject({
      ok: true,
      value: { outcome: "kept", endedWeek: "2026-W13", note: "Keeping Tuesdays." },
    });
  });

  it("refuses to end one that has not started or has ended", () => {
    const planned = started({ startWeek: "2026-W12" }, "p");
    expect(endExperiment(planned, "kept", { currentWeek: NOW })).toMatchObject({ ok: false, code: "NOT_STARTED" });
    const ended = endExperiment(e, "kept", { currentWeek: "2026-W13" });
    if (!ended.ok) throw new Error(ended.message);
    expect(endExperiment(ended.value, "dropped", { currentWeek: "2026-W13" })).toMatchObject({ ok: false, code: "NOT_RUNNING" });
  });

  it("marks the span on the charts from start to the end week", () => {
    const ended = endExperiment(e, "kept", { currentWeek: "2026-W11" });
    expect(experimentSpan(e)).toEqual({ from: NOW, to: "2026-W13" });
    expect(ended.ok && experimentSpan(ended.value)).toEqual({ from: NOW, to: "2026-W11" });
  });
});

describe("adjustExperiment", () => {
  it("ends it as adjusted and starts its follow-up the week after, even with two running", () => {
    const a = started({}, "a");
    const b = started({ measure: { kind: "trainingOrPeerTime" } }, "b", [a]);
    const result = adjustExperiment([a, b], a, { measure: { kind: "executionShareAtLeast", target: 30 } }, { id: "a2", currentWeek: "2026-W12" });
    if (!result.ok) throw new Error(result.message);
    expect(result.value.ended).toMatchObject({ id: "a", outcome: "adjusted", endedWeek: "2026-W12" });
    expect(result.value.next).toMatchObject({
      id: "a2",
      adjusts: "a",
      title: a.title,
      stepId: a.stepId,
      measure: { kind: "executionShareAtLeast", target: 30 },
      startWeek: "2026-W13",
      weeks: 4,
    });
  });

  it("starts the follow-up this week when the planned weeks are over", () => {
    const a = started({ weeks: 2 }, "a");
    const result = adjustExperiment([a], a, {}, { id: "a2", currentWeek: "2026-W14" });
    expect(result.ok && result.value.next.startWeek).toBe("2026-W14");
    expect(result.ok && result.value.ended.endedWeek).toBe("2026-W11");
  });
});

describe("draftFromStep", () => {
  it.each([
    ["block-hands-on-half-days", { kind: "executionShareAtLeast", target: 20 }],
    ["decline-low-value-meeting", { kind: "lowValueMeetingHoursAtMost", target: 2 }],
    ["keep-meeting-free-block", { kind: "meetingsShareAtMost", target: 50 }],
    ["ask-for-recurring-one-on-one", { kind: "managerOneOnOneEveryOtherWeek" }],
    ["find-training-or-peer-group", { kind: "trainingOrPeerTime" }],
    ["set-a-stopping-time", { kind: "totalHoursAtMost", target: 45 }],
    ["plan-one-coaching-conversation", { kind: "mentoringShareAtLeast", target: 15 }],
  ])("%s suggests %j, four weeks, with the step's title", (id, measure) => {
    const d = draftFromStep({ id, title: "A step" }, { startWeek: NOW, targets: TARGETS });
    expect(d).toEqual({ title: "A step", stepId: id, measure, startWeek: NOW, weeks: 4 });
    expect(startExperiment([], d!, { id: "e", currentWeek: NOW }).ok).toBe(true);
  });

  it.each(["build-one-relationship", "__proto__", "constructor", "toString"])("leaves %s to the lead unless a fallback is given", (id) => {
    expect(draftFromStep({ id, title: "A step" }, { startWeek: NOW, targets: TARGETS })).toBeNull();
    expect(draftFromStep({ id, title: "A step" }, { startWeek: NOW, targets: TARGETS, fallback: "trainingOrPeerTime" })?.measure).toEqual({
      kind: "trainingOrPeerTime",
    });
  });
});

describe("experimentsToAsk", () => {
  it("asks in the check-in of each planned week of a running experiment only", () => {
    const a = experiment({ id: "a", startWeek: "2026-W10", weeks: 2 });
    const b = experiment({ id: "b", startWeek: "2026-W11", weeks: 3, measure: { kind: "trainingOrPeerTime" } });
    const ended = experiment({ id: "c", startWeek: "2026-W10", weeks: 4, outcome: "dropped", endedWeek: "2026-W10", measure: { kind: "totalHoursAtMost", target: 40 } });
    const ids = (week: string) => experimentsToAsk([a, b, ended], week).map((e) => e.id);
    expect(ids("2026-W09")).toEqual([]);
    expect(ids("2026-W10")).toEqual(["a"]);
    expect(ids("2026-W11")).toEqual(["a", "b"]);
    expect(ids("2026-W13")).toEqual(["b"]);
    expect(ids("2026-W14")).toEqual([]);
  });
});

describe("experiment schema rules", () => {
  it.each([
    { over: { outcome: "kept" }, path: "endedWeek" },
    { over: { endedWeek: "2026-W02" }, path: "outcome" },
    { over: { outcome: "kept", endedWeek: "2026-W05" }, path: "endedWeek" },
    { over: { outcome: "kept", endedWeek: "2025-W52" }, path: "endedWeek" },
    { over: { answers: [{ week: "2026-W05", answer: "yes" }] }, path: "answers" },
    { over: { answers: [{ week: "2026-W01", answer: "yes" }, { week: "2026-W01", answer: "no" }] }, path: "answers" },
    { over: { answers: [{ week: "2026-W01", answer: "maybe" }] }, path: "answers" },
    { over: { outcome: "kept", endedWeek: "2026-W02", answers: [{ week: "2026-W03", answer: "yes" }] }, path: "answers" },
    { over: { adjusts: "x" }, path: "adjusts" },
    { over: { mood: 3 }, path: "" },
  ])("refuses $over", ({ over, path }) => {
    const result = experimentSchema.safeParse({ id: "x", title: "Try it", measure: { kind: "trainingOrPeerTime" }, startWeek: "2026-W01", weeks: 4, answers: [], ...over });
    expect(result.success).toBe(false);
    expect(result.error!.issues.some((i) => String(i.path[0] ?? "") === path || (path === "" && i.code === "unrecognized_keys"))).toBe(true);
  });

  it("refuses a list with a repeated id, an unknown adjusts, three running or two running on one measure", () => {
    const base = { title: "Try", startWeek: "2026-W01", weeks: 2, answers: [] };
    const check = (list: unknown[]) => experimentsListSchema.safeParse(list).error?.issues.map((i) => i.message) ?? [];
    expect(check([{ ...base, id: "a", measure: { kind: "trainingOrPeerTime" } }, { ...base, id: "a", measure: { kind: "managerOneOnOneEveryOtherWeek" } }])).toEqual([
      'The id "a" appears twice (also at [0])',
    ]);
    expect(check([{ ...base, id: "a", measure: { kind: "trainingOrPeerTime" }, adjusts: "zz" }])).toEqual(['No experiment has the id "zz"']);
    expect(
      check([
        { ...base, id: "a", measure: { kind: "trainingOrPeerTime" } },
        { ...base, id: "b", measure: { kind: "managerOneOnOneEveryOtherWeek" } },
        { ...base, id: "c", measure: { kind: "totalHoursAtMost", target: 40 } },
      ]),
    ).toEqual(["At most 2 experiments run at a time; end one first (3 have no outcome)"]);
    expect(check([{ ...base, id: "a", measure: { kind: "trainingOrPeerTime" } }, { ...base, id: "b", measure: { kind: "trainingOrPeerTime" } }])[0]).toMatch(
      /same measure/,
    );
    expect(
      check([
        { ...base, id: "a", measure: { kind: "trainingOrPeerTime" }, outcome: "kept", endedWeek: "2026-W02" },
        { ...base, id: "b", measure: { kind: "trainingOrPeerTime" }, adjusts: "a" },
      ]),
    ).toEqual([]);
  });
});
