/**
 * A calendar export holds years of events; one week is asked for. Building ical.js components for
 * all of them costs most of an import (parsing and garbage collection), so the events that cannot
 * touch the week are cut out of the text first, by a line scan as cheap as the preflight's.
 *
 * An event is cut only when the import would provably ignore it, judged on the same raw wall dates
 * (zone left aside) and the same window the import uses, with a day more on each side:
 * - it starts after the window (a series too: its occurrences start at DTSTART or later);
 * - it neither repeats (RRULE, RDATE) nor ends (DTEND, or DTSTART + DURATION) inside the window;
 * - it repeats by RRULE UNTIL a date that, plus the event's length, is before the window;
 * - a moved occurrence (RECURRENCE-ID) whose original and new dates are both outside the window,
 *   by more than its series' length.
 * A series' main event is cut only when it is the only one with its UID (a second one would take
 * over the moved occurrences). Anything the scan does not fully understand is kept: a nested
 * component other than an alarm, a folded BEGIN/END, a date it cannot read, a UID with escapes.
 * Events outside the week then raise no warnings (an unknown zone, an unreadable value), which is
 * the only difference the leader can see; tests/property/week-filter.property.test.ts checks that
 * the import's answer is otherwise the same with and without the cut.
 */

const DAY_MS = 86_400_000;
/** On top of the import's own slack: zone offsets (±14 h) and DTEND in another zone than DTSTART. */
const MARGIN_MS = 2 * DAY_MS;

const UNTIL = /(?:^|;)UNTIL=(\d{8}(?:T\d{6}Z?)?)(?:;|$)/i;
const DURATION = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

const digit = (text: string, i: number) => {
  const c = text.charCodeAt(i) - 0x30;
  return c >= 0 && c <= 9 ? c : NaN;
};
const number = (text: string, at: number, length: number) => {
  let n = 0;
  for (let i = at; i < at + length; i++) n = n * 10 + digit(text, i);
  return n;
};

/** The wall time of a raw DATE (20261117) or DATE-TIME (20261117T090000, Z or not) value; null for anything else. */
function wallOfRaw(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  const value = raw.length > 16 || raw.charCodeAt(raw.length - 1) <= 0x20 ? raw.trim() : raw;
  if (value.length !== 8 && value.length !== 15 && !(value.length === 16 && value.charCodeAt(15) === 0x5a)) return null;
  const year = number(value, 0, 4);
  const month = number(value, 4, 2);
  const day = number(value, 6, 2);
  if (value.length === 8) return Number.isNaN(year + month + day) ? null : Date.UTC(year, month - 1, day);
  if (value.charCodeAt(8) !== 0x54) return null;
  const time = number(value, 9, 2) * 3600 + number(value, 11, 2) * 60 + number(value, 13, 2);
  return Number.isNaN(year + month + day + time) ? null : Date.UTC(year, month - 1, day) + time * 1000;
}

function durationMs(value: string): number | null {
  const m = DURATION.exec(value.trim());
  if (!m || value.trim() === "P" || value.trim().endsWith("T")) return null;
  const [w, d, h, min, s] = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number];
  return ((w * 7 + d) * 24 * 3600 + h * 3600 + min * 60 + s) * 1000;
}

/** The name (upper case) and value of one unfolded content line; null when it has no unquoted colon. */
function nameAndValue(line: string): { name: string; value: string } | null {
  let quoted = false;
  let nameEnd = -1;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x22) quoted = !quoted;
    else if (!quoted && nameEnd === -1 && c === 0x3b) nameEnd = i;
    else if (!quoted && c === 0x3a) return { name: line.slice(0, nameEnd === -1 ? i : nameEnd).toUpperCase(), value: line.slice(i + 1) };
  }
  return null;
}

type Block = {
  start: number;
  end: number;
  understood: boolean;
  uid: string | null;
  dtstart: string | undefined;
  dtend: string | undefined;
  duration: string | undefined;
  recurrenceId: string | undefined;
  rrule: string | undefined;
  hasRdate: boolean;
};

const INTERESTING = new Set(["UID", "DTSTART", "DTEND", "DURATION", "RECURRENCE-ID", "RRULE", "RDATE"]);
/** Their first letters, lower case (u, d, r), to pass over the other lines without reading them. */
const INTERESTING_FIRST = new Set([0x75, 0x64, 0x72]);

