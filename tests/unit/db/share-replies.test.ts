import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { handleShare, handleShareAck } from "@/app/share/_lib/handle-share";
import { saveProfile } from "@/db/queries/profiles";
import { clearPastShareLinks, findShareLinkByToken, revokeShareLink } from "@/db/queries/share-links";
import {
  addShareReply,
  countUnseenShareReplies,
  exportShareReplies,
  listShareReplies,
  markShareRepliesSeen,
  replaceShareReplies,
  setShareLinkReplies,
} from "@/db/queries/share-replies";
import { constraintViolated } from "@/db/errors";
import { exportUserData, restoreUserData } from "@/db/queries/backup";
import { parseImportFile } from "@/lib/backup";
import { createLookupLimiter, MAX_REPLIES_PER_LINK, SHARE_ACK_MAX_BODY_BYTES } from "@/lib/report";
import { createMemoryRateLimiter, type RateLimiter } from "@/lib/rate-limiter";
import { makeProfile } from "../../helpers/factories";
import { freshDbEachTest } from "@/tests/helpers/fresh-db";
import { newShareLink, seedShareOwner, SHARE_NOW } from "@/tests/helpers/share-links";
import { rawRows } from "@/tests/helpers/temp-db";

const NOW = SHARE_NOW;
const DAY = 86_400_000;

const t = freshDbEachTest(["a", "b"], async () => {
  await seedShareOwner(t.db, "a", "Ada Lead");
  await saveProfile(t.db, "b", makeProfile({ displayName: "Bob Other", leadingSince: "2026-03-02" }));
});

const newLink = (userId = "a", over: Partial<{ expiresAt: Date }> = {}) => newShareLink(t.db, userId, over);

const unlimited = () => createLookupLimiter({ perKey: 1000, total: 1000 });
const form = (fields: Record<string, string> | string) => (typeof fields === "string" ? fields : new URLSearchParams(fields).toString());

