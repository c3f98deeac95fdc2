import { describe, expect, it } from "vitest";
import { handleShare } from "@/app/share/_lib/handle-share";
import { clearReportChoice, getReportChoice, saveReportChoice } from "@/db/queries/report-choices";
import { clearPastShareLinks, findShareLinkByToken, listShareLinks, restoreShareLink, revokeShareLink } from "@/db/queries/share-links";
import { canUndoRevoke, createLookupLimiter, REVOKE_UNDO_MS, splitShareLinks } from "@/lib/report";
import { freshDbEachTest } from "@/tests/helpers/fresh-db";
import { newShareLink, seedShareOwner, SHARE_NOW } from "@/tests/helpers/share-links";

const NOW = SHARE_NOW;

const t = freshDbEachTest(["a", "b"], () => seedShareOwner(t.db, "a", "Ольга Петрова"));

const at = (ms: number) => new Date(NOW.getTime() + ms);
const newLink = (userId: string, over: Partial<{ expiresAt: Date; talkingPoints: { picked: string[]; message?: string } }> = {}) =>
  newShareLink(t.db, userId, over);

describe("revoke, undo and clearing past links", () => {
  it("undoes a revoke within the window, with the same token opening the report again", async () => {
    const { link, token } = await newLink("a");
    expect(await revokeShareLink(t.db, "a", link.id, NOW)).toBe(true);
    const limiter = createLookupLimiter({ perKey: 100, total: 100 });
    expect((await handleShare({ db: t.db, token, clientKey: "k", now: at(1000), limiter })).status).toBe(404);
    expect(await restoreShareLink(t.db, "a", link.id, at(REVOKE_UNDO_MS - 1), REVOKE_UNDO_MS)).toBe(true);
    expect((await handleShare({ db: t.db, token, clientKey: "k", now: at(REVOKE_UNDO_MS), limiter })).status).toBe(200);
  });

  it("refuses an undo after the window, of another leader's link, or of a link never revoked", async () => {
    const { link } = await newLink("a");
    expect(await restoreShareLink(t.db, "a", link.id, NOW, REVOKE_UNDO_MS)).toBe(false);
    await revokeShareLink(t.db, "a", link.id, NOW);
    expect(await restoreShareLink(t.db, "b", link.id, at(1000), REVOKE_UNDO_MS)).toBe(false);
    expect(await restoreShareLink(t.db, "a", link.id, at(REVOKE_UNDO_MS + 1), REVOKE_UNDO_MS)).toBe(false);
    expect((await listShareLinks(t.db, "a"))[0]!.revokedAt).toEqual(NOW);
  });

  it("keeps a just-revoked link among the current ones (with Undo) and moves it to past links after the window", async () => {
    const { link } = await newLink("a");
    await revokeShareLink(t.db, "a", link.id, NOW);
    const [row] = await listShareLinks(t.db, "a");
    expect(canUndoRevoke(row!, at(1000))).toBe(true);
    expect(splitShareLinks([row!], at(1000)).current).toHaveLength(1);
    expect(splitShareLinks([row!], at(REVOKE_UNDO_MS)).past).toHaveLength(1);
  });

  it("clears only the leader's revoked and expired links", async () => {
    const active = (await newLink("a")).link;
    const revoked = (await newLink("a")).link;
    await revokeShareLink(t.db, "a", revoked.id, NOW);
    await newLink("a", { expiresAt: at(-1) });
    const othersExpired = (await newLink("b", { expiresAt: at(-1) })).link;
    expect(await clearPastShareLinks(t.db, "a", NOW)).toBe(2);
    expect((await listShareLinks(t.db, "a")).map((l) => l.id)).toEqual([active.id]);
    expect((await listShareLinks(t.db, "b")).map((l) => l.id)).toEqual([othersExpired.id]);
    expect(await clearPastShareLinks(t.db, "a", NOW)).toBe(0);
  });
});

describe("the leader's talking-point choice", () => {
  it("is saved per leader, replaced, and forgotten on reset", async () => {
    expect(await getReportChoice(t.db, "a")).toBeNull();
    await saveReportChoice(t.db, "a", { picked: ["keep-what-works"], message: "Хорошо" });
    await saveReportChoice(t.db, "a", { picked: ["next-growth-goal"], added: ["Budget for the offsite"] });
    expect(await getReportChoice(t.db, "a")).toEqual({ picked: ["next-growth-goal"], added: ["Budget for the offsite"] });
    expect(await getReportChoice(t.db, "b")).toBeNull();
    expect(await clearReportChoice(t.db, "a")).toBe(true);
    expect(await getReportChoice(t.db, "a")).toBeNull();
  });

  it("is copied into a share link, whose page shows the chosen points and message, not the suggestions", async () => {
    const choice = { picked: ["keep-what-works"], added: ["Can we move the Thursday sync?"], message: "Thanks for reading — 你好" };
    const { token } = await newLink("a", { talkingPoints: choice });
    expect((await findShareLinkByToken(t.db, token))!.talkingPoints).toEqual(choice);
    const limiter = createLookupLimiter({ perKey: 100, total: 100 });
    const html = await (await handleShare({ db: t.db, token, clientKey: "k", now: NOW, limiter })).text();
    expect(html).toContain("Points Ольга Петрова would like to discuss");
    expect(html).toContain("Can we move the Thursday sync?");
    expect(html).toContain("Thanks for reading — 你好");
    expect(html).not.toContain("Suggested talking points");
    // The header: who shared it, that it is read-only, until when.
    expect(html).toMatch(/Shared by <strong>Ольга Петрова<\/strong> · read-only, self-reported in Pendulum · the link works until 3 December 2026/);
  });

  it("a link without a choice shows the suggested points", async () => {
    const { token } = await newLink("a");
    const limiter = createLookupLimiter({ perKey: 100, total: 100 });
    const html = await (await handleShare({ db: t.db, token, clientKey: "k", now: NOW, limiter })).text();
    expect(html).toContain("Suggested talking points for the 1:1");
  });
});
