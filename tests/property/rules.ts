import { ACTIVITIES } from "@/lib/enums";
import { compareIsoWeeks, isValidIsoWeek, isValidTimeZone } from "@/lib/iso-week";
import { HOURS_IN_WEEK, MAX_HOURS_PER_ACTIVITY, NOTE_MAX_LENGTH } from "@/lib/limits";
import { findForbiddenCharacter, textLength } from "@/lib/text";
import type { CalendarSettings, ReminderSettings } from "@/lib/validation/calendar";
import type { Checkin } from "@/lib/validation/checkin";
import type { Profile, Settings } from "@/lib/validation/profile";

// The domain's rules restated independently of the zod schemas, so a schema that lets a bad row
// through is caught here rather than trusted. Plain checks rather than expect(): they run for
// every accepted value of tens of thousands of cases.

export function ensure(condition: boolean, message: string | (() => string)): asserts condition {
  if (!condition) throw new Error(typeof message === "string" ? message : message());
}

const isQuarter = (h: number) => Number.isFinite(h) && Number.isInteger(h * 4);
const isRating = (r: number | null) => r === null || (Number.isInteger(r) && r >= 1 && r <= 5);
const encoder = new TextEncoder();
const decoder = new TextDecoder();

function ensureStorableText(text: string, max: number, multiline: boolean): void {
  ensure(findForbiddenCharacter(text, { multiline }) === null, () => `forbidden character in ${JSON.stringify(text)}`);
  ensure(textLength(text) <= max, () => `${textLength(text)} characters > ${max}`);
  // Well-formed text survives UTF-8, which is how SQLite and the export store it.
  ensure(decoder.decode(encoder.encode(text)) === text, () => `${JSON.stringify(text)} does not survive UTF-8`);
}

export function ensureCheckinRules(c: Checkin, currentWeek?: string): void {
  ensure(isValidIsoWeek(c.week), `week ${c.week}`);
  if (currentWeek) ensure(compareIsoWeeks(c.week, currentWeek) <= 0, `week ${c.week} after ${currentWeek}`);
  let total = 0;
  for (const a of ACTIVITIES) {
    const h = c.hours[a];
    ensure(isQuarter(h) && h >= 0 && h <= MAX_HOURS_PER_ACTIVITY, `${a} = ${h}`);
    total += h;
  }
  ensure(total <= HOURS_IN_WEEK, `total ${total}`);
  const low = c.lowValueMeetingHours;
  ensure(low === null || (isQuarter(low) && low >= 0 && low <= c.hours.meetings), `low-value ${low}`);
  for (const r of [c.energy.meetings, c.energy.execution, c.energy.mentoring, c.skillConfidence, c.politics, c.support, c.teamGrowthJoy, c.satisfaction]) {
    ensure(isRating(r), `rating ${r}`);
  }
  for (const yn of [c.managerOneOnOne, c.training]) ensure(yn === null || typeof yn === "boolean", `yes/no ${String(yn)}`);
  if (c.note !== null) {
    ensure(c.note.length > 0, "empty note kept");
    ensureStorableText(c.note, NOTE_MAX_LENGTH, true);
  }
}

export function ensureProfileRules(p: Profile, today?: string): void {
  ensure(p.displayName === p.displayName.trim() && p.displayName.length > 0, `name ${JSON.stringify(p.displayName)}`);
  ensureStorableText(p.displayName, 80, false);
  ensure(["engineer", "product", "design", "it", "other"].includes(p.previousRole), p.previousRole);
  ensure(new Date(`${p.leadingSince}T00:00:00Z`).toISOString().slice(0, 10) === p.leadingSince, p.leadingSince);
  if (today) ensure(p.leadingSince <= today, `${p.leadingSince} after ${today}`);
  ensure(p.teamSize === null || (Number.isInteger(p.teamSize) && p.teamSize >= 0 && p.teamSize <= 10_000), `team ${p.teamSize}`);
  ensure(p.timeZone === null || isValidTimeZone(p.timeZone), `zone ${p.timeZone}`);
  const t = p.targets;
  for (const pct of [t.meetingsMaxPct, t.executionMinPct, t.mentoringMinPct]) ensure(Number.isInteger(pct) && pct >= 0 && pct <= 100, `pct ${pct}`);
  ensure(t.executionMinPct + t.mentoringMinPct <= 100, "minimums over 100 %");
}

export function ensureCalendarRules(c: CalendarSettings): void {
  for (const list of [c.emails, c.managerEmails]) {
    ensure(list.length <= 10 && new Set(list).size === list.length, `emails ${list.join(",")}`);
    for (const email of list) ensure(/^[^\sA-Z]+@[^\sA-Z]+$/.test(email), email);
  }
  ensure(c.rules.length <= 30, `${c.rules.length} rules`);
  for (const rule of c.rules) {
    ensure((ACTIVITIES as readonly string[]).includes(rule.category), rule.category);
    if (rule.match !== "title") continue;
    ensure(rule.keywords.length > 0 && rule.keywords.length <= 30, `${rule.keywords.length} keywords`);
    for (const k of rule.keywords) {
      ensure(k === k.trim() && k.length > 0, `keyword ${JSON.stringify(k)}`);
      ensureStorableText(k, 60, false);
    }
  }
}

export function ensureReminderRules(r: ReminderSettings): void {
  ensure(/^([01]\d|2[0-3]):[0-5]\d$/.test(r.time), r.time);
  ensure(Number.isInteger(r.alarmMinutesBefore) && r.alarmMinutesBefore >= 0 && r.alarmMinutesBefore <= 1440, `alarm ${r.alarmMinutesBefore}`);
  ensure(r.timeZone === null || isValidTimeZone(r.timeZone), `zone ${r.timeZone}`);
}

export function ensureSettingsRules(s: Settings): void {
  if (s.calendar) ensureCalendarRules(s.calendar);
  if (s.reminder) ensureReminderRules(s.reminder);
}
