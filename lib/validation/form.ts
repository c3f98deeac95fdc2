import { SHAPE_KEYS } from "../calendar/shape";
import { perRating } from "../ratings";

export type FieldKind = "number" | "boolean" | "text";
export type FormSpec = Readonly<Record<string, FieldKind>>;

const NUMBER_RE = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;
const TRUE_WORDS = new Set(["yes", "true", "on"]);
const FALSE_WORDS = new Set(["no", "false", "off"]);

function convert(kind: FieldKind | undefined, raw: string): unknown {
  if (raw.trim() === "") return null;
  if (kind === "number") {
    const trimmed = raw.trim();
    return NUMBER_RE.test(trimmed) ? Number(trimmed.replace(",", ".")) : raw;
  }
  if (kind === "boolean") {
    const word = raw.trim().toLowerCase();
    if (TRUE_WORDS.has(word)) return true;
    if (FALSE_WORDS.has(word)) return false;
  }
  return raw;
}

// Never followed as a path segment: through them a form could write into Object.prototype.
const FORBIDDEN_SEGMENTS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** A container without a prototype: "__proto__" or "constructor" in it is an ordinary key. */
function emptyRecord(): Record<string, unknown> {
  return Object.create(null) as Record<string, unknown>;
}

function setPath(target: Record<string, unknown>, keys: readonly string[], value: unknown) {
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== "object" || next === null) node[key] = emptyRecord();
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]!] = value;
}

/** The path of a field the spec declares; null for any other name, which stays one flat key. */
function declaredPath(spec: FormSpec, name: string): string[] | null {
  if (!Object.hasOwn(spec, name)) return null;
  const keys = name.split(".");
  return keys.some((key) => FORBIDDEN_SEGMENTS.has(key)) ? null : keys;
}

/**
 * Turns form fields into the plain shape a zod schema expects: framework fields ($ACTION_*) are
 * dropped, empty strings become null, numbers and yes/no are parsed only when they are exactly
 * that (so "" never becomes 0 and "false" never becomes true); other values stay for zod to refuse.
 * Only the spec's own dotted names nest; any other name (`__proto__.x`, `hours.extra`) is kept whole
 * as one key of a prototype-less object, so the strict schema refuses it as an unknown field and
 * nothing is ever written through a prototype.
 */
export function formToShape(
  entries: Iterable<[string, FormDataEntryValue | string]>,
  spec: FormSpec,
): Record<string, unknown> {
  const shape = emptyRecord();
  for (const [name, value] of entries) {
    if (name.startsWith("$")) continue;
    const path = declaredPath(spec, name);
    const converted = typeof value === "string" ? convert(path ? spec[name] : undefined, value) : value;
    if (path) setPath(shape, path, converted);
    else shape[name] = converted;
  }
  return shape;
}

export const CHECKIN_FORM_SPEC: FormSpec = {
  week: "text",
  "hours.meetings": "number",
  "hours.execution": "number",
  "hours.mentoring": "number",
  "hours.other": "number",
  lowValueMeetingHours: "number",
  "energy.meetings": "number",
  "energy.execution": "number",
  "energy.mentoring": "number",
  ...perRating((): FieldKind => "number"),
  managerOneOnOne: "boolean",
  training: "boolean",
  note: "text",
  ...Object.fromEntries(SHAPE_KEYS.map((key): [string, FieldKind] => [`calendarShape.${key}`, "number"])),
};

export const PROFILE_FORM_SPEC: FormSpec = {
  displayName: "text",
  previousRole: "text",
  leadingSince: "text",
  teamSize: "number",
  timeZone: "text",
  "targets.meetingsMaxPct": "number",
  "targets.executionMinPct": "number",
  "targets.mentoringMinPct": "number",
};
