import { describe, expect, it } from "vitest";
import { SIGN_IDS } from "@/lib/enums";
import { SIGNALS_CONFIG, evaluate, levelOf, trainingWeight, validateSignalsConfig, type SignalsConfig } from "@/lib/signals";
import { RatingHistogram, interquartileMean, ramp, smoothTaper, windowMean, windowSlope } from "@/lib/signals/math";
import { meetingsLead, seededRng } from "@/lib/signals/fixtures/personas";

type Patch = (c: SignalsConfig) => unknown;

/** A deep copy of the default config with one change, as a plain object the validator has not seen. */
function broken(patch: Patch): SignalsConfig {
  const copy = structuredClone(SIGNALS_CONFIG) as SignalsConfig & Record<string, unknown>;
  patch(copy);
  return copy;
}

describe("SIGNALS_CONFIG", () => {
  it("is valid, and every sign's weights add up to 1", () => {
    expect(validateSignalsConfig(structuredClone(SIGNALS_CONFIG))).toBeTruthy();
    for (const key of ["missedExecuting", "skillsSlipping", "meetingsPolitics", "notSetUp", "doesntLikeIt"] as const) {
      expect(Object.values<number>(SIGNALS_CONFIG[key].weights).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    }
  });

  it("names a part in the evidence before any score can reach watch", () => {
    expect(SIGNALS_CONFIG.evidenceFromPart).toBeLessThanOrEqual(SIGNALS_CONFIG.levels.watchFrom / 100);
  });

  it("keeps the parts that may not raise doesnt-like-it alone below watch even uncapped", () => {
    const w = SIGNALS_CONFIG.doesntLikeIt.weights;
    expect(100 * (w.mentoringBelowTarget + w.othersRaised + w.longHours)).toBeLessThan(SIGNALS_CONFIG.levels.watchFrom);
  });
});

describe("validateSignalsConfig refuses a config that could divide by zero or mislead", () => {
  it.each<[string, Patch, RegExp]>([
    ["a ramp with equal ends", (c) => ((c.missedExecuting as { dropVsBaselinePoints: unknown }).dropVsBaselinePoints = [10, 10]), /missedExecuting\.dropVsBaselinePoints: A ramp needs two different ends/],
    ["the workload ramp with equal ends", (c) => ((c.workload as { feedHours: unknown }).feedHours = [50, 50]), /workload\.feedHours: A ramp needs two different ends/],
    ["weights that do not add up to 1", (c) => (c.notSetUp.weights.noOneOnOne = 0.5), /notSetUp\.weights: The weights of a sign must add up to 1/],
    ["a negative weight", (c) => Object.assign(c.skillsSlipping.weights, { lowHandsOnStreak: -0.15, confidence: 1.05 }), /skillsSlipping\.weights\.lowHandsOnStreak/],
    ["watch at or above alert", (c) => (c.levels.watchFrom = 70), /levels: watchFrom must be below alertFrom/],
    ["evidence named only above watch", (c) => (c.evidenceFromPart = 0.5), /evidenceFromPart: evidenceFromPart must be at most watchFrom \/ 100/],
    ["a taper whose floor starts before its full weight ends", (c) => (c.notSetUp.trainingTaper.floorFromWeek = 13), /trainingTaper: floorFromWeek must come after fullThroughWeek/],
    ["more trend points than the trend window", (c) => (c.windows.minTrendPoints = 9), /windows: minTrendPoints must fit in trendWeeks/],
    ["a window of zero weeks", (c) => (c.windows.recentWeeks = 0), /windows\.recentWeeks/],
    ["a NaN threshold", (c) => (c.workload.alertFromHours = Number.NaN), /workload\.alertFromHours/],
    ["an infinite ramp end", (c) => ((c.meetingsPolitics as { politics: unknown }).politics = [3, Infinity]), /meetingsPolitics\.politics/],
    ["workload watch above alert", (c) => (c.workload.watchFromHours = 60), /workload: watchFromHours must be below alertFromHours/],
    ["an unknown key", (c) => Object.assign(c.levels, { okFrom: 0 }), /levels: Unrecognized key/],
    ["joy and satisfaction without weight", (c) => Object.assign(c.doesntLikeIt.weights, { lowJoy: 0, satisfaction: 0, mentoringBelowTarget: 0.6, othersRaised: 0.2, longHours: 0.2 }), /doesntLikeIt: Joy and satisfaction must carry weight/],
  ])("%s", (_, patch, message) => {
    const config = broken(patch);
    expect(() => validateSignalsConfig(config)).toThrow(RangeError);
    expect(() => validateSignalsConfig(config)).toThrow(message);
    expect(() => evaluate(meetingsLead(), { config })).toThrow(message);
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
    const strict: SignalsConfig = { ...SIGNALS_CONFIG, levels: { watchFrom: 5, alertFrom: 99 }, evidenceFromPart: 0.05 };
    const data = meetingsLead();
    const normal = evaluate(data);
    const custom = evaluate(data, { config: strict });
    expect(custom.signs.map((s) => s.score)).toEqual(normal.signs.map((s) => s.score));
    expect(custom.signs.find((s) => s.id === "meetings-politics")!.level).toBe("watch");
    for (const s of custom.signs) expect(s.level).toBe(levelOf(s.score, strict));
  });
});

describe("trainingWeight", () => {
  it.each([
    [1, 1],
    [12, 1],
    [13, 1],
    [26, 0.5],
    [52, 0.5],
    [260, 0.5],
    [-4, 1],
  ])("week %d of leading weighs %d", (week, weight) => {
    expect(trainingWeight(week)).toBeCloseTo(weight, 10);
  });

  it("tapers smoothly after week 13: just under full at 14, about 3/4 halfway", () => {
    expect(trainingWeight(14)).toBeLessThan(1);
    expect(trainingWeight(14)).toBeGreaterThan(0.98);
    expect(trainingWeight(19.5)).toBeCloseTo(0.75, 10);
  });

  it("never falls off a cliff and never rises again", () => {
    let previous = trainingWeight(0);
    for (let week = 0.25; week <= 60; week += 0.25) {
      const weight = trainingWeight(week);
      expect(weight).toBeLessThanOrEqual(previous);
      expect(previous - weight).toBeLessThan(0.015);
      previous = weight;
    }
  });

  it("is the generic smoothTaper", () => {
    expect(smoothTaper(19.5, 13, 26, 0.5)).toBeCloseTo(trainingWeight(19.5), 12);
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

  it.each([
    [[], NaN],
    [[4], 4],
    [[2, 4], 3],
    [[1, 4, 5], 4],
    [[5, 5, 3, 3, 3, 3, 3, 3], 3],
    [[80, 85, 30, 31, 29, 30], 30.5],
    [[1, 2, 3, 4, 5, 6, 7, 8], 4.5],
  ])("interquartileMean(%j) = %d: up to a quarter of unusual values at either end change nothing", (values, expected) => {
    if (Number.isNaN(expected)) expect(interquartileMean(values)).toBeNaN();
    else expect(interquartileMean(values)).toBeCloseTo(expected, 10);
  });

  it("RatingHistogram's interquartile mean equals interquartileMean on the same ratings", () => {
    const rng = seededRng(7);
    for (let run = 0; run < 200; run++) {
      const ratings = Array.from({ length: 1 + Math.floor(rng() * 40) }, () => 1 + Math.floor(rng() * 5));
      const histogram = new RatingHistogram();
      for (const r of ratings) histogram.add(r);
      histogram.add(NaN);
      expect(histogram.size).toBe(ratings.length);
      expect(histogram.interquartileMean()).toBeCloseTo(interquartileMean(ratings), 10);
    }
    expect(new RatingHistogram().interquartileMean()).toBeNaN();
  });
});
