import { describe, expect, it } from "vitest";
import type { SignId } from "@/lib/enums";
import { addIsoWeeks } from "@/lib/iso-week";
import { evaluate, type Evaluation } from "@/lib/signals";
import { evaluateInDetail } from "@/lib/signals/evaluate";
import {
  START_WEEK,
  balancedWeek,
  buildExport,
  formerEngineer,
  hackWeekStartLead,
  helpDeskLead,
  jitter,
  meetingLover,
  path,
  recoveredLead,
  sixtyHourLead,
  sparseUnsupportedLead,
  type WeekPlan,
} from "@/lib/signals/fixtures/personas";
import type { ExportFile } from "@/lib/validation/export-file";

const sign = (result: Evaluation, id: SignId) => result.signs.find((s) => s.id === id)!;
const raised = (result: Evaluation) => result.signs.filter((s) => s.level !== "ok").map((s) => s.id);

function lead(weeks: number, plan: (i: number, rng: () => number) => Partial<WeekPlan>, seed = 5, profile = {}): ExportFile {
  return buildExport({ weeks, seed, profile, plan: (i, rng) => ({ ...balancedWeek(i, rng), ...plan(i, rng) }) });
}

describe("enough data, said honestly", () => {
  it.each([
    { weeks: 1, judged: [] },
    { weeks: 2, judged: [] },
    { weeks: 3, judged: ["not-set-up"] },
    { weeks: 4, judged: ["skills-slipping", "meetings-politics", "not-set-up", "doesnt-like-it"] },
    { weeks: 6, judged: ["missed-executing", "skills-slipping", "meetings-politics", "not-set-up", "doesnt-like-it"] },
  ])("after $weeks logged weeks the signs with enough data are $judged", ({ weeks, judged }) => {
    const result = evaluate(helpDeskLead(weeks));
    expect(result.signs.filter((s) => s.enoughData).map((s) => s.id)).toEqual(judged);
    for (const s of result.signs.filter((x) => !x.enoughData)) {
      expect(s).toMatchObject({ level: "ok", score: 0, weeksAtLevel: 0, steps: [] });
      expect(s.need).toMatch(/^log \d+ more weeks?$/);
    }
  });

  it("asks for answers, not weeks, when a sign's questions go unanswered", () => {
    const result = evaluate(lead(10, () => ({ skillConfidence: null })));
    expect(sign(result, "skills-slipping")).toMatchObject({
      enoughData: false,
      level: "ok",
      need: "answer the skill-confidence question in 3 more weeks",
      evidence: ["Not enough answers yet: answer the skill-confidence question in 3 more weeks (0 of your last 12 weeks answered it)."],
    });
  });

  it("one check-in: no level anywhere and a headline that says what to log", () => {
    const result = evaluate(helpDeskLead(1));
    expect(result.signs.every((s) => !s.enoughData && s.level === "ok")).toBe(true);
    expect(result.workload).toMatchObject({ level: "ok", enoughData: false, recentAverageHours: 40 });
    expect(result.headline).toMatch(/^Not enough data yet: log 2 more weeks/);
  });
});

describe("not logging is visible", () => {
  const file = formerEngineer(16);
  const last = file.checkins.at(-1)!.week;

  it("six weeks without logging: counted from the evaluation week, named in the headline, signs kept", () => {
    const result = evaluate(file, { asOf: addIsoWeeks(last, 6) });
    expect(result).toMatchObject({ asOf: addIsoWeeks(last, 6), lastLoggedWeek: last, weeksSinceLastLog: 6 });
    expect(sign(result, "missed-executing")).toMatchObject({ level: "alert", enoughData: true });
    expect(result.headline).toMatch(
      new RegExp(`^You have not logged for 6 weeks, and at your last check-in \\(${last}\\) missing hands-on work (was|had been) at alert`),
    );
  });

  it("too long without logging leaves too little recent data to judge", () => {
    const result = evaluate(file, { asOf: addIsoWeeks(last, 10) });
    expect(result.weeksSinceLastLog).toBe(10);
    expect(sign(result, "missed-executing")).toMatchObject({
      enoughData: false,
      level: "ok",
      evidence: ["Not enough recent data: 2 of your last 12 weeks are logged; log 1 more week."],
    });
    expect(result.headline).toBe("You have not logged for 10 weeks, so there is not enough recent data: log 1 more week to see your signs again.");
  });

  it("below the threshold the headline does not nag", () => {
    expect(evaluate(file, { asOf: addIsoWeeks(last, 2) }).headline).not.toMatch(/not logged/);
  });

  it("an away week is a check-in: the leader told us", () => {
    const away = { ...file.checkins[0]!, week: addIsoWeeks(last, 5), hours: { meetings: 0, execution: 0, mentoring: 0, other: 0 } };
    const result = evaluate({ ...file, checkins: [...file.checkins, away] }, { asOf: addIsoWeeks(last, 6) });
    expect(result).toMatchObject({ lastLoggedWeek: away.week, weeksSinceLastLog: 1 });
  });
});

