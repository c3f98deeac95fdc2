import { isoWeekStartDate } from "../iso-week";
import type { ImportedEvent } from "./import-week";

/**
 * The shape of a week from the same calendar events (docs/calendar.md "The shape of the week").
 * A *meeting* is a counted event the leader files as meetings or mentoring: time with other people.
 */
export type WeekShape = {
  /** Stretches of at least 2 h without a meeting between 08:00 and 18:00, Monday to Friday, in the leader's zone. */
  focusBlocks: number;
  /** Runs of three or more meetings with less than 5 minutes between one's end and the next one's start. */
  backToBackRuns: number;
  /** Meeting hours before 08:00, after 18:00 or on a Saturday or Sunday. */
  afterHoursMeetingHours: number;
  meetingsOverOneHour: number;
  /** Meetings with more than 8 people, the leader included. */
  meetingsOverEightPeople: number;
  /** Share (0–1) of meeting time that belongs to repeating series; 0 without meetings. */
  recurringMeetingShare: number;
};

export const SHAPE_KEYS = [
  "focusBlocks",
  "backToBackRuns",
  "afterHoursMeetingHours",
  "meetingsOverOneHour",
  "meetingsOverEightPeople",
  "recurringMeetingShare",
] as const satisfies readonly (keyof WeekShape)[];

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
const WORK_START_H = 8;
const WORK_END_H = 18;
const FOCUS_MIN_MS = 2 * HOUR_MS;
const BACK_TO_BACK_GAP_MS = 5 * MINUTE_MS;
const BACK_TO_BACK_MIN_RUN = 3;
const LARGE_MEETING_PEOPLE = 8;

export type ShapeEvent = Pick<ImportedEvent, "start" | "end" | "category" | "minutes" | "attendees" | "isRecurring">;

/** An ISO time with offset (as the import writes it) as its wall clock, in ms since the epoch, as if UTC. */
function wallOf(iso: string): number {
  return Date.parse(`${iso.slice(0, 19)}Z`);
}

const round2 = (n: number) => Math.round(n * 100) / 100;

type Meeting = { startMs: number; endMs: number; startWall: number; endWall: number; minutes: number; attendees: number; isRecurring: boolean };

/**
 * Instants (ms) are used for durations, so a meeting across a DST change lasts what it really
 * lasted; wall times (the leader's clock) decide the working day, weekends and the 08:00–18:00 window.
 */
export function weekShape(week: string, events: readonly ShapeEvent[]): WeekShape {
  const meetings: Meeting[] = events
    .filter((e) => (e.category === "meetings" || e.category === "mentoring") && e.minutes > 0)
    .map((e) => ({
      startMs: Date.parse(e.start),
      endMs: Date.parse(e.end),
      startWall: wallOf(e.start),
      endWall: wallOf(e.end),
      minutes: e.minutes,
      attendees: e.attendees,
      isRecurring: e.isRecurring,
    }))
    .sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);

  const weekStartWall = Date.parse(`${isoWeekStartDate(week)}T00:00:00Z`);
  let focusBlocks = 0;
  for (let day = 0; day < 5; day++) {
    const from = weekStartWall + day * DAY_MS + WORK_START_H * HOUR_MS;
    const to = weekStartWall + day * DAY_MS + WORK_END_H * HOUR_MS;
    let freeFrom = from;
    for (const m of meetings) {
      if (m.endWall <= freeFrom || m.startWall >= to) continue;
      if (m.startWall - freeFrom >= FOCUS_MIN_MS) focusBlocks++;
      freeFrom = Math.max(freeFrom, m.endWall);
    }
    if (to - freeFrom >= FOCUS_MIN_MS) focusBlocks++;
  }

  let backToBackRuns = 0;
  let run = 0;
  let runEnd = -Infinity;
  for (const m of meetings) {
    if (run > 0 && m.startMs - runEnd < BACK_TO_BACK_GAP_MS) run++;
    else {
      if (run >= BACK_TO_BACK_MIN_RUN) backToBackRuns++;
      run = 1;
      runEnd = -Infinity;
    }
    runEnd = Math.max(runEnd, m.endMs);
  }
  if (run >= BACK_TO_BACK_MIN_RUN) backToBackRuns++;

  let afterHoursMs = 0;
  let meetingMinutes = 0;
  let recurringMinutes = 0;
  for (const m of meetings) {
    afterHoursMs += Math.max(0, m.endMs - m.startMs - workingWallOverlap(m.startWall, m.endWall));
    meetingMinutes += m.minutes;
    if (m.isRecurring) recurringMinutes += m.minutes;
  }

  return {
    focusBlocks,
    backToBackRuns,
    afterHoursMeetingHours: round2(afterHoursMs / HOUR_MS),
    meetingsOverOneHour: meetings.filter((m) => m.endMs - m.startMs > HOUR_MS).length,
    meetingsOverEightPeople: meetings.filter((m) => m.attendees > LARGE_MEETING_PEOPLE).length,
    recurringMeetingShare: meetingMinutes > 0 ? round2(recurringMinutes / meetingMinutes) : 0,
  };
}

/** Wall-clock ms of [startWall, endWall) inside 08:00–18:00 of a weekday (offsets never change inside that window). */
function workingWallOverlap(startWall: number, endWall: number): number {
  let total = 0;
  for (let dayStart = Math.floor(startWall / DAY_MS) * DAY_MS; dayStart < endWall; dayStart += DAY_MS) {
    const weekday = new Date(dayStart).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const from = Math.max(startWall, dayStart + WORK_START_H * HOUR_MS);
    const to = Math.min(endWall, dayStart + WORK_END_H * HOUR_MS);
    if (to > from) total += to - from;
  }
  return total;
}
