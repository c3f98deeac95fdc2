import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkAuthEnv } = await import("./lib/auth/env");
    checkAuthEnv(process.env);
    const { getLogger, routeConsoleToLogger } = await import("./app/_server/logger");
    const logger = getLogger();
    routeConsoleToLogger(logger);
    const { installRequestLog, installShutdown, shutdownTimeoutMs } = await import("./app/_server/lifecycle");
    installRequestLog(logger);
    const { forwardPeerAddress } = await import("./app/_server/forward-peer-address");
    forwardPeerAddress();
    const { closeAppDb, getDb, prepareDb } = await import("./db");
    installShutdown({ logger, closeDatabase: closeAppDb, timeoutMs: shutdownTimeoutMs(process.env) });
    const { mailConfigFromEnv } = await import("./lib/mail/config");
    mailConfigFromEnv(process.env);
    await prepareDb();
    const { backupSettingsFromEnv } = await import("./lib/backup-settings");
    const { scheduleDailyBackups } = await import("./app/_server/scheduled-backup");
    scheduleDailyBackups({ settings: backupSettingsFromEnv(process.env), db: getDb, logger });
    const { startReminderSchedule } = await import("./app/_server/reminder-schedule");
    startReminderSchedule();
    logger.info("ready");
  }
}

/** Errors while rendering or handling a request, as one structured line with the request's id. */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { errorDetails, getLogger } = await import("./app/_server/logger");
  const { routeOf } = await import("./lib/log/redact");
  const reqId = request.headers["x-request-id"];
  getLogger().error(
    {
      err: error,
      ...errorDetails(error),
      reqId: typeof reqId === "string" ? reqId : undefined,
      method: request.method,
      route: routeOf(request.path),
      routeType: context.routeType,
    },
    "request failed",
  );
};