describe("direction and persistence", () => {
  it("a drift in progress is rising; a settled one has been at its level for its calendar weeks", () => {
    expect(sign(evaluate(formerEngineer(10)), "missed-executing")).toMatchObject({ trend: "rising" });
    const settled = sign(evaluate(formerEngineer(24)), "missed-executing");
    expect(settled).toMatchObject({ level: "alert", trend: "steady" });
    expect(settled.weeksAtLevel).toBeGreaterThanOrEqual(10);
  });

  it("counts weeks at a level in calendar weeks, gaps included", () => {
    const file = formerEngineer(24);
    const spread = { ...file, checkins: file.checkins.map((c, i) => ({ ...c, week: addIsoWeeks(START_WEEK, i < 12 ? i : 12 + 2 * (i - 12)) })) };
    const compact = sign(evaluate(file), "missed-executing").weeksAtLevel;
    expect(sign(evaluate(spread), "missed-executing").weeksAtLevel).toBeGreaterThan(compact);
  });

  it("a recovered lead is told: back to ok after the weeks at alert", () => {
    const result = evaluate(recoveredLead());
    const missed = sign(result, "missed-executing");
    expect(result.history.some((h) => h.levels["missed-executing"] === "alert")).toBe(true);
    expect(missed.level).toBe("ok");
    expect(missed.recovery).toMatchObject({ from: "alert", to: "ok" });
    expect(missed.evidence[0]).toMatch(/^Back to ok after 1[0-4] weeks at watch or alert\.$/);
    expect(result.headline).toMatch(/^No warning sign is raised: missing hands-on work is back to ok after 1[0-4] weeks at watch or alert\.$/);
  });

  it("while easing, the trend says falling; long after a recovery nothing is said about it", () => {
    const file = recoveredLead(40);
    const recovering = evaluate(file, { asOf: file.checkins[19]!.week });
    expect(sign(recovering, "missed-executing").trend).toBe("falling");
    expect(sign(evaluate(file), "missed-executing").recovery).toBeNull();
  });
});

describe("workload from total hours", () => {
  it("a 60-hour lead with healthy shares: workload at alert, named in the headline, no sign raised", () => {
    const result = evaluate(sixtyHourLead());
    expect(result.workload.level).toBe("alert");
    expect(result.workload.recentAverageHours).toBeGreaterThan(57);
    expect(result.workload.evidence[0]).toMatch(
      /^Your weeks averaged (5[89]|6[0-3]) h over your last 4 logged weeks\. Working 55 hours or more a week is linked to a higher risk of stroke and heart disease \(WHO\/ILO, 2021\)\.$/,
    );
    expect(raised(result)).toEqual([]);
    expect(result.headline).toMatch(/^No warning sign is raised, but your weeks are long: you averaged \d+ h a week lately, above the 55 h that research links to health risks\.$/);
  });

  it("long weeks strengthen meetings and politics but cannot raise not enjoying the role without joy or satisfaction", () => {
    const at = (hours: number) => evaluate(lead(16, (i, rng) => ({ ...meetingsWeek(i, rng), totalHours: hours })));
    const normal = at(40);
    const long = at(62);
    expect(sign(long, "meetings-politics").score).toBeGreaterThan(sign(normal, "meetings-politics").score + 5);
    expect(sign(long, "doesnt-like-it").score).toBe(sign(normal, "doesnt-like-it").score);
  });

  it("a steep rise in hours is workload evidence even below 50 h", () => {
    const result = evaluate(lead(18, (i) => ({ totalHours: path(i, [[13, 37], [14, 49]]) })));
    expect(result.workload).toMatchObject({ level: "watch", recentAverageHours: 49 });
    expect(result.workload.evidence).toEqual(["Your weeks grew from a usual 37 h to 49 h on average over your last 4 logged weeks."]);
  });

  it.each([
    { hours: 44, level: "ok" },
    { hours: 52, level: "watch" },
    { hours: 57, level: "alert" },
  ])("$hours h a week is workload $level", ({ hours, level }) => {
    expect(evaluate(lead(12, () => ({ totalHours: hours }))).workload.level).toBe(level);
  });
});

function meetingsWeek(i: number, rng: () => number): Partial<WeekPlan> {
  return {
    shares: { meetings: 0.45 + jitter(rng, 0.04), execution: 0.3, mentoring: 0.15 },
    energy: { meetings: 2, execution: 4, mentoring: 4 },
    politics: 3.8,
    lowValueOfMeetings: 0.3,
  };
}

