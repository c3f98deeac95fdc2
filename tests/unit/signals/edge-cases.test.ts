import { describe, expect, it } from "vitest";
import { SIGN_IDS } from "@/lib/enums";
import { addIsoWeeks, compareIsoWeeks, isoWeekStartDate } from "@/lib/iso-week";
import { SIGNALS_CONFIG, evaluate, levelOf, type Evaluation } from "@/lib/signals";
import { evaluateInDetail } from "@/lib/signals/evaluate";
import type { Checkin } from "@/lib/validation/checkin";
import type { ExportFile } from "@/lib/validation/export-file";
import {
  START_WEEK,
  balancedWeek,
  buildExport,
  fiveYearLead,
  formerEngineer,
  helpDeskLead,
  productManager,
  seededRng,
  type WeekPlan,
} from "@/lib/signals/fixtures/personas";

const withCheckins = (file: ExportFile, checkins: Checkin[]): ExportFile => ({ ...file, checkins });
const scoresOf = (result: Evaluation) => Object.fromEntries(result.signs.map((s) => [s.id, s.score]));
const sign = (result: Evaluation, id: string) => result.signs.find((s) => s.id === id)!;
const away = (week: string): Checkin => ({
  ...helpDeskLead(1).checkins[0]!,
  week,
  hours: { meetings: 0, execution: 0, mentoring: 0, other: 0 },
});
/** Long-past start, so the not-set-up taper is flat and calendar gaps cannot move any score. */
const LONG_AGO = { leadingSince: "2020-01-06" };

/** No sign can be judged: no level, no score, and the evidence says what to log. */
function expectQuiet(result: Evaluation) {
  expect(result.signs.map((s) => s.id)).toEqual([...SIGN_IDS]);
  for (const s of result.signs) {
    expect(s).toMatchObject({ score: 0, level: "ok", enoughData: false, trend: "steady", weeksAtLevel: 0, steps: [], notes: [], reason: null });
    expect(s.evidence).toEqual([expect.stringMatching(/^Not enough (recent )?data yet: log \d+ more weeks?\.$|^Not enough recent data/)]);
    expect(s.need).toMatch(/^log \d+ more weeks?$/);
  }
  expect(result.headline).toMatch(/^Not enough data yet: log /);
}

describe("no data to judge", () => {
  it("returns asOf null, every sign ok and an empty history without check-ins", () => {
    const result = evaluate(withCheckins(formerEngineer(1), []));
    expect(result.asOf).toBeNull();
    expect(result.history).toEqual([]);
    expectQuiet(result);
  });

  it("keeps a requested asOf without check-ins", () => {
    expect(evaluate(withCheckins(formerEngineer(1), []), { asOf: "2026-W21" }).asOf).toBe("2026-W21");
  });

  it("reads only away weeks as nothing to judge, as of the latest of them", () => {
    const result = evaluate(withCheckins(formerEngineer(1), [away("2025-W05"), away("2025-W03")]));
    expect(result.asOf).toBe("2025-W05");
    expect(result.history).toEqual([]);
    expectQuiet(result);
  });

  it("judges nothing when asOf is before the first check-in", () => {
    const result = evaluate(formerEngineer(), { asOf: addIsoWeeks(START_WEEK, -1) });
    expect(result.asOf).toBe(addIsoWeeks(START_WEEK, -1));
    expect(result.history).toEqual([]);
    expectQuiet(result);
  });

  it("gives one week a history entry but no score and no level: one week is not a trend", () => {
    const result = evaluate(helpDeskLead(1));
    expect(result.asOf).toBe(START_WEEK);
    expect(result.history).toEqual([
      {
        week: START_WEEK,
        scores: Object.fromEntries(SIGN_IDS.map((id) => [id, 0])),
        levels: Object.fromEntries(SIGN_IDS.map((id) => [id, null])),
      },
    ]);
    expectQuiet(result);
    expect(result.headline).toBe("Not enough data yet: log 2 more weeks to see the first signs, and 5 for all five.");
  });

  it("refuses an asOf that is not an ISO week", () => {
    expect(() => evaluate(formerEngineer(), { asOf: "2026-21" })).toThrow(RangeError);
  });
});

