import { describe, expect, it } from "vitest";
import { hourShares, isAwayWeek } from "@/lib/checkin";
import { buildDemoHistory } from "@/lib/demo";
import { addIsoWeeks, compareIsoWeeks, isoWeekToOrdinal, lastCompletedIsoWeek } from "@/lib/iso-week";
import { checkinSchema, type Checkin } from "@/lib/validation/checkin";

const CASES = [
  { now: new Date("2026-03-11T10:00:00Z"), timeZone: "Europe/Berlin", lastWeek: "2026-W10" },
  // Sunday evening in UTC is already Monday in Auckland: last week there is a week later.
  { now: new Date("2026-01-04T20:00:00Z"), timeZone: "Pacific/Auckland", lastWeek: "2026-W01" },
  { now: new Date("2026-01-04T20:00:00Z"), timeZone: "America/Los_Angeles", lastWeek: "2025-W52" },
  { now: new Date("2021-01-06T12:00:00Z"), timeZone: "UTC", lastWeek: "2020-W53" },
];

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const worked = (history: Checkin[]) => history.filter((c) => !isAwayWeek(c.hours));

describe("buildDemoHistory", () => {
  it.each(CASES)("ends last week in $timeZone ($lastWeek) and spans 16 weeks", ({ now, timeZone, lastWeek }) => {
    expect(lastCompletedIsoWeek(now, timeZone)).toBe(lastWeek);
    const history = buildDemoHistory({ now, timeZone });
    expect(history.at(-1)!.week).toBe(lastWeek);
    expect(history[0]!.week).toBe(addIsoWeeks(lastWeek, -15));
    expect(history.length).toBeGreaterThanOrEqual(12);
    expect(history.length).toBeLessThanOrEqual(16);
  });

  it.each(CASES)("is deterministic ($timeZone)", ({ now, timeZone }) => {
    expect(buildDemoHistory({ now, timeZone })).toEqual(buildDemoHistory({ now: new Date(now), timeZone }));
  });

  it.each(CASES)("gives weeks in order, each one a valid check-in ($timeZone)", ({ now, timeZone }) => {
    const history = buildDemoHistory({ now, timeZone });
    for (const c of history) expect(checkinSchema.parse(c)).toEqual(c);
    for (let i = 1; i < history.length; i++) expect(compareIsoWeeks(history[i - 1]!.week, history[i]!.week)).toBeLessThan(0);
  });

  it.each([1, 4, 8, 16, 52, 104])("builds %i weeks when asked", (weeks) => {
    const now = new Date("2026-03-11T10:00:00Z");
    const history = buildDemoHistory({ now, timeZone: "UTC", weeks });
    for (const c of history) expect(checkinSchema.safeParse(c).success).toBe(true);
    expect(history.at(-1)!.week).toBe("2026-W10");
    expect(isoWeekToOrdinal("2026-W10") - isoWeekToOrdinal(history[0]!.week)).toBe(weeks - 1);
  });

  it.each([0, -1, 2.5, 105, Number.NaN])("refuses %s weeks", (weeks) => {
    expect(() => buildDemoHistory({ now: new Date(), timeZone: "UTC", weeks })).toThrow(RangeError);
  });

  describe("the story it tells", () => {
    const history = buildDemoHistory({ now: new Date("2026-03-11T10:00:00Z"), timeZone: "Europe/Berlin" });
    const weeks = worked(history);
    const first4 = weeks.slice(0, 4);
    const last4 = weeks.slice(-4);

    it("has two missing weeks and one away week", () => {
      expect(history).toHaveLength(14);
      expect(history.filter((c) => isAwayWeek(c.hours))).toHaveLength(1);
    });

    it("drains hands-on execution from about 35 % to under 10 %", () => {
      expect(mean(first4.map((c) => hourShares(c.hours).execution))).toBeGreaterThan(0.3);
      for (const c of last4) expect(hourShares(c.hours).execution).toBeLessThan(0.1);
    });

    it("lets meetings creep up", () => {
      expect(mean(last4.map((c) => hourShares(c.hours).meetings))).toBeGreaterThan(
        mean(first4.map((c) => hourShares(c.hours).meetings)) + 0.2,
      );
    });

    it("keeps execution energizing while meetings drain", () => {
      for (const c of weeks) expect(c.energy.execution).toBeGreaterThanOrEqual(4);
      const meetingEnergy = (cs: Checkin[]) => mean(cs.flatMap((c) => (c.energy.meetings === null ? [] : [c.energy.meetings])));
      expect(meetingEnergy(last4)).toBeLessThanOrEqual(2);
      expect(meetingEnergy(first4)).toBeGreaterThanOrEqual(3);
    });

    it("has varied hours, some unanswered questions and ratings, and short notes", () => {
      expect(new Set(weeks.map((c) => c.hours.meetings)).size).toBeGreaterThan(8);
      expect(weeks.some((c) => c.managerOneOnOne === null)).toBe(true);
      expect(weeks.some((c) => c.training === null)).toBe(true);
      expect(weeks.some((c) => c.training === true)).toBe(true);
      expect(weeks.some((c) => c.skillConfidence === null || c.support === null)).toBe(true);
      const notes = history.flatMap((c) => (c.note ? [c.note] : []));
      expect(notes.length).toBeGreaterThanOrEqual(3);
      for (const note of notes) expect(note.length).toBeLessThan(80);
    });
  });
});
