import { TZDate, tzOffset } from "@date-fns/tz";
import ICAL from "ical.js";
import { ACTIVITIES, type Activity } from "../enums";
import { isoWeekStartDate } from "../iso-week";
import type { CalendarRule } from "../validation/calendar";
import { countRecurrenceSteps, ImportFailure, SeriesTooCostly, WorkBudget, type CalendarImportErrorCode } from "./budget";
import { createClassifier, type Classification } from "./classify";
import { CALENDAR_LIMITS, DEFAULT_BUDGET_MS, type CalendarLimits } from "./limits";
import { calendarOwnerEmail } from "./owner";
import { preflightCalendar } from "./preflight";
import { weekShape, type WeekShape } from "./shape";
import { withoutEventsOutside } from "./week-filter";
import { createZoneResolver, floatingTime, quoted, UTC_ZONE, wallOf, type ToInstant, type WallMs } from "./zones";

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
// Zones differ by up to 26 hours; series are compared by raw wall dates with this slack.
const SLACK_MS = 2 * DAY_MS;
const NAMED_IN_WARNING = 3;
const MAX_WARNINGS = 10;
const MAX_SUMMARY_LENGTH = 200;

export type CalendarImportOptions = {
  week: string;
  timeZone: string;
  emails: readonly string[];
  managerEmails: readonly string[];
  rules: readonly CalendarRule[];
  budgetMs?: number;
  /** Elapsed-time source for the budget, in milliseconds. */
  clock?: () => number;
  limits?: CalendarLimits;
  /** Parse every event, even those that cannot touch the week (tests compare the two ways). */
  parseWholeFile?: boolean;
};

export type ImportedEvent = {
  summary: string;
  start: string;
  end: string;
  category: Activity;
  /** Minutes this event adds to the totals: overlapping time counts once, for the event that started first. */
  minutes: number;
  isManagerOneOnOne: boolean;
  /** People in it, the leader included (rooms and resources are not people). */
  attendees: number;
  /** One occurrence of a repeating series (or a moved occurrence of one). */
  isRecurring: boolean;
};

export const SKIP_REASONS = ["declined", "cancelled", "all-day", "free", "outside-week", "overlap"] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export type SkippedEvent = { summary: string; start: string; end: string; reason: SkipReason };

/** Addresses the file suggests: the leader's own (not yet in their settings) and 1:1 partners who may be their manager. */
export type PeopleSuggestions = { ownEmails: string[]; managerCandidates: string[] };

export type CalendarWeek = {
  week: string;
  timeZone: string;
  hours: Record<Activity, number>;
  events: ImportedEvent[];
  managerOneOnOne: boolean;
  /** Events of the week that were not counted, with the reason; at most MAX_SKIPPED_LISTED, the rest in skippedCounts. */
  skipped: SkippedEvent[];
  skippedCounts: Record<SkipReason, number>;
  suggestions: PeopleSuggestions;
  /** The shape of the week from the counted events, with the rules' categories (lib/calendar/shape.ts). */
  quality: WeekShape;
  warnings: string[];
};

export type { CalendarImportErrorCode };
export type CalendarImportResult = { ok: true; value: CalendarWeek } | { ok: false; code: CalendarImportErrorCode; error: string };

type Instance = {
  summary: string;
  startMs: number;
  endMs: number;
  order: number;
  others: readonly string[];
  othersCount: number;
  isRecurring: boolean;
} & Classification;

type SkippedInstance = { summary: string; startMs: number; endMs: number; reason: SkipReason };

/** Skipped events listed in the answer; every one is counted in skippedCounts. */
export const MAX_SKIPPED_LISTED = 500;
/** Participants of one event that are kept for the suggestions; bigger events say nothing about the leader's 1:1s. */
const MAX_OTHERS_KEPT = 50;

type Series = { master: ICAL.Component | null; overrides: ICAL.Component[] };

function tzidOf(property: ICAL.Property, time: ICAL.Time): string | null {
  if (time.zone === ICAL.Timezone.utcTimezone) return UTC_ZONE;
  const tzid = property.getParameter("tzid");
  return typeof tzid === "string" && tzid ? tzid : null;
}

