import { join } from "node:path";
import { closeDb, createDb, type Db } from "../../db/client";
import { saveProfile } from "../../db/queries/profiles";
import { addIsoWeeks, isoWeekStartDate, lastCompletedIsoWeek } from "../../lib/iso-week";
import { fiveYearLead } from "../../lib/signals/fixtures/personas";
import { elapsedMs, log, type BenchContext } from "./harness";
import { ensureProductionBuild, startProductionServer } from "./server";

// The warning-sign section of a dashboard with data (its heading text changes with the signs raised).
export const DASHBOARD_MARKER = `id="signs-title"`;
const HISTORY_WEEKS = 104;
const TIME_ZONE = "Europe/Berlin";

export type SignedInServer = {
  url: string;
  cookie: string;
  /** Weeks saved for the leader, oldest first; all in the past. */
  weeks: string[];
  buildMs: number | null;
  startMs: number;
  setupMs: number;
  /** The server's process group, for groupCpuMs. */
  pid: number;
};

let shared: Promise<SignedInServer> | null = null;

/** Signs a new leader up through the API and returns their id and session cookie. */
export async function signUpLeader(url: string, email: string, name: string): Promise<{ user: { id: string }; cookie: string }> {
  const response = await fetch(`${url}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: url },
    body: JSON.stringify({ email, password: "bench-password-0123456789", name }),
  });
  if (!response.ok) throw new Error(`Sign-up failed: ${response.status} ${await response.text()}`);
  const { user } = (await response.json()) as { user: { id: string } };
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .join("; ");
  if (!cookie.includes("session_token")) throw new Error(`Sign-up set no session cookie (got "${cookie}")`);
  return { user, cookie };
}

/** One production server per bench run, shared by the HTTP sections, with one signed-in leader. */
export function signedInServer(ctx: BenchContext): Promise<SignedInServer> {
  shared ??= startAndSignIn(ctx);
  return shared;
}

async function startAndSignIn(ctx: BenchContext): Promise<SignedInServer> {
  const { builtMs } = ensureProductionBuild(ctx.options.build);
  const dir = ctx.tempDir("http");
  const dbFile = join(dir, "http.db");
  const server = await startProductionServer({ port: ctx.options.port, dbFile, logFile: join(dir, "next-start.log"), onCleanup: ctx.onCleanup });
  const { url } = server;
  const setupStart = process.hrtime.bigint();
  const { cookie, weeks } = await signUpWithHistory(url, () => createDb(dbFile));
  const setupMs = elapsedMs(setupStart);
  log(`signed up, saved a profile and ${weeks.length} check-ins through PUT /api/checkins in ${(setupMs / 1000).toFixed(1)} s`);
  return { url, cookie, weeks, buildMs: builtMs, startMs: server.startMs, setupMs, pid: server.pid };
}

/**
 * Signs a bench leader up on the server at `url`, saves their profile directly in the database
 * (`open` opens it) and their last 104 weeks through PUT /api/checkins; checks that /dashboard renders.
 */
export async function signUpWithHistory(url: string, open: () => Db): Promise<{ cookie: string; weeks: string[] }> {
  const { user, cookie } = await signUpLeader(url, "bench-lead@bench.example", "Bench Lead");

  // The last two years of the five-year persona, moved so that they end last week.
  const persona = fiveYearLead();
  const lastWeek = lastCompletedIsoWeek(new Date(), TIME_ZONE);
  const firstWeek = addIsoWeeks(lastWeek, -(HISTORY_WEEKS - 1));
  const checkins = persona.checkins.slice(-HISTORY_WEEKS).map((c, i) => ({ ...c, week: addIsoWeeks(firstWeek, i) }));

  const db = open();
  try {
    await saveProfile(db, user.id, { ...persona.profile, timeZone: TIME_ZONE, leadingSince: isoWeekStartDate(firstWeek) });
  } finally {
    await closeDb(db);
  }
  for (const checkin of checkins) {
    const response = await fetch(`${url}/api/checkins/${checkin.week}`, {
      method: "PUT",
      headers: { "Content-Type": "application/json", Origin: url, Cookie: cookie },
      body: JSON.stringify(checkin),
    });
    if (response.status !== 201) throw new Error(`PUT /api/checkins/${checkin.week}: ${response.status} ${await response.text()}`);
  }

  const dashboard = await fetch(`${url}/dashboard`, { headers: { Cookie: cookie }, redirect: "manual" });
  const html = await dashboard.text();
  if (dashboard.status !== 200 || !html.includes(DASHBOARD_MARKER)) {
    throw new Error(`GET /dashboard answered ${dashboard.status} without "${DASHBOARD_MARKER}"`);
  }
  return { cookie, weeks: checkins.map((c) => c.week) };
}
