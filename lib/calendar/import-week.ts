import { TZDate, tzOffset } from "@date-fns/tz";
import ICAL from "ical.js";
import { ACTIVITIES, type Activity } from "../enums";
import { isoWeekStartDate } from "../iso-week";
import type { CalendarRule } from "../validation/calendar";
import { countRecurrenceSteps, ImportFailure, SeriesTooCostly, WorkBudget, type CalendarImportErrorCode } from "./budget";
import { createClassifier, type Classification } from "./classify";
import { CALENDAR_LIMITS, DEFAULT_BUDGET_MS, type CalendarLimits } from "./limits";
import { preflightCalendar } from "./preflight";
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
};

export type ImportedEvent = {
  summary: string;
  start: string;
  end: string;
  category: Activity;
  minutes: number;
  isManagerOneOnOne: boolean;
};

export type CalendarWeek = {
  week: string;
  timeZone: string;
  hours: Record<Activity, number>;
  events: ImportedEvent[];
  managerOneOnOne: boolean;
  warnings: string[];
};

export type { CalendarImportErrorCode };
export type CalendarImportResult = { ok: true; value: CalendarWeek } | { ok: false; code: CalendarImportErrorCode; error: string };

type Instance = { summary: string; startMs: number; endMs: number; order: number } & Classification;

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

/** Cancelled, free (transparent) or declined by one of the leader's addresses. */
function isSkipped(component: ICAL.Component, myEmails: ReadonlySet<string>): boolean {
  if (upper(component, "status") === "CANCELLED") return true;
  if (upper(component, "transp") === "TRANSPARENT") return true;
  for (const attendee of component.getAllProperties("attendee")) {
    const email = emailOf(attendee);
    const partstat = attendee.getParameter("partstat");
    if (email && myEmails.has(email) && typeof partstat === "string" && partstat.toUpperCase() === "DECLINED") return true;
  }
  return false;
}