function post(
  token: string,
  body: Record<string, string> | string,
  over: { headers?: Record<string, string>; linkLimiter?: RateLimiter; now?: Date } = {},
) {
  const request = new Request(`http://localhost:3000/share/${token}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: "null", ...over.headers },
    body: form(body),
  });
  return handleShareAck({
    request,
    db: t.db,
    token,
    clientKey: "198.51.100.7",
    now: over.now ?? NOW,
    limiter: unlimited(),
    linkLimiter: over.linkLimiter ?? createMemoryRateLimiter({ max: 1000, windowMs: 60_000 }),
    allowedOrigins: ["http://localhost:3000"],
  });
}

const replyCount = async () => (await rawRows(t.db, sql`select count(*) as n from share_replies`))[0] as { n: number | string };

describe("the acknowledgement on a share page", () => {
  it("offers Mark as read and the reply form, then says it was read", async () => {
    const { token, link } = await newLink();
    const html = await (await handleShare({ db: t.db, token, clientKey: "x", now: NOW, limiter: unlimited() })).text();
    expect(html).toContain('<button type="submit">Mark as read</button>');
    expect(html).toContain('name="reply"');
    expect(html).toContain(`action="/share/${token}#acknowledge"`);

    const res = await post(token, { intent: "read" });
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe(`/share/${token}?ack=read#acknowledge`);
    expect((await findShareLinkByToken(t.db, token))!.readAt).toEqual(NOW);
    // A second press keeps the first time.
    await post(token, { intent: "read" }, { now: new Date(NOW.getTime() + DAY) });
    expect((await findShareLinkByToken(t.db, token))!.readAt).toEqual(NOW);

    const after = await (await handleShare({ db: t.db, token, clientKey: "x", now: NOW, limiter: unlimited(), ack: "read" })).text();
    expect(after).toContain("Marked as read on 26 November 2026.");
    expect(after).toContain("Ada Lead can see that you read it.");
    expect(after).not.toContain("Mark as read</button>");
    expect(link.id).toBeTruthy();
  });

  it("stores a reply for the link's owner only, marks the link read, and never shows it on the share page", async () => {
    const { token } = await newLink();
    const res = await post(token, { intent: "reply", reply: "  Thanks, let's talk about the meetings load on Monday.\r\nM.  " });
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe(`/share/${token}?ack=sent#acknowledge`);
    const replies = await listShareReplies(t.db, "a");
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ body: "Thanks, let's talk about the meetings load on Monday.\nM.", from: "2026-W44", to: "2026-W47", seenAt: null, createdAt: NOW });
    expect(await listShareReplies(t.db, "b")).toEqual([]);
    expect(await countUnseenShareReplies(t.db, "a")).toBe(1);
    expect(await countUnseenShareReplies(t.db, "b")).toBe(0);
    expect((await findShareLinkByToken(t.db, token))!.readAt).toEqual(NOW);
    const page = await (await handleShare({ db: t.db, token, clientKey: "x", now: NOW, limiter: unlimited(), ack: "sent" })).text();
    expect(page).toContain("Your reply was sent to Ada Lead. Only they can see it.");
    expect(page).not.toContain("meetings load on Monday");
  });

  it.each([
    ["an empty reply", { intent: "reply", reply: "   " }, 422, "Write a reply first"],
    ["a reply over 1,000 characters", { intent: "reply", reply: "é".repeat(1001) }, 422, "at most 1,000 characters; this one has 1,001"],
    ["a control character", { intent: "reply", reply: "hi\u0007there" }, 422, "invisible control character"],
    ["an unknown field", { intent: "reply", reply: "hi", userId: "b" }, 422, "could not be read"],
    ["a repeated field", "intent=reply&reply=a&reply=b", 422, "could not be read"],
    ["an unknown intent", { intent: "delete" }, 422, "could not be read"],
  ])("refuses %s with a message on the page and no row written", async (_what, body, status, message) => {
    const { token } = await newLink();
    const res = await post(token, body);
    expect(res.status).toBe(status);
    expect(res.headers.get("Content-Type")).toContain("text/html");
    const html = await res.text();
    expect(html).toContain(message);
    expect(Number((await replyCount()).n)).toBe(0);
    expect((await findShareLinkByToken(t.db, token))!.readAt).toBeNull();
  });

  it("keeps the typed text in the field after a refusal, escaped", async () => {
    const { token } = await newLink();
    const html = await (await post(token, { intent: "reply", reply: `<b>x</b>${"y".repeat(1000)}` })).text();
    expect(html).toContain(`&lt;b&gt;x&lt;/b&gt;${"y".repeat(20)}`);
    expect(html).toContain('aria-invalid="true"');
    expect(html).not.toContain("<b>x</b>");
  });

  it("refuses a body over the cap by its declared length, and a post that is not a form", async () => {
    const { token } = await newLink();
    const big = await post(token, { intent: "reply", reply: "x".repeat(SHARE_ACK_MAX_BODY_BYTES) });
    expect(big.status).toBe(413);
    expect(await big.text()).toContain("far too long");
    const json = await post(token, JSON.stringify({ intent: "read" }), { headers: { "content-type": "application/json" } });
    expect(json.status).toBe(415);
    expect(Number((await replyCount()).n)).toBe(0);
  });

  it("refuses a post from another site", async () => {
    const { token } = await newLink();
    const res = await post(token, { intent: "read" }, { headers: { origin: "https://evil.example" } });
    expect(res.status).toBe(403);
    expect((await findShareLinkByToken(t.db, token))!.readAt).toBeNull();
  });

  it("refuses revoked (404), unknown (404) and expired (410) links like a lookup", async () => {
    const revoked = await newLink();
    await revokeShareLink(t.db, "a", revoked.link.id, NOW);
    const expired = await newLink("a", { expiresAt: new Date(NOW.getTime() - 1) });
    expect((await post(revoked.token, { intent: "reply", reply: "hi" })).status).toBe(404);
    expect((await post(Buffer.alloc(32, 3).toString("base64url"), { intent: "read" })).status).toBe(404);
    expect((await post(expired.token, { intent: "reply", reply: "hi" })).status).toBe(410);
    expect(Number((await replyCount()).n)).toBe(0);
  });

  it("with replies off: no form on the page, a forged reply refused, Mark as read still works", async () => {
    const { token, link } = await newLink();
    expect(await setShareLinkReplies(t.db, "b", link.id, false)).toBe(false);
    expect(await setShareLinkReplies(t.db, "a", link.id, false)).toBe(true);
    const html = await (await handleShare({ db: t.db, token, clientKey: "x", now: NOW, limiter: unlimited() })).text();
    expect(html).not.toContain('name="reply"');
    expect(html).toContain("Ada Lead has turned replies off for this link.");
    const forged = await post(token, { intent: "reply", reply: "sneaky" });
    expect(forged.status).toBe(403);
    expect(await forged.text()).toContain("Replies are turned off");
    expect(Number((await replyCount()).n)).toBe(0);
    expect((await post(token, { intent: "read" })).status).toBe(303);
    // Turned off between the page and the insert: refused inside the transaction too.
    await setShareLinkReplies(t.db, "a", link.id, true);
    await setShareLinkReplies(t.db, "a", link.id, false);
    expect(await addShareReply(t.db, link.id, "late", NOW, MAX_REPLIES_PER_LINK)).toEqual({ ok: false, reason: "closed" });
  });

  it("rate-limits posts per link (429 with the text kept), whatever the address", async () => {
    const { token } = await newLink();
    const other = await newLink();
    const linkLimiter = createMemoryRateLimiter({ max: 2, windowMs: 60_000 });
    expect((await post(token, { intent: "reply", reply: "one" }, { linkLimiter })).status).toBe(303);
    expect((await post(token, { intent: "reply", reply: "two" }, { linkLimiter })).status).toBe(303);
    const third = await post(token, { intent: "reply", reply: "three" }, { linkLimiter });
    expect(third.status).toBe(429);
    expect(third.headers.get("Retry-After")).toBe("600");
    const html = await third.text();
    expect(html).toContain("Too many replies on this link");
    expect(html).toContain(">three</textarea>");
    expect((await post(other.token, { intent: "reply", reply: "elsewhere" }, { linkLimiter })).status).toBe(303);
    expect((await listShareReplies(t.db, "a")).map((r) => r.body).sort()).toEqual(["elsewhere", "one", "two"]);
  });

  it("caps the replies a link keeps, even when posts race", async () => {
    const { link, token } = await newLink();
    const results = await Promise.all(Array.from({ length: MAX_REPLIES_PER_LINK + 5 }, (_, i) => addShareReply(t.db, link.id, `reply ${i}`, NOW, MAX_REPLIES_PER_LINK)));
    expect(results.filter((r) => r.ok)).toHaveLength(MAX_REPLIES_PER_LINK);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.reason === "full")).toBe(true);
    const full = await post(token, { intent: "reply", reply: "one more" });
    expect(full.status).toBe(409);
    const html = await (await handleShare({ db: t.db, token, clientKey: "x", now: NOW, limiter: unlimited() })).text();
    expect(html).toContain("taken as many replies as it can");
    expect(html).not.toContain('name="reply"');
  });

  it("refuses an over-long or empty body in the database itself (CHECK)", async () => {
    const { link } = await newLink();
    for (const body of ["", "x".repeat(1001)]) {
      const error = await addShareReply(t.db, link.id, body, NOW, MAX_REPLIES_PER_LINK).then(
        () => null,
        (e: unknown) => e,
      );
      expect(constraintViolated(error)).toBe("check");
    }
    // Rolled back as a whole: the link is not marked read by the refused reply.
    expect(Number((await replyCount()).n)).toBe(0);
    expect((await rawRows(t.db, sql`select read_at from share_links`))[0]).toMatchObject({ read_at: null });
    expect(await addShareReply(t.db, link.id, "👍".repeat(1000), NOW, MAX_REPLIES_PER_LINK)).toMatchObject({ ok: true });
  });
});

