import { renderReportPdf } from "../../components/pdf/report-document";
import { listCheckins } from "../../db/queries/checkins";
import { getProfile } from "../../db/queries/profiles";
import { addIsoWeeks, lastCompletedIsoWeek } from "../../lib/iso-week";
import { buildReport } from "../../lib/report";
import { formatKb, pick, summarize, timeEach, timingGoals, timingTable, type BenchSection, type Goal } from "./harness";
import { openSeededDb } from "./seed";

const GOAL: Goal = { stat: "median", ms: 500 };
const WEEKS = 52;
// A PDF takes hundreds of milliseconds: a few dozen samples give a stable median without a long run.
const MAX_PDF_SAMPLES = 25;

export const reportBench: BenchSection = {
  name: "report",
  description: `buildReport and the PDF for ${WEEKS} weeks of one leader`,
  async run({ iterations, warmup, random, tempDir }) {
    const { db, leaderIds, weeks } = await openSeededDb(tempDir("report"), {
      leaders: 20,
      weeks: WEEKS,
      lastWeek: lastCompletedIsoWeek(new Date(), "UTC"),
      random,
    });
    const to = weeks.at(-1)!;
    const from = addIsoWeeks(to, -(WEEKS - 1));
    const now = new Date();
    const inputs = await Promise.all(
      Array.from({ length: 3 + Math.min(iterations, MAX_PDF_SAMPLES) }, async () => {
        const userId = pick(random, leaderIds);
        const [profile, checkins] = await Promise.all([getProfile(db, userId), listCheckins(db, { userId, to })]);
        return { profile: profile!, checkins };
      }),
    );
    const built = inputs.map((input) => buildReport(input, { from, to, includeNotes: true, now }));
    const buildSamples = await timeEach(inputs, Math.min(warmup, 3), async (input) =>
      buildReport(input, { from, to, includeNotes: true, now }),
    );
    let bytes = 0;
    const pdfSamples = await timeEach(built, 3, async (report) => {
      bytes = (await renderReportPdf(report)).length;
    });
    const timings = [
      summarize(`buildReport, ${WEEKS} weeks`, buildSamples),
      summarize(`PDF for ${WEEKS} weeks (${formatKb(bytes)} kB)`, pdfSamples, GOAL),
    ];
    return {
      tables: [timingTable(`Timings (${pdfSamples.length} PDFs after 3 warm-up renders)`, timings)],
      goals: timingGoals("report", timings),
    };
  },
};
