import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addIsoWeeks, isoWeekFromOrdinal, isoWeekOfDate, isoWeekToOrdinal, isValidIsoWeek } from "@/lib/iso-week";
import { parseWeekInput, WEEK_INPUT_MAX_LENGTH } from "@/lib/week-input";

// A Tuesday in 2026-W48; 2026 has 53 weeks, 2025 has 52.
const TODAY = "2026-11-24";
const CURRENT = "2026-W48";

describe("parseWeekInput", () => {
  it.each([
    ["2026-W47", "2026-W47"],
    ["2026-w3", "2026-W03"],
    ["2026W10", "2026-W10"],
    [" 2026 - W 10 ", "2026-W10"],
    ["2026-W47-3", "2026-W47"],
    ["Week 47, 2026", "2026-W47"],
    ["week 47 of 2025", "2025-W47"],
    ["W12 2026", "2026-W12"],
    ["KW 12", "2026-W12"],
    ["week 47", "2026-W47"],
    ["week 48", "2026-W48"],
    ["week 49", "2025-W49"],
    ["w53", "2020-W53"],
    ["2026-11-24", "2026-W48"],
    ["2026-11-23", "2026-W48"],
    ["2026-1-4", "2026-W01"],
    ["2021-01-03", "2020-W53"],
    ["24.11.2026", "2026-W48"],
    ["this week", CURRENT],
    ["This Week", CURRENT],
    ["today", CURRENT],
    ["last week", "2026-W47"],
    ["LAST   WEEK", "2026-W47"],
    ["previous week", "2026-W47"],
    ["week before last", "2026-W46"],
    ["2 weeks ago", "2026-W46"],
    ["1 week ago", "2026-W47"],
    ["a week ago", "2026-W47"],
    ["three weeks ago", "2026-W45"],
    ["0 weeks ago", CURRENT],
    ["52 weeks ago", "2025-W48"],
    ["yesterday", CURRENT],
  ])("reads %j as %s", (typed, week) => {
    expect(parseWeekInput(typed, TODAY)).toEqual({ ok: true, week });
  });

  it("reads “yesterday” on a Monday as the week before", () => {
    expect(parseWeekInput("yesterday", "2026-11-23")).toEqual({ ok: true, week: "2026-W47" });
  });

  it("reads “tomorrow” on a Sunday as a week that hasn’t happened yet", () => {
    expect(parseWeekInput("tomorrow", "2026-11-29")).toMatchObject({ ok: false, error: expect.stringMatching(/hasn’t happened yet/) });
    expect(parseWeekInput("tomorrow", "2026-11-24")).toEqual({ ok: true, week: CURRENT });
  });

  it.each([
    ["next tuesday", /isn’t a week we can read/],
    ["next%20tuesday", /isn’t a week we can read/],
    ["<script>", /isn’t a week we can read/],
    ["", /^Type a week/],
    ["   ", /^Type a week/],
    ["next week", /^Week 49, 2026 hasn’t happened yet/],
    ["2026-W49", /hasn’t happened yet/],
    ["2027-01-01", /^Week 53, 2026 hasn’t happened yet/],
    ["2025-W53", /^2025 has weeks 1 to 52\./],
    ["2026-W00", /^2026 has weeks 1 to 53\./],
    ["1969-W10", /from 1970 on/],
    ["1969-12-31", /from 1970 on/],
    ["week 54", /numbered 1 to 53/],
    ["2026-02-30", /^2026-02-30 isn’t a date on the calendar\./],
    ["31.04.2026", /isn’t a date on the calendar/],
    ["11/24/2026", /year first/],
    ["600 weeks ago", /at most 520 weeks/],
    ["eleventy weeks ago", /isn’t a week we can read/],
    ["2026-W4 7", /isn’t a week we can read/],
  ])("refuses %j with a plain message", (typed, message) => {
    const result = parseWeekInput(typed, TODAY);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it("refuses long input without reading it", () => {
    expect(parseWeekInput(`${"1".repeat(WEEK_INPUT_MAX_LENGTH)}x`, TODAY).ok).toBe(false);
    expect(parseWeekInput(`2026-W47${" ".repeat(10_000)}`, TODAY).ok).toBe(false);
  });

  it("never throws, and only ever answers a real week up to the current one or a short message", () => {
    const today = fc.integer({ min: isoWeekToOrdinal("1971-W01") * 7, max: isoWeekToOrdinal("2100-W01") * 7 }).map((day) =>
      new Date(Date.UTC(1970, 0, 5) + day * 86_400_000).toISOString().slice(0, 10),
    );
    const typed = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.stringMatching(/^\d{1,4}[-. /wW]{0,3}\d{1,2}[-. ]{0,2}\d{0,4}$/),
      fc.constantFrom("last week", "this week", "2 weeks ago", "week 53", "yesterday", "tomorrow", "next week"),
    );
    fc.assert(
      fc.property(typed, today, (input, day) => {
        const result = parseWeekInput(input, day);
        if (result.ok) return isValidIsoWeek(result.week) && result.week <= isoWeekOfDate(day);
        return result.error.length > 0 && result.error.length < 200;
      }),
      { numRuns: 5_000 },
    );
  });

  it("reads back every week it could name, as typed in ISO form or by one of its dates", () => {
    fc.assert(
      fc.property(fc.integer({ min: isoWeekToOrdinal("1970-W02"), max: isoWeekToOrdinal("2026-W48") }), fc.integer({ min: 0, max: 6 }), (ordinal, offset) => {
        const week = isoWeekFromOrdinal(ordinal);
        const monday = new Date(Date.UTC(1970, 0, 5) + ordinal * 7 * 86_400_000 + offset * 86_400_000).toISOString().slice(0, 10);
        const byWeek = parseWeekInput(week, TODAY);
        const byDate = parseWeekInput(monday, TODAY);
        return byWeek.ok && byWeek.week === week && byDate.ok && byDate.week === week;
      }),
      { numRuns: 2_000 },
    );
  });

  it("counts weeks back from the current one", () => {
    for (const n of [0, 1, 5, 26, 520]) expect(parseWeekInput(`${n} weeks ago`, TODAY)).toEqual({ ok: true, week: addIsoWeeks(CURRENT, -n) });
  });
});
