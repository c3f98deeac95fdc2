import { z } from "zod";

export const MAX_CALENDAR_BYTES = 10 * 1024 * 1024;

const CALNAME_RE = /^X-WR-CALNAME(?:;[^:\r\n]*)?:([^\r\n]*)$/im;
const emailSchema = z.email();

/** Google names an exported calendar after its owner's address; other exporters use a title. */
export function calendarOwnerEmail(text: string): string | null {
  const name = CALNAME_RE.exec(text.slice(0, 64 * 1024))?.[1]?.trim().toLowerCase();
  return name && emailSchema.safeParse(name).success ? name : null;
}
