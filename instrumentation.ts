export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkAuthEnv } = await import("./lib/auth/env");
    checkAuthEnv(process.env);
    const { forwardPeerAddress } = await import("./app/_server/forward-peer-address");
    forwardPeerAddress();
    const { mailConfigFromEnv } = await import("./lib/mail/config");
    mailConfigFromEnv(process.env);
    const { prepareDb } = await import("./db");
    await prepareDb();
    const { startReminderSchedule } = await import("./app/_server/reminder-schedule");
    startReminderSchedule();
  }
}
