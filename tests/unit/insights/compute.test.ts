import { describe, expect, it } from "vitest";
import { balancedThreshold, computeInsights } from "@/lib/insights/compute";
import { INSIGHTS_CONFIG } from "@/lib/insights/config";
import { seededRandom } from "@/lib/random";
import { addIsoWeeks } from "@/lib/iso-week";
import { makeCheckin } from "@/tests/helpers/factories";
import { clamp, effectWeeks, FIRST, noiseWeeks } from "@/tests/helpers/insight-weeks";

describe("computeInsights", () => {
  it("finds a strong built-in effect, in the right direction, with a plain sentence", () => {
    const result = computeInsights({ checkins: effectWeeks(3, 30) });
    expect(result.status).toBe("findings");
    const finding = result.findings.find((f) => f.driver === "execution" && f.measure === "satisfaction");
    expect(finding).toBeDefined();
    expect(finding!.direction).toBe("higher");
    expect(finding!.difference).toBeGreaterThan(1);
    expect(finding!.highWeeks).toBeGreaterThanOrEqual(INSIGHTS_CONFIG.minWeeksPerSide);
    expect(finding!.lowWeeks).toBeGreaterThanOrEqual(INSIGHTS_CONFIG.minWeeksPerSide);
    expect(finding!.sentence).toMatch(
      /^In weeks with more hands-on work \(≥ \d+ % of your week\) your satisfaction was \d\.\d points higher \(\d\.\d vs \d\.\d, \d+ and \d+ weeks\)\.$/,
    );
    // The other side of the same effect: more meetings (the rest of the week) goes with lower satisfaction.
    const meetings = result.findings.find((f) => f.driver === "meetings" && f.measure === "satisfaction");
    if (meetings) expect(meetings.direction).toBe("lower");
  });

  it("finds a drain as 'lower'", () => {
    const weeks = effectWeeks(5, 30).map((c) => ({ ...c, satisfaction: 6 - c.satisfaction! }));
    const finding = computeInsights({ checkins: weeks }).findings.find((f) => f.driver === "execution" && f.measure === "satisfaction");
    expect(finding?.direction).toBe("lower");
    expect(finding!.difference).toBeLessThan(-1);
  });

  it("keeps the false-finding rate under its documented familywise level on pure noise, over many seeds", () => {
    const runs = 60;
    let withAnyFinding = 0;
    let tested = 0;
    for (let seed = 1; seed <= runs; seed++) {
      const result = computeInsights({ checkins: noiseWeeks(seed * 7919, 30) });
      tested += result.tested;
      if (result.findings.length > 0) withAnyFinding++;
    }
    // Every run tests the whole grid (30 pairs), so without Holm about 1 − 0.95^30 ≈ 79 % of runs would show something.
    expect(tested).toBeGreaterThan(runs * 20);
    // Familywise level 5 %: 60 runs expect at most 3; 8 or more would happen by chance under 0.5 % of the time.
    expect(withAnyFinding).toBeLessThan(8);
  });

  it("says 'not enough weeks yet' with too few weeks, and tests nothing", () => {
    const result = computeInsights({ checkins: effectWeeks(3, 2 * INSIGHTS_CONFIG.minWeeksPerSide - 1) });
    expect(result.status).toBe("not-enough-weeks");
    expect(result.tested).toBe(0);
    expect(result.findings).toEqual([]);
    expect(result.summary).toMatch(/^Not enough weeks yet/);
    expect(computeInsights({ checkins: [] }).status).toBe("not-enough-weeks");
  });

  it("leaves out away weeks, weeks after asOf and unanswered ratings", () => {
    const weeks = effectWeeks(3, 30);
    const asOf = weeks[19]!.week;
    const result = computeInsights({ checkins: [...weeks, makeCheckin(addIsoWeeks(FIRST, 40), { hours: { meetings: 0, execution: 0, mentoring: 0, other: 0 }, lowValueMeetingHours: 0 })] }, { asOf });
    expect(result.asOf).toBe(asOf);
    expect(result.usableWeeks).toBe(20);
    const unanswered = weeks.map((c) => ({ ...c, satisfaction: null }));
    const pair = computeInsights({ checkins: unanswered }).pairs.find((p) => p.driver === "execution" && p.measure === "satisfaction");
    expect(pair?.status).toBe("not-enough-weeks");
  });

  it("is deterministic and refuses a malformed asOf", () => {
    const weeks = noiseWeeks(11, 30);
    expect(computeInsights({ checkins: weeks })).toEqual(computeInsights({ checkins: [...weeks].reverse() }));
    expect(() => computeInsights({ checkins: weeks }, { asOf: "2026-53" })).toThrow(RangeError);
  });

  it("does not count a slow drift that moves driver and measure together as an effect", () => {
    // Over two years hands-on share falls and satisfaction falls with it, but within any quarter they are unrelated.
    const r = seededRandom(99);
    const weeks = Array.from({ length: 104 }, (_, i) => {
      const era = Math.floor(i / 13);
      return makeCheckin(addIsoWeeks(FIRST, i), {
        hours: { meetings: 10 + era * 2, execution: Math.max(0, 24 - era * 3 + Math.round(r() * 2)), mentoring: 4, other: 2 },
        satisfaction: clamp(5 - era * 0.5 + (r() - 0.5) * 2),
      });
    });
    const finding = computeInsights({ checkins: weeks }).findings.find((f) => f.driver === "execution" && f.measure === "satisfaction");
    expect(finding).toBeUndefined();
  });
});

describe("balancedThreshold", () => {
  it("cuts between distinct values as evenly as it can", () => {
    expect(balancedThreshold([1, 2, 3, 4])).toBe(3);
    expect(balancedThreshold([5, 5, 5])).toBeNull();
    expect(balancedThreshold([1, 1, 1, 2])).toBe(2);
  });
});
