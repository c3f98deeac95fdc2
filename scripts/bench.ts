import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { authBench } from "./bench/auth";
import { calendarBench } from "./bench/calendar";
import { calendarHttpBench } from "./bench/calendar-http";
import { checkinsBench } from "./bench/checkins";
import { dashboardDataBench } from "./bench/dashboard-data";
import { dashboardDataPgBench } from "./bench/dashboard-data-pg";
import { dashboardHttpBench } from "./bench/dashboard-http";
import { dashboardHttpPgBench } from "./bench/dashboard-http-pg";
import { httpBodiesBench } from "./bench/http-bodies";
import { insightsBench } from "./bench/insights";
import {
  log,
  makeTempDir,
  renderTable,
  seededRandom,
  type BenchContext,
  type BenchOptions,
  type BenchSection,
  type GoalResult,
} from "./bench/harness";
import { jsSizeBench } from "./bench/js-size";
import { pageCostBench } from "./bench/page-cost";
import { reportBench } from "./bench/report";
import { signalsBench } from "./bench/signals";

// Later issues append their sections here (one module per concern under scripts/bench/).
const SECTIONS: BenchSection[] = [
  checkinsBench,
  signalsBench,
  dashboardDataBench,
  dashboardDataPgBench,
  dashboardHttpBench,
  pageCostBench,
  dashboardHttpPgBench,
  httpBodiesBench,
  jsSizeBench,
  reportBench,
  calendarBench,
  calendarHttpBench,
  authBench,
  insightsBench,
];
const GROUPS: Record<string, string[]> = { http: ["dashboard-http", "page-cost", "http-bodies", "js-size"], pg: ["dashboard-data-pg", "dashboard-http-pg"] };

const USAGE = `Usage: npm run bench -- [--only NAME[,NAME…]] [options]
Times the app in-process against temporary SQLite databases and over HTTP against \`next start\`
(never run in CI). Results go to stdout, progress to stderr.

Sections (all by default; --only picks some, "http" = dashboard-http,page-cost,http-bodies,js-size, "pg" = the PostgreSQL ones):
${SECTIONS.map((s) => `  ${s.name.padEnd(15)} ${s.description}`).join("\n")}

Options:
  --iterations N    timed calls per operation (default 2000; signals at least 1000)
  --warmup N        untimed calls first (default 200)
  --seed N          seed of the data generator (default 42)
  --leaders N       check-ins: leaders (default 1000)
  --weeks N         check-ins: weeks per leader (default 104)
  --big-checkins N  dashboard-data: check-ins in the database (default 1000000)
  --big-weeks N     dashboard-data: weeks per leader (default 260)
  --requests N      dashboard-http: requests at full concurrency (default 2000)
  --concurrency N   dashboard-http: connections (default 50)
  --seconds N       dashboard-http: time limit of the concurrent phase (default 20)
  --port N          port of \`next start\` (default 3500)
  --pg URL          PostgreSQL sections: an administrator's URL of a server to create databases on
                    (default BENCH_DATABASE_URL, else a throwaway cluster started for the run)
  --build           run \`next build\` even when a build exists
  --keep            keep the temporary databases and server log`;

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive whole number, got "${value}"`);
  return n;
}

function selectSections(only: string | undefined): BenchSection[] {
  if (!only) return SECTIONS;
  const names = only.split(",").flatMap((n) => GROUPS[n.trim()] ?? [n.trim()]);
  const unknown = names.filter((n) => !SECTIONS.some((s) => s.name === n));
  if (unknown.length > 0) {
    throw new Error(`No bench section named "${unknown.join(", ")}" (have: ${[...SECTIONS.map((s) => s.name), ...Object.keys(GROUPS)].join(", ")})`);
  }
  return SECTIONS.filter((s) => names.includes(s.name));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      iterations: { type: "string" },
      warmup: { type: "string" },
      seed: { type: "string" },
      leaders: { type: "string" },
      weeks: { type: "string" },
      "big-checkins": { type: "string" },
      "big-weeks": { type: "string" },
      requests: { type: "string" },
      concurrency: { type: "string" },
      seconds: { type: "string" },
      port: { type: "string" },
      pg: { type: "string" },
      only: { type: "string" },
      build: { type: "boolean", default: false },
      keep: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const options: BenchOptions = {
    leaders: positiveInt("leaders", values.leaders, 1000),
    weeks: positiveInt("weeks", values.weeks, 104),
    bigCheckins: positiveInt("big-checkins", values["big-checkins"], 1_000_000),
    bigWeeks: positiveInt("big-weeks", values["big-weeks"], 260),
    requests: positiveInt("requests", values.requests, 2000),
    concurrency: positiveInt("concurrency", values.concurrency, 50),
    seconds: positiveInt("seconds", values.seconds, 20),
    port: positiveInt("port", values.port, 3500),
    build: values.build,
    pg: values.pg,
  };
  const sections = selectSections(values.only);

  const root = mkdtempSync(join(tmpdir(), "pendulum-bench-"));
  const cleanups: Array<() => void | Promise<void>> = [];
  const removeRoot = () => {
    if (values.keep) log(`kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    log(`${signal}: stopping`);
    for (const cleanup of cleanups.reverse()) void cleanup();
    removeRoot();
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  const ctx: BenchContext = {
    options,
    iterations: positiveInt("iterations", values.iterations, 2000),
    warmup: positiveInt("warmup", values.warmup, 200),
    random: seededRandom(positiveInt("seed", values.seed, 42)),
    tempDir: (name) => makeTempDir(root, name),
    onCleanup: (cleanup) => void cleanups.push(cleanup),
  };

  // Other processes skew every figure here; the load average says how busy the machine was.
  console.log(`Pendulum bench — Node ${process.version}, ${availableParallelism()} CPUs, ${new Date().toISOString()}`);
  const goals: GoalResult[] = [];
  const runStart = Date.now();
  try {
    for (const section of sections) {
      log(`section ${section.name} …`);
      const sectionStart = Date.now();
      const loadBefore = loadavg()[0]!;
      const report = await section.run(ctx);
      const took = ((Date.now() - sectionStart) / 1000).toFixed(1);
      console.log(`\n## ${section.name} — ${section.description} (${took} s; load average ${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)})`);
      for (const table of report.tables) console.log(`\n${table.title}\n${renderTable(table.headers, table.rows)}`);
      goals.push(...report.goals);
    }
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup();
    removeRoot();
  }

  console.log(`\n## Goals (run took ${((Date.now() - runStart) / 1000).toFixed(0)} s)\n`);
  console.log(renderTable(["goal", "~measured", "verdict"], goals.map((g) => [g.goal, g.measured, g.isMet ? "met" : "MISSED"])));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
