/**
 * The browser remembers that the calendar import was used, so the check-in opens it next time.
 * A cookie rather than storage: the server reads it and renders the import open, without a jump.
 */
export const CALENDAR_USED_COOKIE = "pendulum-calendar-import";

export function rememberCalendarImport(): void {
  document.cookie = `${CALENDAR_USED_COOKIE}=1; path=/; max-age=${60 * 60 * 24 * 400}; samesite=lax`;
}