function emailOf(property: ICAL.Property): string | null {
  const value = property.getFirstValue();
  const raw = typeof value === "string" ? value : "";
  const fromValue = /^mailto:/i.test(raw) ? raw.slice(7) : raw.includes("@") ? raw : "";
  const param = property.getParameter("email");
  const email = fromValue || (typeof param === "string" ? param : "");
  return email ? email.trim().toLowerCase() : null;
}

function isAllDay(component: ICAL.Component, start: ICAL.Time): boolean {
  if (start.isDate) return true;
  const outlookFlag = component.getFirstPropertyValue("x-microsoft-cdo-alldayevent");
  return typeof outlookFlag === "string" && outlookFlag.toUpperCase() === "TRUE";
}

function upper(component: ICAL.Component, name: string): string {
  const value = component.getFirstPropertyValue(name);
  return typeof value === "string" ? value.trim().toUpperCase() : "";
}

/** Why an event is not counted: cancelled, declined by one of the leader's addresses, all day, or free (transparent). */
function skipReasonOf(component: ICAL.Component, start: ICAL.Time, myEmails: ReadonlySet<string>): SkipReason | null {
  if (upper(component, "status") === "CANCELLED") return "cancelled";
  for (const attendee of component.getAllProperties("attendee")) {
    const email = emailOf(attendee);
    const partstat = attendee.getParameter("partstat");
    if (email && myEmails.has(email) && typeof partstat === "string" && partstat.toUpperCase() === "DECLINED") return "declined";
  }
  if (isAllDay(component, start)) return "all-day";
  if (upper(component, "transp") === "TRANSPARENT") return "free";
  return null;
}

/** Distribution lists named in the file: never suggested as one of the leader's own addresses. */
const MAX_GROUPS_KEPT = 1_000;

function othersOf(component: ICAL.Component, myEmails: ReadonlySet<string>, groups?: Set<string>): string[] {
  const others = new Set<string>();
  for (const property of [...component.getAllProperties("organizer"), ...component.getAllProperties("attendee")]) {
    const cutype = property.getParameter("cutype");
    const kind = typeof cutype === "string" ? cutype.toUpperCase() : "";
    if (kind === "RESOURCE" || kind === "ROOM") continue;
    const email = emailOf(property);
    if (email && kind === "GROUP" && groups && groups.size < MAX_GROUPS_KEPT) groups.add(email);
    if (email && !myEmails.has(email)) others.add(email);
  }
  return [...others];
}

/** The title, shortened: every occurrence carries it into the answer. */
function summaryOf(component: ICAL.Component): string {
  const value = component.getFirstPropertyValue("summary");
  const title = typeof value === "string" ? value.trim() : "";
  if (!title) return "(no title)";
  return title.length > MAX_SUMMARY_LENGTH ? `${title.slice(0, MAX_SUMMARY_LENGTH - 1)}…` : title;
}

type Timing = { start: ICAL.Time; startWall: WallMs; toStart: ToInstant; endOf: (startWall: WallMs, startMs: number) => number; spanWall: number };

/** Start and an end rule for a VEVENT: DTEND (same wall span per occurrence), DURATION (days nominal, the rest exact), or none. */
function timingOf(component: ICAL.Component, zoneFor: (tzid: string | null) => ToInstant): Timing | null {
  const startProp = component.getFirstProperty("dtstart");
  const start = startProp?.getFirstValue();
  if (!startProp || !(start instanceof ICAL.Time)) return null;
  const toStart = zoneFor(tzidOf(startProp, start));
  const startWall = wallOf(start);
  const endProp = component.getFirstProperty("dtend");
  const end = endProp?.getFirstValue();
  if (endProp && end instanceof ICAL.Time) {
    const endTzid = tzidOf(endProp, end);
    const startTzid = tzidOf(startProp, start);
    const spanWall = wallOf(end) - startWall;
    if (endTzid === startTzid) return { start, startWall, toStart, spanWall, endOf: (wall) => toStart(wall + spanWall) };
    const exact = zoneFor(endTzid)(wallOf(end)) - toStart(startWall);
    return { start, startWall, toStart, spanWall: exact, endOf: (_wall, startMs) => startMs + exact };
  }
  const duration = component.getFirstPropertyValue("duration");
  if (duration instanceof ICAL.Duration && !duration.isNegative) {
    const nominal = (duration.weeks * 7 + duration.days) * DAY_MS;
    const exact = ((duration.hours * 60 + duration.minutes) * 60 + duration.seconds) * 1000;
    return {
      start,
      startWall,
      toStart,
      spanWall: nominal + exact,
      endOf: (wall, startMs) => (nominal ? toStart(wall + nominal) : startMs) + exact,
    };
  }
  return { start, startWall, toStart, spanWall: 0, endOf: (_wall, startMs) => startMs };
}

