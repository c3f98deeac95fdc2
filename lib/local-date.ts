import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

/** The calendar date (YYYY-MM-DD) that `now` falls on in `timeZone`. */
export function localIsoDate(now: Date, timeZone: string): string {
  return format(new TZDate(now.getTime(), timeZone), "yyyy-MM-dd");
}

/** Weeks of a leader who hasn't chosen a time zone run on UTC. */
export const DEFAULT_TIME_ZONE = "UTC";
