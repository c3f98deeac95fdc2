import { CHECKIN_FIELD_NAMES, emptyCheckinFormValues, type CheckinFormValues } from "./checkin-form";
import { isValidIsoWeek } from "./iso-week";
import { NOTE_MAX_LENGTH } from "./limits";

/**
 * Check-ins kept on the device because the save did not reach the server (offline, a failed
 * request). Each leader's live under their own storage key, so one account never reads, shows or
 * sends another's; the server also refuses a save typed for a different leader.
 */
export type PendingCheckin = {
  leaderId: string;
  week: string;
  values: CheckinFormValues;
  /** When it was kept, ISO 8601. */
  keptAt: string;
  /** Why the server would not take it (a validation message); it waits for the leader then. */
  problem: string | null;
};

export const PENDING_KEY_PREFIX = "pendulum.pending-checkins.v1:";
/** A device keeps at most this many weeks per leader; the oldest go first. */
export const MAX_PENDING_WEEKS = 26;
const MAX_FIELD_LENGTH = NOTE_MAX_LENGTH * 4;
const MAX_STORED_LENGTH = MAX_PENDING_WEEKS * (MAX_FIELD_LENGTH + 4_096);

export function pendingStorageKey(leaderId: string): string {
  return `${PENDING_KEY_PREFIX}${leaderId}`;
}

export function isPendingStorageKey(key: string): boolean {
  return key.startsWith(PENDING_KEY_PREFIX);
}

function readValues(raw: unknown, week: string): CheckinFormValues | null {
  if (typeof raw !== "object" || raw === null) return null;
  const values = emptyCheckinFormValues(week);
  for (const name of CHECKIN_FIELD_NAMES) {
    if (name === "week") continue;
    const value: unknown = Object.hasOwn(raw, name) ? (raw as Record<string, unknown>)[name] : "";
    if (typeof value !== "string" || value.length > MAX_FIELD_LENGTH) return null;
    values[name] = value;
  }
  return values;
}

function readEntry(raw: unknown, leaderId: string): PendingCheckin | null {
  if (typeof raw !== "object" || raw === null) return null;
  const entry = raw as Record<string, unknown>;
  if (entry.leaderId !== leaderId || typeof entry.week !== "string" || !isValidIsoWeek(entry.week)) return null;
  if (typeof entry.keptAt !== "string" || Number.isNaN(Date.parse(entry.keptAt))) return null;
  const values = readValues(entry.values, entry.week);
  if (!values) return null;
  const problem = typeof entry.problem === "string" ? entry.problem.slice(0, 500) : null;
  return { leaderId, week: entry.week, values, keptAt: entry.keptAt, problem };
}

/**
 * What a leader's storage key holds, oldest first. Anything unreadable, too large or stored for
 * another leader is left out, so a damaged or edited entry is never sent.
 */
export function parsePendingCheckins(stored: string | null, leaderId: string): PendingCheckin[] {
  if (!stored || stored.length > MAX_STORED_LENGTH) return [];
  let data: unknown;
  try {
    data = JSON.parse(stored);
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  const byWeek = new Map<string, PendingCheckin>();
  for (const raw of data.slice(0, MAX_PENDING_WEEKS * 2)) {
    const entry = readEntry(raw, leaderId);
    if (entry) byWeek.set(entry.week, entry);
  }
  return sortByKeptAt([...byWeek.values()]).slice(-MAX_PENDING_WEEKS);
}

function sortByKeptAt(entries: PendingCheckin[]): PendingCheckin[] {
  return entries.sort((a, b) => Date.parse(a.keptAt) - Date.parse(b.keptAt));
}

export function serializePendingCheckins(entries: readonly PendingCheckin[]): string {
  return JSON.stringify(entries);
}

/** Keeps `entry`, replacing any earlier one for its week; the oldest weeks give way past the cap. */
export function withPending(entries: readonly PendingCheckin[], entry: PendingCheckin): PendingCheckin[] {
  return sortByKeptAt([...entries.filter((e) => e.week !== entry.week), entry]).slice(-MAX_PENDING_WEEKS);
}

export function withoutPending(entries: readonly PendingCheckin[], week: string): PendingCheckin[] {
  return entries.filter((e) => e.week !== week);
}
