import { format } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatHours, formatPercent, formatWeekLabel, formatWeekRange } from "@/lib/format";
import { addIsoWeeks, isoWeekEndDate, isoWeekStartDate } from "@/lib/iso-week";
import { DEFAULT_TIME_ZONE, localIsoDate } from "@/lib/local-date";

describe("formatHours", () => {
  it.each([
    [0, "0 h"],
    [7.25, "7.25 h"],
    [7.5, "7.5 h"],
    [40, "40 h"],
    [168, "168 h"],
    [1234.5, "1,234.5 h"],
  ])("%d → %s", (hours, expected) => {
    expect(formatHours(hours)).toBe(expected);
  });
});

describe("formatPercent", () => {
  it.each([
    [0, "0%"],
    [0.5, "50%"],
    [0.425, "43%"],
    [1 / 3, "33%"],
    [1, "100%"],
  ])("%d → %s", (share, expected) => {
    expect(formatPercent(share)).toBe(expected);
  });
});

describe("formatWeekRange", () => {
  it.each([
    ["2026-W47", "Mon 16 Nov – Sun 22 Nov 2026"],
    ["2026-W10", "Mon 2 Mar – Sun 8 Mar 2026"],
    ["2026-W01", "Mon 29 Dec 2025 – Sun 4 Jan 2026"],
    ["2026-W53", "Mon 28 Dec 2026 – Sun 3 Jan 2027"],
    ["2027-W01", "Mon 4 Jan – Sun 10 Jan 2027"],
    ["2024-W09", "Mon 26 Feb – Sun 3 Mar 2024"],
  ])("%s → %s", (week, expected) => {
    expect(formatWeekRange(week)).toBe(expected);
  });

  it("says what date-fns' calendar says, for any week from 1970 to 2200", () => {
    const local = (iso: string) => {
      const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
      return new Date(y, m - 1, d);
    };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12_000 }), (offset) => {
        const week = addIsoWeeks("1970-W02", offset);
        const start = local(isoWeekStartDate(week));
        const end = local(isoWeekEndDate(week));
        const startPattern = start.getFullYear() === end.getFullYear() ? "EEE d MMM" : "EEE d MMM yyyy";
        expect(formatWeekRange(week)).toBe(`${format(start, startPattern)} – ${format(end, "EEE d MMM yyyy")}`);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe("formatWeekLabel", () => {
  it.each([
    ["2026-W10", "Week 10, 2026"],
    ["2026-W53", "Week 53, 2026"],
    ["nonsense", "nonsense"],
  ])("%s → %s", (week, expected) => {
    expect(formatWeekLabel(week)).toBe(expected);
  });
});

describe("localIsoDate", () => {
  it.each([
    ["2026-11-26T23:30:00Z", "Europe/Berlin", "2026-11-27"],
    ["2026-11-26T23:30:00Z", "America/Los_Angeles", "2026-11-26"],
    ["2026-11-26T10:30:00Z", "Pacific/Kiritimati", "2026-11-27"],
    ["2026-11-26T10:30:00Z", "Pacific/Pago_Pago", "2026-11-25"],
    ["2026-12-31T23:59:59Z", DEFAULT_TIME_ZONE, "2026-12-31"],
  ])("%s in %s is %s", (instant, zone, expected) => {
    expect(localIsoDate(new Date(instant), zone)).toBe(expected);
  });
});
