import { CALENDAR_LIMITS, type CalendarLimits } from "./limits";

export type CalendarShape = { components: number; contentLines: number; depth: number; timezones: number; maxObservances: number; maxParameters: number };

export type PreflightResult = { ok: true; shape: CalendarShape } | { ok: false; error: string };

const BEGIN = /^begin:/i;
const END = /^end:/i;
const OBSERVANCE = /^begin:(standard|daylight)\s*$/i;
const VTIMEZONE = /^begin:vtimezone\s*$/i;
const COLON = 0x3a;
const SEMICOLON = 0x3b;
const QUOTE = 0x22;

/**
 * Counts what the parser would build from the raw lines (folded continuations belong to their
 * line) and stops at the first cap exceeded, so a file made of tiny components is refused before
 * it is parsed. Parameters are counted because ical.js parses them in quadratic time.
 */
export function preflightCalendar(text: string, limits: CalendarLimits = CALENDAR_LIMITS): PreflightResult {
  const shape: CalendarShape = { components: 0, contentLines: 0, depth: 0, timezones: 0, maxObservances: 0, maxParameters: 0 };
  let depth = 0;
  let observances = 0;
  // Within a line's name and parameters (before its first unquoted colon), across folds.
  let inParameters = false;
  let isQuoted = false;
  let parameters = 0;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const first = text.charCodeAt(start);
    // 0x20 space and 0x09 tab continue the previous line; \r\n and bare \n both end one.
    const isContinuation = first === 0x20 || first === 0x09;
    const isBlank = end === start || (end === start + 1 && first === 0x0d);
    if (!isContinuation && !isBlank) {
      if (++shape.contentLines > limits.maxContentLines) {
        return refuse(`It has more than ${limits.maxContentLines.toLocaleString("en-US")} lines`);
      }
      inParameters = true;
      isQuoted = false;
      parameters = 0;
      if (first === 0x42 || first === 0x62 || first === 0x45 || first === 0x65) {
        const line = text.slice(start, Math.min(end, start + 40));
        if (BEGIN.test(line)) {
          depth++;
          shape.depth = Math.max(shape.depth, depth);
          if (depth > limits.maxNestingDepth) return refuse(`Its components are nested more than ${limits.maxNestingDepth} deep`);
          if (++shape.components > limits.maxComponents) {
            return refuse(`It has more than ${limits.maxComponents.toLocaleString("en-US")} components (events, alarms, time zones)`);
          }
          if (VTIMEZONE.test(line)) {
            observances = 0;
            if (++shape.timezones > limits.maxTimezones) return refuse(`It defines more than ${limits.maxTimezones.toLocaleString("en-US")} time zones`);
          } else if (OBSERVANCE.test(line)) {
            shape.maxObservances = Math.max(shape.maxObservances, ++observances);
            if (observances > limits.maxObservancesPerTimezone) {
              return refuse(`One of its time zones has more than ${limits.maxObservancesPerTimezone.toLocaleString("en-US")} rules`);
            }
          }
        } else if (END.test(line)) {
          depth = Math.max(0, depth - 1);
        }
      }
    }
    if (inParameters && !isBlank) {
      for (let i = isContinuation ? start + 1 : start; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === QUOTE) isQuoted = !isQuoted;
        else if (isQuoted) continue;
        else if (c === COLON) {
          inParameters = false;
          break;
        } else if (c === SEMICOLON && ++parameters > limits.maxParametersPerLine) {
          return refuse(`One of its lines has more than ${limits.maxParametersPerLine.toLocaleString("en-US")} parameters`);
        }
      }
      shape.maxParameters = Math.max(shape.maxParameters, parameters);
    }
    start = end + 1;
  }
  return { ok: true, shape };
}

function refuse(reason: string): PreflightResult {
  return { ok: false, error: `This calendar is too complex to read. ${reason}; export a shorter date range or only the calendar you need, and try again.` };
}