describe("replies on the leader's side", () => {
  it("are marked seen for their owner only, and outlive a cleared link", async () => {
    const { token, link } = await newLink();
    const theirs = await newLink("b");
    await post(token, { intent: "reply", reply: "for Ada" });
    await post(theirs.token, { intent: "reply", reply: "for Bob" });
    expect(await markShareRepliesSeen(t.db, "b", NOW)).toBe(1);
    expect(await countUnseenShareReplies(t.db, "a")).toBe(1);
    expect(await markShareRepliesSeen(t.db, "a", NOW)).toBe(1);
    expect(await countUnseenShareReplies(t.db, "a")).toBe(0);
    await revokeShareLink(t.db, "a", link.id, NOW);
    expect(await clearPastShareLinks(t.db, "a", new Date(NOW.getTime() + DAY))).toBe(1);
    const [kept] = await listShareReplies(t.db, "a");
    expect(kept).toMatchObject({ body: "for Ada", shareLinkId: null, from: "2026-W44", to: "2026-W47" });
  });

  it("go with the account when it is deleted", async () => {
    const { token } = await newLink();
    await post(token, { intent: "reply", reply: "bye" });
    await t.db.delete(t.db.tables.users).where(sql`${t.db.tables.users.id} = 'a'`);
    expect(Number((await replyCount()).n)).toBe(0);
  });

  it("round-trip through the backup shape", async () => {
    const { token } = await newLink();
    await post(token, { intent: "reply", reply: "first" }, { now: NOW });
    await post(token, { intent: "reply", reply: "second\nline" }, { now: new Date(NOW.getTime() + 1000) });
    await markShareRepliesSeen(t.db, "a", NOW);
    await post(token, { intent: "reply", reply: "third" }, { now: new Date(NOW.getTime() + 2000) });
    const exported = await exportShareReplies(t.db, "a");
    expect(exported).toEqual([
      { from: "2026-W44", to: "2026-W47", receivedAt: "2026-11-26T09:00:00.000Z", text: "first", seen: true },
      { from: "2026-W44", to: "2026-W47", receivedAt: "2026-11-26T09:00:01.000Z", text: "second\nline", seen: true },
      { from: "2026-W44", to: "2026-W47", receivedAt: "2026-11-26T09:00:02.000Z", text: "third", seen: false },
    ]);
    await replaceShareReplies(t.db, "a", [], NOW);
    expect(await listShareReplies(t.db, "a")).toEqual([]);
    await replaceShareReplies(t.db, "a", exported, NOW);
    expect(await exportShareReplies(t.db, "a")).toEqual(exported);
    expect(await countUnseenShareReplies(t.db, "a")).toBe(1);
  });

  it("export → import round-trips the replies through the real file (optional key, version 1), privately", async () => {
    const { token } = await newLink();
    await post(token, { intent: "reply", reply: "Заметил: встречи съели неделю 👍\nLet's talk." });
    await post(token, { intent: "reply", reply: "second" }, { now: new Date(NOW.getTime() + 60_000) });
    await markShareRepliesSeen(t.db, "a", NOW);
    const exported = (await exportUserData(t.db, "a"))!;
    expect(exported.version).toBe(1);
    expect(exported.shareReplies).toHaveLength(2);
    // Bob's export has no replies key at all, as before the feature.
    expect("shareReplies" in (await exportUserData(t.db, "b"))!).toBe(false);
    const parsed = parseImportFile(JSON.stringify(exported), NOW);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed));
    await restoreUserData(t.db, "b", parsed.file);
    expect((await exportUserData(t.db, "b"))!.shareReplies).toEqual(exported.shareReplies);
    expect((await listShareReplies(t.db, "b")).every((r) => r.shareLinkId === null)).toBe(true);
    // A file without the key keeps the leader's replies; an empty list clears them.
    const { shareReplies: _r, ...plain } = exported;
    await restoreUserData(t.db, "b", plain);
    expect(await listShareReplies(t.db, "b")).toHaveLength(2);
    await restoreUserData(t.db, "b", { ...plain, shareReplies: [] });
    expect(await listShareReplies(t.db, "b")).toEqual([]);
    expect(await listShareReplies(t.db, "a")).toHaveLength(2);
  });

  it("refuses a backup whose replies break the rules, by path", async () => {
    const file = (await exportUserData(t.db, "a"))!;
    const bad = {
      ...file,
      shareReplies: [
        { from: "2026-W44", to: "2026-W47", receivedAt: "2026-11-26T09:00:00.000Z", text: "x".repeat(1001), seen: false },
        { from: "2026-W47", to: "2026-W44", receivedAt: "yesterday", text: "  ", seen: "no", extra: 1 },
        { from: "2026-W47", to: "2026-W44", receivedAt: "2026-11-26T09:00:00.000Z", text: "ok", seen: true },
        { from: "2026-W44", to: "2026-W47", receivedAt: "2026-11-26T09:00:00.0001Z", text: "ok", seen: true },
      ],
    };
    const parsed = parseImportFile(JSON.stringify(bad), NOW);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const paths = parsed.issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["shareReplies[0].text", "shareReplies[1].receivedAt", "shareReplies[1].text", "shareReplies[1].seen", "shareReplies[1].extra", "shareReplies[2].to", "shareReplies[3].receivedAt"]));
    expect(parsed.issues.find((i) => i.path === "shareReplies[0].text")!.message).toContain("at most 1,000 characters");
  });
});
