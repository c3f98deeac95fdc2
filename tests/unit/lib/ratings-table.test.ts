import { getTableColumns } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";

/**
 * docs/contributing.md promises that a new rating question is one row in lib/ratings.ts (plus its
 * colour, migrations and docs). This test adds such a row and checks that every consumer follows:
 * the form asks it, validation keeps it, both databases get the column, the dashboard and the
 * report show it and the CSV exports it. A consumer that types its own list of ratings fails here.
 */
const FOCUS = {
  key: "focus",
  column: "focus_quality",
  label: "Focus quality",
  phrase: "focus quality",
  question: "How focused were your hands-on hours?",
  low: "scattered",
  high: "deep",
} as const;

vi.mock("@/lib/ratings", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/ratings")>();
  const specs = [...real.RATING_SPECS, FOCUS];
  const keys = specs.map((s) => s.key);
  const perRating = <T,>(value: (key: string) => T) => Object.fromEntries(keys.map((k) => [k, value(k)]));
  return {
    ...real,
    RATING_SPECS: specs,
    RATINGS: keys,
    RATING_SPEC: perRating((k) => specs.find((s) => s.key === k)),
    NO_RATINGS: perRating(() => null),
    perRating,
    pickRatings: (source: Record<string, number | null>) => perRating((k) => source[k] ?? null),
  };
});

const { checkinSchema } = await import("@/lib/validation/checkin");
const { CHECKIN_FORM_SPEC } = await import("@/lib/validation/form");
const { RATING_QUESTIONS, checkinToFormValues, checkinFormToShape, CARRIED_WITH_RATINGS } = await import("@/lib/checkin-form");
const sqlite = await import("@/db/schema");
const pg = await import("@/db/schema-pg");
const { toCheckinValues, toCheckinRecord } = await import("@/db/queries/checkins");
const { toWeeklySeries } = await import("@/lib/dashboard/series");
const { ratingsTable } = await import("@/lib/dashboard/tables");
const { buildReportView, toCsv, toMarkdown, RATING_TRENDS } = await import("@/lib/report");
const { makeCheckin } = await import("../../helpers/factories");

const PROFILE = {
  displayName: "Ada Lead",
  previousRole: "engineer" as const,
  leadingSince: "2026-03-02",
  teamSize: 5,
  timeZone: "Europe/Berlin",
  targets: { meetingsMaxPct: 50, executionMinPct: 20, mentoringMinPct: 20 },
};

describe("a rating question added to lib/ratings.ts reaches every consumer", () => {
  const week = makeCheckin("2026-W40", { focus: 2 } as never);

  it("is asked on the form, carried by 'Same as last week', read back from the form and validated 1–5", () => {
    expect(RATING_QUESTIONS.at(-1)).toEqual({ name: "focus", legend: FOCUS.question, low: "scattered", high: "deep" });
    expect(CHECKIN_FORM_SPEC.focus).toBe("number");
    expect(CARRIED_WITH_RATINGS).toContain("focus");
    const values = checkinToFormValues(week);
    expect(values).toHaveProperty("focus", "2");
    expect(checkinSchema.parse(checkinFormToShape(Object.entries({ ...values, focus: "4" })))).toHaveProperty("focus", 4);
    expect(checkinSchema.safeParse({ ...week, focus: 6 }).success).toBe(false);
    expect(checkinSchema.safeParse({ ...week, focus: null }).success).toBe(true);
  });

  it("has a column in both databases' checkins table, and is stored and read back", () => {
    const columnName = (columns: Record<string, { name: string }>) => columns.focus?.name;
    expect(columnName(getTableColumns(sqlite.checkins))).toBe("focus_quality");
    expect(columnName(getTableColumns(pg.checkins))).toBe("focus_quality");
    const row = toCheckinValues("leader-1", week);
    expect(row).toHaveProperty("focus", 2);
    expect(toCheckinRecord({ ...row, id: 1, isDemo: false, createdAt: new Date(), updatedAt: new Date() } as never)).toHaveProperty("focus", 2);
  });

  it("is a line and a column of the dashboard's ratings chart and table", () => {
    const [point] = toWeeklySeries([{ ...week, isDemo: false }], ["2026-W40"]);
    expect(point).toHaveProperty("focus", 2);
    const table = ratingsTable([point!]);
    expect(table.columns.at(-1)).toEqual({ key: "focus", header: "Focus quality" });
    expect(table.rows[0]).toHaveProperty("focus", "2");
  });

  it("is a trend of the report (page, share page, PDF, Markdown) and a CSV column", () => {
    expect(RATING_TRENDS.at(-1)).toEqual({ key: "focus", label: "Focus quality" });
    const view = buildReportView(
      { profile: PROFILE, checkins: [week, makeCheckin("2026-W41", { focus: 4 } as never)] },
      { from: "2026-W40", to: "2026-W41", includeNotes: false, now: new Date("2026-10-20T10:00:00Z") },
    );
    expect(toMarkdown(view)).toContain("Focus quality");
    const [header, first] = toCsv(view).replace(/^\uFEFF/, "").split(/\r?\n/);
    const columns = header!.split(",");
    expect(columns).toContain("focus_quality");
    expect(first!.split(",")[columns.indexOf("focus_quality")]).toBe("2");
  });
});
