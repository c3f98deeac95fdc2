import { describe, expect, it } from "vitest";
import { handleReport } from "@/app/api/report/_lib/handle-report";
import { PdfGate } from "@/app/api/report/_lib/pdf-gate";
import { saveCheckin } from "@/db/queries/checkins";
import { saveProfile } from "@/db/queries/profiles";
import { makeCheckin, makeProfile } from "../../helpers/factories";
import { freshDbForAll } from "../../helpers/fresh-db";

const later = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe("PdfGate", () => {
  it("runs one render at a time, in order, and lets the next leader in when one ends", async () => {
    const gate = new PdfGate(1, 4, 5_000);
    const order: string[] = [];
    const render = (name: string) => async () => {
      order.push(`${name} start`);
      await later(30, null);
      order.push(`${name} end`);
      return name;
    };
    const results = await Promise.all([gate.run("a", render("a")), gate.run("b", render("b")), gate.run("c", render("c"))]);
    expect(results).toEqual([{ ok: true, value: "a" }, { ok: true, value: "b" }, { ok: true, value: "c" }]);
    expect(order).toEqual(["a start", "a end", "b start", "b end", "c start", "c end"]);
  });

  it("refuses a leader's second PDF while the first is on its way, and again accepts it after", async () => {
    const gate = new PdfGate(2, 4, 5_000);
    const first = gate.run("a", () => later(30, 1));
    expect(await gate.run("a", () => later(0, 2))).toEqual({ ok: false, reason: "mine" });
    expect(await first).toEqual({ ok: true, value: 1 });
    expect(await gate.run("a", () => later(0, 3))).toEqual({ ok: true, value: 3 });
  });

  it("answers busy when the queue is full or the wait runs out, and frees the slot after a failed render", async () => {
    const gate = new PdfGate(1, 1, 40);
    const slow = gate.run("a", () => later(200, "a"));
    const queued = gate.run("b", () => later(0, "b"));
    expect(await gate.run("c", () => later(0, "c"))).toEqual({ ok: false, reason: "busy" });
    expect(await queued).toEqual({ ok: false, reason: "busy" });
    await slow;
    await expect(gate.run("d", () => Promise.reject(new Error("broken")))).rejects.toThrow("broken");
    expect(await gate.run("e", () => later(0, "e"))).toEqual({ ok: true, value: "e" });
  });
});

describe("the PDF download behind the gate", () => {
  const NOW = new Date("2026-11-26T09:00:00Z");
  const query = new URLSearchParams({ from: "2026-W44", to: "2026-W47" });

  const t = freshDbForAll(["lead"], async () => {
    await saveProfile(t.db, "lead", makeProfile({ displayName: "Gate Lead", leadingSince: "2026-03-02" }));
    for (const week of ["2026-W44", "2026-W45", "2026-W46", "2026-W47"]) await saveCheckin(t.db, "lead", makeCheckin(week));
  });

  it("gives the same leader's parallel second request a 429 with Retry-After, the first its PDF", async () => {
    const gate = new PdfGate(1, 4, 20_000);
    const ask = () => handleReport({ db: t.db, userId: "lead", format: "pdf", query, now: NOW, gate });
    // Both load the report before they reach the gate, and on PostgreSQL either may get there
    // first: whichever arrives first gets its PDF, the other the 429.
    const answers = await Promise.all([ask(), ask()]);
    const [first, second] = answers.sort((a, b) => a.status - b.status) as [Response, Response];
    expect(answers.map((a) => a.status)).toEqual([200, 429]);
    expect(first.status).toBe(200);
    expect(first.headers.get("Content-Type")).toBe("application/pdf");
    expect(second.status).toBe(429);
    expect(second.headers.get("Retry-After")).toBe("20");
    expect(await second.json()).toEqual({ error: "Your previous PDF is still being made. Wait for it, then try again.", issues: [] });
  }, 60_000);

  it("answers 503 when other leaders fill the queue", async () => {
    const gate = new PdfGate(1, 0, 20_000);
    const held = gate.run("someone", () => later(300, null));
    const res = await handleReport({ db: t.db, userId: "lead", format: "pdf", query, now: NOW, gate });
    expect(res.status).toBe(503);
    expect((await res.json()).error).toMatch(/Try again in a moment/);
    await held;
    const md = await handleReport({ db: t.db, userId: "lead", format: "md", query, now: NOW, gate: new PdfGate(1, 0, 1) });
    expect(md.status).toBe(200);
  }, 60_000);
});
