import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderReportPdf } from "@/components/pdf/report-document";
import { MEASURE_KINDS } from "@/lib/experiments/kinds";
import { computeInsights } from "@/lib/insights/compute";
import { addIsoWeeks } from "@/lib/iso-week";
import {
  buildReportView,
  chosenInclusions,
  escapeMarkdown,
  findingSentence,
  neutralMeasureLabel,
  normalizeChoice,
  toCsv,
  toHtmlBody,
  toMarkdown,
  type ReportView,
  type TalkingPointChoice,
} from "@/lib/report";
import { experimentSchema, type ExperimentMeasure } from "@/lib/validation/experiment";
import { talkingPointsFormSchema, talkingPointsFormShape } from "@/lib/validation/report";
import { reviewSchema } from "@/lib/validation/review";
import { makeProfile } from "../../helpers/factories";
import { effectWeeks, FIRST } from "../../helpers/insight-weeks";

const NOW = new Date("2026-11-26T09:00:00Z");
const profile = makeProfile({ displayName: "Sam Okafor", leadingSince: "2026-01-01", teamSize: 5, timeZone: "UTC" });
const checkins = effectWeeks(7, 30);
const TO = addIsoWeeks(FIRST, 29);
const FROM = addIsoWeeks(TO, -12);
const NOTE = "Private experiment note: the CTO pushed back";
const REFLECTION = "Private reflection: I miss writing code more than I admit";
const kept = experimentSchema.parse({
  id: "blocks",
  title: "Two half-days of hands-on work",
  stepId: "block-hands-on-half-days",
  measure: { kind: "executionShareAtLeast", target: 30 },
  startWeek: addIsoWeeks(TO, -8),
  weeks: 4,
  answers: [0, 1, 2, 3].map((i) => ({ week: addIsoWeeks(TO, -8 + i), answer: i === 2 ? "partly" : "yes" })),
  outcome: "kept",
  endedWeek: addIsoWeeks(TO, -5),
  note: NOTE,
});
const running = experimentSchema.parse({
  id: "one-on-one",
  title: "Ask for a fortnightly 1:1",
  measure: { kind: "managerOneOnOneEveryOtherWeek" },
  startWeek: addIsoWeeks(TO, -1),
  weeks: 4,
  answers: [{ week: addIsoWeeks(TO, -1), answer: "no" }],
});
const outside = experimentSchema.parse({ ...kept, id: "old", title: "An experiment long before the range", startWeek: addIsoWeeks(FIRST, 1), endedWeek: addIsoWeeks(FIRST, 3), answers: [] });
const review = reviewSchema.parse({ week: addIsoWeeks(TO, -2), milestone: 26, leaning: "reshape-role", reflection: REFLECTION });
const reflection = { experiments: [outside, kept, running], reviews: [review] };

function view(include: string[] | null, includeNotes = false): ReportView {
  const talkingPoints: TalkingPointChoice | null = include === null ? null : normalizeChoice({ picked: ["next-growth-goal"], include });
  return buildReportView({ profile, checkins, reflection }, { from: FROM, to: TO, includeNotes, now: NOW, talkingPoints });
}