describe("order and asOf", () => {
  it("sorts check-ins that arrive in any order", () => {
    const file = formerEngineer();
    const rng = seededRng(5);
    const shuffled = [...file.checkins].map((c) => ({ c, key: rng() })).sort((a, b) => a.key - b.key).map((x) => x.c);
    expect(shuffled.map((c) => c.week)).not.toEqual(file.checkins.map((c) => c.week));
    expect(evaluate(withCheckins(file, shuffled))).toEqual(evaluate(file));
  });

  it.each([5, 9, 14])("asOf at logged week %i ignores every later week", (index) => {
    const file = formerEngineer();
    const asOf = file.checkins[index]!.week;
    const truncated = withCheckins(file, file.checkins.slice(0, index + 1));
    const result = evaluate(file, { asOf });
    expect(result).toEqual(evaluate(truncated));
    expect(result.asOf).toBe(asOf);
    expect(result.history.at(-1)!.week).toBe(asOf);
  });

  it("asOf on an away week or in a gap judges as of the last logged week before it", () => {
    const file = formerEngineer();
    const withHoles = withCheckins(file, [...file.checkins.slice(0, 10), away(file.checkins[10]!.week), ...file.checkins.slice(13)]);
    const atLastLogged = evaluate(withHoles, { asOf: file.checkins[9]!.week });
    for (const asOf of [file.checkins[10]!.week, file.checkins[11]!.week]) {
      const result = evaluate(withHoles, { asOf });
      expect(result.asOf).toBe(asOf);
      expect(result.signs).toEqual(atLastLogged.signs);
      expect(result.history).toEqual(atLastLogged.history);
    }
  });

  it("defaults asOf to the latest week logged, even an away week", () => {
    const file = formerEngineer(10);
    const last = addIsoWeeks(file.checkins.at(-1)!.week, 3);
    expect(evaluate(withCheckins(file, [...file.checkins, away(last)])).asOf).toBe(last);
  });
});

describe("history", () => {
  it.each([
    { name: "former engineer", build: () => formerEngineer(24) },
    { name: "help-desk lead", build: () => helpDeskLead(30) },
  ])("each entry of the $name equals what evaluate said as of that week", ({ build }) => {
    const file = build();
    const result = evaluate(file);
    expect(result.history.at(-1)!.scores).toEqual(scoresOf(result));
    for (const entry of result.history) {
      expect(scoresOf(evaluate(file, { asOf: entry.week }))).toEqual(entry.scores);
    }
  });

  it("never lets a later week change an earlier entry", () => {
    const file = formerEngineer(24);
    const changedAt = 15;
    const changed = withCheckins(
      file,
      file.checkins.map((c, i): Checkin =>
        i < changedAt
          ? c
          : { ...c, hours: { meetings: 38, execution: 0, mentoring: 1, other: 1 }, support: 1, teamGrowthJoy: 1, managerOneOnOne: false },
      ),
    );
    const before = evaluate(file).history;
    const after = evaluate(changed).history;
    expect(after.slice(0, changedAt)).toEqual(before.slice(0, changedAt));
    expect(after.slice(changedAt)).not.toEqual(before.slice(changedAt));
  });

  it("has one entry per logged week, oldest first, without away or missing weeks", () => {
    const file = fiveYearLead();
    const logged = file.checkins.filter((c) => c.hours.meetings + c.hours.execution + c.hours.mentoring + c.hours.other > 0);
    const result = evaluate(file);
    expect(result.history.map((h) => h.week)).toEqual(logged.map((c) => c.week));
    expect(logged.length).toBeLessThan(file.checkins.length);
  });
});

