import { renderReportPdf } from "../../components/pdf/report-document";
import { forgetShapedWords } from "../../components/pdf/shaping";
import { listCheckins } from "../../db/queries/checkins";
import { getProfile } from "../../db/queries/profiles";
import { addIsoWeeks, lastCompletedIsoWeek } from "../../lib/iso-week";
import { NOTE_MAX_LENGTH } from "../../lib/limits";
import { buildReport, toReportView, type ReportInput } from "../../lib/report";
import { formatKb, pick, summarize, timeEach, timingGoals, timingTable, type BenchSection, type Goal } from "./harness";
import { openSeededDb } from "./seed";

// Issue 11: a 52-week PDF in under 300 ms, two years with notes in under a second (medians).
const GOAL: Goal = { stat: "median", ms: 300 };
const LONG_GOAL: Goal = { stat: "median", ms: 1000 };
const WEEKS = 52;
const LONG_WEEKS = 104;
// A PDF takes hundreds of milliseconds: a few dozen samples give a stable median without a long run.
const MAX_PDF_SAMPLES = 25;
const MAX_LONG_SAMPLES = 6;
// Sentences of a leader's notes in Latin, Cyrillic and Chinese script; each week's note is drawn from its script's
// sentences in a seeded order, so no two notes are the same text (as real notes are not).
const NOTE_SENTENCES = [
  [
    "Planning went long again and the release slipped by a day, so we cut scope together.",
    "Two new hires started on Monday and most of my week went to onboarding and pairing.",
    "I finally blocked Thursday mornings for hands-on work and fixed the flaky deploy script.",
    "The quarterly review ate three afternoons; half of the status meetings could have been an email.",
    "A hard conversation about performance went better than I feared, and we agreed on next steps.",
    "Support from my manager was thin this week, so I escalated the staffing question in writing.",
    "Mentoring Priya on her first design review was the best hour of the week.",
    "Incident on Wednesday night: we rolled back within forty minutes and wrote the post-mortem on Friday.",
  ],
  [
    "Планирование снова затянулось, релиз сдвинулся на день, и мы вместе сократили объём.",
    "В понедельник вышли два новых сотрудника, и почти вся неделя ушла на адаптацию и парное программирование.",
    "Наконец выделил утро четверга на работу руками и починил нестабильный скрипт выкладки.",
    "Квартальный обзор съел три вечера; половину статусных встреч можно было заменить письмом.",
    "Трудный разговор о результатах прошёл лучше, чем я боялся, и мы договорились о следующих шагах.",
    "Поддержки от руководителя на этой неделе было мало, поэтому я письменно поднял вопрос о найме.",
    "Лучший час недели — помогал Ольге готовиться к её первому ревью архитектуры.",
    "Инцидент в среду ночью: откатились за сорок минут, разбор написали в пятницу.",
  ],
  [
    "我们团队这周完成了发布计划，但是会议太多了，我几乎没有时间写代码。",
    "周一来了两位新同事，这周大部分时间都在带他们熟悉项目和结对编程。",
    "我终于把周四上午留给了动手工作，修好了不稳定的部署脚本。",
    "季度评审占了三个下午，一半的状态会议其实发一封邮件就够了。",
    "关于绩效的一次艰难谈话比我担心的顺利，我们商定了下一步。",
    "这周从经理那里得到的支持很少，所以我书面提出了招聘的问题。",
    "指导李雷准备他的第一次设计评审，是这周最有意义的一个小时。",
    "周三晚上出了事故，我们四十分钟内回滚，周五写完了复盘。",
  ],
] as const;

/** A note as long as the app allows, in one script, its sentences in a seeded order. */
function longNote(script: readonly string[], random: () => number): string {
  let note = "";
  while (note.length < NOTE_MAX_LENGTH) note += `${script[Math.floor(random() * script.length)]!} `;
  return note.slice(0, NOTE_MAX_LENGTH);
}

/** Every check-in with a note as long as the app allows, in Latin, Cyrillic and Chinese in turn. */
export function withLongNotes(input: ReportInput, random: () => number): ReportInput {
  return {
    ...input,
    checkins: input.checkins.map((c, i) => ({ ...c, note: longNote(NOTE_SENTENCES[i % NOTE_SENTENCES.length]!, random) })),
  };
}

/** Runs `run` on each input after the warm-up ones, giving the wall time of each (as timeEach) and the CPU time the process spent on it. */
async function timeWithCpu<T>(inputs: T[], warmup: number, run: (input: T) => Promise<unknown>): Promise<{ wall: number[]; cpu: number[] }> {
  const cpu: number[] = [];
  let index = 0;
  const wall = await timeEach(inputs, warmup, async (input) => {
    const before = process.cpuUsage();
    await run(input);
    const used = process.cpuUsage(before);
    if (index++ >= warmup) cpu.push((used.user + used.system) / 1000);
  });
  return { wall, cpu };
}

export const reportBench: BenchSection = {
  name: "report",
  description: `buildReport and the PDF for ${WEEKS} weeks of one leader, and for ${LONG_WEEKS} weeks with a 2,000-character note every week`,
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
    const { wall: pdfSamples, cpu: pdfCpu } = await timeWithCpu(views, 3, async (view) => {
      bytes = (await renderReportPdf(view)).length;
    });
    let longBytes = 0;
    const longViews = longInputs.map((input) => toReportView(buildReport(withLongNotes(input, random), { from: longFrom, to, includeNotes: true, now })));
    const { wall: longSamples, cpu: longCpu } = await timeWithCpu(longViews, 1, async (view) => {
      longBytes = (await renderReportPdf(view)).length;
    });
    // The same reports as the first thing a freshly started server renders: no word shaped yet.
    const coldSamples = await timeEach(longViews, 1, async (view) => {
      forgetShapedWords();
      await renderReportPdf(view);
    });
    const timings = [
      summarize(`buildReport + view, ${WEEKS} weeks`, buildSamples),
      summarize(`PDF for ${WEEKS} weeks (${formatKb(bytes)} kB)`, pdfSamples, GOAL),
      summarize(`PDF for ${LONG_WEEKS} weeks with notes, 2,000 characters each (${formatKb(longBytes)} kB)`, longSamples, LONG_GOAL),
      summarize(`same, no word shaped before (a fresh server)`, coldSamples),
      // On a machine shared with other work, wall time counts the waits for a core: CPU time shows the render's own cost.
      summarize(`CPU time of the process: PDF for ${WEEKS} weeks`, pdfCpu),
      summarize(`CPU time of the process: PDF for ${LONG_WEEKS} weeks with notes`, longCpu),
    ];
    return {
      tables: [timingTable(`Timings (${pdfSamples.length} + ${longSamples.length} + ${coldSamples.length} PDFs after warm-up renders)`, timings)],
      goals: timingGoals("report", timings),
    };
  },
};
