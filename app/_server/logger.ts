import { format } from "node:util";
import pino, { type DestinationStream, type Level, type Logger } from "pino";
import { redactText, redactValue } from "@/lib/log/redact";
import { currentRequestId } from "./lifecycle";

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** LOG_LEVEL (default info); a value pino does not know stops the server at start, naming it. */
export function logLevelFromEnv(env: Readonly<Record<string, string | undefined>>): LogLevel {
  const raw = env.LOG_LEVEL?.trim().toLowerCase();
  if (!raw) return "info";
  if (!(LOG_LEVELS as readonly string[]).includes(raw)) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")} (got "${env.LOG_LEVEL}")`);
  return raw as LogLevel;
}

/**
 * A pino logger writing one JSON object per line, every message and field passed through
 * lib/log/redact.ts first (so an e-mail, note or token handed to it by mistake never reaches the log).
 */
export function createLogger({ level, destination }: { level: LogLevel; destination?: DestinationStream }): Logger {
  return pino(
    {
      level,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Lines written while serving a request carry its id.
      mixin: () => {
        const reqId = currentRequestId();
        return reqId ? { reqId } : {};
      },
      formatters: {
        level: (label) => ({ level: label }),
        log: (object) => redactValue(object) as Record<string, unknown>,
      },
      hooks: {
        logMethod(args, method) {
          const redacted = args.map((arg) => (typeof arg === "string" ? redactText(arg) : arg));
          return method.apply(this, redacted as Parameters<typeof method>);
        },
      },
    },
    destination ?? pino.destination({ dest: 1, sync: false }),
  );
}

const globalForLog = globalThis as unknown as { pendulumLogger?: Logger };

/** The process's logger (one for the app and instrumentation bundles alike). */
export function getLogger(): Logger {
  globalForLog.pendulumLogger ??= createLogger({ level: logLevelFromEnv(process.env) });
  return globalForLog.pendulumLogger;
}

/**
 * Sends console.* (Next.js's own error reports, libraries' warnings) through the logger, so every
 * line the server writes after start is JSON and redacted.
 */
/**
 * What pino's error serializer leaves out of a line: the digest Next.js puts on a server error (the
 * reference its error page shows the leader) and the cause's message (a failed query's driver error,
 * e.g. "no such table").
 */
export function errorDetails(error: unknown): { digest?: string; cause?: string } {
  const { digest, cause } = (error ?? {}) as { digest?: unknown; cause?: unknown };
  return { ...(typeof digest === "string" ? { digest } : {}), ...(cause instanceof Error ? { cause: cause.message } : {}) };
}

export function routeConsoleToLogger(logger: Logger): void {
  const to = (level: Level) => (...args: unknown[]) => {
    const error = args.find((arg): arg is Error => arg instanceof Error);
    const message = format(...args.map((arg) => (arg instanceof Error ? arg.message : arg)));
    if (error) logger[level]({ err: error, ...errorDetails(error) }, message);
    else logger[level](message);
  };
  console.log = to("info");
  console.info = to("info");
  console.warn = to("warn");
  console.error = to("error");
  console.debug = to("debug");
}

/** better-auth's logger option: its messages and arguments, redacted, through ours. */
export function authLogger(logger: Logger) {
  return {
    level: "warn" as const,
    log: (level: "debug" | "info" | "success" | "warn" | "error", message: string, ...args: unknown[]) => {
      const pinoLevel: Level = level === "success" ? "info" : level;
      logger[pinoLevel]({ source: "auth", details: args.length ? args : undefined }, message);
    },
  };
}
