/** The mails the reminder run sends; each goes to a leader at most once per kind and ISO week. */
export const REMINDER_KINDS = ["weekly-reminder", "missed-week"] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/**
 * A delivery row's state. "sending": claimed by a run (and, if that run died mid-send, never sent
 * again: the mail may have left). "sent". "failed": the SMTP server refused it; a later run retries.
 */
export const DELIVERY_STATUSES = ["sending", "sent", "failed"] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** How often a refused mail is tried before the run gives up on it. */
export const MAX_DELIVERY_ATTEMPTS = 3;

/** `'a','b'` for a CHECK constraint over an `as const` list (our own constants, never input). */
export const sqlList = (values: readonly string[]) => values.map((v) => `'${v.replace(/'/g, "''")}'`).join(",");
