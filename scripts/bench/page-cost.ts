import { formatMs, log, percentile, type BenchSection, type GoalResult } from "./harness";
import { getPage, type Sample } from "./dashboard-http";
import { DASHBOARD_MARKER, signedInServer } from "./http-fixture";
import { groupCpuMs } from "./server";

// Issue 14: every signed-in page should cost little more than the framework itself, measured as the
// median of 40 sequential GETs against GET /sign-in (a dynamic page without data), for a leader
// with 104 weeks. Goal: every page ≤ 1.5×, the all-time dashboard ≤ 2×.
const ROUNDS = 40;
const WARMUP_ROUNDS = 5;

type PageSpec = { path: string; marker: string; signedIn: boolean; goal: number | null };

function pages(lastWeek: string): PageSpec[] {
  return [
    { path: "/sign-in", marker: "Sign in", signedIn: false, goal: null },
    { path: "/settings", marker: "/settings/profile", signedIn: true, goal: 1.5 },
    { path: `/checkin/${lastWeek}`, marker: "Editing your saved week", signedIn: true, goal: 1.5 },
    { path: "/history", marker: lastWeek, signedIn: true, goal: 1.5 },
    { path: "/report", marker: "Report", signedIn: true, goal: 1.5 },
    { path: "/dashboard", marker: DASHBOARD_MARKER, signedIn: true, goal: 1.5 },
    { path: "/dashboard?range=all", marker: DASHBOARD_MARKER, signedIn: true, goal: 2 },
  ];
}

export const pageCostBench: BenchSection = {
  name: "page-cost",
  description: `each page's median of ${ROUNDS} sequential GETs relative to GET /sign-in (leader with 104 weeks)`,
  async run(ctx) {
    const server = await signedInServer(ctx);
    const specs = pages(server.weeks.at(-1)!);
    const get = (spec: PageSpec) => getPage(`${server.url}${spec.path}`, spec.signedIn ? server.cookie : "", spec.marker);
    log(`page cost: ${WARMUP_ROUNDS} warm-up rounds, then ${ROUNDS} rounds over ${specs.length} pages (interleaved, one connection) …`);
    for (let round = 0; round < WARMUP_ROUNDS; round++) for (const spec of specs) await get(spec);
    const samples = new Map<string, Sample[]>(specs.map((s) => [s.path, []]));
    // Interleaved, so a slow moment of the machine lands on every page alike.
    for (let round = 0; round < ROUNDS; round++) for (const spec of specs) samples.get(spec.path)!.push(await get(spec));

    // Then the server's CPU time per request, page by page: on a busy machine the wall times above
    // grow with everything else that runs, the CPU the server spends on a page does not.
    const cpuPerRequest = new Map<string, number | null>();
    for (const spec of specs) {
      const before = groupCpuMs(server.pid);
      for (let round = 0; round < ROUNDS; round++) await get(spec);
      const after = groupCpuMs(server.pid);
      cpuPerRequest.set(spec.path, before === null || after === null ? null : (after - before) / ROUNDS);
    }
    const cpuBaseline = cpuPerRequest.get("/sign-in") ?? null;

    const medianOf = (path: string) =>
      percentile(
        samples
          .get(path)!
          .filter((s) => s.failure === null)
          .map((s) => s.ms)
          .sort((a, b) => a - b),
        50,
      );
    const baseline = medianOf("/sign-in");
    const rows = specs.map((spec) => {
      const all = samples.get(spec.path)!;
      const failed = all.filter((s) => s.failure !== null);
      const median = medianOf(spec.path);
      const kb = (all.find((s) => s.failure === null)?.bytes ?? 0) / 1000;
      const cpu = cpuPerRequest.get(spec.path) ?? null;
      return { spec, median, ratio: median / baseline, failed, kb, cpu, cpuRatio: cpu === null || !cpuBaseline ? null : cpu / cpuBaseline };
    });
    const goals: GoalResult[] = rows
      .filter((r) => r.spec.goal !== null)
      .map((r) => ({
        goal: `page-cost: GET ${r.spec.path} median ≤ ${r.spec.goal}× GET /sign-in`,
        measured: r.failed.length ? `${r.failed.length} failed, e.g. ${r.failed[0]!.failure}` : `${r.ratio.toFixed(2)}× (${formatMs(r.median)} ms vs ${formatMs(baseline)} ms)`,
        isMet: r.failed.length === 0 && r.ratio <= r.spec.goal!,
      }));
    return {
      tables: [
        {
          title: `Page cost: median of ${ROUNDS} sequential GETs (whole body read, each checked for 200 and its marker), relative to GET /sign-in`,
          headers: ["page", "median ms", "× /sign-in", "goal", "HTML kB", "failed", "server CPU ms", "CPU × /sign-in"],
          rows: rows.map((r) => [
            r.spec.path,
            formatMs(r.median),
            r.ratio.toFixed(2),
            r.spec.goal === null ? "baseline" : `≤ ${r.spec.goal}×`,
            r.kb.toFixed(0),
            String(r.failed.length),
            r.cpu === null ? "n/a" : r.cpu.toFixed(1),
            r.cpuRatio === null ? "n/a" : r.cpuRatio.toFixed(2),
          ]),
        },
      ],
      goals,
    };
  },
};
