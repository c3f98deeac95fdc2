import { describe, expect, it } from "vitest";
import {
  burnoutMeaning,
  scoreBurnout,
  scoreWho5,
  SINGLE_ITEM_BURNOUT,
  wellbeingDue,
  wellbeingMessage,
  wellbeingTrend,
  WHO5,
  who5Meaning,
} from "@/lib/wellbeing";
import { wellbeingCheckSchema, type WellbeingCheck } from "@/lib/validation/wellbeing";

const check = (week: string, who5: number[] | null, burnout: number | null = null): WellbeingCheck =>
  wellbeingCheckSchema.parse({ week, who5, burnout });

describe("WHO-5 scoring as published (raw 0–25 × 4 = 0–100)", () => {
  // The scoring guidance: raw score is the sum of the five answers; × 4 gives the percentage score;
  // raw below 13 (percentage ≤ 50; Topp et al. 2015) indicates poor wellbeing; ≤ 28 likely depression.
  it.each([
    { answers: [5, 5, 5, 5, 5], raw: 25, score: 100, band: "above-cutoff" },
    { answers: [0, 0, 0, 0, 0], raw: 0, score: 0, band: "very-low" },
    { answers: [3, 3, 3, 3, 3], raw: 15, score: 60, band: "above-cutoff" },
    { answers: [3, 3, 3, 2, 2], raw: 13, score: 52, band: "above-cutoff" },
    { answers: [3, 3, 2, 2, 2], raw: 12, score: 48, band: "poor" },
    { answers: [2, 2, 2, 1, 1], raw: 8, score: 32, band: "poor" },
    { answers: [2, 2, 1, 1, 1], raw: 7, score: 28, band: "very-low" },
    { answers: [4, 4, 4, 4, 4], raw: 20, score: 80, band: "above-cutoff" },
  ])("$answers → raw $raw, score $score ($band)", ({ answers, raw, score, band }) => {
    expect(scoreWho5(answers)).toMatchObject({ raw, score, band });
  });

  it("names the statements answered 'At no time' or 'Some of the time'", () => {
    expect(scoreWho5([5, 1, 4, 0, 3]).lowItems).toEqual([2, 4]);
  });

  it.each([[[1, 2, 3, 4]], [[1, 2, 3, 4, 5, 0]], [[1, 2, 3, 4, 6]], [[1, 2, 3, 4, -1]], [[1, 2, 3, 4, 2.5]]])("refuses %j", (answers) => {
    expect(() => scoreWho5(answers)).toThrow(RangeError);
  });

  it("gives the published meaning as context, not a diagnosis", () => {
    expect(who5Meaning(52)).toMatch(/^Above 50/);
    expect(who5Meaning(50)).toMatch(/^50 or below.*not a diagnosis/);
    expect(who5Meaning(28)).toMatch(/^28 or below.*not a diagnosis/);
  });

  it("carries the published items and answer labels", () => {
    expect(WHO5.items).toHaveLength(5);
    expect(WHO5.items[0]).toBe("I have felt cheerful and in good spirits");
    expect(WHO5.options.map((o) => o.value)).toEqual([5, 4, 3, 2, 1, 0]);
    expect(WHO5.options[0]!.label).toBe("All of the time");
    expect(WHO5.options[5]!.label).toBe("At no time");
  });
});

describe("single-item burnout measure (answers 1–5; 3 or more is burnout, Dolan et al. 2015)", () => {
  it.each([
    [1, false],
    [2, false],
    [3, true],
    [4, true],
    [5, true],
  ])("answer %i → burnout %s", (answer, isBurnout) => {
    const scored = scoreBurnout(answer);
    expect(scored.isBurnout).toBe(isBurnout);
    expect(scored.label).toBe(SINGLE_ITEM_BURNOUT.options[answer - 1]!.label);
    expect(burnoutMeaning(answer)).toMatch(isBurnout ? /count as burnout/ : /no burnout/);
  });

  it.each([0, 6, 2.5, Number.NaN])("refuses %s", (answer) => {
    expect(() => scoreBurnout(answer)).toThrow(RangeError);
  });

  it("asks the published question", () => {
    expect(SINGLE_ITEM_BURNOUT.question).toBe("Overall, based on your definition of burnout, how would you rate your level of burnout?");
    expect(SINGLE_ITEM_BURNOUT.options[0]!.label).toBe("I enjoy my work. I have no symptoms of burnout.");
  });
});

describe("wellbeingCheckSchema", () => {
  it("normalizes a missing part to null and needs at least one part", () => {
    expect(wellbeingCheckSchema.parse({ week: "2026-W10", burnout: 2 })).toEqual({ week: "2026-W10", who5: null, burnout: 2 });
    expect(wellbeingCheckSchema.safeParse({ week: "2026-W10" }).success).toBe(false);
    expect(wellbeingCheckSchema.safeParse({ week: "2026-W10", who5: [1, 2, 3, 4], burnout: null }).success).toBe(false);
    expect(wellbeingCheckSchema.safeParse({ week: "2026-W10", who5: [1, 2, 3, 4, 5], extra: 1 }).success).toBe(false);
    expect(wellbeingCheckSchema.safeParse({ week: "2026-W10", burnout: 6 }).success).toBe(false);
  });
});

