import { renderReportPdf } from "../../components/pdf/report-document";
import { listCheckins } from "../../db/queries/checkins";
import { getProfile } from "../../db/queries/profiles";
import { addIsoWeeks, lastCompletedIsoWeek } from "../../lib/iso-week";
import { NOTE_MAX_LENGTH } from "../../lib/limits";
import { buildReport, toReportView, type ReportInput } from "../../lib/report";
import { formatKb, pick, summarize, timeEach, timingGoals, timingTable, type BenchSection, type Goal } from "./harness";
import { openSeededDb } from "./seed";

const GOAL: Goal = { stat: "median", ms: 500 };
const WEEKS = 52;
const LONG_WEEKS = 104;
// A PDF takes hundreds of milliseconds: a few dozen samples give a stable median without a long run.
const MAX_PDF_SAMPLES = 25;
const MAX_LONG_SAMPLES = 6;
const NOTE_SCRIPTS = [
  "Planning went long again and the release slipped by a day, so we cut scope together. ",
  "Планирование снова затянулось, релиз сдвинулся на день, и мы вместе сократили объём. ",
  "我们团队这周完成了发布计划，但是会议太多了，我几乎没有时间写代码。",
];

/** Every check-in with a note as long as the app allows, in Latin, Cyrillic and Chinese in turn. */
function withLongNotes(input: ReportInput): ReportInput {
  return {
    ...input,
    checkins: input.checkins.map((c, i) => ({ ...c, note: NOTE_SCRIPTS[i % NOTE_SCRIPTS.length]!.repeat(60).slice(0, NOTE_MAX_LENGTH) })),
  };
}

export const reportBench: BenchSection = {
  name: "report",
  description: `buildReport and the PDF for ${WEEKS} weeks of one leader, and for ${LONG_WEEKS} weeks with 2,000-character notes`,
  async run({ iterations, warmup, random, tempDir }) {
    const { db, leaderIds, weeks } = await openSeededDb(tempDir("report"), {
      leaders: 20,
      weeks: LONG_WEEKS,
      lastWeek: lastCompletedIsoWeek(new Date(), "UTC"),
      random,
    });
    const to = weeks.at(-1)!;
    const from = addIsoWeeks(to, -(WEEKS - 1));
    const longFrom = addIsoWeeks(to, -(LONG_WEEKS - 1));
    const now = new Date();
    // The 52-week report sees 52 weeks of data, as this section always measured; the long one all 104.
    const load = async (since: string): Promise<ReportInput> => {
      const userId = pick(random, leaderIds);
      const [profile, checkins] = await Promise.all([getProfile(db, userId), listCheckins(db, { userId, from: since, to })]);
      return { profile: profile!, checkins };
    };
    const inputs = await Promise.all(Array.from({ length: 3 + Math.min(iterations, MAX_PDF_SAMPLES) }, () => load(from)));
    const longInputs = await Promise.all(Array.from({ length: 1 + Math.min(iterations, MAX_LONG_SAMPLES) }, () => load(longFrom)));
    const buildSamples = await timeEach(inputs, Math.min(warmup, 3), async (input) =>
      toReportView(buildReport(input, { from, to, includeNotes: true, now })),
    );
    let bytes = 0;
    const views = inputs.map((input) => toReportView(buildReport(input, { from, to, includeNotes: true, now })));
    const pdfSamples = await timeEach(views, 3, async (view) => {
      bytes = (await renderReportPdf(view)).length;
    });
    let longBytes = 0;
    const longViews = longInputs.map((input) => toReportView(buildReport(withLongNotes(input), { from: longFrom, to, includeNotes: true, now })));
    const longSamples = await timeEach(longViews, 1, async (view) => {
      longBytes = (await renderReportPdf(view)).length;
    });
    const timings = [
      summarize(`buildReport + view, ${WEEKS} weeks`, buildSamples),
      summarize(`PDF for ${WEEKS} weeks (${formatKb(bytes)} kB)`, pdfSamples, GOAL),
      summarize(`PDF for ${LONG_WEEKS} weeks, 2,000-character notes (${formatKb(longBytes)} kB)`, longSamples),
    ];
    return {
      tables: [timingTable(`Timings (${pdfSamples.length} + ${longSamples.length} PDFs after warm-up renders)`, timings)],
      goals: timingGoals("report", timings),
    };
  },
};
