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

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split(".");
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== "object" || next === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]!] = value;
}

/**
 * Turns form fields into the plain shape a zod schema expects: framework fields ($ACTION_*) are
 * dropped, empty strings become null, numbers and yes/no are parsed only when they are exactly
 * that (so "" never becomes 0 and "false" never becomes true); other values stay for zod to refuse.
 */
export function formToShape(
  entries: Iterable<[string, FormDataEntryValue | string]>,
  spec: FormSpec,
): Record<string, unknown> {
  const shape: Record<string, unknown> = {};
  for (const [name, value] of entries) {
    if (name.startsWith("$ACTION") || name.startsWith("$")) continue;
    if (typeof value !== "string") {
      setPath(shape, name, value);
      continue;
    }
    setPath(shape, name, convert(spec[name], value));
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
  skillConfidence: "number",
  politics: "number",
  support: "number",
  teamGrowthJoy: "number",
  satisfaction: "number",
  managerOneOnOne: "boolean",
  training: "boolean",
  note: "text",
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
