import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export type Reply = { status: number; headers: Record<string, string | string[] | undefined>; text: string };

/**
 * One HTTP exchange over node:http, so a case can pick the TCP source address (`localAddress`, any
 * of 127.0.0.0/8): that is the real client address the server sees, whatever X-Forwarded-For says.
 */
export function send(
  url: string,
  { method = "GET", headers = {}, body, localAddress }: { method?: string; headers?: Record<string, string>; body?: string | Buffer; localAddress?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers, localAddress, timeout: 60_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("timeout", () => req.destroy(new Error(`${method} ${url} timed out`)));
    req.on("error", reject);
    req.end(body);
  });
}

/** Runs `task` over `items` with at most `limit` in flight; answers in order. */
export async function inParallel<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

const decode = (value: string) => value.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** The hidden fields React renders into a server-action form, so it can be posted without JavaScript. */
export function actionFields(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const match of html.matchAll(/<input type="hidden" name="(\$ACTION_[^"]+)"(?: value="([^"]*)")?\/>/g)) {
    fields[decode(match[1]!)] = decode(match[2] ?? "");
  }
  if (Object.keys(fields).length === 0) throw new Error("no server-action fields in the page");
  return fields;
}

/** A multipart/form-data body, as a browser without JavaScript sends a server-action form. */
export function multipart(fields: Record<string, string>): { body: Buffer; contentType: string } {
  const boundary = `----pendulum${Math.random().toString(16).slice(2)}`;
  const parts = Object.entries(fields).map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return { body: Buffer.from(`${parts.join("")}--${boundary}--\r\n`), contentType: `multipart/form-data; boundary=${boundary}` };
}

export type LimitedServer = { baseURL: string; dbFile: string };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Production limits, with 60 s windows so a slow machine cannot outlast one mid-case. */
export const LIMITED_ENV = {
  AUTH_RATE_LIMIT: "on",
  AUTH_RATE_LIMIT_MAX: "3",
  AUTH_RATE_LIMIT_WINDOW_SECONDS: "60",
  LOGIN_MAX_FAILURES: "5",
  LOGIN_MAX_FAILURES_PER_IP: "20",
} as const;

let started: Promise<LimitedServer> | undefined;
let child: ChildProcess | undefined;
let dataDir: string | undefined;

process.once("exit", () => {
  child?.kill("SIGTERM");
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function start(): Promise<LimitedServer> {
  const port = await freePort();
  dataDir = mkdtempSync(join(tmpdir(), "pendulum-hostile-"));
  const dbFile = join(dataDir, "limited.db");
  const baseURL = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env };
  Object.assign(env, LIMITED_ENV, {
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
    APP_URL: baseURL,
    PENDULUM_DB: dbFile,
    BETTER_AUTH_SECRET: "hostile-limited-server-secret-0123456789abcdef",
    ALLOW_SIGNUP: "true",
  });
  let log = "";
  // Niced, so its start-up and the attack it serves do not take CPU from the suite's server and its bystander.
  const server = spawn("nice", ["-n", "10", join("node_modules", ".bin", "next"), "start", "-p", String(port)], { env, stdio: ["ignore", "pipe", "pipe"] });
  child = server;
  server.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the limited server exited with ${server.exitCode}:\n${log}`);
    const ready = await send(`${baseURL}/api/auth/ok`).then((r) => r.status === 200, () => false);
    if (ready) return { baseURL, dbFile };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the limited server did not answer within 60 s:\n${log}`);
}

/**
 * A second `next start` of the same build with the production limits on (the suite's own server
 * runs with AUTH_RATE_LIMIT=off so parallel specs are not throttled), on a free port and its own
 * database; started once per worker and stopped when the worker exits.
 */
export function limitedServer(): Promise<LimitedServer> {
  started ??= start();
  return started;
}
