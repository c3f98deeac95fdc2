import { weeklyReminderMail, missedWeekMail, type MailMessage, type ReminderLinks } from "../mail/templates";
import { unsubscribeToken } from "../mail/unsubscribe";
import { dueMails, reminderPreferences, type LeaderMailState, type SkipReason } from "./schedule";
import type { ReminderKind } from "./kinds";

/** Where the run reads leaders and claims deliveries: the database (db/queries/mail-deliveries.ts), shared by every instance. */
export type ReminderStore = {
  /** Every leader with a profile, a page at a time, with what dueMails needs around `now`. */
  leaders: (now: Date) => AsyncIterable<LeaderMailState[]>;
  /**
   * Claims the delivery of (leader, kind, week) for this run, atomically: a new row, or a refused one
   * retried. Returns its id, or why it cannot be claimed (another run sent it, is sending it, or gave up).
   */
  claim: (key: { userId: string; kind: ReminderKind; week: string }) => Promise<{ id: string } | { refused: "already-sent" | "sending-elsewhere" | "gave-up" }>;
  settle: (id: string, outcome: "sent" | "failed", at: Date) => Promise<void>;
};

export type Mailer = { send: (message: MailMessage) => Promise<void> };

export type RunEntry = { userId: string; kind: ReminderKind; week: string };
export type RunSummary = {
  now: string;
  dryRun: boolean;
  sent: RunEntry[];
  skipped: Array<RunEntry & { reason: SkipReason | "already-sent" | "sending-elsewhere" | "gave-up" | "failed" }>;
};

export type RunOptions = {
  store: ReminderStore;
  mailer: Mailer;
  now: Date;
  /** Public origin of the app, for the links. */
  baseUrl: string;
  /** The app's secret (BETTER_AUTH_SECRET): signs the unsubscribe links. */
  secret: string;
  /** Decide and report, but neither claim nor send. */
  dryRun?: boolean;
  /** Called when a send fails, with no message text (it may hold the SMTP password or an address). */
  onError?: (entry: RunEntry, error: unknown) => void;
};

function links(baseUrl: string, secret: string, userId: string, week: string): ReminderLinks {
  return {
    checkinUrl: `${baseUrl}/checkin/${week}`,
    settingsUrl: `${baseUrl}/settings/calendar#cal-reminder`,
    unsubscribeUrl: `${baseUrl}/api/mail/unsubscribe?token=${encodeURIComponent(unsubscribeToken(secret, userId))}`,
  };
}

function message(leader: LeaderMailState, kind: ReminderKind, week: string, reminderLinks: ReminderLinks): MailMessage {
  if (kind === "missed-week") return missedWeekMail({ to: leader.email, week, links: reminderLinks });
  return weeklyReminderMail({ to: leader.email, week, weekday: reminderPreferences(leader).weekday, links: reminderLinks });
}

/**
 * Sends what is due at `now`, each mail at most once however often and on however many instances
 * this runs: the delivery is claimed in the store before the mail goes out. Prints no address.
 */
export async function runReminders({ store, mailer, now, baseUrl, secret, dryRun = false, onError }: RunOptions): Promise<RunSummary> {
  const summary: RunSummary = { now: now.toISOString(), dryRun, sent: [], skipped: [] };
  for await (const page of store.leaders(now)) {
    for (const leader of page) {
      let decisions;
      try {
        decisions = dueMails(leader, now);
      } catch (error) {
        // One leader's unreadable settings must not stop everyone else's reminders.
        onError?.({ userId: leader.userId, kind: "weekly-reminder", week: "" }, error);
        continue;
      }
      for (const decision of decisions) {
        const entry: RunEntry = { userId: leader.userId, kind: decision.kind, week: decision.week };
        if (!decision.send) {
          summary.skipped.push({ ...entry, reason: decision.reason });
          continue;
        }
        if (dryRun) {
          summary.sent.push(entry);
          continue;
        }
        const claim = await store.claim(entry);
        if ("refused" in claim) {
          summary.skipped.push({ ...entry, reason: claim.refused });
          continue;
        }
        try {
          await mailer.send(message(leader, decision.kind, decision.week, links(baseUrl, secret, leader.userId, decision.week)));
        } catch (error) {
          await store.settle(claim.id, "failed", now);
          onError?.(entry, error);
          summary.skipped.push({ ...entry, reason: "failed" });
          continue;
        }
        await store.settle(claim.id, "sent", new Date());
        summary.sent.push(entry);
      }
    }
  }
  return summary;
}