/** Every VEVENT block of the text, with the few properties the cut is judged on. */
function scanEvents(text: string): Block[] {
  const blocks: Block[] = [];
  let block: Block | null = null;
  let depth = 0;
  // The logical line being read (a property of interest, unfolded).
  let pending: string | null = null;
  // The previous line was BEGIN or END: a continuation of it is a nesting the scan cannot follow.
  let afterMarker = false;
  const finishLine = () => {
    if (pending === null || !block) return void (pending = null);
    const property = nameAndValue(pending);
    pending = null;
    if (!property) return void (block.understood = false);
    const { name, value } = property;
    if (name === "UID") block.uid ??= value;
    else if (name === "DTSTART") block.dtstart ??= value;
    else if (name === "DTEND") block.dtend ??= value;
    else if (name === "DURATION") block.duration ??= value;
    else if (name === "RECURRENCE-ID") block.recurrenceId ??= value;
    else if (name === "RRULE") block.rrule ??= value;
    else if (name === "RDATE") block.hasRdate = true;
  };
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const first = text.charCodeAt(start);
    const lineEnd = end > start && text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
    if (first === 0x20 || first === 0x09) {
      if (pending !== null) pending += text.slice(start + 1, lineEnd);
      else if (block && afterMarker) block.understood = false;
      start = end + 1;
      continue;
    }
    finishLine();
    const isMarker = first === 0x42 || first === 0x62 || first === 0x45 || first === 0x65 ? /^(?:begin|end)\b/i.test(text.slice(start, start + 6)) : false;
    afterMarker = isMarker;
    if (isMarker) {
      const upper = text.slice(start, lineEnd).toUpperCase().trimEnd();
      if (!block) {
        if (upper === "BEGIN:VEVENT") {
          block = { start, end: -1, understood: true, uid: null, dtstart: undefined, dtend: undefined, duration: undefined, recurrenceId: undefined, rrule: undefined, hasRdate: false };
          depth = 1;
        }
      } else if (upper.startsWith("BEGIN:")) {
        depth++;
        if (upper !== "BEGIN:VALARM") block.understood = false;
      } else if (upper.startsWith("END:")) {
        depth--;
        if (depth === 0) {
          if (upper !== "END:VEVENT") block.understood = false;
          block.end = end + 1;
          blocks.push(block);
          block = null;
        } else if (upper !== "END:VALARM") block.understood = false;
      } else {
        // "BEGIN" or "END" without its colon on this line (folded, or not a marker at all).
        block.understood = false;
      }
    } else if (block && depth === 1 && INTERESTING_FIRST.has(first | 0x20)) {
      const cut = text.slice(start, Math.min(lineEnd, start + 16));
      const separator = cut.search(/[;:]/);
      if (separator > 0 && INTERESTING.has(cut.slice(0, separator).toUpperCase())) pending = text.slice(start, lineEnd);
    }
    start = end + 1;
  }
  finishLine();
  // An event without its END is left to the parser to refuse.
  return blocks;
}

/** The length of an event on its raw dates, or null when it cannot be read. */
function spanOf(block: Block, startWall: number): number | null {
  if (block.dtend !== undefined) {
    const end = wallOfRaw(block.dtend);
    return end === null ? null : Math.max(0, end - startWall);
  }
  if (block.duration !== undefined) return durationMs(block.duration);
  return 0;
}

export type WeekFilterResult = { text: string; removed: number };

/**
 * The calendar text without the events that cannot touch [windowStart, windowEnd] (wall times,
 * the import's window), and how many were removed.
 */
export function withoutEventsOutside(text: string, windowStart: number, windowEnd: number): WeekFilterResult {
  const blocks = scanEvents(text);
  if (!blocks.length) return { text, removed: 0 };
  const from = windowStart - MARGIN_MS;
  const to = windowEnd + MARGIN_MS;

  // Main events per UID, and the longest span among them (moved occurrences are judged with it).
  const mains = new Map<string, number>();
  const seriesSpan = new Map<string, number | null>();
  for (const block of blocks) {
    if (block.recurrenceId !== undefined || !block.uid) continue;
    mains.set(block.uid, (mains.get(block.uid) ?? 0) + 1);
    const start = wallOfRaw(block.dtstart);
    const span = start === null ? null : spanOf(block, start);
    const known = seriesSpan.has(block.uid) ? seriesSpan.get(block.uid)! : 0;
    seriesSpan.set(block.uid, span === null || known === null ? null : Math.max(span, known));
  }

  const isOutside = (block: Block): boolean => {
    if (!block.understood || (block.uid !== null && block.uid.includes("\\"))) return false;
    const start = wallOfRaw(block.dtstart);
    if (start === null) return false;
    if (block.recurrenceId !== undefined) {
      const original = wallOfRaw(block.recurrenceId);
      const series = block.uid && mains.has(block.uid) ? seriesSpan.get(block.uid)! : 0;
      if (original === null || series === null) return false;
      const originalNear = original + Math.max(series, DAY_MS) >= from && original <= to;
      return !originalNear && isOutsideOwnDates(block, start);
    }
    if (block.uid && (mains.get(block.uid) ?? 0) > 1) return false;
    return isOutsideOwnDates(block, start);
  };
  const isOutsideOwnDates = (block: Block, start: number): boolean => {
    if (start > to) return true;
    const span = spanOf(block, start);
    // Unreadable, or the event itself reaches the window.
    if (span === null || start + Math.max(span, DAY_MS) >= from) return false;
    if (block.hasRdate) return false;
    if (block.rrule === undefined) return true;
    const untilWall = wallOfRaw(UNTIL.exec(block.rrule)?.[1]);
    return untilWall !== null && untilWall + Math.max(span, DAY_MS) < from;
  };

  const kept: string[] = [];
  let cursor = 0;
  let removed = 0;
  for (const block of blocks) {
    if (!isOutside(block)) continue;
    kept.push(text.slice(cursor, block.start));
    cursor = block.end;
    removed++;
  }
  if (!removed) return { text, removed: 0 };
  kept.push(text.slice(cursor));
  return { text: kept.join(""), removed };
}
