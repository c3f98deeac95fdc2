import { describe, expect, it } from "vitest";
import { checkRange, formatPeriod, MAX_REPORT_WEEKS, presetRange, rangeLength, rangeWeeks } from "@/lib/report";

describe("presetRange", () => {
  it.each([
    ["last-4", "2026-W47", "2024-03-01", "2026-W44"],
    ["last-4", "2026-W02", "2024-03-01", "2025-W51"],
    ["last-4", "2021-W02", "2019-03-01", "2020-W52"],
    ["last-quarter", "2026-W47", "2024-03-01", "2026-W35"],
    ["last-quarter", "2026-W05", "2024-03-01", "2025-W45"],
    ["last-quarter", "2021-W05", "2019-03-01", "2020-W46"],
    ["since-leading", "2026-W47", "2026-03-02", "2026-W10"],
    ["since-leading", "2026-W02", "2025-12-31", "2026-W01"],
    ["since-leading", "2021-W02", "2021-01-01", "2020-W53"],
    ["since-leading", "2026-W10", "2026-05-01", "2026-W10"],
  ] as const)("%s ending %s (leading since %s) starts at %s", (preset, lastWeek, leadingSince, from) => {
    expect(presetRange(preset, { lastWeek, leadingSince })).toEqual({ from, to: lastWeek });
  });

  it("caps a very long leadership at the maximum report length", () => {
    const range = presetRange("since-leading", { lastWeek: "2026-W47", leadingSince: "2001-01-01" });
    expect(rangeLength(range)).toBe(MAX_REPORT_WEEKS);
  });
});

describe("range arithmetic across year ends", () => {
  it.each([
    ["2020-W52", "2021-W02", ["2020-W52", "2020-W53", "2021-W01", "2021-W02"]],
    ["2025-W51", "2026-W02", ["2025-W51", "2025-W52", "2026-W01", "2026-W02"]],
    ["2026-W53", "2027-W01", ["2026-W53", "2027-W01"]],
    ["2026-W47", "2026-W47", ["2026-W47"]],
  ])("%s – %s", (from, to, weeks) => {
    expect(rangeWeeks({ from, to })).toEqual(weeks);
    expect(rangeLength({ from, to })).toBe(weeks.length);
  });

  it.each([
    ["2026-W40", "2026-W47", "2026-W40 – 2026-W47, 28 Sep – 22 Nov 2026"],
    ["2025-W50", "2026-W03", "2025-W50 – 2026-W03, 8 Dec 2025 – 18 Jan 2026"],
    ["2020-W53", "2020-W53", "2020-W53, 28 Dec 2020 – 3 Jan 2021"],
    ["2026-W01", "2026-W02", "2026-W01 – 2026-W02, 29 Dec 2025 – 11 Jan 2026"],
  ])("formatPeriod(%s, %s)", (from, to, text) => {
    expect(formatPeriod({ from, to })).toBe(text);
  });
});

describe("checkRange", () => {
  it.each([
    ["2026-W34", "2026-W47", null],
    ["2026-W47", "2026-W34", "reversed"],
    ["2026-W4", "2026-W47", "not an ISO week"],
    ["2025-W53", "2026-W02", "not an ISO week"],
    ["2026-W34", "2026-47", "not an ISO week"],
    ["2000-W01", "2026-W47", "at most"],
  ])("%s – %s → %s", (from, to, problem) => {
    const result = checkRange(from, to);
    if (problem === null) expect(result).toEqual({ ok: true, range: { from, to } });
    else expect(result.ok === false && result.message).toContain(problem);
  });
});
