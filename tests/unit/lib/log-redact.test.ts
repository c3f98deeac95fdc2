import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { REDACTED, redactText, redactValue, routeOf } from "@/lib/log/redact";

describe("redactText", () => {
  it("removes any e-mail address, wherever it sits in the text", () => {
    fc.assert(
      fc.property(fc.emailAddress(), fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (email, before, after) => {
        const out = redactText(`${before} ${email} ${after}`);
        expect(out).not.toContain(email);
      }),
    );
  });

  it("removes passwords in database URLs, auth headers and token-carrying parameters", () => {
    expect(redactText("connect postgres://pendulum:hunter2@db:5432/p failed")).toBe(`connect postgres://pendulum:${REDACTED}@db:5432/p failed`);
    expect(redactText("Authorization: Bearer abc.def.ghi")).toBe(`Authorization: Bearer ${REDACTED}`);
    expect(redactText("GET /cb?code=xyz&state=abc&ok=1")).toBe(`GET /cb?code=${REDACTED}&state=${REDACTED}&ok=1`);
    expect(redactText("see /share/AbCdEf123456 now")).toBe("see /share/:token now");
  });

  it("bounds the length", () => {
    expect(redactText("x".repeat(10_000)).length).toBeLessThan(4100);
  });
});

describe("redactValue", () => {
  it("drops secret keys at any depth, keeps the rest, and bounds depth", () => {
    const out = redactValue({ route: "/x", code: "SQLITE_BUSY", user: { email: "a@b.co", id: "u1" }, body: { notes: "private" }, list: [{ password: "pw" }] });
    expect(out).toEqual({ route: "/x", code: "SQLITE_BUSY", user: { email: REDACTED, id: "u1" }, body: REDACTED, list: [{ password: REDACTED }] });
    let deep: Record<string, unknown> = { leaf: "a@b.co" };
    for (let i = 0; i < 20; i++) deep = { next: deep };
    expect(JSON.stringify(redactValue(deep))).not.toContain("a@b.co");
  });

  it("keeps an error's type and redacted message", () => {
    expect(redactValue(new TypeError("no user ada@example.com"))).toMatchObject({ type: "TypeError", message: `no user ${REDACTED}` });
  });
});

describe("routeOf", () => {
  it("drops the query and replaces share tokens, e-mails and long ids", () => {
    expect(routeOf("/dashboard?range=all")).toBe("/dashboard");
    expect(routeOf("/share/abc")).toBe("/share/:token");
    expect(routeOf("/api/users/ada%40example.com/x")).toBe("/api/users/:email/x");
    expect(routeOf("/reset/Zx9q8w7e6r5t4y3u2i1o0pAsDf")).toBe("/reset/:id");
    expect(routeOf("/checkin/2026-W10")).toBe("/checkin/2026-W10");
    expect(routeOf("/_next/static/chunks/main-app.js")).toBe("/_next/static/chunks/main-app.js");
  });
});