function othersOf(component: ICAL.Component, myEmails: ReadonlySet<string>): string[] {
  const others = new Set<string>();
  for (const property of [...component.getAllProperties("organizer"), ...component.getAllProperties("attendee")]) {
    const cutype = property.getParameter("cutype");
    if (typeof cutype === "string" && ["RESOURCE", "ROOM"].includes(cutype.toUpperCase())) continue;
    const email = emailOf(property);
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

function importOrThrow(text: string, options: CalendarImportOptions): CalendarWeek {
  const limits = options.limits ?? CALENDAR_LIMITS;
  const budget = new WorkBudget(limits, options.budgetMs ?? DEFAULT_BUDGET_MS, options.clock ?? (() => performance.now()));

  if (!text.trim()) throw new ImportFailure("empty", "The file is empty. Export your calendar as .ics and choose that file.");
  const preflight = preflightCalendar(text, limits);
  if (!preflight.ok) throw new ImportFailure("too-complex", preflight.error);
  const roots = rootsOf(text);
  budget.checkClock();

  const warnings = new Set<string>();
  const week = leaderWeek(options.week, options.timeZone);
  const windowStart = week.startWall - SLACK_MS;
  const windowEnd = week.endWall + SLACK_MS;
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
  let eventCount = 0;
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
  const add = (component: ICAL.Component, classification: Classification, startMs: number, endMs: number) => {
    const clippedStart = Math.max(startMs, week.startMs);
    const clippedEnd = Math.min(endMs, week.endMs);
    if (clippedEnd <= clippedStart) return;
    if (instances.length >= limits.maxEventsInWeek) {
      throw new ImportFailure(
        "too-complex",
        `This calendar has more than ${limits.maxEventsInWeek.toLocaleString("en-US")} timed events in this week, more than a week can hold. Check the file and try again.`,
      );
    }
    instances.push({ summary: summaryOf(component), startMs, endMs, order: instances.length, ...classification });
  };
  const classificationOf = (component: ICAL.Component) =>
    classify({ summary: summaryOf(component), others: othersOf(component, myEmails) });

  const expand = ({ master, overrides }: Series) => {
    const replaced = new Set<number>();
    const masterTiming = master && !isOutsideByRawDates(master, windowStart, windowEnd) ? timingOf(master, zoneFor) : null;
    const nearWeek = (wall: number, span: number) => wall + span >= windowStart && wall <= windowEnd;
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
      if (!timing || !nearWeek(timing.startWall, timing.spanWall) || isAllDay(override, timing.start) || isSkipped(override, myEmails)) continue;
      const startMs = timing.toStart(timing.startWall);
      add(override, classificationOf(override), startMs, timing.endOf(timing.startWall, startMs));
    }
    const timing = masterTiming;
    if (!master || !timing || isAllDay(master, timing.start) || timing.startWall > windowEnd || isSkipped(master, myEmails)) return;
    const rrule = master.getFirstPropertyValue("rrule");
    if (!(rrule instanceof ICAL.Recur)) {
      if (timing.startWall + timing.spanWall < windowStart) return;
      const startMs = timing.toStart(timing.startWall);
      add(master, classificationOf(master), startMs, timing.endOf(timing.startWall, startMs));
      return;
    }
    if (rrule.until && wallOf(rrule.until) + timing.spanWall < windowStart) return;
    if (dateValueCount(master) > limits.maxDateValuesPerSeries) throw new SeriesTooCostly();

    let classification: Classification | null = null;
    let excluded: Set<number> | null = null;
    let occurrences = 0;
    const occurrence = (wall: WallMs) => {
      if (wall + timing.spanWall < windowStart || wall > windowEnd) return;
      if (++occurrences > limits.maxOccurrencesPerSeries) throw new SeriesTooCostly();
      const startMs = timing.toStart(wall);
      excluded ??= exdatesOf(master, zoneFor, budget);
      if (replaced.has(startMs) || excluded.has(startMs)) return;
      classification ??= classificationOf(master);
      add(master, classification, startMs, timing.endOf(wall, startMs));
    };
    countRecurrenceSteps(budget, () => {
      const iterator = floatingRule(rrule, timing.toStart, windowEnd).iterator(
        fastForward(rrule, floatingTime(timing.startWall), timing.startWall, windowStart - timing.spanWall),
      );
      for (let next = iterator.next(); next; next = iterator.next()) {
        budget.step();
        const wall = wallOf(next);
        if (wall > windowEnd) break;
        occurrence(wall);
      }
    });
    for (const rdate of master.getAllProperties("rdate")) {
      for (const value of rdate.getValues()) {
        budget.step();
        if (value instanceof ICAL.Time && !value.isDate) occurrence(wallOf(value));
      }
    }
  };
  let unreadable = 0;
  const tooCostly: string[] = [];
  for (const entry of series.values()) {
    budget.step();
    const before = instances.length;
    try {
      budget.inSeriesOf(() => expand(entry));
    } catch (error) {
      if (error instanceof ImportFailure) throw error;
      instances.length = before;
      if (error instanceof SeriesTooCostly) tooCostly.push(summaryOf(entry.master ?? entry.overrides[0]!));
      // ical.js reads values lazily: one malformed event is skipped rather than failing the file.
      else unreadable++;
    }
  }
  if (unreadable) warnings.add(`${unreadable} event${unreadable === 1 ? "" : "s"} could not be read and ${unreadable === 1 ? "was" : "were"} left out`);
  if (tooCostly.length) warnings.add(tooCostlyWarning(tooCostly));
  budget.checkClock();
  return summarize(instances, week, options, cappedWarnings([...warnings]));
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

function summarize(instances: Instance[], week: ReturnType<typeof leaderWeek>, options: CalendarImportOptions, warnings: string[]): CalendarWeek {
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
  const events = [...instances]
    .sort((a, b) => Math.max(a.startMs, week.startMs) - Math.max(b.startMs, week.startMs) || a.order - b.order)
    .map((instance) => ({
      summary: instance.summary,
      start: toIso(Math.max(instance.startMs, week.startMs)),
      end: toIso(Math.min(instance.endMs, week.endMs)),
      category: instance.category,
      minutes: counted.get(instance)! / 60_000,
      isManagerOneOnOne: instance.isManagerOneOnOne,
    }));
  return {
    week: options.week,
    timeZone: options.timeZone,
    hours: hoursOf(totals),
    events,
    managerOneOnOne: instances.some((i) => i.isManagerOneOnOne),
    warnings,
  };
}

function hoursOf(totalMs: Record<Activity, number>): Record<Activity, number> {
  return Object.fromEntries(ACTIVITIES.map((a) => [a, totalMs[a] / 3_600_000])) as Record<Activity, number>;
}
