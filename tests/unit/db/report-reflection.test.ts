import { describe, expect, it } from "vitest";
import { handleShare } from "@/app/share/_lib/handle-share";
import { loadReport } from "@/app/_server/report";
import { saveCheckin } from "@/db/queries/checkins";
import { saveProfile } from "@/db/queries/profiles";
import { changeExperiments, saveReview } from "@/db/queries/reflection";
import { getReportChoice, saveReportChoice } from "@/db/queries/report-choices";
import { createShareLink, listShareLinks } from "@/db/queries/share-links";
import { startExperiment } from "@/lib/experiments";
import { createLookupLimiter, normalizeChoice } from "@/lib/report";
import { makeCheckin, makeProfile } from "@/tests/helpers/factories";
import { freshDbEachTest } from "@/tests/helpers/fresh-db";

// The leader's experiments and review reach a report, and a share link, only by their choice (issue 15).

const NOW = new Date("2026-11-26T09:00:00Z");
const DAY = 86_400_000;
const TITLE = "Block two half-days for hands-on work";
const REFLECTION = "Secret reflection: thinking of stepping back";

const t = freshDbEachTest(["ana", "ben"], async () => {
  for (const id of ["ana", "ben"]) {
    const profile = makeProfile({ displayName: id === "ana" ? "Ana Lima" : "Ben Ode", leadingSince: "2026-03-02" });
    await saveProfile(t.db, id, profile);
    for (let w = 40; w <= 47; w++) await saveCheckin(t.db, id, makeCheckin(`2026-W${w}`));
  }
  const started = await changeExperiments(t.db, "ana", (current) => {
    const r = startExperiment(current, { title: TITLE, stepId: null, measure: { kind: "executionShareAtLeast", target: 25 }, startWeek: "2026-W44", weeks: 3 }, { id: "e1", currentWeek: "2026-W44" });
    return r.ok ? { ok: true, value: [r.value] } : r;
  });
  expect(started.ok).toBe(true);
  await saveReview(t.db, "ana", { week: "2026-W46", milestone: null, leaning: "stay-and-adjust", reflection: REFLECTION });
});

const RANGE = { from: "2026-W40", to: "2026-W47" };
const limiter = () => createLookupLimiter({ perKey: 100, total: 100 });

async function sharePage(userId: string, include: string[] | null): Promise<string> {
  const talkingPoints = include === null ? null : normalizeChoice({ picked: ["next-growth-goal"], include });
  const { token } = await createShareLink(t.db, userId, { ...RANGE, includeNotes: true, expiresAt: new Date(NOW.getTime() + 7 * DAY), talkingPoints });
  const response = await handleShare({ db: t.db, token, clientKey: "k", now: NOW, limiter: limiter() });
  expect(response.status).toBe(200);
  return response.text();
}

describe("experiments and the review in a stored report choice and a share link", () => {
  it("saves the inclusions with the leader's choice and copies them into a new link", async () => {
    const choice = normalizeChoice({ picked: ["next-growth-goal"], include: ["experiments", "review"] });
    await saveReportChoice(t.db, "ana", choice);
    expect(await getReportChoice(t.db, "ana")).toEqual({ picked: ["next-growth-goal"], include: ["experiments", "review"] });
    await createShareLink(t.db, "ana", { ...RANGE, includeNotes: false, expiresAt: new Date(NOW.getTime() + DAY), talkingPoints: choice });
    await createShareLink(t.db, "ana", { ...RANGE, includeNotes: false, expiresAt: new Date(NOW.getTime() + DAY) });
    expect((await listShareLinks(t.db, "ana")).map((l) => l.includes).sort()).toEqual([[], ["experiments", "review"]]);
  });

  it("shows the experiment and the review on the share page only when the link's choice includes them", async () => {
    const without = await sharePage("ana", null);
    expect(without).not.toContain(TITLE);
    expect(without).not.toContain("Quarterly review");

    const withBoth = await sharePage("ana", ["experiments", "review"]);
    expect(withBoth).toContain(TITLE);
    expect(withBoth).toContain("Quarterly review");
    expect(withBoth).toContain("Stay and adjust");
    expect(withBoth).not.toContain("Secret reflection");

    expect(await sharePage("ana", ["experiments", "review", "reflection"])).toContain("Secret reflection: thinking of stepping back");
  });

  it("never shows one leader's experiments in another's report", async () => {
    const ben = await sharePage("ben", ["experiments", "review", "reflection"]);
    expect(ben).toContain("No experiment ran between 2026-W40 and 2026-W47.");
    expect(ben).not.toContain(TITLE);
    expect(ben).not.toContain("Secret reflection");
    const view = await loadReport(t.db, "ben", { range: RANGE, includeNotes: true, now: NOW, talkingPoints: normalizeChoice({ picked: [], include: ["experiments"] }) });
    expect(view!.experimentsReview!.parts[0]!.blocks.map((b) => b.title)).toEqual([null]);
  });
});
