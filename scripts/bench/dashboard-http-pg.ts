import { join } from "node:path";
import { createPgDb } from "../../db/client";
import { freePort, startInstance, startRoundRobinProxy, type Instance } from "../lib/instances";
import { getPage, phaseRow, runPhase, type Phase } from "./dashboard-http";
import { formatMs, log, percentile, type BenchSection, type GoalResult } from "./harness";
import { DASHBOARD_MARKER, signUpWithHistory } from "./http-fixture";
import { benchPgDatabase } from "./pg-server";
import { ensureProductionBuild } from "./server";

// Only for these throw-away servers and database.
const BENCH_AUTH_SECRET = "bench-only-secret-0123456789abcdefghijklmnopqrstuvwxyz";

const okLatencies = (phase: Phase) =>
  phase.samples
    .filter((s) => s.failure === null)
    .map((s) => s.ms)
    .sort((a, b) => a - b);
const requestsPerSecond = (phase: Phase) => okLatencies(phase).length / (phase.wallMs / 1000);

export const dashboardHttpPgBench: BenchSection = {
  name: "dashboard-http-pg",
  description: "GET /dashboard at --concurrency connections on PostgreSQL: one instance, then two behind a round-robin proxy",
  async run(ctx) {
    const { requests, concurrency, seconds } = ctx.options;
    ensureProductionBuild(ctx.options.build);
    const url = await benchPgDatabase(ctx, "http");
    const dir = ctx.tempDir("http-pg");
    const env = { DATABASE_URL: url, BETTER_AUTH_SECRET: BENCH_AUTH_SECRET, ALLOW_SIGNUP: "true", AUTH_RATE_LIMIT: "off" };
    const start = async (name: string): Promise<Instance> => {
      const instance = await startInstance({ port: await freePort(), env, logFile: join(dir, `${name}.log`) });
      ctx.onCleanup(instance.stop);
      log(`${name} instance: next start on ${instance.url} (pid ${instance.pid}) in ${(instance.startMs / 1000).toFixed(1)} s`);
      return instance;
    };

    const first = await start("first");
    const { cookie } = await signUpWithHistory(first.url, () => createPgDb(url, { max: 1 }));
    const measure = async (label: string, target: string): Promise<Phase> => {
      const request = () => getPage(`${target}/dashboard`, cookie, DASHBOARD_MARKER);
      await runPhase("warm-up", concurrency, concurrency * 4, seconds, request);
      log(`${label}: ${requests} requests or ${seconds} s on ${concurrency} connections …`);
      return runPhase(label, concurrency, requests, seconds, request);
    };

    // The same proxy in front of both set-ups, so that only the number of instances differs.
    const oneProxy = await startRoundRobinProxy(await freePort(), [first.url]);
    ctx.onCleanup(oneProxy.close);
    const one = await measure("1 instance behind the proxy", oneProxy.url);
    const second = await start("second");
    const twoProxy = await startRoundRobinProxy(await freePort(), [first.url, second.url]);
    ctx.onCleanup(twoProxy.close);
    const two = await measure("2 instances behind the proxy", twoProxy.url);

    const failures = [...one.samples, ...two.samples].filter((s) => s.failure !== null);
    const speedup = requestsPerSecond(two) / requestsPerSecond(one);
    const goals: GoalResult[] = [
      {
        goal: "dashboard-http-pg: every GET answered 200 with the expected page",
        measured: failures.length === 0 ? "yes" : `${failures.length} failed, e.g. ${failures[0]!.failure}`,
        isMet: failures.length === 0,
      },
      {
        goal: `dashboard-http-pg: 2 instances serve more than 1 at ${concurrency} connections (req/s, p95)`,
        measured: `${requestsPerSecond(one).toFixed(1)} → ${requestsPerSecond(two).toFixed(1)} req/s (${speedup.toFixed(2)}×), p95 ${formatMs(percentile(okLatencies(one), 95))} → ${formatMs(percentile(okLatencies(two), 95))} ms`,
        isMet: speedup > 1,
      },
    ];
    return {
      tables: [
        {
          title: `GET /dashboard on PostgreSQL (104 weeks; latency = request sent → whole body read, through a Node round-robin proxy)`,
          headers: ["phase", "conns", "requests", "failed", "p50 ms", "p95 ms", "max ms", "headers p50 ms", "req/s", "wall s"],
          rows: [phaseRow(one), phaseRow(two)],
        },
      ],
      goals,
    };
  },
};
