import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { closeSync, existsSync, openSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { elapsedMs, log } from "./harness";

export const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const NEXT_BIN = join(PROJECT_ROOT, "node_modules", ".bin", "next");
// The tests' build directory, never the .next that a running `npm start` serves.
export const BENCH_DIST_DIR = process.env.NEXT_DIST_DIR || ".next-test";
process.env.NEXT_DIST_DIR = BENCH_DIST_DIR;
const BUILD_ID = join(PROJECT_ROOT, BENCH_DIST_DIR, "BUILD_ID");
const SOURCE_DIRS = ["app", "components", "lib", "db"];
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 5_000;
// Only for this throw-away server and database; never used outside the bench.
const BENCH_AUTH_SECRET = "bench-only-secret-0123456789abcdefghijklmnopqrstuvwxyz";

/** `pid` leads the server's process group (see groupCpuMs). */
export type RunningServer = { url: string; startMs: number; pid: number };

function newestMtimeMs(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .reduce((newest, e) => Math.max(newest, statSync(join(e.parentPath, e.name)).mtimeMs), 0);
}

/** Runs `next build` when there is no production build; warns when the sources changed since. */
export function ensureProductionBuild(force: boolean): { builtMs: number | null } {
  if (existsSync(BUILD_ID) && !force) {
    const builtAt = statSync(BUILD_ID).mtimeMs;
    const changedAt = Math.max(...SOURCE_DIRS.map((d) => newestMtimeMs(join(PROJECT_ROOT, d))));
    if (changedAt > builtAt) log("warning: sources changed after the last `next build`; pass --build to measure the current code");
    return { builtMs: null };
  }
  log(force ? "--build given: running `next build` …" : `no production build (${BENCH_DIST_DIR}/BUILD_ID missing): running \`next build\` …`);
  const start = process.hrtime.bigint();
  const result = spawnSync(NEXT_BIN, ["build"], {
    cwd: PROJECT_ROOT,
    stdio: ["ignore", process.stderr, process.stderr],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status ?? result.signal})`);
  return { builtMs: elapsedMs(start) };
}

async function isListening(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

function tail(file: string, lines = 20): string {
  return existsSync(file) ? readFileSync(file, "utf8").split("\n").slice(-lines).join("\n") : "";
}

/**
 * Starts `next start` in its own process group against `dbFile` and waits until it answers;
 * `onCleanup` receives the stop, which kills the whole group so no worker outlives the bench.
 */
export async function startProductionServer({
  port,
  dbFile,
  logFile,
  onCleanup,
}: {
  port: number;
  dbFile: string;
  logFile: string;
  onCleanup: (cleanup: () => Promise<void>) => void;
}): Promise<RunningServer> {
  const url = `http://localhost:${port}`;
  if (await isListening(url)) throw new Error(`Port ${port} is already in use; stop that server or pass --port`);

  const out = openSync(logFile, "a");
  const start = process.hrtime.bigint();
  const child: ChildProcess = spawn(NEXT_BIN, ["start", "-p", String(port)], {
    cwd: PROJECT_ROOT,
    detached: true,
    stdio: ["ignore", out, out],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      PENDULUM_DB: dbFile,
      BETTER_AUTH_SECRET: BENCH_AUTH_SECRET,
      APP_URL: url,
      ALLOW_SIGNUP: "true",
      AUTH_RATE_LIMIT: "off",
    },
  });
  closeSync(out);
  let exited = false;
  const exitedPromise = new Promise<void>((resolve) => child.once("exit", () => ((exited = true), resolve())));

  const kill = (signal: NodeJS.Signals = "SIGTERM") => {
    if (exited || child.pid === undefined) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  };
  const stop = async () => {
    kill("SIGTERM");
    const timer = setTimeout(() => kill("SIGKILL"), STOP_TIMEOUT_MS);
    await exitedPromise;
    clearTimeout(timer);
    log(`server on port ${port} stopped`);
  };

  onCleanup(stop);
  log(`next start on ${url} (pid ${child.pid}), database ${dbFile}, log ${logFile}`);
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!(await isListening(`${url}/api/auth/ok`))) {
    if (exited || Date.now() > deadline) {
      throw new Error(`next start did not become ready (${exited ? "it exited" : "timeout"}); its log:\n${tail(logFile)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, startMs: elapsedMs(start), pid: child.pid! };
}

const TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux the bench runs on (getconf CLK_TCK).

/**
 * CPU time (user + system, ms) used so far by every live process in the group `pgid`, from
 * /proc; null where /proc is missing (not Linux). CPU time, unlike wall time, does not grow when
 * other work on the machine competes for the cores, so ratios built on it survive a busy machine.
 */
export function groupCpuMs(pgid: number): number | null {
  if (!existsSync("/proc/self/stat")) return null;
  let ticks = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // Exited meanwhile.
    }
    // After "pid (comm) ": state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime …
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(fields[2]) !== pgid) continue;
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}