describe("gaps and away weeks: trends count logged weeks, streaks count calendar weeks", () => {
  const compact = productManager(24, 31);
  const base = { ...compact, profile: { ...compact.profile, ...LONG_AGO } };
  const spreadEveryThird = (file: ExportFile) =>
    withCheckins(file, file.checkins.map((c, i) => ({ ...c, week: addIsoWeeks(START_WEEK, i + 2 * Math.floor(i / 3)) })));

  it("missing weeks leave means and slopes alone but lengthen a streak by the calendar", () => {
    const spread = spreadEveryThird(base);
    expect(compareIsoWeeks(spread.checkins.at(-1)!.week, base.checkins.at(-1)!.week)).toBeGreaterThan(10);
    const a = evaluateInDetail(base);
    const b = evaluateInDetail(spread);
    const { lowHandsOn: _a, noOneOnOne: _b, noTraining: _c, ...meansA } = a.snapshot!;
    const { lowHandsOn: _d, noOneOnOne: _e, noTraining: _f, ...meansB } = b.snapshot!;
    for (const key of ["executionRecentPct", "executionSlope", "skillSustained", "skillSlope", "meetingsRecentPct", "satisfactionRecent"] as const) {
      expect(meansB[key]).toBeCloseTo(meansA[key], 10);
    }
    expect(sign(a.evaluation, "skills-slipping").evidence).toContain("24 weeks in a row with under 10 % hands-on work.");
    expect(sign(b.evaluation, "skills-slipping").evidence).toContain(
      "38 weeks with under 10 % hands-on work in every week you logged (24 of them).",
    );
  });

  it("a gap longer than streaks.maxGapWeeks ends a streak: after it nobody knows", () => {
    const checkins = base.checkins.map((c, i) => ({ ...c, week: addIsoWeeks(START_WEEK, i < 12 ? i : i + 7) }));
    expect(sign(evaluate(withCheckins(base, checkins)), "skills-slipping").evidence).toContain(
      "12 weeks in a row with under 10 % hands-on work.",
    );
    const justInside = base.checkins.map((c, i) => ({ ...c, week: addIsoWeeks(START_WEEK, i < 12 ? i : i + 6) }));
    expect(sign(evaluate(withCheckins(base, justInside)), "skills-slipping").evidence).toContain(
      "30 weeks with under 10 % hands-on work in every week you logged (24 of them).",
    );
  });

  it("away weeks are skipped by the calendar: no score changes against the same weeks without them", () => {
    const withAway = buildExport({
      weeks: 30,
      seed: 3,
      profile: LONG_AGO,
      plan: (i, rng) => (i % 5 === 2 ? "away" : { ...balancedWeek(i, rng), shares: { meetings: 0.5, execution: 0.05, mentoring: 0.2 } }),
    });
    const withoutAway = withCheckins(
      withAway,
      withAway.checkins.filter((_, i) => i % 5 !== 2).map((c, i) => ({ ...c, week: addIsoWeeks(START_WEEK, i) })),
    );
    const a = evaluate(withAway);
    const b = evaluate(withoutAway);
    expect(a.signs.map((s) => [s.id, s.score, s.level])).toEqual(b.signs.map((s) => [s.id, s.score, s.level]));
    expect(a.history.map((h) => h.scores)).toEqual(b.history.map((h) => h.scores));
    expect(sign(a, "skills-slipping").evidence).toContain("24 weeks in a row with under 10 % hands-on work.");
  });

  it("a logged week with hands-on work does break the streak", () => {
    const checkins = base.checkins.map((c, i): Checkin => (i === 10 ? { ...c, hours: { ...c.hours, execution: 20 } } : c));
    expect(sign(evaluate(withCheckins(base, checkins)), "skills-slipping").evidence).toContain(
      "13 weeks in a row with under 10 % hands-on work.",
    );
  });
});

