import { elapsedMs, formatMs, log, percentile, type BenchSection, type GoalResult, type Table } from "./harness";
import { DASHBOARD_MARKER, signedInServer, type SignedInServer } from "./http-fixture";
import { pidListeningOn, residentMb } from "./process-memory";
import { rawRequest, type RawAnswer } from "./raw-http";

const MB = 1024 * 1024;
const REFUSALS_PER_TARGET = 30;
const BURST = 100;
const BURST_BYTES = 11 * MB;
const BYSTANDER_GOAL_MS = 1_000;
const MEMORY_GOAL_MB = 200;

type Target = { label: string; method: string; path: string; signedIn: boolean; contentType: string };

function targets(week: string): Target[] {
  return [
    { label: "PUT /api/checkins/:week", method: "PUT", path: `/api/checkins/${week}`, signedIn: true, contentType: "application/json" },
    { label: "POST /api/import", method: "POST", path: "/api/import", signedIn: true, contentType: "application/json" },
    { label: "POST /api/auth/sign-in/email", method: "POST", path: "/api/auth/sign-in/email", signedIn: false, contentType: "application/json" },
    { label: "POST /sign-in (server action page)", method: "POST", path: "/sign-in", signedIn: false, contentType: "multipart/form-data; boundary=x" },
  ];
}

function send(server: SignedInServer, target: Target, bytes: number): Promise<RawAnswer> {
  return rawRequest({
    origin: server.url,
    method: target.method,
    path: target.path,
    headers: { Origin: server.url, "Content-Type": target.contentType, "Content-Length": String(bytes), ...(target.signedIn ? { Cookie: server.cookie } : {}) },
    bodyBytes: bytes,
    waitMs: 60_000,
  });
}

async function dashboardMs(server: SignedInServer): Promise<number> {
  const start = process.hrtime.bigint();
  const response = await fetch(`${server.url}/dashboard`, { headers: { Cookie: server.cookie }, redirect: "manual" });
  const html = await response.text();
  if (response.status !== 200 || !html.includes(DASHBOARD_MARKER)) throw new Error(`GET /dashboard answered ${response.status}`);
  return elapsedMs(start);
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const stats = (values: number[]) => {
  const s = sorted(values);
  return [formatMs(percentile(s, 50)), formatMs(percentile(s, 95)), formatMs(s.at(-1) ?? Number.NaN)];
};

export const httpBodiesBench: BenchSection = {
  name: "http-bodies",
  description: `bodies over their cap on \`next start\`: time to the refusal, and ${BURST} parallel ${BURST_BYTES / MB} MB posts against a leader's dashboard`,
  async run(ctx) {
    const server = await signedInServer(ctx);
    const all = targets(server.weeks.at(-1)!);
    const pid = pidListeningOn(Number(new URL(server.url).port));

    log("dashboard alone …");
    for (let i = 0; i < 5; i++) await dashboardMs(server);
    const alone: number[] = [];
    for (let i = 0; i < 30; i++) alone.push(await dashboardMs(server));

    log(`declared 200 MB bodies, ${REFUSALS_PER_TARGET} per entry point …`);
    const refusalRows: string[][] = [];
    const wrongStatuses: string[] = [];
    for (const target of all) {
      const answers: RawAnswer[] = [];
      for (let i = 0; i < REFUSALS_PER_TARGET; i++) answers.push(await send(server, target, 200_000_000));
      wrongStatuses.push(...answers.filter((a) => a.status !== 413).map((a) => `${target.label}: ${a.status}`));
      refusalRows.push([target.label, ...stats(answers.map((a) => a.ms)), (Math.max(...answers.map((a) => a.bytesWritten)) / MB).toFixed(1)]);
    }

    log(`${BURST} parallel ${BURST_BYTES / MB} MB posts while the leader loads their dashboard …`);
    const before = pid === null ? null : residentMb(pid);
    let peak = before ?? Number.NaN;
    const sampler = setInterval(() => {
      const now = pid === null ? null : residentMb(pid);
      if (now !== null) peak = Math.max(peak, now);
    }, 25);
    let bursting = true;
    const during: number[] = [];
    const bystander = (async () => {
      while (bursting) during.push(await dashboardMs(server));
    })();
    const burstStart = process.hrtime.bigint();
    const burst = await Promise.all(Array.from({ length: BURST }, (_, i) => send(server, all[i % all.length]!, BURST_BYTES)));
    const burstMs = elapsedMs(burstStart);
    bursting = false;
    await bystander;
    clearInterval(sampler);
    wrongStatuses.push(...burst.filter((a) => a.status !== 413).map((a) => `burst: ${a.status}`));

    const tables: Table[] = [
      {
        title: "Time from connecting to the 413 for a declared 200 MB body sent as fast as possible (MB = what the client had handed its socket by then)",
        headers: ["entry point", "p50 ms", "p95 ms", "max ms", "max MB written"],
        rows: refusalRows,
      },
      {
        title: `GET /dashboard (104 weeks) on its own and during ${BURST} parallel ${BURST_BYTES / MB} MB posts to the entry points above`,
        headers: ["phase", "requests", "p50 ms", "p95 ms", "max ms"],
        rows: [
          ["alone", String(alone.length), ...stats(alone)],
          [`during the burst (${(burstMs / 1000).toFixed(1)} s)`, String(during.length), ...stats(during)],
        ],
      },
      {
        title: "Server resident memory (MB)",
        headers: ["before the burst", "peak during it", "growth"],
        rows: [[String(before ?? "n/a"), String(Number.isNaN(peak) ? "n/a" : peak), before === null ? "n/a" : String(peak - before)]],
      },
    ];
    const duringP95 = percentile(sorted(during), 95);
    const goals: GoalResult[] = [
      {
        goal: "http-bodies: every body over its cap answered 413",
        measured: wrongStatuses.length === 0 ? "yes" : `${wrongStatuses.length} not, e.g. ${wrongStatuses[0]}`,
        isMet: wrongStatuses.length === 0,
      },
      {
        goal: `http-bodies: dashboard p95 during the burst < ${BYSTANDER_GOAL_MS} ms`,
        measured: `${formatMs(duringP95)} ms`,
        isMet: duringP95 < BYSTANDER_GOAL_MS,
      },
      {
        goal: `http-bodies: server memory growth during the burst < ${MEMORY_GOAL_MB} MB`,
        measured: before === null ? "not measured (no /proc)" : `${peak - before} MB`,
        isMet: before === null || peak - before < MEMORY_GOAL_MB,
      },
    ];
    return { tables, goals };
  },
};
