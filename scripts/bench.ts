import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createDb } from "../db/client";
import { migrateDb } from "../db/migrate";
import { lastCompletedIsoWeek } from "../lib/iso-week";
import { calendarBench } from "./bench/calendar";
import { checkinsBench } from "./bench/checkins";
import { formatMs, renderTable, seededRandom, type BenchSection, type Summary } from "./bench/harness";
import { seedDatabase } from "./bench/seed";

// Later issues append their sections here (one module per concern under scripts/bench/).
const SECTIONS: BenchSection[] = [checkinsBench, calendarBench];

const USAGE = `Usage: npm run bench -- [--leaders N] [--weeks N] [--iterations N] [--warmup N] [--seed N] [--only NAME] [--keep]
Seeds a temporary SQLite database and times the app's queries in-process (never run in CI).`;

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive whole number, got "${value}"`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      leaders: { type: "string" },
      weeks: { type: "string" },
      iterations: { type: "string" },
      warmup: { type: "string" },
      seed: { type: "string" },
      only: { type: "string" },
      keep: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const leaders = positiveInt("leaders", values.leaders, 1000);
  const weeks = positiveInt("weeks", values.weeks, 104);
  const iterations = positiveInt("iterations", values.iterations, 2000);
  const warmup = positiveInt("warmup", values.warmup, 200);
  const random = seededRandom(positiveInt("seed", values.seed, 42));
  const sections = SECTIONS.filter((s) => !values.only || s.name === values.only);
  if (sections.length === 0) throw new Error(`No bench section named "${values.only}" (have: ${SECTIONS.map((s) => s.name).join(", ")})`);

  const dir = mkdtempSync(join(tmpdir(), "pendulum-bench-"));
  const file = join(dir, "bench.db");
  console.log(`Node ${process.version}, database ${file}`);
  try {
    const db = createDb(file);
    const migrateStart = process.hrtime.bigint();
    migrateDb(db);
    const migrateMs = Number(process.hrtime.bigint() - migrateStart) / 1e6;

    const seedStart = process.hrtime.bigint();
    const seeded = seedDatabase(db, { leaders, weeks, lastWeek: lastCompletedIsoWeek(new Date(), "UTC"), random });
    const seedMs = Number(process.hrtime.bigint() - seedStart) / 1e6;
    db.$client.pragma("wal_checkpoint(TRUNCATE)");
    db.$client.exec("ANALYZE");
    const sizeMb = statSync(file).size / 1024 / 1024;
    console.log(
      `Migrated in ${migrateMs.toFixed(0)} ms; seeded ${leaders.toLocaleString("en-US")} leaders × ${weeks} weeks ` +
        `(${seeded.weeks[0]} … ${seeded.weeks.at(-1)}) = ${seeded.checkins.toLocaleString("en-US")} check-ins ` +
        `in ${(seedMs / 1000).toFixed(2)} s (one transaction); file ${sizeMb.toFixed(1)} MB`,
    );
    console.log(`Timing ${iterations.toLocaleString("en-US")} iterations per operation after ${warmup} warm-up calls.\n`);

    const results: Summary[] = [];
    for (const section of sections) {
      results.push(...(await section.run({ db, leaderIds: seeded.leaderIds, weeks: seeded.weeks, iterations, warmup, random })));
    }
    db.$client.close();

    const rows = results.map((r) => [
      r.section,
      r.operation,
      r.samples.toLocaleString("en-US"),
      formatMs(r.medianMs),
      formatMs(r.p95Ms),
      formatMs(r.maxMs),
      r.goalP95Ms === undefined ? "" : `${r.p95Ms < r.goalP95Ms ? "met" : "MISSED"} (<${r.goalP95Ms})`,
    ]);
    console.log(renderTable(["section", "operation", "n", "median ms", "p95 ms", "max ms", "p95 goal"], rows));
    console.log(`\nseed: ${(seedMs / 1000).toFixed(2)} s for ${seeded.checkins.toLocaleString("en-US")} check-ins`);
  } finally {
    if (values.keep) console.log(`Kept ${file}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