describe("the known misses, fixed", () => {
  it("a sparse logger with no support and no 1:1s past week 26 reaches watch", () => {
    const file = sparseUnsupportedLead(40);
    const d = evaluateInDetail(file);
    expect(d.snapshot!.leadingWeek).toBeGreaterThan(26);
    expect(file.checkins.length).toBeLessThan(20);
    const notSetUp = sign(d.evaluation, "not-set-up");
    expect(["watch", "alert"]).toContain(notSetUp.level);
    expect(notSetUp.evidence[0]).toMatch(/^No 1:1 with your own manager for \d+ weeks \(2025-W\d\d to 2025-W\d\d; you answered no in \d+ of them and did not log or answer the others\)\.$/);
    expect(notSetUp.steps.map((s) => s.id)).toContain("ask-for-recurring-one-on-one");
  });

  it("sustained low skill confidence reaches alert on its own", () => {
    const result = evaluate(lead(16, (i, rng) => ({ skillConfidence: 1.6 + jitter(rng, 0.6) })));
    const skills = sign(result, "skills-slipping");
    expect(skills.level).toBe("alert");
    expect(evaluateInDetail(lead(16, (i, rng) => ({ skillConfidence: 1.6 + jitter(rng, 0.6) }))).snapshot!.lowHandsOn.weeks).toBe(0);
    expect(skills.evidence[0]).toMatch(/^You rated your skill confidence 1\.\d of 5 on average over your last 8 logged weeks\.$/);
  });

  it("not enjoying the role is not raised by the other signs alone", () => {
    const everythingButJoy = lead(16, (i, rng) => ({
      shares: { meetings: path(i, [[0, 0.45], [8, 0.8]]), execution: path(i, [[0, 0.35], [8, 0.02]]), mentoring: 0.08 },
      totalHours: 60,
      energy: { meetings: 1, execution: 5, mentoring: 4 },
      politics: 5,
      lowValueOfMeetings: 0.6,
      support: 1,
      managerOneOnOne: false,
      training: false,
      skillConfidence: 1.5 + jitter(rng, 0.5),
      teamGrowthJoy: 4.4,
      satisfaction: 4.4,
    }));
    const result = evaluate(everythingButJoy);
    expect(raised(result)).toEqual(["missed-executing", "skills-slipping", "meetings-politics", "not-set-up"]);
    expect(result.signs.filter((s) => s.level === "alert").length).toBeGreaterThanOrEqual(3);
    expect(sign(result, "doesnt-like-it")).toMatchObject({ level: "ok", score: 0 });
  });

  it("mentoring below the leader's own minimum adds to low joy", () => {
    const joyless = (mentoring: number) =>
      evaluate(lead(16, () => ({ shares: { meetings: 0.4, execution: 0.3, mentoring }, teamGrowthJoy: 1.9, satisfaction: 3 })));
    const little = joyless(0.03);
    const enough = joyless(0.25);
    expect(sign(little, "doesnt-like-it").score).toBeGreaterThan(sign(enough, "doesnt-like-it").score);
    expect(sign(little, "doesnt-like-it").evidence).toContain(
      "Mentoring took 3 % of your week over your last 4 logged weeks, under your own minimum of 20 %.",
    );
  });

  it("the baseline is robust to an unusual first few weeks", () => {
    const d = evaluateInDetail(hackWeekStartLead(20));
    expect(d.snapshot!.executionBaselinePct).toBeGreaterThan(25);
    expect(d.snapshot!.executionBaselinePct).toBeLessThan(35);
    expect(sign(d.evaluation, "missed-executing").score).toBeLessThan(20);
  });

  it("a meeting-heavy lead who enjoys meetings raises no alarm, and the evidence says why", () => {
    const result = evaluate(meetingLover());
    expect(raised(result)).toEqual([]);
    expect(sign(result, "meetings-politics").evidence.at(-1)).toMatch(
      /^Meetings give you energy \([45]\.\d of 5 over your last 8 logged weeks\), so their share and your hours count at \d+ % here\.$/,
    );
  });
});

describe("the lead's own notes", () => {
  const file = formerEngineer(16);
  const noted = {
    ...file,
    checkins: file.checkins.map((c, i) => ({
      ...c,
      note: i === 14 ? "No time to code at all, again." : i === 3 ? "Paired all week, great." : i === 12 ? `${"Long rant ".repeat(40)}end` : null,
    })),
  };

  it("quotes the notes of the weeks behind a raised sign, newest first, shortened, for the leader only", () => {
    const result = evaluate(noted);
    const missed = sign(result, "missed-executing");
    expect(missed.notes.map((n) => n.week)).toEqual([noted.checkins[14]!.week, noted.checkins[12]!.week]);
    expect(missed.notes[0]!.text).toBe("No time to code at all, again.");
    expect(missed.notes[1]!.text.length).toBeLessThanOrEqual(280);
    expect(missed.notes[1]!.text.endsWith("…")).toBe(true);
    for (const s of result.signs) {
      expect(s.evidence.join(" ")).not.toMatch(/code at all|rant|Paired/);
      if (s.level === "ok") expect(s.notes).toEqual([]);
    }
  });
});
