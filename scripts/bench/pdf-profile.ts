// Renders the bench's 52-week and 104-week-with-notes PDFs, for profiling (not a section of `npm run bench`):
//   node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof scripts/bench/pdf-profile.ts
// RUNS=N renders each N times (default 5), ONLY=52|104notes picks one, PDF_OUT=DIR writes the last of each there.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderReportPdf } from "../../components/pdf/report-document";
import { listCheckins } from "../../db/queries/checkins";
import { getProfile } from "../../db/queries/profiles";
import { addIsoWeeks, lastCompletedIsoWeek } from "../../lib/iso-week";
import { buildReport, toReportView } from "../../lib/report";
import { seededRandom } from "./harness";
import { withLongNotes } from "./report";
import { openSeededDb } from "./seed";

async function main() {
  const out = process.env.PDF_OUT;
  const runs = Math.max(1, Number(process.env.RUNS ?? 5));
  const random = seededRandom(42);
  const dir = mkdtempSync(join(tmpdir(), "pendulum-pdf-profile-"));
  const { db, leaderIds, weeks } = await openSeededDb(dir, { leaders: 2, weeks: 104, lastWeek: lastCompletedIsoWeek(new Date(), "UTC"), random });
  const to = weeks.at(-1)!;
  const userId = leaderIds[0]!;
  const profile = (await getProfile(db, userId))!;
  const now = new Date();
  const from52 = addIsoWeeks(to, -51);
  const from104 = addIsoWeeks(to, -103);
  const v52 = toReportView(buildReport({ profile, checkins: await listCheckins(db, { userId, from: from52, to }) }, { from: from52, to, includeNotes: true, now }));
  const long = withLongNotes({ profile, checkins: await listCheckins(db, { userId, from: from104, to }) }, random);
  const v104 = toReportView(buildReport(long, { from: from104, to, includeNotes: true, now }));
  const variants = [["52", v52], ["104notes", v104]] as const;
  for (const [name, view] of variants.filter(([n]) => !process.env.ONLY || n === process.env.ONLY)) {
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const before = process.cpuUsage();
      const pdf = await renderReportPdf(view);
      const used = process.cpuUsage(before);
      // The first render also loads the fonts: left out of the medians when there are more.
      if (i > 0 || runs === 1) {
        wall.push(performance.now() - start);
        cpu.push((used.user + used.system) / 1000);
      }
      if (out && i === runs - 1) writeFileSync(join(out, `${name}.pdf`), pdf);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!.toFixed(0);
    console.log(`${name}: median ${median(wall)} ms wall, ${median(cpu)} ms CPU over ${wall.length} renders`);
  }
  rmSync(dir, { recursive: true, force: true });
}
void main();
