"use server";
import { randomBytes } from "node:crypto";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { changeExperiments, saveReview, saveWellbeingCheck } from "@/db/queries/reflection";
import { requireLeader } from "@/app/_server/auth";
import { adjustExperiment, answerExperiment, endExperiment, startExperiment, type ExperimentDraft } from "@/lib/experiments";
import { EXPERIMENT_ANSWERS, MEASURE_KINDS, MEASURE_TARGET_BOUNDS, type MeasureKind, type TargetMeasureKind } from "@/lib/experiments/kinds";
import { currentIsoWeek, isValidIsoWeek } from "@/lib/iso-week";
import { DEFAULT_TIME_ZONE } from "@/lib/local-date";
import { reviewSchema } from "@/lib/validation/review";
import { wellbeingCheckSchema } from "@/lib/validation/wellbeing";

// Plain form actions (they work without JavaScript): each reads only named fields, checks them with
// lib/ rules and answers with a redirect carrying a short status code the page turns into words.
// Every write goes to the signed-in leader's rows only.

const text = (form: FormData, name: string, max = 2000): string => {
  const v = form.get(name);
  return typeof v === "string" ? v.slice(0, max).trim() : "";
};

async function leaderWeek() {
  const { user, profile } = await requireLeader();
  return { userId: user.id, currentWeek: currentIsoWeek(new Date(), profile.timeZone ?? DEFAULT_TIME_ZONE) };
}

const newId = () => `e-${randomBytes(6).toString("base64url")}`;

function readDraft(form: FormData, currentWeek: string): ExperimentDraft | null {
  const kind = text(form, "measure", 64) as MeasureKind;
  if (!(MEASURE_KINDS as readonly string[]).includes(kind)) return null;
  const weeks = Number(text(form, "weeks", 4));
  const startWeek = text(form, "startWeek", 10) || currentWeek;
  const stepId = text(form, "stepId", 64) || null;
  const title = text(form, "title", 200);
  if (Object.hasOwn(MEASURE_TARGET_BOUNDS, kind)) {
    const target = Number(text(form, "target", 8).replace(",", "."));
    return { title, stepId, startWeek, weeks, measure: { kind: kind as TargetMeasureKind, target } };
  }
  return { title, stepId, startWeek, weeks, measure: { kind } as ExperimentDraft["measure"] };
}

function back(path: string, params: Record<string, string>): never {
  redirect(`${path}?${new URLSearchParams(params).toString()}`);
}

export async function startExperimentAction(form: FormData): Promise<void> {
  const { userId, currentWeek } = await leaderWeek();
  const draft = readDraft(form, currentWeek);
  if (!draft) back("/reflect/experiments", { error: "INVALID", field: "measure" });
  const adjusts = text(form, "adjusts", 64);
  const result = await changeExperiments(getDb(), userId, (current) => {
    if (adjusts) {
      const old = current.find((e) => e.id === adjusts);
      if (!old) return { ok: false, code: "NOT_FOUND", message: "No such experiment" };
      const r = adjustExperiment(current, old, draft, { id: newId(), currentWeek });
      return r.ok ? { ok: true, value: [r.value.ended, r.value.next] } : r;
    }
    const r = startExperiment(current, draft, { id: newId(), currentWeek });
    return r.ok ? { ok: true, value: [r.value] } : r;
  });
  if (!result.ok) back("/reflect/experiments", { error: result.code, ...(result.path ? { field: result.path } : {}), ...(draft.stepId ? { step: draft.stepId } : {}) });
  revalidatePath("/", "layout");
  back("/reflect/experiments", { done: adjusts ? "adjusted" : "started" });
}

/** The check-in's one question: "Did you do it this week?" */
export async function answerExperimentAction(form: FormData): Promise<void> {
  const { userId, currentWeek } = await leaderWeek();
  const slug = text(form, "experiment", 64);
  const week = text(form, "week", 10);
  const answer = text(form, "answer", 10) as (typeof EXPERIMENT_ANSWERS)[number];
  const path = isValidIsoWeek(week) ? `/checkin/${week}` : "/checkin";
  if (!isValidIsoWeek(week) || !(EXPERIMENT_ANSWERS as readonly string[]).includes(answer)) back(path, { experimentError: "INVALID" });
  const result = await changeExperiments(getDb(), userId, (current) => {
    const e = current.find((x) => x.id === slug);
    if (!e) return { ok: false, code: "NOT_FOUND", message: "No such experiment" };
    const r = answerExperiment(e, week, answer, { currentWeek });
    return r.ok ? { ok: true, value: [r.value] } : r;
  });
  if (!result.ok) back(path, { experimentError: result.code });
  revalidatePath("/", "layout");
  back(path, { answered: slug });
}

/** Keep or drop at the end (adjust goes through the start form with `adjusts`). */
export async function endExperimentAction(form: FormData): Promise<void> {
  const { userId, currentWeek } = await leaderWeek();
  const slug = text(form, "experiment", 64);
  const outcome = text(form, "outcome", 10);
  if (outcome !== "kept" && outcome !== "dropped") back("/reflect/experiments", { error: "INVALID" });
  const note = text(form, "note", 2000) || null;
  const result = await changeExperiments(getDb(), userId, (current) => {
    const e = current.find((x) => x.id === slug);
    if (!e) return { ok: false, code: "NOT_FOUND", message: "No such experiment" };
    const r = endExperiment(e, outcome, { currentWeek, note });
    return r.ok ? { ok: true, value: [r.value] } : r;
  });
  if (!result.ok) back("/reflect/experiments", { error: result.code });
  revalidatePath("/", "layout");
  back("/reflect/experiments", { done: outcome });
}

export async function saveWellbeingAction(form: FormData): Promise<void> {
  const { userId, currentWeek } = await leaderWeek();
  const who5Raw = [1, 2, 3, 4, 5].map((i) => text(form, `who5_${i}`, 2));
  const who5 = who5Raw.every((v) => v === "") ? null : who5Raw.map((v) => (v === "" ? Number.NaN : Number(v)));
  const burnoutRaw = text(form, "burnout", 2);
  const parsed = wellbeingCheckSchema.safeParse({ week: currentWeek, who5, burnout: burnoutRaw === "" ? null : Number(burnoutRaw) });
  if (!parsed.success) back("/reflect/wellbeing", { error: who5 && who5.some(Number.isNaN) ? "WHO5_PARTIAL" : "INVALID" });
  await saveWellbeingCheck(getDb(), userId, parsed.data);
  revalidatePath("/", "layout");
  back("/reflect/wellbeing", { saved: currentWeek });
}

export async function saveReviewAction(form: FormData): Promise<void> {
  const { userId, currentWeek } = await leaderWeek();
  const milestoneRaw = text(form, "milestone", 6);
  const parsed = reviewSchema.safeParse({
    week: currentWeek,
    milestone: milestoneRaw === "" ? null : Number(milestoneRaw),
    leaning: text(form, "leaning", 40) || null,
    reflection: text(form, "reflection", 12_000) || null,
  });
  if (!parsed.success) back("/reflect/review", { error: parsed.error.issues[0]?.path[0] === "reflection" ? "REFLECTION" : "INVALID" });
  await saveReview(getDb(), userId, parsed.data);
  revalidatePath("/", "layout");
  back("/reflect/review", { saved: currentWeek });
}
