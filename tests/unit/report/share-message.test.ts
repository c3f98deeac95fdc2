import { describe, expect, it } from "vitest";
import { formatExpiry, shareMessage, splitShareLinks } from "@/lib/report";

describe("the ready-to-send message and past links", () => {
  it("is plain text with the link, the period and the expiry date", () => {
    const text = shareMessage({ url: "https://p.example/share/abc", period: "2026-W30 – 2026-W40", expiresAt: new Date("2026-12-08T10:00:00Z"), includeNotes: false });
    expect(text).toContain("\nhttps://p.example/share/abc\n");
    expect(text).toContain("2026-W30 – 2026-W40");
    expect(text).toContain("The link works until 8 December 2026.");
    expect(text).not.toContain("private notes");
    expect(shareMessage({ url: "u", period: "p", expiresAt: new Date(0), includeNotes: true })).toContain("; it includes my private notes.");
  });

  it("names what else of the leader's own the link includes", () => {
    const message = (includeNotes: boolean, includes: Parameters<typeof shareMessage>[0]["includes"]) =>
      shareMessage({ url: "u", period: "p", expiresAt: new Date(0), includeNotes, includes });
    expect(message(false, ["experiments"])).toContain("; it includes my experiments.");
    expect(message(true, ["experiments", "review"])).toContain("; it includes my private notes, experiments and quarterly review.");
    expect(message(false, ["review", "reflection"])).toContain("; it includes my quarterly review and written reflection.");
    expect(message(false, [])).not.toContain("it includes");
  });

  it("formats the expiry in UTC", () => {
    expect(formatExpiry(new Date("2026-12-31T23:30:00Z"))).toBe("31 December 2026");
  });

  it("keeps open links current and moves revoked and expired ones to the past", () => {
    const now = new Date("2026-12-01T12:00:00Z");
    const open = { id: "a", expiresAt: new Date("2026-12-02T00:00:00Z"), revokedAt: null };
    // Revoked longer ago than the undo window (a link revoked moments ago stays current, with Undo).
    const revoked = { id: "b", expiresAt: new Date("2026-12-02T00:00:00Z"), revokedAt: new Date(now.getTime() - 60_000) };
    const expired = { id: "c", expiresAt: now, revokedAt: null };
    const { current, past } = splitShareLinks([open, revoked, expired], now);
    expect(current.map((l) => l.id)).toEqual(["a"]);
    expect(past.map((l) => l.id)).toEqual(["b", "c"]);
  });
});
