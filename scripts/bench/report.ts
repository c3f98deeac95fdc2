import { renderReportPdf } from "../../components/pdf/report-document";
import { listCheckins } from "../../db/queries/checkins";
import { getProfile } from "../../db/queries/profiles";
import { addIsoWeeks } from "../../lib/iso-week";
import { buildReport } from "../../lib/report";
import { pick, summarize, timeEach, type BenchSection } from "./harness";

const GOAL_MS = 500;
const WEEKS = 52;
// A PDF takes hundreds of milliseconds: a few dozen samples give a stable median without a long run.
const MAX_PDF_SAMPLES = 25;

export const reportBench: BenchSection = {
  name: "report",
  async run({ db, leaderIds, weeks, iterations, warmup, random }) {
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
    const buildSamples = await timeEach(inputs, Math.min(warmup, 3), async (input) => buildReport(input, { from, to, includeNotes: true, now }));
    let bytes = 0;
    const pdfSamples = await timeEach(built, 3, async (report) => {
      bytes = (await renderReportPdf(report)).length;
    });
    const pdf = summarize("report", `PDF for ${WEEKS} weeks, ${Math.round(bytes / 1024)} kB (goal: median < ${GOAL_MS} ms)`, pdfSamples);
    return [summarize("report", `buildReport, ${WEEKS} weeks`, buildSamples), pdf];
  },
};
