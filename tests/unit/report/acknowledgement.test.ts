import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ackNotice, normalizeReply, parseAckForm, replyProblem, SHARE_ACK_MAX_BODY_BYTES } from "@/lib/report";
import { SHARE_REPLY_MAX_LENGTH } from "@/lib/limits";
import { textLength } from "@/lib/text";

const encode = (fields: Array<[string, string]>) => new URLSearchParams(fields).toString();

// Printable text without control characters (line breaks allowed), in code points of every plane.
const safeChar = fc.oneof(
  fc.constantFrom("a", "Z", " ", "\n", "\t", "é", "ж", "中", "👍", "🧭", "'", "<", "&"),
  fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCodePoint(c)),
  fc.integer({ min: 0x1f300, max: 0x1f64f }).map((c) => String.fromCodePoint(c)),
);
const text = (min: number, max: number) => fc.array(safeChar, { minLength: min, maxLength: max }).map((cs) => cs.join(""));

describe("parseAckForm", () => {
  it("takes Mark as read alone", () => {
    expect(parseAckForm("intent=read")).toEqual({ ok: true, value: { intent: "read" } });
  });

  it("accepts every reply of 1 to 1,000 characters (code points) and stores it trimmed with LF line breaks", () => {
    fc.assert(
      fc.property(text(1, SHARE_REPLY_MAX_LENGTH), (raw) => {
        const reply = `x${raw}`; // never blank
        fc.pre(textLength(normalizeReply(reply)) <= SHARE_REPLY_MAX_LENGTH);
        const parsed = parseAckForm(encode([["intent", "reply"], ["reply", reply]]));
        expect(parsed).toEqual({ ok: true, value: { intent: "reply", reply: normalizeReply(reply) } });
      }),
      { numRuns: 200 },
    );
  });

  it("refuses every reply longer than 1,000 characters beside the field, saying how long it is, and keeps the text", () => {
    fc.assert(
      fc.property(fc.integer({ min: SHARE_REPLY_MAX_LENGTH + 1, max: SHARE_REPLY_MAX_LENGTH + 3000 }), fc.constantFrom("a", "é", "👍", "中"), (length, ch) => {
        const reply = ch.repeat(length);
        const parsed = parseAckForm(encode([["intent", "reply"], ["reply", reply]]));
        expect(parsed.ok).toBe(false);
        if (parsed.ok) return;
        expect(parsed.refusal.field).toBe("reply");
        expect(parsed.refusal.message).toContain(`this one has ${length.toLocaleString("en-US")}`);
        expect(parsed.reply).toBe(reply);
      }),
      { numRuns: 100 },
    );
  });

  it("counts the boundary in code points: 1,000 emoji pass, 1,001 do not", () => {
    expect(parseAckForm(encode([["intent", "reply"], ["reply", "👍".repeat(1000)]])).ok).toBe(true);
    expect(parseAckForm(encode([["intent", "reply"], ["reply", "👍".repeat(1001)]])).ok).toBe(false);
  });

  it("refuses blank replies and control characters", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(" ", "\n", "\r\n", "\t"), { maxLength: 50 }), (blank) => {
        const parsed = parseAckForm(encode([["intent", "reply"], ["reply", blank.join("")]]));
        expect(parsed.ok === false && parsed.refusal.field === "reply").toBe(true);
      }),
    );
    fc.assert(
      fc.property(text(0, 20), fc.integer({ min: 0, max: 0x9f }).filter((c) => (c < 0x20 && c !== 9 && c !== 10 && c !== 13) || c >= 0x7f), text(0, 20), (a, c, b) => {
        const parsed = parseAckForm(encode([["intent", "reply"], ["reply", `x${a}${String.fromCodePoint(c)}${b}y`]]));
        expect(parsed.ok).toBe(false);
        if (!parsed.ok) expect(parsed.refusal.message).toContain("invisible control character");
      }),
    );
  });

  it("refuses any field besides intent and reply, repeated fields and unknown intents, as a form problem", () => {
    const name = fc.string({ minLength: 1, maxLength: 20 }).filter((n) => n !== "intent" && n !== "reply");
    fc.assert(
      fc.property(name, fc.string({ maxLength: 20 }), fc.boolean(), (extra, value, before) => {
        const fields: Array<[string, string]> = [["intent", "reply"], ["reply", "ok"]];
        fields.splice(before ? 0 : 2, 0, [extra, value]);
        const parsed = parseAckForm(encode(fields));
        expect(parsed.ok === false && parsed.refusal.field === "form").toBe(true);
      }),
    );
    for (const body of ["intent=read&intent=read", "intent=reply&reply=a&reply=b", "intent=delete", "", "reply=hi", "__proto__=x&intent=read", "intent=read&reply=sneaky"]) {
      const parsed = parseAckForm(body);
      expect(parsed.ok, body).toBe(false);
    }
  });

  it("never throws on any body (broken percent-encoding included)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (body) => {
        const parsed = parseAckForm(body);
        expect(typeof parsed.ok).toBe("boolean");
      }),
    );
    expect(parseAckForm("intent=reply&reply=%E0%A4%A").ok).toBe(true);
  });

  it("has a body cap that fits the longest valid reply, fully percent-encoded", () => {
    const longest = encode([["intent", "reply"], ["reply", "\u{10FFFF}".repeat(SHARE_REPLY_MAX_LENGTH)]]);
    expect(new TextEncoder().encode(longest).length).toBeLessThanOrEqual(SHARE_ACK_MAX_BODY_BYTES);
    expect(parseAckForm(longest).ok).toBe(true);
  });
});

describe("replyProblem and ackNotice", () => {
  it("has no problem with a plain reply", () => {
    expect(replyProblem("See you Monday.")).toBeNull();
  });

  it("says something only for the two redirects", () => {
    expect(ackNotice("read", "Ada")).toContain("Ada can see that you read it");
    expect(ackNotice("sent", "Ada")).toContain("Only they can see it");
    expect(ackNotice("<script>", "Ada")).toBeNull();
    expect(ackNotice(null, "Ada")).toBeNull();
  });
});
