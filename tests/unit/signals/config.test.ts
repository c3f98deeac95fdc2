import { describe, expect, it } from "vitest";
import { SIGN_IDS } from "@/lib/enums";
import { SIGNALS_CONFIG, evaluate, levelOf, notSetUpWeight, type SignalsConfig } from "@/lib/signals";
import { ramp, windowMean, windowSlope } from "@/lib/signals/math";
import { meetingsLead } from "@/lib/signals/fixtures/personas";

describe("SIGNALS_CONFIG", () => {
  const signConfigs = [
    ["missedExecuting", SIGNALS_CONFIG.missedExecuting.weights],
    ["skillsSlipping", SIGNALS_CONFIG.skillsSlipping.weights],
    ["meetingsPolitics", SIGNALS_CONFIG.meetingsPolitics.weights],
    ["notSetUp", SIGNALS_CONFIG.notSetUp.weights],
    ["doesntLikeIt", SIGNALS_CONFIG.doesntLikeIt.weights],
  ] as const;

  it.each(signConfigs)("%s weights add up to 1, so a sign tops out at 100", (_, weights) => {
    expect(Object.values(weights).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });

  it("names a part in the evidence before any score can reach watch", () => {
    expect(SIGNALS_CONFIG.evidenceFromPart).toBeLessThanOrEqual(SIGNALS_CONFIG.levels.watchFrom / 100);
  });

  it("has full weight from no later than 12 logged weeks", () => {
    expect(SIGNALS_CONFIG.windows.fullWeightFromWeeks).toBeLessThanOrEqual(12);
  });
});

describe("levelOf", () => {
  it.each([
    [0, "ok"],
    [39, "ok"],
    [40, "watch"],
    [69, "watch"],
    [70, "alert"],
    [100, "alert"],
  ] as const)("%i is %s", (score, level) => {
    expect(levelOf(score)).toBe(level);
  });

  it("comes with the signs in SIGN_IDS order", () => {
    expect(evaluate(meetingsLead()).signs.map((s) => s.id)).toEqual([...SIGN_IDS]);
  });

  it("takes its cut-offs from the config passed to evaluate", () => {
    const strict: SignalsConfig = { ...SIGNALS_CONFIG, levels: { watchFrom: 5, alertFrom: 99 } };
    const data = meetingsLead();
    const normal = evaluate(data);
    const custom = evaluate(data, { config: strict });
    expect(custom.signs.map((s) => s.score)).toEqual(normal.signs.map((s) => s.score));
    expect(custom.signs.find((s) => s.id === "meetings-politics")!.level).toBe("watch");
    for (const s of custom.signs) expect(s.level).toBe(levelOf(s.score, strict));
  });
});

describe("notSetUpWeight", () => {
  it.each([
    [1, 1],
    [12, 1],
    [13, 1],
    [26, 0.5],
    [52, 0.5],
    [260, 0.5],
    [-4, 1],
  ])("week %d of leading weighs %d", (week, weight) => {
    expect(notSetUpWeight(week)).toBeCloseTo(weight, 10);
  });

  it("tapers smoothly after week 13: just under full at 14, about 3/4 halfway", () => {
    expect(notSetUpWeight(14)).toBeLessThan(1);
    expect(notSetUpWeight(14)).toBeGreaterThan(0.98);
    expect(notSetUpWeight(19.5)).toBeCloseTo(0.75, 10);
  });

  it("never falls off a cliff and never rises again", () => {
    let previous = notSetUpWeight(0);
    for (let week = 0.25; week <= 60; week += 0.25) {
      const weight = notSetUpWeight(week);
      expect(weight).toBeLessThanOrEqual(previous);
      expect(previous - weight).toBeLessThan(0.015);
      previous = weight;
    }
  });
});

describe("math", () => {
  it.each([
    [5, [0, 10], 0.5],
    [-1, [0, 10], 0],
    [11, [0, 10], 1],
    [2, [3, 1.5], 2 / 3],
    [NaN, [0, 1], 0],
  ] as const)("ramp(%d, %j) = %d", (value, range, expected) => {
    expect(ramp(value, range)).toBeCloseTo(expected, 10);
  });

  it("skips unanswered values in window means and slopes", () => {
    const values = Float64Array.from([NaN, 1, NaN, 3, NaN, 5]);
    expect(windowMean(values, 0, 6)).toBe(3);
    expect(windowSlope(values, 0, 6, 3)).toBeCloseTo(1, 10);
    expect(windowSlope(values, 0, 6, 4)).toBeNaN();
    expect(windowMean(Float64Array.from([NaN, NaN]), 0, 2)).toBeNaN();
  });
});
