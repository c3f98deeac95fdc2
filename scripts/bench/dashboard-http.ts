import { elapsedMs, formatCount, formatMs, log, percentile, type BenchSection, type GoalResult, type Table } from "./harness";
import { DASHBOARD_MARKER, signedInServer } from "./http-fixture";

const SEQUENTIAL_REQUESTS = 50;

export type Sample = { ms: number; headersMs: number; bytes: number; failure: string | null };
export type Phase = { label: string; connections: number; samples: Sample[]; wallMs: number };

export async function getPage(url: string, cookie: string, marker: string): Promise<Sample> {
  const start = process.hrtime.bigint();
  try {
    const response = await fetch(url, { headers: { Cookie: cookie }, redirect: "manual" });
    const headersMs = elapsedMs(start);
    const html = await response.text();
    const ms = elapsedMs(start);
    const failure = response.status !== 200 ? `HTTP ${response.status}` : html.includes(marker) ? null : `no "${marker}" in the page`;
    return { ms, headersMs, bytes: Buffer.byteLength(html), failure };
  } catch (error) {
    return { ms: elapsedMs(start), headersMs: Number.NaN, bytes: 0, failure: error instanceof Error ? error.message : String(error) };
  }
}

/** What the dashboard costs beyond any signed-in page: /settings renders only the layout and links. */
function comparedPages(lastWeek: string): Array<{ path: string; marker: string }> {
  return [
    { path: "/settings", marker: "/settings/profile" },
    { path: `/checkin/${lastWeek}`, marker: "Editing your saved week" },
    { path: "/history", marker: lastWeek },
    { path: "/dashboard?range=all", marker: DASHBOARD_MARKER },
  ];
}

/** `connections` workers each loop until `total` requests were issued or the deadline passed. */
export async function runPhase(label: string, connections: number, total: number, seconds: number, request: () => Promise<Sample>): Promise<Phase> {
  const samples: Sample[] = [];
  let issued = 0;
  const deadline = Date.now() + seconds * 1000;
  const start = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (issued < total && Date.now() < deadline) {
        issued++;
        samples.push(await request());
      }
    }),
  );
  return { label, connections, samples, wallMs: elapsedMs(start) };
}

export function phaseRow({ label, connections, samples, wallMs }: Phase): string[] {
  const ok = samples.filter((s) => s.failure === null);
  const sorted = ok.map((s) => s.ms).sort((a, b) => a - b);
  const headers = ok.map((s) => s.headersMs).sort((a, b) => a - b);
  return [
    label,
    String(connections),
    formatCount(samples.length),
    formatCount(samples.length - ok.length),
    formatMs(percentile(sorted, 50)),
    formatMs(percentile(sorted, 95)),
    formatMs(sorted.at(-1) ?? Number.NaN),
    formatMs(percentile(headers, 50)),
    (ok.length / (wallMs / 1000)).toFixed(1),
    (wallMs / 1000).toFixed(1),
  ];
}

export const dashboardHttpBench: BenchSection = {
  name: "dashboard-http",
  description: "GET /dashboard on `next start` with --concurrency connections (signed in, 104 weeks)",
  async run(ctx) {
    const { requests, concurrency, seconds } = ctx.options;
    const server = await signedInServer(ctx);
    const request = () => getPage(`${server.url}/dashboard`, server.cookie, DASHBOARD_MARKER);

    log("warming up the server …");
    await runPhase("warm-up", concurrency, concurrency * 2, seconds, request);
    log(`${SEQUENTIAL_REQUESTS} requests on one connection …`);
    const sequential = await runPhase("one connection", 1, SEQUENTIAL_REQUESTS, seconds, request);
    log(`${formatCount(requests)} requests or ${seconds} s, whichever first, on ${concurrency} connections …`);
    const concurrent = await runPhase(`${concurrency} connections`, concurrency, requests, seconds, request);

    log("other pages on one connection, for comparison …");
    const others: Phase[] = [];
    for (const { path, marker } of comparedPages(server.weeks.at(-1)!)) {
      const get = () => getPage(`${server.url}${path}`, server.cookie, marker);
      await runPhase("warm-up", 1, 5, seconds, get);
      others.push(await runPhase(path, 1, SEQUENTIAL_REQUESTS, seconds, get));
    }

    const failures = [...sequential.samples, ...concurrent.samples, ...others.flatMap((o) => o.samples)].filter((s) => s.failure !== null);
    const firstFailure = failures[0]?.failure;
    const ok = concurrent.samples.filter((s) => s.failure === null).map((s) => s.ms).sort((a, b) => a - b);
    const pageKb = (concurrent.samples.find((s) => s.failure === null)?.bytes ?? 0) / 1000;
    const tables: Table[] = [
      {
        title: "Server",
        headers: ["~setup", "next build s", "start s", "sign-up + 104 PUTs s", "~page"],
        rows: [
          [
            `next start on ${server.url}, temporary database`,
            server.buildMs === null ? "existing" : (server.buildMs / 1000).toFixed(1),
            (server.startMs / 1000).toFixed(1),
            (server.setupMs / 1000).toFixed(1),
            `/dashboard (range 12w), ${pageKb.toFixed(0)} kB HTML`,
          ],
        ],
      },
      {
        title: `GET /dashboard (latency = request sent → whole body read; each answer checked for 200 and "${DASHBOARD_MARKER}")`,
        headers: ["phase", "conns", "requests", "failed", "p50 ms", "p95 ms", "max ms", "headers p50 ms", "req/s", "wall s"],
        rows: [phaseRow(sequential), phaseRow(concurrent)],
      },
      {
        title: `For comparison: other signed-in pages, ${SEQUENTIAL_REQUESTS} requests each on one connection`,
        headers: ["page", "conns", "requests", "failed", "p50 ms", "p95 ms", "max ms", "headers p50 ms", "req/s", "wall s"],
        rows: others.map(phaseRow),
      },
    ];
    const goals: GoalResult[] = [
      {
        goal: "dashboard-http: every GET answered 200 with the expected page",
        measured: failures.length === 0 ? "yes" : `${failures.length} failed, e.g. ${firstFailure}`,
        isMet: failures.length === 0,
      },
      {
        goal: `dashboard-http: p50 / p95 at ${concurrency} connections (reported, no target)`,
        measured: `${formatMs(percentile(ok, 50))} / ${formatMs(percentile(ok, 95))} ms`,
        isMet: ok.length > 0,
      },
    ];
    return { tables, goals };
  },
};