describe("wellbeingDue: every four weeks", () => {
  it.each([
    { checks: [], week: "2026-W10", isDue: true, nextDueWeek: "2026-W10" },
    { checks: ["2026-W10"], week: "2026-W10", isDue: false, nextDueWeek: "2026-W14" },
    { checks: ["2026-W10"], week: "2026-W13", isDue: false, nextDueWeek: "2026-W14" },
    { checks: ["2026-W10"], week: "2026-W14", isDue: true, nextDueWeek: "2026-W14" },
    { checks: ["2026-W10"], week: "2026-W30", isDue: true, nextDueWeek: "2026-W30" },
    { checks: ["2026-W02", "2026-W10"], week: "2026-W12", isDue: false, nextDueWeek: "2026-W14" },
    { checks: ["2026-W52"], week: "2027-W03", isDue: true, nextDueWeek: "2027-W03" },
    { checks: ["2026-W20"], week: "2026-W12", isDue: true, nextDueWeek: "2026-W12" },
  ])("$checks in $week → due $isDue", ({ checks, week, isDue, nextDueWeek }) => {
    expect(wellbeingDue(checks.map((w) => ({ week: w })), week)).toMatchObject({ isDue, nextDueWeek });
  });
});

describe("wellbeingMessage: calm, private, with a doctor or occupational health", () => {
  it.each([
    { who5: [3, 3, 3, 3, 3], burnout: 1, level: null },
    { who5: [3, 3, 3, 2, 2], burnout: 2, level: null },
    { who5: [3, 3, 2, 2, 2], burnout: 2, level: "gentle" },
    { who5: null, burnout: 3, level: "gentle" },
    { who5: [2, 2, 1, 1, 1], burnout: null, level: "reach-out" },
    { who5: [4, 4, 4, 4, 4], burnout: 4, level: "reach-out" },
    { who5: null, burnout: 5, level: "reach-out" },
    { who5: [3, 3, 2, 2, 2], burnout: 5, level: "reach-out" },
  ])("WHO-5 $who5, burnout $burnout → $level", ({ who5, burnout, level }) => {
    const message = wellbeingMessage(check("2026-W10", who5, burnout));
    if (level === null) {
      expect(message).toBeNull();
      return;
    }
    expect(message!.level).toBe(level);
    expect(message!.body.join(" ")).toMatch(/doctor/);
    expect(message!.body.join(" ")).toMatch(/occupational-health service/);
    expect(message!.privacy).toMatch(/Only you see this/);
    expect(message!.reasons.length).toBeGreaterThan(0);
  });

  it("explains each reason in the lead's own answers", () => {
    const message = wellbeingMessage(check("2026-W10", [1, 1, 1, 1, 1], 4))!;
    expect(message.reasons[0]).toContain("20 of 100");
    expect(message.reasons[1]).toContain(SINGLE_ITEM_BURNOUT.options[3]!.label);
  });
});

describe("wellbeingTrend", () => {
  const checks = [
    check("2026-W02", [4, 4, 3, 3, 4], 2),
    check("2026-W06", [3, 3, 3, 3, 3], 2),
    check("2026-W10", null, 3),
    check("2026-W14", [2, 2, 2, 2, 3], 3),
  ];

  it("lists points oldest first and flags a change of 10 points or more", () => {
    const trend = wellbeingTrend([...checks].reverse(), { to: "2026-W20" });
    expect(trend.points.map((p) => p.who5)).toEqual([72, 60, null, 44]);
    expect(trend.who5Change).toMatchObject({ from: 72, to: 44, change: -28, isMeaningful: true });
    expect(trend.sentences[0]).toMatch(/fell from 72 to 44/);
    expect(trend.burnoutChange).toMatchObject({ from: 2, to: 3 });
    expect(trend.sentences[1]).toMatch(/2 of 4 answers were 3 or more/);
  });

  it("calls a smaller change the usual ups and downs", () => {
    const trend = wellbeingTrend(checks, { from: "2026-W02", to: "2026-W06" });
    expect(trend.who5Change).toMatchObject({ change: -12, isMeaningful: true });
    const small = wellbeingTrend([check("2026-W02", [3, 3, 3, 3, 3]), check("2026-W06", [3, 3, 3, 3, 2])], { to: "2026-W06" });
    expect(small.who5Change).toMatchObject({ change: -4, isMeaningful: false });
    expect(small.sentences[0]).toMatch(/usual ups and downs/);
  });

  it("says so when there is nothing to compare", () => {
    expect(wellbeingTrend([], { to: "2026-W06" }).sentences).toEqual(["No wellbeing check in this period."]);
    expect(wellbeingTrend([checks[0]!], { to: "2026-W06" }).sentences[0]).toMatch(/One wellbeing score so far: 72/);
  });
});
