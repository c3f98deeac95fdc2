import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { actionContract } from "@/app/_server/action-contract";
import { done, failed, FIX_FIELDS, UNREADABLE_FORM } from "@/lib/action-result";
import { MAX_ISSUES } from "@/lib/validation/issues";

type Caller = { userId: string };
const signedIn = actionContract(async (): Promise<Caller> => ({ userId: "u1" }));

const schema = z.strictObject({ email: z.email("Enter an email"), password: z.string().min(8, "At least 8 characters") });
const SPEC = { email: "text", password: "text" } as const;

function form(entries: Array<[string, string]>): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

const valid = () => form([["email", "a@example.com"], ["password", "long enough"]]);

describe("validatedAction", () => {
  it.each([
    ["a JSON object", { email: "a@example.com", password: "long enough" }],
    ["a string", "email=a@example.com"],
    ["null", null],
    ["an array of entries", [["email", "a@example.com"]]],
  ])("refuses %s as the form without calling the body", async (_name, argument) => {
    const body = vi.fn(async () => done());
    const action = signedIn(schema, SPEC, body);
    expect(await action(null, argument as unknown as FormData)).toEqual(UNREADABLE_FORM);
    expect(body).not.toHaveBeenCalled();
  });

  it("asks who is calling before it reads anything, so a signed-out caller is turned away even with a bad argument", async () => {
    const redirect = new Error("NEXT_REDIRECT /sign-in");
    const body = vi.fn(async () => done());
    const action = actionContract(async () => {
      throw redirect;
    })(schema, SPEC, body);
    await expect(action(null, "not a form" as unknown as FormData)).rejects.toBe(redirect);
    await expect(action(null, valid())).rejects.toBe(redirect);
    expect(body).not.toHaveBeenCalled();
  });

  it("hands only the parsed value and the caller to the body", async () => {
    const body = vi.fn(async (data: z.output<typeof schema>, caller: Caller) => done(`${caller.userId}:${data.email}`));
    const action = signedIn(schema, SPEC, body);
    const submitted = valid();
    submitted.append("$ACTION_ID_abc", "framework field");
    expect(await action(null, submitted)).toEqual({ ok: true, data: undefined, message: "u1:a@example.com" });
    expect(body).toHaveBeenCalledWith({ email: "a@example.com", password: "long enough" }, { userId: "u1" }, submitted);
  });

  it("answers a refused form with field errors and the custom message, echoing only the listed fields", async () => {
    const body = vi.fn(async () => done());
    const action = signedIn(schema, SPEC, body, { invalidMessage: "Not saved.", echo: ["email"] });
    const result = await action(null, form([["email", "nope"], ["password", "short"]]));
    expect(result).toEqual({
      ok: false,
      message: "Not saved.",
      fieldErrors: { email: "Enter an email", password: "At least 8 characters" },
      values: { email: "nope" },
    });
    expect(body).not.toHaveBeenCalled();
  });

  it("never echoes a field that is not listed, and sends no values when none are listed", async () => {
    const action = signedIn(schema, SPEC, async () => done());
    const result = await action(null, form([["email", "nope"], ["password", "secret"]]));
    expect(result).toMatchObject({ ok: false, message: FIX_FIELDS });
    expect(result).not.toHaveProperty("values");
  });

  it("adds the echoed values to a refusal the body returns, and leaves a success alone", async () => {
    const refusing = signedIn(schema, SPEC, async () => failed("Wrong email or password."), { echo: ["email"] });
    expect(await refusing(null, valid())).toEqual({ ok: false, message: "Wrong email or password.", fieldErrors: {}, values: { email: "a@example.com" } });
    const saving = signedIn(schema, SPEC, async () => done("Saved."), { echo: ["email"] });
    expect(await saving(null, valid())).toEqual({ ok: true, data: undefined, message: "Saved." });
  });

  it("lets bugs and redirects thrown by the body propagate instead of turning them into answers", async () => {
    const bug = new TypeError("db is down");
    const action = signedIn(schema, SPEC, async () => {
      throw bug;
    });
    await expect(action(null, valid())).rejects.toBe(bug);
  });

  it("keeps undeclared and prototype names as flat unknown fields: refused, and nothing written through a prototype", async () => {
    const body = vi.fn(async () => done());
    const action = signedIn(schema, SPEC, body);
    const submitted = valid();
    submitted.append("__proto__.polluted", "yes");
    submitted.append("constructor", "x");
    const result = await action(null, submitted);
    expect(result.ok).toBe(false);
    expect(!result.ok && Object.keys(result.fieldErrors).sort()).toEqual(["__proto__.polluted", "constructor"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(body).not.toHaveBeenCalled();
  });

  it("caps the field errors of a flood of unknown fields and says how many more there were", async () => {
    const submitted = valid();
    for (let i = 0; i < MAX_ISSUES + 250; i++) submitted.append(`junk${i}`, "x");
    const result = await signedIn(schema, SPEC, async () => done())(null, submitted);
    if (result.ok) throw new Error("expected a refusal");
    expect(Object.keys(result.fieldErrors)).toHaveLength(MAX_ISSUES + 1);
    expect(result.fieldErrors.form).toBe("…and 250 more problems");
  });

  it("shows an issue at the field `fieldOf` names", async () => {
    const nested = z.strictObject({ reminder: z.strictObject({ time: z.string().regex(/^\d\d:\d\d$/, "Use HH:MM") }) });
    const action = signedIn(nested, (data) => ({ reminder: { time: data.get("time") } }), async () => done(), {
      fieldOf: (path) => path.split(".").at(-1)!,
    });
    expect(await action(null, form([["time", "noon"]]))).toMatchObject({ ok: false, fieldErrors: { time: "Use HH:MM" } });
  });

  it("builds the schema per call from the caller and the submitted shape", async () => {
    const factory = vi.fn(({ context }: { context: Caller; shape: Record<string, unknown> }) =>
      z.strictObject({ owner: z.literal(context.userId, "Not yours") }),
    );
    const action = signedIn(factory, { owner: "text" }, async (data) => done(data.owner));
    expect(await action(null, form([["owner", "u2"]]))).toMatchObject({ ok: false, fieldErrors: { owner: "Not yours" } });
    expect(await action(null, form([["owner", "u1"]]))).toEqual({ ok: true, data: undefined, message: "u1" });
    expect(factory).toHaveBeenLastCalledWith({ context: { userId: "u1" }, shape: expect.objectContaining({ owner: "u1" }) });
  });

  it("lets the guard refuse a form before its fields are parsed, whatever they hold, and echoes nothing of it", async () => {
    const body = vi.fn(async () => done());
    const notYours = failed("Another account is signed in now.", { leader: "Another account is signed in now." });
    const guard = vi.fn((caller: Caller, data: FormData) => (data.get("leader") === caller.userId ? null : notYours));
    const action = signedIn(schema, SPEC, body, { echo: ["email"], guard });
    // Invalid fields and a form typed for someone else: the guard's answer, not the field errors.
    const forOther = form([["email", "nope"], ["password", "short"], ["leader", "u2"]]);
    expect(await action(null, forOther)).toEqual(notYours);
    expect(guard).toHaveBeenCalledWith({ userId: "u1" }, forOther);
    expect(body).not.toHaveBeenCalled();
    // The guard passes: the fields are parsed as usual (the guard's own field is left to toShape).
    const mine = signedIn(schema, (data: FormData) => ({ email: data.get("email"), password: data.get("password") }), body, { guard });
    expect(await mine(null, form([["email", "a@example.com"], ["password", "long enough"], ["leader", "u1"]]))).toEqual({ ok: true, data: undefined });
    expect(await mine(null, form([["email", "nope"], ["password", "long enough"], ["leader", "u1"]]))).toMatchObject({ ok: false, fieldErrors: { email: "Enter an email" } });
  });

  it("answers with plain objects only, which React can send to the browser", async () => {
    const action = signedIn(schema, SPEC, async () => done(), { echo: ["email"] });
    const result = await action(null, form([["email", "x"], ["password", "x"]]));
    if (result.ok) throw new Error("expected a refusal");
    expect(Object.getPrototypeOf(result.fieldErrors)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(result.values)).toBe(Object.prototype);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("every server action goes through the contract", () => {
  const files = sourceFiles("app").filter((file) => /^\s*["']use server["']/.test(readFileSync(file, "utf8")));

  it("finds the action files", () => {
    expect(files.length).toBeGreaterThanOrEqual(7);
  });

  it.each(files)("%s exports only validatedAction / validatedPublicAction results", (file) => {
    const source = readFileSync(file, "utf8");
    const exports = source.split("\n").filter((line) => /^export\s/.test(line) && !/^export\s+type\s/.test(line));
    expect(exports.length).toBeGreaterThan(0);
    for (const line of exports) expect(line).toMatch(/^export const \w+ = validated(Public)?Action\(/);
  });
});
