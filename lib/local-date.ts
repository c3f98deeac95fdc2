const calendarFormats = new Map<string, Intl.DateTimeFormat>();

function calendarFormat(timeZone: string): Intl.DateTimeFormat {
  let format = calendarFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    calendarFormats.set(timeZone, format);
  }
  return format;
}

/** The calendar date (YYYY-MM-DD) that `now` falls on in `timeZone`. */
export function localIsoDate(now: Date, timeZone: string): string {
  const parts: Record<string, string> = {};
  for (const part of calendarFormat(timeZone).formatToParts(now)) parts[part.type] = part.value;
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Weeks of a leader who hasn't chosen a time zone run on UTC. */
export const DEFAULT_TIME_ZONE = "UTC";

/** The zone a leader's weeks run in: their own, or DEFAULT_TIME_ZONE before they chose one. */
export function leaderTimeZone(profile: { timeZone: string | null } | null | undefined): string {
  return profile?.timeZone ?? DEFAULT_TIME_ZONE;
}
