/** A week's status as the charts read it (kept apart from series.ts so client charts stay small). */
export type WeekStatus = "logged" | "away" | "missing";

/** Adds 1 on away (or not-logged) weeks, null otherwise: bars on their own hidden axis mark those weeks on every chart. */
export function withStatusBands<T extends { status: WeekStatus }>(rows: readonly T[]): Array<T & { away: 1 | null; missing: 1 | null }> {
  return rows.map((r) => ({ ...r, away: r.status === "away" ? 1 : null, missing: r.status === "missing" ? 1 : null }));
}
