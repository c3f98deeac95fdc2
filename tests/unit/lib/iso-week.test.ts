import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addIsoWeeks,
  compareIsoWeeks,
  currentIsoWeek,
  isoWeekEndDate,
  isoWeekFromOrdinal,
  isoWeekOfDate,
  isoWeekOfInstant,
  isoWeeksBetween,
  isoWeeksInYear,
  isoWeekStartDate,
  isoWeekToOrdinal,
  isValidIsoWeek,
  isValidTimeZone,
  lastCompletedIsoWeek,
  lastShownWeek,
  parseIsoWeek,
} from "@/lib/iso-week";

describe("isoWeeksInYear", () => {
  it.each([
    [2015, 53],
    [2020, 53],
    [2024, 52],
    [2025, 52],
    [2026, 53],
    [2027, 52],
    [2032, 53],
  ])("%i has %i weeks", (year, weeks) => {
    expect(isoWeeksInYear(year)).toBe(weeks);
  });
});

describe("parseIsoWeek / isValidIsoWeek", () => {
  it.each([
    ["2026-W01", true],
    ["2026-W53", true],
    ["2025-W53", false],
    ["2025-W52", true],
    ["2026-W00", false],
    ["2026-W54", false],
    ["2026-W1", false],
    ["2026W10", false],
    ["2026-w10", false],
    [" 2026-W10", false],
    ["", false],
  ])("%j valid: %s", (value, valid) => {
    expect(isValidIsoWeek(value)).toBe(valid);
  });

  it("returns the parts", () => {
    expect(parseIsoWeek("2026-W09")).toEqual({ year: 2026, week: 9 });
  });
});

describe("week dates", () => {
  it.each([
    ["2026-W01", "2025-12-29", "2026-01-04"],
    ["2026-W53", "2026-12-28", "2027-01-03"],
    ["2027-W01", "2027-01-04", "2027-01-10"],
    ["2020-W53", "2020-12-28", "2021-01-03"],
    ["2026-W48", "2026-11-23", "2026-11-29"],
  ])("%s runs %s to %s", (week, start, end) => {
    expect(isoWeekStartDate(week)).toBe(start);
    expect(isoWeekEndDate(week)).toBe(end);
    expect(isoWeekOfDate(start)).toBe(week);
    expect(isoWeekOfDate(end)).toBe(week);
  });
});

describe("arithmetic across year ends", () => {
  it.each([
    ["2026-W52", 1, "2026-W53"],
    ["2026-W53", 1, "2027-W01"],
    ["2025-W52", 1, "2026-W01"],
    ["2026-W01", -1, "2025-W52"],
    ["2027-W01", -1, "2026-W53"],
    ["2026-W10", 52, "2027-W09"],
    ["2026-W10", 0, "2026-W10"],
  ])("%s + %i = %s", (week, n, expected) => {
    expect(addIsoWeeks(week, n)).toBe(expected);
  });

  it("ordinals are consecutive and round-trip", () => {
    let previous = isoWeekToOrdinal("2019-W50");
    for (const week of isoWeeksBetween("2019-W51", "2028-W03")) {
      const ordinal = isoWeekToOrdinal(week);
      expect(ordinal).toBe(previous + 1);
      expect(isoWeekFromOrdinal(ordinal)).toBe(week);
      previous = ordinal;
    }
  });

  it("lists weeks inclusively and compares them", () => {
    expect(isoWeeksBetween("2026-W52", "2027-W02")).toEqual(["2026-W52", "2026-W53", "2027-W01", "2027-W02"]);
    expect(isoWeeksBetween("2027-W02", "2026-W52")).toEqual([]);
    expect(compareIsoWeeks("2026-W53", "2027-W01")).toBeLessThan(0);
    expect(compareIsoWeeks("2027-W01", "2026-W53")).toBeGreaterThan(0);
  });

  it("refuses to compute with invalid weeks", () => {
    expect(() => addIsoWeeks("2025-W53", 1)).toThrow(RangeError);
  });
});

