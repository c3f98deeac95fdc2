import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { Server, type IncomingMessage, type ServerResponse } from "node:http";
import type { Logger } from "pino";
import { routeOf } from "@/lib/log/redact";

/**
 * The HTTP side of running in production: one JSON log line per request (request id, method, route,
 * status, duration) and a graceful stop on SIGTERM. `next start` owns the http.Server, so this hooks
 * in where forward-peer-address.ts does: at the server's "request" event.
 */

type State = {
  installed: boolean;
  servers: Set<Server>;
  inFlight: number;
  stopping: boolean;
  drained: Array<() => void>;
  requestIds: AsyncLocalStorage<string>;
};

// Process-wide: instrumentation and the app are separate bundles that must share one state.
const KEY = Symbol.for("pendulum.lifecycle");
const globalState = globalThis as unknown as { [KEY]?: State };
const state: State = (globalState[KEY] ??= {
  installed: false,
  servers: new Set(),
  inFlight: 0,
  stopping: false,
  drained: [],
  requestIds: new AsyncLocalStorage<string>(),
});

/** The id of the request being served in this async context (for log lines written while serving it). */
export function currentRequestId(): string | undefined {
  return state.requestIds.getStore();
}

export function requestsInFlight(): number {
  return state.inFlight;
}

export const REQUEST_ID_HEADER = "x-request-id";
const REQUEST_ID_FORMAT = /^[\w.:-]{8,64}$/;
// Noise at info: static files and health probes (every few seconds from a load balancer).
const QUIET = /^\/(_next\/static\/|_next\/image|icon\.svg|favicon\.ico|api\/health$)/;

/** The request's id: the one the reverse proxy set (X-Request-Id, when well-formed), else a fresh one. */
function requestIdOf(request: IncomingMessage): string {
  const given = request.headers[REQUEST_ID_HEADER];
  return typeof given === "string" && REQUEST_ID_FORMAT.test(given) ? given : randomUUID();
}

function observe(server: Server, logger: Logger, request: IncomingMessage, response: ServerResponse, serve: () => boolean): boolean {
  state.servers.add(server);
  const id = requestIdOf(request);
  request.headers[REQUEST_ID_HEADER] = id;
  response.setHeader("X-Request-Id", id);
  // While stopping, ask keep-alive clients to reconnect (to another instance) after this response.
  if (state.stopping) response.setHeader("Connection", "close");
  const started = process.hrtime.bigint();
  state.inFlight++;
  response.once("close", () => {
    state.inFlight--;
    const route = routeOf(request.url ?? "/");
    const line = {
      reqId: id,
      method: request.method,
      route,
      status: response.statusCode,
      durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
      ...(response.writableFinished ? {} : { aborted: true }),
    };
    if (response.statusCode >= 500) logger.error(line, "request");
    else if (QUIET.test(route)) logger.debug(line, "request");
    else logger.info(line, "request");
    if (state.inFlight === 0) for (const done of state.drained.splice(0)) done();
  });
  return state.requestIds.run(id, serve);
}

/** Wraps every http.Server's "request" event with the request log (once per process). */
export function installRequestLog(logger: Logger): void {
  if (state.installed) return;
  state.installed = true;
  const prototype = Server.prototype;
  const emit = prototype.emit;
  prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event !== "request") return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
    return observe(this, logger, args[0] as IncomingMessage, args[1] as ServerResponse, () =>
      emit.apply(this, [event, ...args] as unknown as Parameters<typeof emit>),
    );
  } as typeof emit;
}

export type ShutdownOptions = {
  logger: Logger;
  /** Closes the database connection or pool, after the last request finished. */
  closeDatabase: () => Promise<void>;
  /** How long requests in flight may take to finish before their connections are cut. */
  timeoutMs: number;
  exit?: (code: number) => void;
};

/**
 * Stops gracefully: no new connections, requests in flight finish (up to `timeoutMs`), idle
 * keep-alive connections close, then the database closes and the process exits 0.
 */
export async function shutdown({ logger, closeDatabase, timeoutMs, exit = (code) => process.exit(code) }: ShutdownOptions, signal = "SIGTERM"): Promise<void> {
  if (state.stopping) return;
  state.stopping = true;
  logger.info({ signal, inFlight: state.inFlight }, "stopping: no new connections, finishing requests in flight");
  const closed = [...state.servers].map(
    (server) =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  );
  const drained = state.inFlight === 0 ? Promise.resolve(true) : new Promise<boolean>((resolve) => state.drained.push(() => resolve(true)));
  let timer: NodeJS.Timeout | undefined;
  const finished = await Promise.race([drained, new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)))]);
  clearTimeout(timer);
  if (!finished) {
    logger.warn({ inFlight: state.inFlight, timeoutMs }, "stopping: requests still in flight after the timeout; closing their connections");
    for (const server of state.servers) server.closeAllConnections();
  }
  for (const server of state.servers) server.closeIdleConnections();
  await Promise.race([Promise.all(closed), new Promise((resolve) => setTimeout(resolve, 1000))]);
  let code = 0;
  try {
    await closeDatabase();
  } catch (error) {
    code = 1;
    logger.error({ err: error }, "stopping: the database did not close cleanly");
  }
  logger.info({ code }, "stopped");
  logger.flush();
  exit(code);
}

/** SHUTDOWN_TIMEOUT_SECONDS (default 25: under the 30 s most orchestrators wait before SIGKILL). */
export function shutdownTimeoutMs(env: Readonly<Record<string, string | undefined>>): number {
  const raw = env.SHUTDOWN_TIMEOUT_SECONDS?.trim();
  if (!raw) return 25_000;
  if (!/^\d+$/.test(raw)) throw new Error(`SHUTDOWN_TIMEOUT_SECONDS must be a whole number of seconds (got "${raw}")`);
  return Number(raw) * 1000;
}

/**
 * Runs shutdown() on SIGTERM and SIGINT. Next.js stops on those itself unless NEXT_MANUAL_SIG_HANDLE
 * is set (npm start sets it); when it is not, Next's own handlers (exit without closing the
 * database) are replaced.
 */
export function installShutdown(options: Omit<ShutdownOptions, "exit">): void {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    if (!process.env.NEXT_MANUAL_SIG_HANDLE) process.removeAllListeners(signal);
    process.once(signal, () => void shutdown(options, signal));
  }
}
