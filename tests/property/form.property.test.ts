import fc from "fast-check";
import { describe, it } from "vitest";
import { SIGN_IN_FORM_SPEC, signInSchema } from "@/lib/auth/credentials";
import { calendarSettingsFormSchema, calendarSettingsFormToShape } from "@/lib/calendar/settings-form";
import { checkinFormToShape } from "@/lib/checkin-form";
import { checkinSchema } from "@/lib/validation/checkin";
import { CHECKIN_FORM_SPEC, PROFILE_FORM_SPEC, formToShape, type FormSpec } from "@/lib/validation/form";
import { issuesBody, listIssues, toFieldErrors } from "@/lib/validation/issues";
import { profileSchema } from "@/lib/validation/profile";
import { HOSTILE_KEYS, hostileText } from "./arbitraries";
import { MAX_ERROR_BODY_BYTES, PROPERTY_TIMEOUT_MS, check, ensurePrototypesClean } from "./config";
import { ensure } from "./rules";

const SPECS: [string, FormSpec][] = [
  ["check-in", CHECKIN_FORM_SPEC],
  ["profile", PROFILE_FORM_SPEC],
  ["sign-in", SIGN_IN_FORM_SPEC],
];
const DECLARED = [...new Set(SPECS.flatMap(([, spec]) => Object.keys(spec)))];
const SEGMENTS = [...HOSTILE_KEYS, "hours", "energy", "targets", "meetings", "x", "$ACTION_ID_1", "$ACTION_1:0"];

/** Field names as a hostile form post may carry them: declared ones, and dotted paths through __proto__ and friends. */
const fieldName = fc.oneof(
  fc.constantFrom(...DECLARED),
  fc.array(fc.constantFrom(...SEGMENTS), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(".")),
  fc.string({ maxLength: 10 }),
);
const fieldValue = fc.oneof({ weight: 6, arbitrary: hostileText }, { weight: 1, arbitrary: fc.constant(new Blob(["file"])) });
const entries = fc.array(fc.tuple(fieldName, fieldValue), { maxLength: 14 });

function toForm(list: [string, string | Blob][]): FormData {
  const form = new FormData();
  for (const [name, value] of list) form.append(name, value);
  return form;
}

function expectNoPrototypesInside(value: unknown): void {
  if (typeof value !== "object" || value === null || value instanceof Blob) return;
  ensure(Object.getPrototypeOf(value) === null, "a container with a prototype");
  for (const child of Object.values(value)) expectNoPrototypesInside(child);
}

/** The declared dotted names whose value must have nested: no whole field of the same head came after them. */
function nestedNames(list: [string, unknown][], spec: FormSpec): string[] {
  return list
    .map(([name], i) => ({ name, i }))
    .filter(({ name, i }) => Object.hasOwn(spec, name) && name.includes(".") && !list.slice(i + 1).some(([later]) => later === name.split(".")[0]))
    .map(({ name }) => name);
}

describe("form conversion (property)", () => {
  it("never writes through a prototype or throws, nests only declared names, and every schema's answer is bounded", () => {
    check(
      fc.property(fc.constantFrom(...SPECS), entries, ([, spec], list) => {
        const form = toForm(list);
        const shape = formToShape(form, spec);
        expectNoPrototypesInside(shape);
        for (const name of nestedNames(list, spec)) {
          const [head, tail] = name.split(".") as [string, string];
          ensure(Object.hasOwn(shape[head] as object, tail), `${name} did not nest`);
        }
        for (const [name] of list) {
          if (!name.startsWith("$") && !Object.hasOwn(spec, name)) ensure(Object.hasOwn(shape, name), `${name} is not kept whole`);
        }
        ensure(!Object.keys(shape).some((key) => key.startsWith("$")), "a framework field was kept");

        for (const [schema, input] of [
          [spec === CHECKIN_FORM_SPEC ? checkinSchema : spec === PROFILE_FORM_SPEC ? profileSchema : signInSchema, shape],
          [checkinSchema, checkinFormToShape(form)],
          [calendarSettingsFormSchema, calendarSettingsFormToShape(form)],
        ] as const) {
          const parsed = schema.safeParse(input);
          if (!parsed.success) {
            ensure(JSON.stringify(issuesBody(listIssues(parsed.error))).length < MAX_ERROR_BODY_BYTES, "error list too long");
            ensure(Object.keys(toFieldErrors(parsed.error)).length <= 101, "too many field errors");
          }
        }
        ensurePrototypesClean();
      }),
    );
  }, PROPERTY_TIMEOUT_MS);
});
