import { failed, type ActionFailure, type ActionState } from "./action-result";
import { hourShares, totalHours, type Hours, type Shares } from "./checkin";
import { ACTIVITIES, ENERGY_ACTIVITIES, RATINGS, YES_NO_QUESTIONS, type Activity } from "./enums";
import { perRating, RATING_SPECS } from "./ratings";
import { addIsoWeeks, compareIsoWeeks, formatIsoWeek, isoWeeksInYear } from "./iso-week";
import type { Checkin } from "./validation/checkin";
import { CHECKIN_FORM_SPEC, formToShape } from "./validation/form";

export const HOURS_FIELDS = ACTIVITIES.map((a) => `hours.${a}` as const);
export const ENERGY_FIELDS = ENERGY_ACTIVITIES.map((a) => `energy.${a}` as const);

export const CHECKIN_FIELD_NAMES = [
  "week",
  ...HOURS_FIELDS,
  "lowValueMeetingHours",
  ...ENERGY_FIELDS,
  ...RATINGS,
  ...YES_NO_QUESTIONS,
  "note",
] as const;

export type CheckinFieldName = (typeof CHECKIN_FIELD_NAMES)[number];
export type RatingFieldName = (typeof ENERGY_FIELDS)[number] | (typeof RATINGS)[number];

/** The check-in form as the browser holds it: every field a string, "" for empty. */
export type CheckinFormValues = Record<CheckinFieldName, string>;

export type RatingQuestion = { name: RatingFieldName; legend: string; low: string; high: string };

const ENERGY_ANCHORS = { low: "drained me", high: "energized me" };

export const ENERGY_QUESTIONS: readonly RatingQuestion[] = [
  { name: "energy.meetings", legend: "Energy from meetings", ...ENERGY_ANCHORS },
  { name: "energy.execution", legend: "Energy from hands-on execution", ...ENERGY_ANCHORS },
  { name: "energy.mentoring", legend: "Energy from mentoring", ...ENERGY_ANCHORS },
];

export const RATING_QUESTIONS: readonly RatingQuestion[] = RATING_SPECS.map(({ key, question, low, high }) => ({ name: key, legend: question, low, high }));

export const HOURS_LABELS: Record<Activity, string> = {
  meetings: "Hours in meetings",
  execution: "Hands-on hours",
  mentoring: "Mentoring hours",
  other: "Other hours",
};

export const YES_NO_LABELS: Record<(typeof YES_NO_QUESTIONS)[number], string> = {
  managerOneOnOne: "Had a 1:1 with my own manager",
  training: "Had leadership training or coaching",
};

export function emptyCheckinFormValues(week: string): CheckinFormValues {
  const values = {} as CheckinFormValues;
  for (const name of CHECKIN_FIELD_NAMES) values[name] = "";
  values.week = week;
  return values;
}

const text = (value: number | null) => (value === null ? "" : String(value));
const yesNo = (value: boolean | null) => (value === null ? "" : value ? "yes" : "no");

export function checkinToFormValues(checkin: Checkin): CheckinFormValues {
  return {
    week: checkin.week,
    "hours.meetings": text(checkin.hours.meetings),
    "hours.execution": text(checkin.hours.execution),
    "hours.mentoring": text(checkin.hours.mentoring),
    "hours.other": text(checkin.hours.other),
    lowValueMeetingHours: text(checkin.lowValueMeetingHours),
    "energy.meetings": text(checkin.energy.meetings),
    "energy.execution": text(checkin.energy.execution),
    "energy.mentoring": text(checkin.energy.mentoring),
    ...perRating((key) => text(checkin[key])),
    managerOneOnOne: yesNo(checkin.managerOneOnOne),
    training: yesNo(checkin.training),
    note: checkin.note ?? "",
  };
}

/** "Same as last week", hours only (also the calendar's fill): only the four hours change. */
export function withHours(values: CheckinFormValues, hours: Hours): CheckinFormValues {
  const next = { ...values };
  for (const activity of ACTIVITIES) next[`hours.${activity}`] = String(hours[activity]);
  return next;
}

/**
 * What "Same as last week" carries besides the four hours: the low-value share and every 1–5 rating.
 * The yes/no answers (a 1:1, training) and the private note belong to their own week and stay.
 */
export const CARRIED_WITH_RATINGS = ["lowValueMeetingHours", ...ENERGY_FIELDS, ...RATINGS] as const satisfies readonly CheckinFieldName[];

/** "Same as last week": the previous week's hours and, unless `hoursOnly`, its ratings; every field stays editable. */
export function carriedOver(values: CheckinFormValues, previous: CheckinFormValues, { hoursOnly = false } = {}): CheckinFormValues {
  const next = { ...values };
  for (const name of hoursOnly ? HOURS_FIELDS : [...HOURS_FIELDS, ...CARRIED_WITH_RATINGS]) next[name] = previous[name];
  return next;
}

/** How far "next missing week" looks back from the week just saved. */
export const MISSING_WEEK_LOOKBACK = 12;

/**
 * After saving `saved`, the week to log next: the first gap after it up to `lastWeek` (the week
 * just ended), else the nearest gap before it, back to the leader's first logged week and at most
 * MISSING_WEEK_LOOKBACK weeks. The running week is never suggested; null when nothing is missing.
 */
