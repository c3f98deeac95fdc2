import { spawn } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync } from "node:fs";
import { createServer, request as httpRequest, Agent, type Server } from "node:http";
import { createServer as createNetServer } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

// Several production instances of the app against one database, and a small round-robin proxy in
// front of them: what the two-instance browser test and `npm run bench` use, and what a deployment
// with a load balancer looks like. Needs a production build in NEXT_DIST_DIR (the tests' .next-test).

export const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const NEXT_BIN = join(PROJECT_ROOT, "node_modules", ".bin", "next");
const READY_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 5_000;

export type Instance = {
  url: string;
  port: number;
  pid: number;
  logFile: string;
  startMs: number;
  stop: () => Promise<void>;
  isRunning: () => boolean;
  /** How the process ended: its exit code, or the signal that killed it; null while it runs. */
  exit: () => { code: number | null; signal: NodeJS.Signals | null } | null;
};

/** A port the operating system says is free right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

function tail(file: string, lines = 30): string {
  return existsSync(file) ? readFileSync(file, "utf8").split("\n").slice(-lines).join("\n") : "";
}

/**
 * Starts `next start` on `port` in its own process group with `env` (DATABASE_URL or PENDULUM_DB,
 * BETTER_AUTH_SECRET, …) and waits until it answers; `stop()` ends the whole group (SIGTERM, then SIGKILL).
 */
export async function startInstance({ port, env, logFile }: { port: number; env: Record<string, string>; logFile: string }): Promise<Instance> {
  const url = `http://localhost:${port}`;
  if (await answers(url)) throw new Error(`Port ${port} is already in use`);
  const out = openSync(logFile, "a");
  const started = process.hrtime.bigint();
  const child = spawn(NEXT_BIN, ["start", "-p", String(port)], {
    cwd: PROJECT_ROOT,
    detached: true,
    stdio: ["ignore", out, out],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), APP_URL: url, ...env },
  });
  closeSync(out);
  let running = true;
  let ended: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  const exited = new Promise<void>((resolve) =>
    child.once("exit", (code, signal) => {
      running = false;
      ended = { code, signal };
      resolve();
    }),
  );
  const signal = (name: NodeJS.Signals) => {
    if (!running || child.pid === undefined) return;
    try {
      process.kill(-child.pid, name);
    } catch {
      // Already gone.
    }
  };
  const stop = async () => {
    signal("SIGTERM");
    const timer = setTimeout(() => signal("SIGKILL"), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!(await answers(`${url}/api/auth/ok`))) {
    if (!running || Date.now() > deadline) {
      await stop();
      throw new Error(`next start on port ${port} did not become ready (${running ? "timeout" : "it exited"}); its log:\n${tail(logFile)}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const startMs = Number(process.hrtime.bigint() - started) / 1e6;
  return { url, port, pid: child.pid!, logFile, startMs, stop, isRunning: () => running, exit: () => ended };
}

export type Proxy = { url: string; port: number; close: () => Promise<void> };

/**
 * A minimal HTTP load balancer: each request goes to the next target in turn, over kept-alive
 * connections; a target that refuses the connection is skipped for that request (502 when all do).
 */
export function startRoundRobinProxy(port: number, targets: string[]): Promise<Proxy> {
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  let next = 0;
  const server: Server = createServer((req, res) => {
    const attempt = (tries: number) => {
      const target = new URL(targets[next++ % targets.length]!);
      const upstream = httpRequest(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers, agent },
        (response) => {
          res.writeHead(response.statusCode ?? 502, response.headers);
          response.pipe(res);
        },
      );
      upstream.on("error", () => {
        if (tries + 1 < targets.length && !res.headersSent) attempt(tries + 1);
        else if (!res.headersSent) res.writeHead(502).end();
        else res.destroy();
      });
      req.pipe(upstream);
    };
    attempt(0);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () =>
      resolve({
        url: `http://localhost:${port}`,
        port,
        close: () =>
          new Promise<void>((done) => {
            agent.destroy();
            server.closeAllConnections();
            server.close(() => done());
          }),
      }),
    );
  });
}
