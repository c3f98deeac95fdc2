import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RETURN_PATH_MAX_LENGTH, safeReturnPath, signInPath } from "@/lib/auth/return-path";
import { signInSchema } from "@/lib/auth/credentials";
import { check, PROPERTY_TIMEOUT_MS } from "./config";

const APP = "https://pendulum.example.org";

/** What a browser does with a Location header sent by the app: where does it go? */
const landsOnApp = (path: string) => new URL(path, `${APP}/sign-in?next=x`).origin === APP;

/** Repeated percent-decoding, as a proxy or a framework might do before routing. */
function decodings(path: string): string[] {
  const all = [path];
  for (let i = 0; i < 4; i++) {
    try {
      const next = decodeURIComponent(all.at(-1)!);
      if (next === all.at(-1)) break;
      all.push(next);
    } catch {
      break;
    }
  }
  return all;
}

/** Pieces attackers use to leave an origin: slashes, backslashes, schemes, encodings, controls. */
const hostileAtom = fc.constantFrom(
  "/",
  "//",
  "\\",
  "/\\",
  "\\\\",
  "%2f",
  "%2F",
  "%5c",
  "%5C",
  "%252f",
  "%25252f",
  "https:",
  "http:",
  "javascript:",
  "data:",
  "evil.example",
  "@",
  ":",
  ".",
  "..",
  "%2e",
  "?",
  "#",
  "\t",
  "\n",
  "\r",
  "\u0000",
  " ",
  "\u3002",
  "%",
  "%0a",
  "%09",
  "checkin",
  "api",
  "sign-in",
);
const hostile = fc.array(hostileAtom, { maxLength: 12 }).map((parts) => parts.join(""));
const anyText = fc.oneof(hostile, fc.string({ maxLength: 80 }), fc.string({ unit: "binary", maxLength: 40 }));

describe("safeReturnPath (property)", () => {
  it(
    "answers null or a same-origin path that stays on the app however often it is decoded",
    () => {
      check(
        fc.property(anyText, (raw) => {
          const path = safeReturnPath(raw);
          if (path === null) return;
          expect(path.startsWith("/")).toBe(true);
          expect(path.startsWith("//")).toBe(false);
          for (const form of decodings(path)) {
            expect(form.includes("\\"), form).toBe(false);
            expect(form.startsWith("//"), form).toBe(false);
            expect(landsOnApp(form), form).toBe(true);
          }
          expect(landsOnApp(path)).toBe(true);
          // Stable: the path it answers is accepted as is.
          expect(safeReturnPath(path)).toBe(path);
        }),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    "keeps every ordinary app path with its query",
    () => {
      const segment = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
      const section = fc.constantFrom("checkin", "dashboard", "history", "report", "settings");
      check(
        fc.property(section, fc.array(segment, { maxLength: 3 }), fc.option(segment, { nil: undefined }), (first, rest, week) => {
          const path = `/${[first, ...rest].join("/")}${week ? `?week=${week}` : ""}`;
          expect(safeReturnPath(path)).toBe(path);
        }),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    "refuses anything that is not a string or is too long, and never throws",
    () => {
      check(
        fc.property(fc.anything(), (value) => {
          const path = safeReturnPath(value);
          if (typeof value !== "string") expect(path).toBeNull();
        }),
      );
      expect(safeReturnPath(`/checkin?week=${"1".repeat(RETURN_PATH_MAX_LENGTH)}`)).toBeNull();
    },
    PROPERTY_TIMEOUT_MS,
  );
});

describe("safeReturnPath (examples)", () => {
  it.each([
    "/checkin?week=2026-W47",
    "/checkin/2026-W47",
    "/dashboard",
    "/settings/calendar#cal-reminder",
  ])("keeps %s", (path) => {
    expect(safeReturnPath(path)).toBe(path);
  });

  it.each([
    "//evil.example",
    "//evil.example/checkin",
    "/\\evil.example",
    "\\\\evil.example",
    "\\/evil.example",
    "https://evil.example",
    "https:evil.example",
    "javascript:alert(1)",
    "checkin",
    "/%2F%2Fevil.example",
    "%2F%2Fevil.example",
    "/%2fevil.example",
    "/%5Cevil.example",
    "/%252F%252Fevil.example",
    "/%25252F%25252Fevil.example",
    "/%E0%A4%A",
    "/checkin\n//evil.example",
    "/\t/evil.example",
    " //evil.example",
    "/sign-in?next=/checkin",
    "/SIGN-IN",
    "/api/checkins",
    "/checkin/../api/checkins",
    "/checkin/%2e%2e/api/checkins",
    "/serwist/sw.js",
    "",
  ])("refuses %j", (raw) => {
    expect(safeReturnPath(raw)).toBeNull();
  });

  it("builds the sign-in link with next= only for a safe path other than the default", () => {
    expect(signInPath("/checkin?week=2026-W47")).toBe("/sign-in?next=%2Fcheckin%3Fweek%3D2026-W47");
    expect(signInPath("/checkin")).toBe("/sign-in");
    expect(signInPath("//evil.example")).toBe("/sign-in");
    expect(signInPath(null)).toBe("/sign-in");
  });

  it("the sign-in form's next field never refuses a sign-in: an unsafe one is dropped", () => {
    const base = { email: "lead@example.org", password: "correct horse" };
    expect(signInSchema.parse({ ...base, next: "/checkin?week=2026-W47" })).toEqual({ ...base, next: "/checkin?week=2026-W47" });
    expect(signInSchema.parse({ ...base, next: "//evil.example" })).toEqual({ ...base, next: null });
    expect(signInSchema.parse(base)).toEqual({ ...base, next: null });
  });
});
