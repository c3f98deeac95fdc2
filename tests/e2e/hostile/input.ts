import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";
import { addIsoWeeks, lastWeek } from "../weeks";
import type { HostileCase } from "./types";

// Issue 8 findings 1, 4 and 10: prototype keys through every form and JSON conversion, unbounded
// import error lists, and text that is not well-formed Unicode.

const WEEK = {
  hours: { meetings: 10, execution: 20, mentoring: 5, other: 5 },
  energy: { meetings: 3, execution: 4, mentoring: 4 },
  satisfaction: 4,
};

const PROTO_FIELDS: [string, string][] = [
  ["__proto__.note", "planted"],
  ["__proto__.polluted", "yes"],
  ["constructor.prototype.polluted", "yes"],
  ["prototype.polluted", "yes"],
  ["a.__proto__.polluted", "yes"],
];

function decodeEntities(value: string): string {
  return value.replace(/&(quot|amp|lt|gt|#x27|#39);/g, (_, e: string) => ({ quot: '"', amp: "&", lt: "<", gt: ">", "#x27": "'", "#39": "'" })[e]!);
}

/** The hidden $ACTION_* inputs React renders into the form that holds `field`, for a post without JavaScript. */
async function noScriptForm(context: APIRequestContext, path: string, field: string): Promise<Record<string, string>> {
  const response = await context.get(path);
  expect(response.status(), `GET ${path}`).toBe(200);
  const html = await response.text();
  const form = html.split("<form").find((part) => part.includes(`name="${field}"`));
  expect(form, `a form with a field "${field}" on ${path}`).toBeDefined();
  const hidden: Record<string, string> = {};
  for (const [input] of form!.split("</form>")[0]!.matchAll(/<input[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(input)?.[1];
    if (name?.startsWith("$ACTION_")) hidden[decodeEntities(name)] = decodeEntities(/value="([^"]*)"/.exec(input)?.[1] ?? "");
  }
  expect(Object.keys(hidden).length, `hidden action fields on ${path}`).toBeGreaterThan(0);
  return hidden;
}

/** The id of the server action behind that form, as the JavaScript client sends it in `Next-Action`. */
function actionId(hidden: Record<string, string>): string {
  const bound = Object.entries(hidden).find(([name]) => /^\$ACTION_\d+:0$/.test(name))?.[1];
  const id = bound ? (JSON.parse(bound) as { id?: string }).id : Object.keys(hidden).find((n) => n.startsWith("$ACTION_ID_"))?.slice(11);
  expect(id, "the action id").toBeTruthy();
  return id!;
}

/** Posts a form the way a browser without JavaScript does (multipart, hidden action fields first). */
function postNoScript(context: APIRequestContext, path: string, hidden: Record<string, string>, fields: [string, string][]) {
  const multipart = new FormData();
  for (const [name, value] of Object.entries(hidden)) multipart.append(name, value);
  for (const [name, value] of fields) multipart.append(name, value);
  return context.post(path, { multipart, maxRedirects: 0 });
}

/** A multipart body built by hand, so a field can carry bytes that are not UTF-8 (a browser's FormData cannot). */
function rawMultipart(fields: [string, string | Buffer][]): { body: Buffer; type: string } {
  const boundary = "----hostile-input-boundary";
  const parts = fields.flatMap(([name, value]) => [
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`),
    typeof value === "string" ? Buffer.from(value) : value,
    Buffer.from("\r\n"),
  ]);
  return { body: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]), type: `multipart/form-data; boundary=${boundary}` };
}

/** Calls a server action the way React's client does: argument 0 is JSON, a FormData argument's fields are prefixed `_1_`. */
function callAction(context: APIRequestContext, path: string, id: string, fields: [string, string][]) {
  const multipart = new FormData();
  for (const [name, value] of fields) multipart.append(`_1_${name}`, value);
  // Last, as React's client sends it: the server decodes the root as soon as it arrives.
  multipart.append("0", '["$undefined","$K1"]');
  return context.post(path, { multipart, headers: { "Next-Action": id, Accept: "text/x-component" }, maxRedirects: 0 });
}

/** The attacker can still save an ordinary week: nothing was planted in Object.prototype. */
async function expectOrdinarySaveWorks(context: APIRequestContext): Promise<void> {
  const saved = await context.put(`/api/checkins/${lastWeek()}`, { data: { ...WEEK, note: "after the attack" } });
  expect([200, 201], `an ordinary save afterwards: ${await saved.text()}`).toContain(saved.status());
}

async function expectBoundedError(response: APIResponse, status: number, maxBytes: number) {
  const text = await response.text();
  expect(response.status(), text.slice(0, 300)).toBe(status);
  expect(text.length, "error body bytes").toBeLessThan(maxBytes);
  return JSON.parse(text) as { error: string; issues: { path: string; message: string }[]; moreIssues?: number };
}

/** The attacker's own export still restores: what was accepted is restorable. */
async function expectExportRestores(context: APIRequestContext): Promise<void> {
  const exported = await context.get("/api/export");
  expect(exported.status()).toBe(200);
  const preview = await context.post("/api/import", { data: await exported.body(), headers: { "content-type": "application/json" } });
  expect(preview.status(), `the export imports again: ${(await preview.text()).slice(0, 500)}`).toBe(200);
}

const fileWith = (checkins: string, profile = '{"displayName":"Hostile","previousRole":"engineer","leadingSince":"2025-01-06","targets":{"meetingsMaxPct":50,"executionMinPct":20,"mentoringMinPct":20}}') =>
  `{"format":"pendulum","version":1,"profile":${profile},"checkins":${checkins}}`;

export const cases: HostileCase[] = [
  {
    name: "1 proto keys in the sign-in form posted without JavaScript",
    run: async ({ anonymous, attacker }) => {
      const hidden = await noScriptForm(anonymous, "/sign-in", "email");
      const response = await postNoScript(anonymous, "/sign-in", hidden, [["email", "nobody@example.test"], ["password", "wrong password"], ...PROTO_FIELDS]);
      expect(response.status()).toBeLessThan(500);
      await expectOrdinarySaveWorks(attacker);
    },
  },
  {
    name: "1 proto keys in the sign-up action, as React encodes them (_1___proto__.x)",
    run: async ({ anonymous, attacker }) => {
      const id = actionId(await noScriptForm(anonymous, "/sign-up", "email"));
      const response = await callAction(anonymous, "/sign-up", id, [["email", "proto@example.test"], ["password", "long enough password"], ...PROTO_FIELDS]);
      expect(response.status()).toBe(200);
      expect(await response.text()).toContain('Unknown field \\"__proto__.note\\"');
      await expectOrdinarySaveWorks(attacker);
    },
  },
  {
    name: "1 proto keys in the sign-up form posted without JavaScript",
    run: async ({ anonymous, attacker }) => {
      const hidden = await noScriptForm(anonymous, "/sign-up", "email");
      const response = await postNoScript(anonymous, "/sign-up", hidden, [["email", "proto2@example.test"], ["password", "long enough password"], ...PROTO_FIELDS]);
      expect(response.status()).toBeLessThan(500);
      await expectOrdinarySaveWorks(attacker);
    },
  },
  {
    name: "1 proto keys in the check-in form, the check-in API and the calendar rules",
    run: async ({ attacker }) => {
      const week = addIsoWeeks(lastWeek(), -1);
      const hidden = await noScriptForm(attacker, `/checkin/${week}`, "note");
      const form = await postNoScript(attacker, `/checkin/${week}`, hidden, [
        ["week", week],
        ["hours.meetings", "1"],
        ["hours.execution", "1"],
        ["hours.mentoring", "1"],
        ["hours.other", "1"],
        ["hours.__proto__.polluted", "1"],
        ...PROTO_FIELDS,
      ]);
      expect(form.status()).toBeLessThan(500);
      expect((await attacker.get(`/api/checkins/${week}`)).status(), "the hostile form saved nothing").toBe(404);

      for (const body of [
        `{"__proto__":{"note":"planted"},"hours":{"meetings":1,"execution":1,"mentoring":1,"other":1}}`,
        `{"constructor":{"prototype":{"polluted":1}},"hours":{"meetings":1,"execution":1,"mentoring":1,"other":1,"__proto__":{"x":1}}}`,
      ]) {
        const api = await expectBoundedError(await attacker.put(`/api/checkins/${week}`, { data: body, headers: { "content-type": "application/json" } }), 422, 4096);
        expect(api.issues.map((i) => i.message).join(" ")).toMatch(/Unknown field "(__proto__|constructor)"/);
      }

      const calendar = await noScriptForm(attacker, "/settings/calendar", "rules");
      const settings = await postNoScript(attacker, "/settings/calendar", calendar, [
        ["emails", "me@example.test"],
        ["managerEmails", ""],
        ["rules", '[{"match":"manager","category":"meetings","__proto__":{"polluted":true}}]'],
        ["weekday", "friday"],
        ["time", "16:00"],
        ["alarmMinutesBefore", "0"],
        ["__proto__", "x"],
      ]);
      expect(settings.status()).toBeLessThan(500);
      await expectOrdinarySaveWorks(attacker);
    },
  },
  {
    name: "1 proto keys at every level of an import file",
    run: async ({ attacker }) => {
      const file = fileWith(
        '[{"__proto__":{"polluted":1},"week":"2026-W01","hours":{"meetings":1,"execution":1,"mentoring":1,"other":1,"__proto__":{"x":1}}}]',
        '{"__proto__":{"polluted":1},"displayName":"x","previousRole":"it","leadingSince":"2025-01-06","targets":{"meetingsMaxPct":50,"executionMinPct":20,"mentoringMinPct":20}}',
      ).replace("{", '{"__proto__":{"polluted":1},');
      const body = await expectBoundedError(await attacker.post("/api/import?confirm=1", { data: file, headers: { "content-type": "application/json" } }), 422, 4096);
      expect(body.issues.map((i) => i.path).sort()).toEqual(["__proto__", "checkins[0].__proto__", "checkins[0].hours.__proto__", "profile.__proto__"]);
      await expectOrdinarySaveWorks(attacker);
    },
  },
  {
    name: "1 a server action reply that references __proto__ (the 2025 Flight decoding attack shape)",
    run: async ({ anonymous, attacker }) => {
      const id = actionId(await noScriptForm(anonymous, "/sign-in", "email"));
      const multipart = new FormData();
      multipart.append("0", '["$1:__proto__:constructor:constructor"]');
      multipart.append("1", '{"then":"$1:__proto__:then","status":"resolved_model","value":"{\\"then\\":\\"$B0\\"}","_response":{"_prefix":"polluted"}}');
      const response = await anonymous.post("/sign-in", { multipart, headers: { "Next-Action": id, Accept: "text/x-component" }, maxRedirects: 0 });
      // Next answers a reply it cannot decode with its own error status; what matters is that nothing was planted.
      await response.dispose();
      await expectOrdinarySaveWorks(attacker);
    },
  },
  {
    name: "4 import of 5 MB holding 1.7 million {} check-ins answers one short 422",
    timeoutMs: 30_000,
    run: async ({ attacker }) => {
      const file = fileWith(`[${Array(1_700_000).fill("{}").join(",")}]`);
      const body = await expectBoundedError(await attacker.post("/api/import", { data: file, headers: { "content-type": "application/json" } }), 422, 1024);
      expect(body.issues).toEqual([{ path: "checkins", message: "The file holds 1,700,000 check-ins; a backup holds at most 5,220 (a century of weeks)" }]);
    },
  },
  {
    name: "4 import of 5,220 broken check-ins lists 100 problems and counts the rest",
    run: async ({ attacker }) => {
      const file = fileWith(`[${Array(5_220).fill('{"week":"nope","hours":{"meetings":-1},"mood":1}').join(",")}]`);
      const body = await expectBoundedError(await attacker.post("/api/import", { data: file, headers: { "content-type": "application/json" } }), 422, 64 * 1024);
      expect(body.issues).toHaveLength(100);
      expect(body.moreIssues).toBeGreaterThan(20_000);
    },
  },
  {
    name: "4 a check-in with 4,000 unknown keys and one key of 60,000 characters",
    run: async ({ attacker }) => {
      const wide = { ...WEEK, ...Object.fromEntries(Array.from({ length: 4000 }, (_, i) => [`k${i}`, 0])) };
      const many = await expectBoundedError(await attacker.put(`/api/checkins/${lastWeek()}`, { data: wide }), 422, 16 * 1024);
      expect(many.issues).toHaveLength(100);
      expect(many.moreIssues).toBe(3900);
      const long = await expectBoundedError(await attacker.put(`/api/checkins/${lastWeek()}`, { data: { ...WEEK, ["k".repeat(60_000)]: 1 } }), 422, 1024);
      expect(long.issues[0]!.path).toBe(`${"k".repeat(63)}…`);
    },
  },
  {
    name: "10 a note of 2,000 lone surrogates, NUL or escape codes through the API is refused",
    run: async ({ attacker }) => {
      const week = lastWeek();
      for (const [note, message] of [
        ["\uD800".repeat(2000), "The note has a broken character (U+D800, half of a surrogate pair) at position 1; remove it"],
        ["before\u0000after", "The note has an invisible control character (U+0000) at position 7; remove it"],
        ["\u001B[2J cleared", "The note has an invisible control character (U+001B) at position 1; remove it"],
      ]) {
        const body = await expectBoundedError(await attacker.put(`/api/checkins/${week}`, { data: { ...WEEK, note } }), 422, 2048);
        expect(body.issues).toEqual([{ path: "note", message }]);
      }
      await expectExportRestores(attacker);
    },
  },
  {
    name: "10 lone surrogates in a note through the check-in action's JSON arguments and the form",
    run: async ({ attacker }) => {
      const week = addIsoWeeks(lastWeek(), -2);
      const hidden = await noScriptForm(attacker, `/checkin/${week}`, "note");
      const id = actionId(hidden);
      // A hostile client can pass any JSON where the form should be: entries with an unpaired surrogate.
      const entries = [["week", week], ["hours.meetings", "1"], ["hours.execution", "1"], ["hours.mentoring", "1"], ["hours.other", "1"], ["note", "\uD800".repeat(2000)]];
      const json = await attacker.post(`/checkin/${week}`, {
        data: JSON.stringify([{ status: "idle" }, entries]),
        headers: { "Next-Action": id, Accept: "text/x-component", "content-type": "text/plain;charset=UTF-8" },
        maxRedirects: 0,
      });
      expect(json.status()).toBeLessThan(500);
      expect((await attacker.get(`/api/checkins/${week}`)).status(), "nothing saved from JSON arguments").toBe(404);

      // Through a real form the bytes can only be UTF-8: the CESU bytes of U+D800 arrive as U+FFFD, which is text.
      const raw = rawMultipart([
        ...Object.entries(hidden),
        ...entries.slice(0, 5),
        ["note", Buffer.from([0xed, 0xa0, 0x80, 0xed, 0xa0, 0x80, 0x21])],
      ] as [string, string | Buffer][]);
      const form = await attacker.post(`/checkin/${week}`, { data: raw.body, headers: { "content-type": raw.type }, maxRedirects: 0 });
      expect(form.status()).toBeLessThan(500);
      await expectExportRestores(attacker);
    },
  },
  {
    name: "10 an import with a broken display name or note is refused; emoji and CJK notes round-trip",
    run: async ({ attacker }) => {
      const broken = fileWith(
        '[{"week":"2026-W01","hours":{"meetings":1,"execution":1,"mentoring":1,"other":1},"note":"\\ud800"}]',
        '{"displayName":"x\\u0000","previousRole":"it","leadingSince":"2025-01-06","targets":{"meetingsMaxPct":50,"executionMinPct":20,"mentoringMinPct":20}}',
      );
      const body = await expectBoundedError(await attacker.post("/api/import?confirm=1", { data: broken, headers: { "content-type": "application/json" } }), 422, 2048);
      expect(body.issues.map((i) => i.path)).toEqual(["profile.displayName", "checkins[0].note"]);

      const week = addIsoWeeks(lastWeek(), -3);
      const saved = await attacker.put(`/api/checkins/${week}`, { data: { ...WEEK, note: `${"👍".repeat(1000)}山田 שלום e\u0301 🇩🇪👨‍👩‍👧\n\ttab` } });
      expect([200, 201]).toContain(saved.status());
      await expectExportRestores(attacker);
    },
  },
];