describe("unanswered questions and ratings", () => {
  it.each([
    { answers: { oneOnOne: false, training: false }, level: "alert" },
    { answers: { oneOnOne: null, training: null }, level: "ok" },
    { answers: { oneOnOne: true, training: null }, level: "ok" },
  ] as const)("reads 1:1 $answers.oneOnOne and training $answers.training as $level for the help-desk lead", ({ answers, level }) => {
    const file = helpDeskLead(12, 51, answers);
    const notSetUp = sign(evaluate(file), "not-set-up");
    expect(notSetUp.level).toBe(level);
  });

  it("scores unanswered 1:1 and training as no evidence, far below answered no", () => {
    const unanswered = sign(evaluate(helpDeskLead(12, 51, { oneOnOne: null, training: null })), "not-set-up");
    const answeredNo = sign(evaluate(helpDeskLead(12, 51, { oneOnOne: false, training: false })), "not-set-up");
    expect(answeredNo.score - unanswered.score).toBeGreaterThanOrEqual(60);
    expect(unanswered.evidence.join(" ")).not.toMatch(/1:1|training/);
  });

  it("lets unanswered weeks inside a run of no 1:1s count as calendar weeks; a yes ends the run", () => {
    const answers: (boolean | null)[] = [true, false, false, false, null, null, false, false, false, false, false];
    const file = helpDeskLead(answers.length, 51);
    const run = (list: (boolean | null)[]) =>
      sign(evaluate(withCheckins(file, file.checkins.map((c, i) => ({ ...c, managerOneOnOne: list[i]! })))), "not-set-up").evidence;
    expect(run(answers)).toContain(
      "No 1:1 with your own manager for 10 weeks (2025-W03 to 2025-W12; you answered no in 8 of them and did not log or answer the others).",
    );
    expect(run([...answers.slice(0, 4), true, ...answers.slice(5)])).toContain(
      "No 1:1 with your own manager for 5 weeks in a row (2025-W08 to 2025-W12).",
    );
  });

  it("skips unanswered ratings instead of reading them as low", () => {
    const answered = healthyWith(() => ({}));
    const halfUnanswered = healthyWith((i) =>
      i % 2 ? { support: null, teamGrowthJoy: null, satisfaction: null, skillConfidence: null, politics: null, energy: null } : {},
    );
    for (const s of evaluate(halfUnanswered).signs) expect(s.level).toBe("ok");
    expect(scoresOf(evaluate(halfUnanswered))["not-set-up"]).toBeLessThanOrEqual(scoresOf(evaluate(answered))["not-set-up"]! + 10);
  });

  it("handles weeks with every rating unanswered without NaN in scores or evidence", () => {
    const file = buildExport({
      weeks: 20,
      plan: (i, rng) => ({
        ...balancedWeek(i, rng),
        shares: { meetings: 0.7, execution: 0.05, mentoring: 0.1 },
        energy: null,
        skillConfidence: null,
        politics: null,
        support: null,
        teamGrowthJoy: null,
        satisfaction: null,
        managerOneOnOne: null,
        training: null,
        lowValueOfMeetings: null,
      }),
    });
    const result = evaluate(file);
    for (const s of result.signs) {
      expect(Number.isInteger(s.score)).toBe(true);
      expect(s.evidence.join(" ")).not.toMatch(/NaN|undefined|Infinity/);
    }
    expect(sign(result, "missed-executing").evidence).toContain(
      "You have not rated the energy of hands-on work and meetings lately, so this sign counts at 65 %.",
    );
  });
});

function healthyWith(override: (i: number) => Partial<WeekPlan>) {
  return buildExport({ weeks: 30, seed: 17, plan: (i, rng) => ({ ...balancedWeek(i, rng), ...override(i) }) });
}

describe("not-set-up: only missing training tapers with tenure", () => {
  const inLeadingWeek = (leadingWeek: number, answers: { oneOnOne?: boolean | null; training?: boolean | null } = {}) => {
    const file = helpDeskLead(14, 51, answers);
    const lastMonday = isoWeekStartDate(file.checkins.at(-1)!.week);
    const leadingSince = new Date(Date.parse(`${lastMonday}T00:00:00Z`) - (leadingWeek - 1) * 7 * 86_400_000).toISOString().slice(0, 10);
    return sign(evaluate({ ...file, profile: { ...file.profile, leadingSince } }), "not-set-up");
  };

  it("keeps the weight of no 1:1s and low support after week 26: only training's quarter halves", () => {
    const full = inLeadingWeek(13).score;
    expect(full).toBe(100);
    expect(inLeadingWeek(12).score).toBe(full);
    expect(inLeadingWeek(14).score).toBeGreaterThanOrEqual(full - 1);
    expect(inLeadingWeek(20).score).toBeLessThan(full);
    const training = 100 * SIGNALS_CONFIG.notSetUp.weights.noTraining;
    expect(inLeadingWeek(26).score).toBe(Math.round(full - training / 2));
    expect(inLeadingWeek(200).score).toBe(Math.round(full - training / 2));
    expect(inLeadingWeek(200).level).toBe("alert");
    expect(inLeadingWeek(200).evidence.at(-1)).toBe(
      "You are in week 200 of leading; missing training weighs most in the first 13 weeks and now counts at 50 %. 1:1s and support keep their full weight.",
    );
  });

  it("does not taper at all when training was answered yes", () => {
    expect(inLeadingWeek(13, { training: true }).score).toBe(inLeadingWeek(200, { training: true }).score);
  });

  it("has no cliff: one more week of leading moves the score by a few points at most", () => {
    for (let week = 10; week <= 30; week++) {
      expect(Math.abs(inLeadingWeek(week + 1).score - inLeadingWeek(week).score)).toBeLessThanOrEqual(3);
    }
  });
});

