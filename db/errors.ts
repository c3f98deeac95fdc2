export type ConstraintKind = "unique" | "check" | "foreign-key" | "not-null";

const SQLITE_CODES: Record<string, ConstraintKind> = {
  SQLITE_CONSTRAINT_UNIQUE: "unique",
  SQLITE_CONSTRAINT_PRIMARYKEY: "unique",
  SQLITE_CONSTRAINT_CHECK: "check",
  SQLITE_CONSTRAINT_FOREIGNKEY: "foreign-key",
  SQLITE_CONSTRAINT_NOTNULL: "not-null",
};
// SQLSTATE class 23, integrity constraint violation.
const PG_CODES: Record<string, ConstraintKind> = { "23505": "unique", "23514": "check", "23503": "foreign-key", "23502": "not-null" };

/**
 * Which constraint the database refused a write for, on either engine, or null for any other error.
 * Drizzle wraps the driver's error (and puts the bound values in its message, so never show or log
 * that message); the driver's code is on a `cause`.
 */
export function constraintViolated(error: unknown): ConstraintKind | null {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") {
      const kind = SQLITE_CODES[code] ?? PG_CODES[code];
      if (kind) return kind;
    }
  }
  return null;
}