const dir = mkdtempSync(join(tmpdir(), "pendulum-reflection-pdf-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function pdfText(v: ReportView, name: string): Promise<string> {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await renderReportPdf(v));
  return execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

/** Every format a manager can receive, as text (the PDF through pdftotext). */
async function formats(v: ReportView, name: string) {
  return { md: toMarkdown(v), html: toHtmlBody(v, { expiresOn: "4 December 2026" }), csv: toCsv(v), pdf: await pdfText(v, name) };
}

const ALL_TEXT = (s: NonNullable<ReportView["experimentsReview"]>) =>
  [s.heading, s.intro, ...s.parts.flatMap((p) => [p.heading, ...p.blocks.flatMap((b) => [b.title ?? "", ...b.paragraphs, ...b.items, ...(b.table ? b.table.rows.flatMap((r) => [r.header, ...r.cells]) : []), b.quote?.label ?? ""])])];

describe("experiments and the quarterly review in a report", () => {
  it("are absent from every format unless the leader includes them, even with the records at hand", async () => {
    for (const [name, include] of [["none", null], ["empty", []], ["reflection-alone", ["reflection"]]] as const) {
      const v = view(include === null ? null : [...include], true);
      expect(v.experimentsReview).toBeNull();
      const out = await formats(v, name);
      for (const text of Object.values(out)) {
        expect(text).not.toContain("Two half");
        expect(text).not.toContain("Quarterly review");
        expect(text).not.toContain("Private reflection");
        expect(text).not.toContain("Private experiment note");
      }
    }
  }, 60_000);

  it("with experiments included: those overlapping the range in every format, judged in the third person, notes left out", async () => {
    const v = view(["experiments"]);
    const section = v.experimentsReview!;
    expect(section.heading).toBe("Experiments");
    expect(section.parts.map((p) => p.heading)).toEqual(["Experiments"]);
    expect(section.parts[0]!.blocks.map((b) => b.title)).toEqual([kept.title, running.title]);
    const keptBlock = section.parts[0]!.blocks[0]!;
    expect(keptBlock.paragraphs[0]).toContain("Sam Okafor kept it");
    expect(keptBlock.items[0]).toMatch(/^“Hands-on work at least 30 % of the week” was (not )?reached: \d of 4 logged weeks\.$/);
    expect(keptBlock.items.at(-1)).toBe("Sam Okafor did it in 3 weeks, partly in 1 and not in 0.");
    expect(keptBlock.quote).toBeNull();
    expect(section.parts[0]!.blocks[1]!.paragraphs[0]).toContain("Still running");
    for (const text of ALL_TEXT(section)) expect(text).not.toMatch(/\byou(r|rs)?\b/i);

    const out = await formats(v, "experiments");
    for (const format of ["md", "html", "pdf"] as const) {
      const title = (t: string) => (format === "md" ? escapeMarkdown(t) : t);
      expect(out[format]).toContain(title(kept.title));
      expect(out[format]).toContain(title(running.title));
      expect(out[format]).not.toContain(title(outside.title));
      expect(out[format]).not.toContain("Private experiment note");
      expect(out[format]).not.toContain("Quarterly review");
    }
    expect(out.pdf).toContain("Sam Okafor did it in 3 weeks, partly in 1 and not in 0.");
    // The CSV stays one row per week of the range.
    expect(out.csv).not.toContain(kept.title);
  }, 60_000);

  it("shows an experiment's note only when the report's notes are included too", async () => {
    const v = view(["experiments"], true);
    expect(v.experimentsReview!.parts[0]!.blocks[0]!.quote).toEqual({ label: "Sam Okafor's note", text: NOTE });
    const out = await formats(v, "experiments-notes");
    for (const format of ["md", "html", "pdf"] as const) expect(out[format]).toContain("the CTO pushed back");
  }, 60_000);

  it("with the review included: the latest review of the range and its leaning, never the written reflection unless ticked", async () => {
    const v = view(["review"], true);
    const part = v.experimentsReview!.parts.find((p) => p.heading === "Quarterly review")!;
    expect(part.blocks[0]!.paragraphs[0]).toContain(`Sam Okafor saved this review in ${review.week}`);
    expect(part.blocks.find((b) => b.title === "The path leaned towards")!.paragraphs[0]).toContain("Reshape the role");
    expect(part.blocks.some((b) => b.quote)).toBe(false);
    const energy = part.blocks.find((b) => b.title === "What energized and what drained")!;
    expect(energy.items.length).toBeGreaterThan(0);
    expect(energy.items.join(" ")).toMatch(/^In (weeks with more|longer weeks) .* satisfaction was [\d.]+ points (higher|lower) \(/);
    for (const text of ALL_TEXT(v.experimentsReview!)) expect(text).not.toMatch(/\byou(r|rs)?\b/i);
    const out = await formats(v, "review");
    for (const format of ["md", "html", "pdf"] as const) {
      expect(out[format]).toContain("Quarterly review");
      expect(out[format]).toContain("Reshape the role");
      expect(out[format]).not.toContain("Private reflection");
      expect(out[format]).not.toMatch(/wellbeing|WHO-5|burnout/i);
    }
  }, 60_000);

  it("adds the written reflection, word for word, only when the leader ticks it with the review", async () => {
    const v = view(["review", "reflection", "experiments"]);
    expect(v.experimentsReview!.heading).toBe("Experiments and quarterly review");
    const quote = v.experimentsReview!.parts[1]!.blocks.at(-1)!.quote;
    expect(quote).toEqual({ label: "Sam Okafor's written reflection", text: REFLECTION });
    const out = await formats(v, "reflection");
    for (const format of ["md", "html", "pdf"] as const) {
      expect(out[format]).toContain("I miss writing code more than I admit");
      expect(out[format]).not.toMatch(/wellbeing|WHO-5|burnout/i);
    }
  }, 60_000);

  it("builds the review from the weeks as of the range's end when none was saved in it", () => {
    const v = buildReportView(
      { profile, checkins, reflection: { experiments: [], reviews: [{ ...review, week: addIsoWeeks(FROM, -1) }] } },
      { from: FROM, to: TO, includeNotes: false, now: NOW, talkingPoints: normalizeChoice({ picked: [], include: ["review", "reflection"] }) },
    );
    const blocks = v.experimentsReview!.parts[0]!.blocks;
    expect(blocks[0]!.paragraphs[0]).toContain(`saved no review in this range`);
    expect(blocks.some((b) => b.title === "The path leaned towards" || b.quote)).toBe(false);
  });

  it("is left out of an empty range's message", () => {
    const v = buildReportView(
      { profile, checkins: [], reflection },
      { from: FROM, to: TO, includeNotes: false, now: NOW, talkingPoints: normalizeChoice({ picked: [], include: ["experiments", "review"] }) },
    );
    expect(v.empty).not.toBeNull();
    expect(v.experimentsReview).toBeNull();
    expect(toMarkdown(v)).not.toContain("Two half");
  });
});

describe("the wording for the manager", () => {
  it("names every measure without addressing the leader", () => {
    const measures: ExperimentMeasure[] = MEASURE_KINDS.map((kind) =>
      kind === "managerOneOnOneEveryOtherWeek" || kind === "trainingOrPeerTime" ? { kind } : ({ kind, target: kind === "totalHoursAtMost" ? 45 : 20 } as ExperimentMeasure),
    );
    for (const m of measures) expect(neutralMeasureLabel(m)).not.toMatch(/\byou(r)?\b/i);
  });

  it("words the insight findings like the app does, about the leader", () => {
    const { findings } = computeInsights({ checkins }, { asOf: TO });
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      const neutral = findingSentence(f);
      expect(neutral).not.toMatch(/\byou(r)?\b/i);
      // Same numbers as the leader's own sentence.
      expect(neutral.match(/[\d.]+/g)).toEqual(f.sentence.match(/[\d.]+/g));
    }
  });
});

describe("the inclusion choice", () => {
  it("keeps known inclusions in order, once, and the reflection only with the review", () => {
    expect(normalizeChoice({ picked: [], include: ["review", "wellbeing", "experiments", "review"] }).include).toEqual(["experiments", "review"]);
    expect(normalizeChoice({ picked: [], include: ["reflection"] })).toEqual({ picked: [] });
    expect(normalizeChoice({ picked: [], include: ["reflection", "review"] }).include).toEqual(["review", "reflection"]);
    expect([...chosenInclusions({ include: ["reflection"] })]).toEqual([]);
    expect([...chosenInclusions(null)]).toEqual([]);
  });

  it("reads the form's include boxes and refuses an unknown one", () => {
    const form = new FormData();
    form.append("pick", "next-growth-goal");
    form.append("include", "experiments");
    form.append("include", "reflection");
    const parsed = talkingPointsFormSchema.parse(talkingPointsFormShape(form));
    expect(parsed.include).toEqual(["experiments", "reflection"]);
    expect(normalizeChoice(parsed).include).toEqual(["experiments"]);
    form.append("include", "wellbeing");
    expect(talkingPointsFormSchema.safeParse(talkingPointsFormShape(form)).success).toBe(false);
  });
});
