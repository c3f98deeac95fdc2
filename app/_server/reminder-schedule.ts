import "server-only";
import { getDb } from "@/db";
import { reminderStore } from "@/db/queries/mail-deliveries";
import { runReminders } from "@/lib/reminders/run";
import { appUrl, authSecret } from "./config";
import { getMailer, mailErrorCode } from "./mail";

/** How often the server looks for due reminders when REMINDERS=on; each run sends only what is due and not yet sent. */
export const REMINDER_INTERVAL_MS = 5 * 60_000;

const globalForSchedule = globalThis as unknown as { pendulumReminderTimer?: NodeJS.Timeout };

/**
 * REMINDERS=on: runs the reminder job every REMINDER_INTERVAL_MS in this process. Every instance may
 * run it; the deliveries table lets only one of them send each mail. Off by default, so a company that
 * prefers cron (`npm run reminders`) gets no second sender.
 */
export function startReminderSchedule(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  const setting = (env.REMINDERS ?? "off").trim().toLowerCase();
  if (setting === "off" || setting === "") return false;
  if (setting !== "on") throw new Error(`REMINDERS must be "on" or "off", not "${env.REMINDERS}".`);
  const mailer = getMailer();
  if (!mailer) throw new Error("REMINDERS=on needs SMTP_URL and MAIL_FROM: the reminders go out by e-mail.");
  if (globalForSchedule.pendulumReminderTimer) return true;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const summary = await runReminders({
        store: reminderStore(getDb()),
        mailer,
        now: new Date(),
        baseUrl: appUrl(),
        secret: authSecret(),
        onError: (entry, error) => console.error(`reminders: ${entry.kind} ${entry.week} for leader ${entry.userId} not sent (${mailErrorCode(error)})`),
      });
      if (summary.sent.length > 0) console.info(`reminders: sent ${summary.sent.length}, skipped ${summary.skipped.length}`);
    } catch (error) {
      console.error(`reminders: the run failed (${error instanceof Error ? error.name : "error"})`);
    } finally {
      running = false;
    }
  };
  globalForSchedule.pendulumReminderTimer = setInterval(() => void tick(), REMINDER_INTERVAL_MS);
  globalForSchedule.pendulumReminderTimer.unref();
  void tick();
  return true;
}