const RAW_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}))?/;

/** A date property's wall time read from the raw jCal text, without building an ICAL.Time. */
function rawWallOf(property: ICAL.Property | null): WallMs | null {
  const raw: unknown = property?.jCal[3];
  const m = typeof raw === "string" ? RAW_DATE_RE.exec(raw) : null;
  if (!m) return null;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
}

/** True when the raw dates put a whole series or event outside the window, judged before any parsing. */
function isOutsideByRawDates(component: ICAL.Component, windowStart: WallMs, windowEnd: WallMs): boolean {
  const start = rawWallOf(component.getFirstProperty("dtstart"));
  if (start === null) return false;
  if (start > windowEnd) return true;
  if (component.hasProperty("rrule") || component.hasProperty("rdate")) return false;
  const end = rawWallOf(component.getFirstProperty("dtend"));
  return end !== null && end < windowStart;
}

function leaderWeek(week: string, timeZone: string) {
  const [y, m, d] = isoWeekStartDate(week).split("-").map(Number) as [number, number, number];
  const startWall = Date.UTC(y, m - 1, d);
  const startMs = new TZDate(y, m - 1, d, 0, 0, 0, timeZone).getTime();
  const endMs = new TZDate(y, m - 1, d + 7, 0, 0, 0, timeZone).getTime();
  return { startWall, endWall: startWall + WEEK_MS, startMs, endMs };
}

function rootsOf(text: string): ICAL.Component[] {
  let parsed: unknown;
  try {
    parsed = ICAL.parse(text);
  } catch (error) {
    const detail = error instanceof Error && error.name === "ParserError" ? ` (${error.message.slice(0, 160)})` : "";
    throw new ImportFailure("unreadable", `This is not a readable iCalendar (.ics) file${detail}.`);
  }
  const list = (Array.isArray(parsed) && typeof parsed[0] === "string" ? [parsed] : (parsed as unknown[])) as unknown[];
  const roots = list.map((jcal) => new ICAL.Component(jcal as ConstructorParameters<typeof ICAL.Component>[0]));
  if (!roots.some((root) => root.name === "vcalendar")) {
    throw new ImportFailure("unreadable", "This file has no calendar in it (no BEGIN:VCALENDAR).");
  }
  return roots.filter((root) => root.name === "vcalendar");
}