export function nextMissingWeek(saved: string, loggedWeeks: ReadonlySet<string>, lastWeek: string): string | null {
  const isMissing = (week: string) => week !== saved && !loggedWeeks.has(week);
  for (let week = addIsoWeeks(saved, 1), i = 0; compareIsoWeeks(week, lastWeek) <= 0 && i < 52; week = addIsoWeeks(week, 1), i++) {
    if (isMissing(week)) return week;
  }
  const first = [...loggedWeeks, saved].reduce((a, b) => (compareIsoWeeks(a, b) <= 0 ? a : b));
  for (let i = 1; i <= MISSING_WEEK_LOOKBACK; i++) {
    const week = addIsoWeeks(saved, -i);
    if (compareIsoWeeks(week, first) < 0) break;
    if (compareIsoWeeks(week, lastWeek) <= 0 && isMissing(week)) return week;
  }
  return null;
}

const HOURS_INPUT_RE = /^\+?(\d+([.,]\d*)?|[.,]\d+)$/;

/** What the leader typed as hours, read leniently for the live total: "7,5" → 7.5; empty or invalid → null. */
export function parseHoursInput(raw: string): number | null {
  const trimmed = raw.trim();
  if (!HOURS_INPUT_RE.test(trimmed)) return null;
  return Number(trimmed.replace(",", "."));
}

export type LiveSplit = { hours: Hours; total: number; shares: Shares; hasUnreadable: boolean };

/** The total and split while typing; fields that are empty or unreadable count as 0. */
export function liveSplit(values: CheckinFormValues): LiveSplit {
  const hours = {} as Hours;
  let hasUnreadable = false;
  for (const activity of ACTIVITIES) {
    const raw = values[`hours.${activity}`];
    const parsed = parseHoursInput(raw);
    if (parsed === null && raw.trim() !== "") hasUnreadable = true;
    hours[activity] = parsed ?? 0;
  }
  return { hours, total: totalHours(hours), shares: hourShares(hours), hasUnreadable };
}

/**
 * The check-in form converted to the data-format shape. Browsers submit a textarea's line breaks
 * as CRLF; they are turned back into LF so the note's length matches what the counter showed.
 */
export function checkinFormToShape(entries: Iterable<[string, FormDataEntryValue | string]>): Record<string, unknown> {
  const shape = formToShape(entries, CHECKIN_FORM_SPEC);
  if (typeof shape.note === "string") shape.note = shape.note.replace(/\r\n?/g, "\n");
  return shape;
}

/** The DOM id of a field, from its form name or issue path ("hours.meetings" → "field-hours-meetings"). */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9]+/g, "-")}`;
}

const LOOSE_WEEK_RE = /^(\d{4})\s*-?\s*W\s*(\d{1,2})$/i;

/** Reads a week the way people type it ("2026-W10", "2026-w3", "2026W10"); null when it isn't one. */
export function normalizeWeekInput(raw: string): string | null {
  const match = LOOSE_WEEK_RE.exec(raw.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const week = Number(match[2]);
  if (year < 1970 || week < 1 || week > isoWeeksInYear(year)) return null;
  return formatIsoWeek({ year, week });
}

export type WeekParam =
  | { status: "ok"; week: string }
  | { status: "future"; week: string }
  | { status: "invalid" };

/** Classifies the week in a URL against the leader's current week: only weeks up to it can be logged. */
export function resolveWeekParam(raw: string, currentWeek: string): WeekParam {
  const week = normalizeWeekInput(raw);
  if (!week) return { status: "invalid" };
  return compareIsoWeeks(week, currentWeek) > 0 ? { status: "future", week } : { status: "ok", week };
}

export type WeekNavigation = { previous: string; next: string | null };

export function weekNavigation(week: string, currentWeek: string): WeekNavigation {
  const next = addIsoWeeks(week, 1);
  return { previous: addIsoWeeks(week, -1), next: compareIsoWeeks(next, currentWeek) > 0 ? null : next };
}

/** The current week and the `count - 1` before it, newest first. */
export function recentWeeks(currentWeek: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addIsoWeeks(currentWeek, -i));
}

const FIELD_LABELS: Record<string, string> = {
  week: "Week",
  ...Object.fromEntries(ACTIVITIES.map((a) => [`hours.${a}`, HOURS_LABELS[a]])),
  "hours.total": "Total hours",
  lowValueMeetingHours: "Low-value meeting hours",
  ...Object.fromEntries([...ENERGY_QUESTIONS, ...RATING_QUESTIONS].map((q) => [q.name, q.legend])),
  ...YES_NO_LABELS,
  note: "Private note",
};

/** A human name for a field path, for the error summary; unknown paths are shown as they are. */
export function checkinFieldLabel(path: string): string {
  return FIELD_LABELS[path] ?? path;
}

/** The hidden field naming the leader a check-in was typed for; a save for anyone else is refused. */
export const LEADER_FIELD = "leader";

/** What a saved check-in answers the form: the week, and the next one to log (null when none is missing). */
export type CheckinSaved = { week: string; nextWeek: string | null };
export type CheckinSaveState = ActionState<CheckinSaved>;

const OTHER_LEADER_MESSAGE =
  "Another account is signed in now, so this week wasn’t saved there. Sign in as the account it was typed for to send it.";

/** The refusal of a form typed for another leader than the one signed in; its field error sits on the leader marker. */
export const OTHER_LEADER: ActionFailure = failed(OTHER_LEADER_MESSAGE, { [LEADER_FIELD]: OTHER_LEADER_MESSAGE });

export function isOtherLeaderRefusal(state: CheckinSaveState): boolean {
  return state !== null && !state.ok && Object.hasOwn(state.fieldErrors, LEADER_FIELD);
}

/** The form's fields without the leader marker, for the check-in schema (which refuses unknown fields). */
export function checkinEntries(entries: Iterable<[string, FormDataEntryValue | string]>): [string, FormDataEntryValue | string][] {
  return [...entries].filter(([name]) => name !== LEADER_FIELD);
}
