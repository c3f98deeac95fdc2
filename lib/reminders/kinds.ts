/** The mails the reminder run sends; each goes to a leader at most once per ISO week. */
export const REMINDER_KINDS = ["weekly-reminder", "missed-week", "sign-change"] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** A delivery row's state: claimed by a run that is sending it, sent, or failed (a later run retries). */
export const DELIVERY_STATUSES = ["sending", "sent", "failed"] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