function isoFormatter(timeZone: string): (ms: number) => string {
  const offsets = new Map<number, number>();
  return (ms) => {
    // Zone offsets only change on quarter hours, so one lookup serves each quarter hour.
    const bucket = Math.floor(ms / 900_000);
    let offset = offsets.get(bucket);
    if (offset === undefined) offsets.set(bucket, (offset = tzOffset(timeZone, new Date(ms))));
    const local = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
    if (offset === 0) return `${local}Z`;
    const abs = Math.abs(offset);
    return `${local}${offset < 0 ? "-" : "+"}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
  };
}

/**
 * The hours a calendar export shows for one ISO week in the leader's zone: recurrences expanded
 * within the week, skipped events left out, overlaps counted once, events clipped to the week.
 */
export function importCalendarWeek(text: string, options: CalendarImportOptions): CalendarImportResult {
  try {
    return { ok: true, value: importOrThrow(text, options) };
  } catch (error) {
    if (error instanceof ImportFailure) return { ok: false, code: error.code, error: error.message };
    throw error;
  }
}

/**
 * What a lead's own client may write around a valid calendar, taken away: a byte-order mark (some
 * Windows exporters; also one per file when files are joined) and lines with only white space.
 * Several VCALENDAR blocks in one file are read as one calendar.
 */
export function normalizeCalendarText(text: string): string {
  return text
    .replace(/(^|\n)\uFEFF+/g, "$1")
    .replace(/^(?:[ \t]*\r?\n)+/, "")
    .replace(/(\r?\n)(?:[ \t]*\r?\n)+/g, "$1");
}

function importOrThrow(raw: string, options: CalendarImportOptions): CalendarWeek {
  const text = normalizeCalendarText(raw);
  const limits = options.limits ?? CALENDAR_LIMITS;
  const budget = new WorkBudget(limits, options.budgetMs ?? DEFAULT_BUDGET_MS, options.clock ?? (() => performance.now()));

  if (!text.trim()) throw new ImportFailure("empty", "The file is empty. Export your calendar as .ics and choose that file.");
  const preflight = preflightCalendar(text, limits);
  if (!preflight.ok) throw new ImportFailure("too-complex", preflight.error);
  const week = leaderWeek(options.week, options.timeZone);
  const windowStart = week.startWall - SLACK_MS;
  const windowEnd = week.endWall + SLACK_MS;
  // Years of events outside the week are cut before ical.js builds anything (lib/calendar/week-filter.ts).
  const near = options.parseWholeFile ? { text, removed: 0 } : withoutEventsOutside(text, windowStart, windowEnd);
  const roots = rootsOf(near.text);
  budget.checkClock();

  const warnings = new Set<string>();
  const zoneFor = createZoneResolver({
    vtimezones: roots.flatMap((root) => root.getAllSubcomponents("vtimezone")),
    leaderZone: options.timeZone,
    horizonWall: windowEnd + SLACK_MS,
    limits,
    budget,
    warn: (message) => warnings.add(message),
  });
  const myEmails = new Set(options.emails.map((e) => e.toLowerCase()));
  const classify = createClassifier(options.rules, options.managerEmails);

  const series = new Map<string, Series>();
  let anonymous = 0;
  let eventCount = near.removed;
  for (const root of roots) {
    for (const component of root.getAllSubcomponents("vevent")) {
      eventCount++;
      const uid = component.getFirstPropertyValue("uid");
      const key = typeof uid === "string" && uid ? uid : `\u0000${anonymous++}`;
      let entry = series.get(key);
      if (!entry) series.set(key, (entry = { master: null, overrides: [] }));
      if (component.hasProperty("recurrence-id")) entry.overrides.push(component);
      else if (!entry.master) entry.master = component;
      else series.set(`\u0000${anonymous++}`, { master: component, overrides: [] });
    }
  }
  if (eventCount === 0) throw new ImportFailure("empty", "The calendar has no events in it.");

  const instances: Instance[] = [];
  const skipped: SkippedInstance[] = [];
  const groups = new Set<string>();
  const skippedCounts = Object.fromEntries(SKIP_REASONS.map((r) => [r, 0])) as Record<SkipReason, number>;
  const skip = (component: ICAL.Component, reason: SkipReason, startMs: number, endMs: number) => {
    skippedCounts[reason]++;
    if (skipped.length < MAX_SKIPPED_LISTED) skipped.push({ summary: summaryOf(component), startMs, endMs, reason });
  };
  const weekWall = (wall: WallMs) => wall >= week.startWall && wall < week.endWall;
  /** One occurrence: counted, skipped with its reason, or (wholly outside the week and not on its dates) dropped. */
  const add = (
    component: ICAL.Component,
    participants: () => { others: readonly string[]; othersCount: number; classification: Classification },
    occurrence: { startMs: number; endMs: number; wall: WallMs; reason: SkipReason | null; isRecurring: boolean },
  ) => {
    const { startMs, endMs, wall, reason } = occurrence;
    const clippedStart = Math.max(startMs, week.startMs);
    const clippedEnd = Math.min(endMs, week.endMs);
    if (clippedEnd <= clippedStart) {
      // Its own clock puts it in the week, the leader's does not (another zone, or a zero-length event).
      if (!reason && weekWall(wall) && endMs > startMs) skip(component, "outside-week", startMs, endMs);
      return;
    }
    if (reason) return skip(component, reason, clippedStart, clippedEnd);
    if (instances.length >= limits.maxEventsInWeek) {
      throw new ImportFailure(
        "too-complex",
        `This calendar has more than ${limits.maxEventsInWeek.toLocaleString("en-US")} timed events in this week, more than a week can hold. Check the file and try again.`,
      );
    }
    const { others, othersCount, classification } = participants();
    instances.push({ summary: summaryOf(component), startMs, endMs, order: instances.length, others, othersCount, isRecurring: occurrence.isRecurring, ...classification });
  };
  const participantsOf = (component: ICAL.Component) => {
    const others = othersOf(component, myEmails, groups);
    const classification = classify({ summary: summaryOf(component), others });
    return { others: others.length <= MAX_OTHERS_KEPT ? others : [], othersCount: others.length, classification };
  };
  /** An all-day event without an end lasts its day (RFC 5545 3.6.1). */
  const endOf = (timing: Timing, wall: WallMs, startMs: number) =>
    timing.start.isDate && timing.spanWall <= 0 ? timing.toStart(wall + DAY_MS) : timing.endOf(wall, startMs);

  const expand = ({ master, overrides }: Series) => {
    const replaced = new Set<number>();
    const masterTiming = master && !isOutsideByRawDates(master, windowStart, windowEnd) ? timingOf(master, zoneFor) : null;
    const nearWeek = (wall: number, span: number) => wall + Math.max(span, DAY_MS) >= windowStart && wall <= windowEnd;
    for (const override of overrides) {
      budget.step();
      const ridProp = override.getFirstProperty("recurrence-id");
      const ridRaw = rawWallOf(ridProp);
      if (ridRaw !== null && !nearWeek(ridRaw, masterTiming?.spanWall ?? 0) && isOutsideByRawDates(override, windowStart, windowEnd)) continue;
      const rid = ridProp?.getFirstValue();
      if (!ridProp || !(rid instanceof ICAL.Time)) continue;
      const ridWall = wallOf(rid);
      if (nearWeek(ridWall, masterTiming?.spanWall ?? 0)) replaced.add(zoneFor(tzidOf(ridProp, rid))(ridWall));
      const timing = timingOf(override, zoneFor);
      if (!timing || !nearWeek(timing.startWall, timing.spanWall)) continue;
      const startMs = timing.toStart(timing.startWall);
      add(override, () => participantsOf(override), {
        startMs,
        endMs: endOf(timing, timing.startWall, startMs),
        wall: timing.startWall,
        reason: skipReasonOf(override, timing.start, myEmails),
        isRecurring: true,
      });
    }
    const timing = masterTiming;
    if (!master || !timing || timing.startWall > windowEnd) return;
    const reason = skipReasonOf(master, timing.start, myEmails);
    const rrule = master.getFirstPropertyValue("rrule");
    if (!(rrule instanceof ICAL.Recur)) {
      if (timing.startWall + Math.max(timing.spanWall, DAY_MS) < windowStart) return;
      const startMs = timing.toStart(timing.startWall);
      const isRecurring = master.hasProperty("rdate");
      add(master, () => participantsOf(master), { startMs, endMs: endOf(timing, timing.startWall, startMs), wall: timing.startWall, reason, isRecurring });
      if (isRecurring) expandRdates(master, timing, reason);
      return;
    }
    if (rrule.until && wallOf(rrule.until) + Math.max(timing.spanWall, DAY_MS) < windowStart) return;
    if (dateValueCount(master) > limits.maxDateValuesPerSeries) throw new SeriesTooCostly();

    const occurrence = occurrenceOf(master, timing, reason, replaced);
    countRecurrenceSteps(budget, () => {
      const iterator = floatingRule(rrule, timing.toStart, windowEnd).iterator(
        fastForward(rrule, floatingTime(timing.startWall), timing.startWall, windowStart - Math.max(timing.spanWall, DAY_MS)),
      );
      for (let next = iterator.next(); next; next = iterator.next()) {
        budget.step();
        const wall = wallOf(next);
        if (wall > windowEnd) break;
        occurrence(wall);
      }
    });
    expandRdates(master, timing, reason, occurrence);
  };
  /** Counts one series' occurrences near the week, each classified like the series (once). */
  function occurrenceOf(master: ICAL.Component, timing: Timing, reason: SkipReason | null, replaced: ReadonlySet<number>) {
    let participants: ReturnType<typeof participantsOf> | null = null;
    let excluded: Set<number> | null = null;
    let occurrences = 0;
    return (wall: WallMs) => {
      if (wall + Math.max(timing.spanWall, DAY_MS) < windowStart || wall > windowEnd) return;
      if (++occurrences > limits.maxOccurrencesPerSeries) throw new SeriesTooCostly();
      const startMs = timing.toStart(wall);
      excluded ??= exdatesOf(master, zoneFor, budget);
      if (replaced.has(startMs) || excluded.has(startMs)) return;
      add(master, () => (participants ??= participantsOf(master)), { startMs, endMs: endOf(timing, wall, startMs), wall, reason, isRecurring: true });
    };
  }
  function expandRdates(master: ICAL.Component, timing: Timing, reason: SkipReason | null, occurrence = occurrenceOf(master, timing, reason, new Set())) {
    if (dateValueCount(master) > limits.maxDateValuesPerSeries) throw new SeriesTooCostly();
    for (const rdate of master.getAllProperties("rdate")) {
      for (const value of rdate.getValues()) {
        budget.step();
        if (value instanceof ICAL.Time && value.isDate === timing.start.isDate) occurrence(wallOf(value));
      }
    }
  }
  let unreadable = 0;
  const tooCostly: string[] = [];
  for (const entry of series.values()) {
    budget.step();
    const before = instances.length;
    const skippedBefore = skipped.length;
    try {
      budget.inSeriesOf(() => expand(entry));
    } catch (error) {
      if (error instanceof ImportFailure) throw error;
      instances.length = before;
      skipped.length = Math.min(skipped.length, skippedBefore);
      if (error instanceof SeriesTooCostly) tooCostly.push(summaryOf(entry.master ?? entry.overrides[0]!));
      // ical.js reads values lazily: one malformed event is skipped rather than failing the file.
      else unreadable++;
    }
  }
  if (unreadable) warnings.add(`${unreadable} event${unreadable === 1 ? "" : "s"} could not be read and ${unreadable === 1 ? "was" : "were"} left out`);
  if (tooCostly.length) warnings.add(tooCostlyWarning(tooCostly));
  budget.checkClock();
  return summarize({ instances, skipped, skippedCounts, groups, calendarOwner: calendarOwnerEmail(text) }, week, options, cappedWarnings([...warnings]));
}

function tooCostlyWarning(summaries: string[]): string {
  const named = summaries.slice(0, NAMED_IN_WARNING).map(quoted).join(", ");
  const more = summaries.length > NAMED_IN_WARNING ? ` and ${summaries.length - NAMED_IN_WARNING} more` : "";
  const one = summaries.length === 1;
  return `${summaries.length} repeating event${one ? "" : "s"} ${one ? "repeats" : "repeat"} too often to count and ${one ? "was" : "were"} left out: ${named}${more}`;
}

/** At most MAX_WARNINGS lines: a file can name a different unknown zone in every event. */
function cappedWarnings(warnings: string[]): string[] {
  if (warnings.length <= MAX_WARNINGS) return warnings;
  return [...warnings.slice(0, MAX_WARNINGS - 1), `and ${(warnings.length - MAX_WARNINGS + 1).toLocaleString("en-US")} more warnings like these`];
}

/** RDATE and EXDATE values of an event, counted on the raw jCal without parsing them. */
function dateValueCount(component: ICAL.Component): number {
  let count = 0;
  for (const property of [...component.getAllProperties("rdate"), ...component.getAllProperties("exdate")]) count += property.jCal.length - 3;
  return count;
}

function exdatesOf(master: ICAL.Component, zoneFor: (tzid: string | null) => ToInstant, budget: WorkBudget): Set<number> {
  const excluded = new Set<number>();
  const startProp = master.getFirstProperty("dtstart")!;
  const start = startProp.getFirstValue() as ICAL.Time;
  const toStart = zoneFor(tzidOf(startProp, start));
  for (const property of master.getAllProperties("exdate")) {
    for (const value of property.getValues()) {
      budget.step();
      if (!(value instanceof ICAL.Time)) continue;
      // A date-only EXDATE removes the occurrence at the series' time of day on that date.
      if (value.isDate) excluded.add(toStart(wallOf(value) + (wallOf(start) % DAY_MS)));
      else excluded.add(zoneFor(tzidOf(property, value))(wallOf(value)));
    }
  }
  return excluded;
}

/**
 * The rule with UNTIL as a wall time in the event's zone, to iterate on floating times (ical.js
 * otherwise recomputes a VTIMEZONE offset for every occurrence it compares with UNTIL), and no
 * later than `horizonWall`: ical.js searches up to year 20000 for a yearly rule that never matches.
 */
function floatingRule(rule: ICAL.Recur, toStart: ToInstant, horizonWall: WallMs): ICAL.Recur {
  const until = rule.until;
  let untilWall = until ? wallOf(until) : Infinity;
  if (until && !until.isDate && until.zone === ICAL.Timezone.utcTimezone) untilWall += untilWall - toStart(untilWall);
  if (until?.isDate && untilWall <= horizonWall) return rule;
  const copy = rule.clone();
  copy.until = floatingTime(Math.min(untilWall, horizonWall));
  return copy;
}

/** Moves DTSTART of an open-ended daily or weekly rule forward by whole intervals so iteration starts near the week. */
function fastForward(rule: ICAL.Recur, start: ICAL.Time, startWall: WallMs, targetWall: WallMs): ICAL.Time {
  if (rule.count || (rule.freq !== "DAILY" && rule.freq !== "WEEKLY") || targetWall <= startWall) return start;
  const periodDays = (rule.interval || 1) * (rule.freq === "WEEKLY" ? 7 : 1);
  const periods = Math.floor((targetWall - startWall) / (periodDays * DAY_MS)) - 1;
  if (periods <= 0) return start;
  const moved = start.clone();
  moved.adjust(periods * periodDays, 0, 0, 0);
  return moved;
}

type Collected = {
  instances: Instance[];
  skipped: SkippedInstance[];
  skippedCounts: Record<SkipReason, number>;
  groups: ReadonlySet<string>;
  calendarOwner: string | null;
};

function summarize(collected: Collected, week: ReturnType<typeof leaderWeek>, options: CalendarImportOptions, warnings: string[]): CalendarWeek {
  const { instances, skippedCounts } = collected;
  // Overlapping time goes to the event that started first; on a tie, to the longer one.
  const byPriority = [...instances].sort((a, b) => a.startMs - b.startMs || b.endMs - a.endMs || a.order - b.order);
  const counted = new Map<Instance, number>();
  let coveredUntil = -Infinity;
  for (const instance of byPriority) {
    const start = Math.max(instance.startMs, week.startMs, coveredUntil);
    const end = Math.min(instance.endMs, week.endMs);
    counted.set(instance, Math.max(0, end - start));
    coveredUntil = Math.max(coveredUntil, end);
  }
  const toIso = isoFormatter(options.timeZone);
  const totals = Object.fromEntries(ACTIVITIES.map((a) => [a, 0])) as Record<Activity, number>;
  for (const [instance, ms] of counted) totals[instance.category] += ms;
  const inOrder = [...instances].sort((a, b) => Math.max(a.startMs, week.startMs) - Math.max(b.startMs, week.startMs) || a.order - b.order);
  const clipped = (i: { startMs: number; endMs: number }) => ({ start: toIso(Math.max(i.startMs, week.startMs)), end: toIso(Math.min(i.endMs, week.endMs)) });
  const events: ImportedEvent[] = [];
  const overlapped: SkippedInstance[] = [];
  for (const instance of inOrder) {
    const ms = counted.get(instance)!;
    // Wholly inside time already counted: listed with the skipped events, so every event is accounted for once.
    if (ms === 0) {
      overlapped.push({ summary: instance.summary, startMs: instance.startMs, endMs: instance.endMs, reason: "overlap" });
      continue;
    }
    events.push({
      summary: instance.summary,
      ...clipped(instance),
      category: instance.category,
      minutes: ms / 60_000,
      isManagerOneOnOne: instance.isManagerOneOnOne,
      attendees: instance.othersCount + 1,
      isRecurring: instance.isRecurring,
    });
  }
  skippedCounts.overlap = overlapped.length;
  const skipped = [...collected.skipped, ...overlapped]
    .sort((a, b) => a.startMs - b.startMs)
    .slice(0, MAX_SKIPPED_LISTED)
    .map((i) => ({ summary: i.summary, ...clipped(i), reason: i.reason }));
  return {
    week: options.week,
    timeZone: options.timeZone,
    hours: hoursOf(totals),
    events,
    managerOneOnOne: instances.some((i) => i.isManagerOneOnOne),
    skipped,
    skippedCounts,
    quality: weekShape(options.week, events),
    suggestions: suggestPeople(instances, { calendarOwner: collected.calendarOwner, groups: collected.groups }, options),
    warnings,
  };
}

const MAX_SUGGESTIONS = 3;

/**
 * Who the file says the leader is, and who their manager may be, from this week's counted events.
 * Own addresses: the calendar's owner (Google names the export after it) and any address on at
 * least four in five of the week's events with people (at least three of them): the leader is on their
 * own invitations. Manager candidates: partners of 1:1s counted as mentoring (one other person),
 * most 1:1s first, only while no manager is set.
 */
export function suggestPeople(
  instances: readonly Pick<Instance, "others" | "othersCount" | "category">[],
  { calendarOwner, groups }: { calendarOwner: string | null; groups: ReadonlySet<string> },
  options: Pick<CalendarImportOptions, "emails" | "managerEmails">,
): PeopleSuggestions {
  const mine = new Set(options.emails.map((e) => e.toLowerCase()));
  const managers = new Set(options.managerEmails.map((e) => e.toLowerCase()));
  const seen = new Map<string, number>();
  const oneOnOnes = new Map<string, number>();
  let withPeople = 0;
  for (const instance of instances) {
    if (instance.othersCount === 0) continue;
    withPeople++;
    for (const email of instance.others) seen.set(email, (seen.get(email) ?? 0) + 1);
  }
  const ownEmails: string[] = [];
  if (calendarOwner && !mine.has(calendarOwner)) ownEmails.push(calendarOwner);
  if (withPeople >= 3) {
    const frequent = [...seen].filter(([email, n]) => n * 5 >= withPeople * 4 && !managers.has(email) && !groups.has(email) && !ownEmails.includes(email));
    ownEmails.push(...frequent.sort((a, b) => b[1] - a[1]).map(([email]) => email));
  }
  const own = new Set(ownEmails);
  for (const instance of instances) {
    // The leader's own address in `others` means it is not in their settings yet: a 1:1 then shows two people.
    const people = instance.others.filter((e) => !own.has(e));
    const isOneOnOne = people.length === 1 && instance.othersCount - (instance.others.length - people.length) === 1;
    // Only 1:1s the rules took for mentoring: a manager 1:1 is one of them until the manager is set.
    if (isOneOnOne && instance.category === "mentoring" && !groups.has(people[0]!)) {
      oneOnOnes.set(people[0]!, (oneOnOnes.get(people[0]!) ?? 0) + 1);
    }
  }
  const managerCandidates = managers.size
    ? []
    : [...oneOnOnes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, MAX_SUGGESTIONS).map(([email]) => email);
  return { ownEmails: ownEmails.slice(0, MAX_SUGGESTIONS), managerCandidates };
}

function hoursOf(totalMs: Record<Activity, number>): Record<Activity, number> {
  return Object.fromEntries(ACTIVITIES.map((a) => [a, totalMs[a] / 3_600_000])) as Record<Activity, number>;
}
