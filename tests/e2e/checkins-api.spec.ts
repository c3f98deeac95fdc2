import { request as playwrightRequest } from "@playwright/test";
import { TYPICAL_WEEK } from "../helpers/factories";
import { expect, signUp, test } from "./fixtures";
import { lastWeek } from "./weeks";

const PARALLEL = 50;

/** Week i of the burst: its note and its hours both say i, so a row mixing two bodies would show. */
function body(i: number) {
  return { ...TYPICAL_WEEK, hours: { ...TYPICAL_WEEK.hours, meetings: 10 + (i % 20) }, note: `Parallel save ${i}` };
}

test("50 parallel PUTs of one week over HTTP leave one whole row and none fails", async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signUp(page);
  const storageState = await context.storageState();
  await context.close();
  const api = await playwrightRequest.newContext({ baseURL, storageState, extraHTTPHeaders: { origin: baseURL! } });
  const week = lastWeek();

  const responses = await Promise.all(Array.from({ length: PARALLEL }, (_, i) => api.put(`/api/checkins/${week}`, { data: body(i) })));
  const statuses = responses.map((r) => r.status());
  expect(statuses.filter((s) => s !== 200 && s !== 201), `statuses: ${statuses.join(" ")}`).toEqual([]);
  expect(statuses.filter((s) => s === 201).length, "at least one answer says it created the week").toBeGreaterThanOrEqual(1);

  const listed = await api.get(`/api/checkins?from=${week}&to=${week}`);
  const { checkins } = (await listed.json()) as { checkins: ReturnType<typeof body>[] };
  expect(checkins).toHaveLength(1);
  const saved = checkins[0]!;
  const i = Number(/^Parallel save (\d+)$/.exec(saved.note)?.[1]);
  expect(saved).toMatchObject(body(i));

  // The row is the one an answer reported: a later GET and every 200/201 body agree on the last write.
  const answered = await Promise.all(responses.map(async (r) => ((await r.json()) as { checkin: { note: string } }).checkin.note));
  expect(answered).toContain(saved.note);
  expect(((await (await api.get(`/api/checkins/${week}`)).json()) as { checkin: { note: string } }).checkin.note).toBe(saved.note);
  await api.dispose();
});
