import fc from "fast-check";
import { addIsoWeeks } from "@/lib/iso-week";
import { findForbiddenCharacter } from "@/lib/text";

/** Names that have broken parsers before, mixed with the app's own field names. */
export const HOSTILE_KEYS = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "then",
  "__defineSetter__",
  "",
  "week",
  "hours",
  "note",
  "energy",
  "meetings",
  "profile",
  "settings",
  "checkins",
  "calendar",
  "rules",
  "keywords",
];

const utf16Unit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

/** Strings as an attacker sends them: printable, any code point, raw UTF-16 units (lone surrogates, controls). */
export const hostileText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ unit: utf16Unit, maxLength: 20 }),
  fc.constantFrom("", " ", "\u0000", "\uD800", "\uDC00x", "x\u001B[2J", "2026-W10", "yes", "1e3", "7,5", "-0", "NaN"),
);

export const hostileKey = fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 8 }), fc.string({ unit: utf16Unit, maxLength: 4 }));

/** Any JSON value, keys included from HOSTILE_KEYS; objects with an own "__proto__" key as JSON.parse makes them. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", maxDepth: 4, withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double(),
    fc.constantFrom(0, 0.25, 1, 5, 7.25, 100, 168, 169, -1, 1e308, Number.MAX_SAFE_INTEGER),
    hostileText,
    fc.array(tie("value"), { maxLength: 5 }),
    fc.dictionary(hostileKey, tie("value"), { maxKeys: 6 }),
  ),
})).value;

/** An object with hundreds of keys now and then, so capped error lists are exercised. */
export const wideObject = fc.integer({ min: 100, max: 400 }).map((n) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i])));

const quarterHours = (maxQuarters: number) => fc.integer({ min: 0, max: maxQuarters }).map((q) => q / 4);
const rating = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 3 });
const yesNo = fc.option(fc.boolean(), { nil: null, freq: 3 });

/** Text a leader may store: printable graphemes in every script, plus tabs and line breaks. */
export const noteText = fc
  .string({ unit: fc.oneof({ weight: 20, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }) }, { weight: 1, arbitrary: fc.constantFrom("\n", "\t", "\r\n") }), maxLength: 60 })
  .filter((s) => findForbiddenCharacter(s, { multiline: true }) === null);

export const weekNear = (currentWeek: string) => fc.integer({ min: -60, max: 2 }).map((offset) => addIsoWeeks(currentWeek, offset));

/** A check-in the schema accepts (weeks up to `currentWeek`), in the data-format shape. */
export const validCheckin = (week: fc.Arbitrary<string>) =>
  fc
    .record({
      week,
      meetings: quarterHours(400),
      execution: quarterHours(400),
      mentoring: quarterHours(200),
      other: quarterHours(100),
      lowValueShare: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
      energy: fc.option(fc.record({ meetings: rating, execution: rating, mentoring: rating }), { nil: null, freq: 4 }),
      skillConfidence: rating,
      politics: rating,
      support: rating,
      teamGrowthJoy: rating,
      satisfaction: rating,
      managerOneOnOne: yesNo,
      training: yesNo,
      note: fc.option(noteText, { nil: null }),
    })
    .filter((c) => c.meetings + c.execution + c.mentoring + c.other <= 168)
    .map(({ meetings, execution, mentoring, other, lowValueShare, ...rest }) => ({
      ...rest,
      hours: { meetings, execution, mentoring, other },
      lowValueMeetingHours: lowValueShare === null ? null : Math.floor(meetings * lowValueShare) / 4,
    }));

export const validProfile = fc.record({
  displayName: fc.string({ unit: "grapheme", minLength: 1, maxLength: 20 }).filter((s) => s.trim().length > 0 && findForbiddenCharacter(s) === null),
  previousRole: fc.constantFrom("engineer", "product", "design", "it", "other"),
  leadingSince: fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2026-01-01T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  teamSize: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: null }),
  timeZone: fc.constantFrom(null, "UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Pacific/Auckland"),
  targets: fc.constantFrom(
    { meetingsMaxPct: 50, executionMinPct: 20, mentoringMinPct: 20 },
    { meetingsMaxPct: 0, executionMinPct: 100, mentoringMinPct: 0 },
    { meetingsMaxPct: 100, executionMinPct: 50, mentoringMinPct: 50 },
  ),
});

/** Replaces, adds or deletes one key somewhere in a JSON tree (a copy): the near-miss inputs. */
export function mutation(): fc.Arbitrary<(value: unknown) => unknown> {
  return fc
    .record({ depth: fc.nat(4), pick: fc.nat(), key: hostileKey, replacement: hostileJson, remove: fc.boolean() })
    .map(({ depth, pick, key, replacement, remove }) => (value: unknown) => {
      const root = structuredClone(value);
      let node: unknown = root;
      for (let level = 0; level < depth; level++) {
        const children = isContainer(node) ? Object.values(node).filter(isContainer) : [];
        if (children.length === 0) break;
        node = children[(pick + level) % children.length];
      }
      if (!isContainer(node)) return replacement;
      const keys = Object.keys(node);
      const target = remove && keys.length > 0 ? keys[pick % keys.length]! : Array.isArray(node) ? String(pick % (node.length + 1)) : key;
      if (remove) delete (node as Record<string, unknown>)[target];
      else Object.defineProperty(node, target, { value: replacement, enumerable: true, writable: true, configurable: true });
      return root;
    });
}

function isContainer(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** A value, or the same with zero to three mutations applied. */
export function nearly<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.tuple(valid, fc.array(mutation(), { maxLength: 3 })).map(([value, changes]) => changes.reduce<unknown>((v, change) => change(v), value));
}
