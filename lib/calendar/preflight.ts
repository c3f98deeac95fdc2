import { CALENDAR_LIMITS, type CalendarLimits } from "./limits";

export type CalendarShape = { components: number; contentLines: number; depth: number; timezones: number; maxObservances: number };

export type PreflightResult = { ok: true; shape: CalendarShape } | { ok: false; error: string };

const BEGIN = /^begin:/i;
const END = /^end:/i;
const OBSERVANCE = /^begin:(standard|daylight)\s*$/i;
const VTIMEZONE = /^begin:vtimezone\s*$/i;

/**
 * Counts what the parser would build from the raw lines (folded continuations skipped) and stops
 * at the first cap exceeded, so a file made of tiny components is refused before it is parsed.
 */
export function preflightCalendar(text: string, limits: CalendarLimits = CALENDAR_LIMITS): PreflightResult {
  const shape: CalendarShape = { components: 0, contentLines: 0, depth: 0, timezones: 0, maxObservances: 0 };
  let depth = 0;
  let observances = 0;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const first = text.charCodeAt(start);
    // 0x20 space and 0x09 tab continue the previous line; \r\n and bare \n both end one.
    if (end > start && first !== 0x20 && first !== 0x09 && !(end === start + 1 && first === 0x0d)) {
      if (++shape.contentLines > limits.maxContentLines) {
        return refuse(`It has more than ${limits.maxContentLines.toLocaleString("en-US")} lines`);
      }
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
    start = end + 1;
  }
  return { ok: true, shape };
}

function refuse(reason: string): PreflightResult {
  return { ok: false, error: `This calendar is too complex to read. ${reason}; export a shorter date range or only the calendar you need, and try again.` };
}