describe("five years", () => {
  it("evaluates 260 weeks with one history entry per logged week and well-formed results", () => {
    const file = fiveYearLead();
    expect(file.checkins).toHaveLength(260);
    const result = evaluate(file);
    expect(result.asOf).toBe(addIsoWeeks(START_WEEK, 259));
    expect(result.history).toHaveLength(250);
    expect(result.signs.map((s) => s.id)).toEqual([...SIGN_IDS]);
    expect(sign(result, "missed-executing").level).toBe("alert");
    for (const entry of result.history) {
      for (const id of SIGN_IDS) {
        expect(Number.isInteger(entry.scores[id])).toBe(true);
        expect(entry.scores[id]).toBeGreaterThanOrEqual(0);
        expect(entry.scores[id]).toBeLessThanOrEqual(100);
      }
    }
  });
});

describe("invariants over seeded random leaders", () => {
  const randomLeader = (seed: number) => {
    const rng = seededRng(seed);
    const pick = <T,>(values: readonly T[]) => values[Math.floor(rng() * values.length)]!;
    const maybe = (value: number) => (rng() < 0.15 ? null : value);
    const executionMinPct = pick([0, 10, 20, 40]);
    return buildExport({
      weeks: 1 + Math.floor(rng() * 60),
      seed,
      profile: {
        previousRole: pick(["engineer", "product", "design", "it", "other"] as const),
        leadingSince: pick(["2019-05-01", "2024-12-30", "2025-02-13", "2025-06-30"]),
        targets: { meetingsMaxPct: pick([20, 50, 80]), executionMinPct, mentoringMinPct: 10 },
      },
      plan: (i, r) => {
        if (r() < 0.08) return "missing";
        if (r() < 0.06) return "away";
        const execution = r() * 0.6;
        const meetings = r() * (1 - execution);
        return {
          totalHours: 5 + r() * 60,
          shares: { execution, meetings, mentoring: r() * (1 - execution - meetings) },
          lowValueOfMeetings: r() < 0.3 ? null : r(),
          energy: r() < 0.2 ? null : { meetings: 1 + r() * 4, execution: 1 + r() * 4, mentoring: 1 + r() * 4 },
          skillConfidence: maybe(1 + r() * 4),
          politics: maybe(1 + r() * 4),
          support: maybe(1 + r() * 4),
          teamGrowthJoy: maybe(1 + r() * 4 - i / 30),
          satisfaction: maybe(1 + r() * 4),
          managerOneOnOne: pick([true, false, null]),
          training: pick([true, false, false, null]),
        };
      },
    });
  };

  it.each(Array.from({ length: 40 }, (_, seed) => seed + 100))("seed %i: ids in order, integer scores, levels and evidence agree", (seed) => {
    const result = evaluate(randomLeader(seed));
    expect(result.signs.map((s) => s.id)).toEqual([...SIGN_IDS]);
    for (const s of result.signs) {
      expect(Number.isInteger(s.score)).toBe(true);
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(100);
      expect(s.level).toBe(levelOf(s.score));
      if (s.level !== "ok") expect(s.evidence.length).toBeGreaterThan(0);
      expect(s.evidence.join(" ")).not.toMatch(/NaN|undefined|Infinity|null/);
    }
    if (result.history.length > 0) expect(result.history.at(-1)!.scores).toEqual(scoresOf(result));
  });

  it("finds raised signs among the random leaders, so the evidence checks above are not vacuous", () => {
    const raised = Array.from({ length: 40 }, (_, seed) => evaluate(randomLeader(seed + 100)))
      .flatMap((r) => r.signs)
      .filter((s) => s.level !== "ok");
    expect(raised.length).toBeGreaterThan(10);
  });

  it.each(["missed-executing", "skills-slipping", "meetings-politics", "not-set-up", "doesnt-like-it"] as const)(
    "%s: evidence is non-empty at every raised week of the story personas and random leaders",
    (id) => {
      const files = [formerEngineer(24), productManager(24), helpDeskLead(24), ...Array.from({ length: 10 }, (_, s) => randomLeader(s + 300))];
      for (const file of files) {
        for (const entry of evaluate(file).history) {
          if (entry.scores[id] < SIGNALS_CONFIG.levels.watchFrom) continue;
          expect(sign(evaluate(file, { asOf: entry.week }), id).evidence.length).toBeGreaterThan(0);
        }
      }
    },
  );
});
