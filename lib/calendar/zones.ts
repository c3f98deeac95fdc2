import { TZDate } from "@date-fns/tz";
import ICAL from "ical.js";
import { isValidTimeZone } from "../iso-week";
import type { WorkBudget } from "./budget";
import type { CalendarLimits } from "./limits";
import { vtimezoneInstant } from "./vtimezone";
import { WINDOWS_ZONES } from "./windows-zones";

/** A wall-clock time encoded as if it were UTC milliseconds, so wall arithmetic is plain addition. */
export type WallMs = number;
/** Converts a wall-clock time in one zone to epoch milliseconds. */
export type ToInstant = (wall: WallMs) => number;

export const UTC_ZONE = "\u0000utc";

export function wallOf(time: ICAL.Time): WallMs {
  return Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
}

export function ianaInstant(timeZone: string): ToInstant {
  return (wall) => {
    const d = new Date(wall);
    return new TZDate(
      d.getUTCFullYear(),
      d.getUTCMonth(),
      d.getUTCDate(),
      d.getUTCHours(),
      d.getUTCMinutes(),
      d.getUTCSeconds(),
      timeZone,
    ).getTime();
  };
}

/** Remembers results per wall time: events cluster on a few hours, and each conversion is costly. */
function memoized(toInstant: ToInstant): ToInstant {
  const cache = new Map<WallMs, number>();
  return (wall) => {
    let instant = cache.get(wall);
    if (instant === undefined) cache.set(wall, (instant = toInstant(wall)));
    return instant;
  };
}

export function floatingTime(wall: WallMs): ICAL.Time {
  const d = new Date(wall);
  return ICAL.Time.fromData({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    isDate: false,
  });
}

/** An IANA name for a TZID: itself, without the "/" prefix some exporters add, or a Windows name mapped through CLDR. */
export function ianaNameFor(tzid: string): string | null {
  const trimmed = tzid.trim().replace(/^\/+/, "").replace(/^"|"$/g, "");
  if (WINDOWS_ZONES[trimmed]) return WINDOWS_ZONES[trimmed];
  return isValidTimeZone(trimmed) ? trimmed : null;
}

/**
 * Resolves TZIDs of one file: the file's own VTIMEZONE first, else IANA (Intl) or a Windows name,
 * else the leader's zone with a warning. UTC_ZONE is UTC and null (floating) is the leader's zone.
 * A VTIMEZONE is expanded up to `horizonWall` within the limits (see vtimezone.ts).
 */
export function createZoneResolver({
  vtimezones,
  leaderZone,
  horizonWall,
  limits,
  budget,
  warn,
}: {
  vtimezones: ICAL.Component[];
  leaderZone: string;
  horizonWall: WallMs;
  limits: CalendarLimits;
  budget: WorkBudget;
  warn: (message: string) => void;
}) {
  const defined = new Map<string, ICAL.Component>();
  for (const component of vtimezones) {
    const tzid = component.getFirstPropertyValue("tzid");
    if (typeof tzid === "string") defined.set(tzid, component);
  }
  const leader = memoized(ianaInstant(leaderZone));
  const cache = new Map<string, ToInstant>([[UTC_ZONE, (wall) => wall]]);
  return (tzid: string | null): ToInstant => {
    if (tzid === null) return leader;
    const cached = cache.get(tzid);
    if (cached) return cached;
    const component = defined.get(tzid);
    const iana = ianaNameFor(tzid);
    const own = component ? budget.outsideSeries(() => vtimezoneInstant(component, horizonWall, limits, budget)) : null;
    const isBogus = own !== null && !own.ok && own.reason !== "no-rules";
    const name = quoted(tzid);
    let resolved: ToInstant;
    if (own?.ok) {
      resolved = own.toInstant;
    } else if (iana) {
      if (isBogus) warn(`The time zone ${name} in this file changes its offset too often to be real; its events were read as ${iana}`);
      resolved = ianaInstant(iana);
    } else {
      warn(
        isBogus
          ? `The time zone ${name} in this file changes its offset too often to be real; its events were read in ${leaderZone}`
          : `Unknown time zone ${name}; its events were read in ${leaderZone}`,
      );
      resolved = leader;
    }
    resolved = memoized(resolved);
    cache.set(tzid, resolved);
    return resolved;
  };
}

const MAX_NAME_IN_MESSAGE = 60;

/** A name from the file, quoted and shortened for a message. */
export function quoted(name: string): string {
  return `"${name.length > MAX_NAME_IN_MESSAGE ? `${name.slice(0, MAX_NAME_IN_MESSAGE - 1)}…` : name}"`;
}