describe("weeks in a time zone", () => {
  it.each([
    // Sunday 23:30 UTC is already Monday in Berlin, still Sunday in New York.
    ["2026-11-22T23:30:00Z", "Europe/Berlin", "2026-W48"],
    ["2026-11-22T23:30:00Z", "UTC", "2026-W47"],
    ["2026-11-23T03:00:00Z", "America/New_York", "2026-W47"],
    ["2026-11-23T05:00:00Z", "America/New_York", "2026-W48"],
    // 1 Jan 2027 is a Friday, so it still belongs to 2026-W53.
    ["2026-12-31T12:00:00Z", "Pacific/Auckland", "2026-W53"],
    ["2027-01-03T12:00:00Z", "Pacific/Auckland", "2027-W01"],
    ["2027-01-03T12:00:00Z", "America/Los_Angeles", "2026-W53"],
    // Summer time starts in Berlin on Sunday 29 March 2026: 22:30 UTC that day is already Monday 00:30.
    ["2026-03-29T21:30:00Z", "Europe/Berlin", "2026-W13"],
    ["2026-03-29T22:30:00Z", "Europe/Berlin", "2026-W14"],
    ["2026-11-01T05:30:00Z", "America/New_York", "2026-W44"],
  ])("%s in %s is %s", (instant, zone, week) => {
    expect(isoWeekOfInstant(new Date(instant), zone)).toBe(week);
  });

  it("gives the current and the last completed week", () => {
    const now = new Date("2026-11-26T10:00:00Z");
    expect(currentIsoWeek(now, "Europe/Berlin")).toBe("2026-W48");
    expect(lastCompletedIsoWeek(now, "Europe/Berlin")).toBe("2026-W47");
    expect(lastCompletedIsoWeek(new Date("2027-01-05T10:00:00Z"), "UTC")).toBe("2026-W53");
  });

  it.each([
    [[], "2026-W47"],
    [["2026-W45", "2026-W47"], "2026-W47"],
    [["2026-W48", "2026-W40"], "2026-W48"],
  ])("with check-ins in %j the dashboard and the report end at %s", (weeks, last) => {
    expect(lastShownWeek(weeks, new Date("2026-11-26T10:00:00Z"), "Europe/Berlin")).toBe(last);
  });

  it.each([
    ["Europe/Berlin", true],
    ["America/Argentina/Buenos_Aires", true],
    ["UTC", true],
    ["Mars/Olympus_Mons", false],
    ["", false],
  ])("time zone %j valid: %s", (zone, valid) => {
    expect(isValidTimeZone(zone)).toBe(valid);
  });
});

// The helpers do their date arithmetic without Date objects; the reference below does it with Date,
// the way the ISO 8601 rule reads (the week belongs to the year of its Thursday).
function referenceWeekOf(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  const thursday = new Date(date.getTime() + (3 - ((date.getUTCDay() + 6) % 7)) * 86_400_000);
  const jan4 = new Date(Date.UTC(thursday.getUTCFullYear(), 0, 4));
  const week1Monday = jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000;
  const week = Math.floor((thursday.getTime() - week1Monday) / (7 * 86_400_000)) + 1;
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}

describe("date arithmetic without Date objects", () => {
  const day = fc.integer({ min: Date.UTC(1970, 0, 5) / 86_400_000, max: Date.UTC(9999, 11, 24) / 86_400_000 });
  const isoDateOf = (days: number) => new Date(days * 86_400_000).toISOString().slice(0, 10);

  it("puts every day from 1970 to 9999 in the week the Date-based rule gives", () => {
    fc.assert(
      fc.property(day, (days) => {
        expect(isoWeekOfDate(isoDateOf(days))).toBe(referenceWeekOf(isoDateOf(days)));
      }),
      { numRuns: 5000 },
    );
  });

  it("starts each such week on the Monday and ends it on the Sunday of the calendar", () => {
    fc.assert(
      fc.property(day, (days) => {
        const week = isoWeekOfDate(isoDateOf(days));
        const weekday = (new Date(days * 86_400_000).getUTCDay() + 6) % 7;
        expect(isoWeekStartDate(week)).toBe(isoDateOf(days - weekday));
        expect(isoWeekEndDate(week)).toBe(isoDateOf(days - weekday + 6));
      }),
      { numRuns: 5000 },
    );
  });

  it("walks every week of a leap-year boundary and of 53-week years in order", () => {
    const weeks = isoWeeksBetween("2019-W50", "2021-W03");
    expect(weeks).toContain("2020-W53");
    for (let i = 1; i < weeks.length; i++) expect(isoWeekStartDate(weeks[i]!)).toBe(isoDateOf(Date.parse(`${isoWeekStartDate(weeks[i - 1]!)}T00:00:00Z`) / 86_400_000 + 7));
    expect(isoWeekStartDate("2020-W09")).toBe("2020-02-24");
    expect(isoWeekEndDate("2020-W09")).toBe("2020-03-01");
    expect(isoWeekStartDate("2000-W09")).toBe("2000-02-28");
    expect(isoWeekEndDate("2100-W09")).toBe("2100-03-07");
  });
});
