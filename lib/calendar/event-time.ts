const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

function dayLabel(isoWithOffset: string): string {
  const [y, m, d] = isoWithOffset.slice(0, 10).split("-").map(Number) as [number, number, number];
  return `${WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]} ${d} ${MONTHS[m - 1]}`;
}

/** "Mon 16 Nov, 10:00–11:00" from the wall times the import already wrote in the leader's zone. */
export function formatEventTime(start: string, end: string): string {
  const from = `${dayLabel(start)}, ${start.slice(11, 16)}`;
  return start.slice(0, 10) === end.slice(0, 10) ? `${from}–${end.slice(11, 16)}` : `${from} – ${dayLabel(end)}, ${end.slice(11, 16)}`;
}
