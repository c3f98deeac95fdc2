import { and, asc, eq, inArray } from "drizzle-orm";
import { compareIsoWeeks } from "../../lib/iso-week";
import type { LifecycleResult } from "../../lib/experiments/lifecycle";
import { experimentListIssues, experimentSchema, type Experiment } from "../../lib/validation/experiment";
import type { Review } from "../../lib/validation/review";
import type { WellbeingCheck } from "../../lib/validation/wellbeing";
import { transaction, type Db } from "../client";

// Issue 15's private records: experiments (with their weekly answers), monthly wellbeing checks and
// quarterly reviews. Every query is keyed on the signed-in leader's id; nothing here reads another's rows.

type ExperimentRow = Db["tables"]["experiments"]["$inferSelect"];
type AnswerRow = Db["tables"]["experimentAnswers"]["$inferSelect"];

function toExperiment(row: ExperimentRow, answers: readonly AnswerRow[]): Experiment {
  return {
    id: row.slug,
    title: row.title,
    stepId: row.stepId,
    measure: row.measure,
    startWeek: row.startWeek,
    weeks: row.weeks,
    answers: answers
      .filter((a) => a.experimentId === row.id)
      .sort((a, b) => (a.week < b.week ? -1 : a.week > b.week ? 1 : 0))
      .map((a) => ({ week: a.week, answer: a.answer })),
    outcome: row.outcome,
    endedWeek: row.endedWeek,
    adjusts: row.adjusts,
    note: row.note,
  };
}

/** The leader's experiments, oldest start first, each with its answers in week order. */
export async function listExperiments(db: Db, userId: string): Promise<Experiment[]> {
  const { experiments, experimentAnswers } = db.tables;
  const rows = await db.select().from(experiments).where(eq(experiments.userId, userId)).orderBy(asc(experiments.startWeek), asc(experiments.id));
  if (rows.length === 0) return [];
  const answers = await db
    .select()
    .from(experimentAnswers)
    .where(inArray(experimentAnswers.experimentId, rows.map((r) => r.id)));
  return rows.map((row) => toExperiment(row, answers));
}

/** Inserts or updates one experiment by its id (slug) and replaces its answers; the caller holds the leader's lock. */
async function writeExperiment(tx: Db, userId: string, e: Experiment): Promise<void> {
  const { experiments, experimentAnswers } = tx.tables;
  const values = {
    userId,
    slug: e.id,
    title: e.title,
    stepId: e.stepId,
    measure: e.measure,
    startWeek: e.startWeek,
    weeks: e.weeks,
    outcome: e.outcome,
    endedWeek: e.endedWeek,
    adjusts: e.adjusts,
    note: e.note,
  };
  const { userId: _u, slug: _s, ...changes } = values;
  const [row] = await tx
    .insert(experiments)
    .values(values)
    .onConflictDoUpdate({ target: [experiments.userId, experiments.slug], set: { ...changes, updatedAt: new Date() } })
    .returning({ id: experiments.id });
  await tx.delete(experimentAnswers).where(eq(experimentAnswers.experimentId, row!.id));
  if (e.answers.length > 0) {
    await tx.insert(experimentAnswers).values(e.answers.map((a) => ({ experimentId: row!.id, week: a.week, answer: a.answer })));
  }
}

/**
 * Applies a change from lib/experiments (start, answer, end, adjust) to the leader's experiments,
 * all or nothing, under the leader's lock: `change` sees the stored list and returns the experiments
 * to write. The whole list must still hold the format's rules afterwards (two running at most, ids
 * unique), so two tabs starting an experiment at once cannot end with three running.
 */
export async function changeExperiments(
  db: Db,
  userId: string,
  change: (current: Experiment[]) => LifecycleResult<Experiment[]>,
): Promise<LifecycleResult<Experiment[]>> {
  return transaction(
    db,
    async (tx) => {
      const current = await listExperiments(tx, userId);
      const result = change(current);
      if (!result.ok) return result;
      const written = result.value.map((e) => experimentSchema.parse(e));
      const bySlug = new Map(current.map((e) => [e.id, e]));
      for (const e of written) bySlug.set(e.id, e);
      const issues = experimentListIssues([...bySlug.values()]);
      if (issues.length > 0) return { ok: false, code: "INVALID", message: issues[0]!.message };
      for (const e of written) await writeExperiment(tx, userId, e);
      return { ok: true, value: written };
    },
    { lockKey: `experiments:${userId}` },
  );
}

/** Deletes an experiment that has not started yet (a planned one), with its answers. */
export async function deletePlannedExperiment(db: Db, userId: string, slug: string, currentWeek: string): Promise<boolean> {
  const { experiments } = db.tables;
  const [row] = await db.select({ id: experiments.id, startWeek: experiments.startWeek }).from(experiments).where(and(eq(experiments.userId, userId), eq(experiments.slug, slug)));
  if (!row || compareIsoWeeks(row.startWeek, currentWeek) <= 0) return false;
  const deleted = await db.delete(experiments).where(and(eq(experiments.userId, userId), eq(experiments.id, row.id))).returning({ id: experiments.id });
  return deleted.length > 0;
}

/** The leader's wellbeing checks, oldest first. */
export async function listWellbeingChecks(db: Db, userId: string): Promise<WellbeingCheck[]> {
  const { wellbeingChecks } = db.tables;
  const rows = await db.select().from(wellbeingChecks).where(eq(wellbeingChecks.userId, userId)).orderBy(asc(wellbeingChecks.week));
  return rows.map((r) => ({ week: r.week, who5: r.who5, burnout: r.burnout }));
}

/** Saves the check of a week; saving the same week again replaces its answers. */
export async function saveWellbeingCheck(db: Db, userId: string, check: WellbeingCheck): Promise<WellbeingCheck> {
  const { wellbeingChecks } = db.tables;
  const [row] = await db
    .insert(wellbeingChecks)
    .values({ userId, week: check.week, who5: check.who5, burnout: check.burnout })
    .onConflictDoUpdate({ target: [wellbeingChecks.userId, wellbeingChecks.week], set: { who5: check.who5, burnout: check.burnout, updatedAt: new Date() } })
    .returning();
  return { week: row!.week, who5: row!.who5, burnout: row!.burnout };
}

/** The leader's reviews, oldest first. */
export async function listReviews(db: Db, userId: string): Promise<Review[]> {
  const { reviews } = db.tables;
  const rows = await db.select().from(reviews).where(eq(reviews.userId, userId)).orderBy(asc(reviews.week));
  return rows.map((r) => ({ week: r.week, milestone: r.milestone, leaning: r.leaning, reflection: r.reflection }));
}

/** Saves the review of a week (one a week); saving again updates its leaning and reflection. */
export async function saveReview(db: Db, userId: string, review: Review): Promise<Review> {
  const { reviews } = db.tables;
  const [row] = await db
    .insert(reviews)
    .values({ userId, ...review })
    .onConflictDoUpdate({
      target: [reviews.userId, reviews.week],
      set: { milestone: review.milestone, leaning: review.leaning, reflection: review.reflection, updatedAt: new Date() },
    })
    .returning();
  return { week: row!.week, milestone: row!.milestone, leaning: row!.leaning, reflection: row!.reflection };
}

/** Inside a restore's transaction: replaces the lists the file holds (a list the file leaves out stays as it is). */
export async function replaceReflection(
  tx: Db,
  userId: string,
  file: { experiments?: readonly Experiment[] | null; wellbeingChecks?: readonly WellbeingCheck[] | null; reviews?: readonly Review[] | null },
): Promise<void> {
  const { experiments, wellbeingChecks, reviews } = tx.tables;
  if (file.experiments) {
    await tx.delete(experiments).where(eq(experiments.userId, userId));
    for (const e of file.experiments) await writeExperiment(tx, userId, e);
  }
  if (file.wellbeingChecks) {
    await tx.delete(wellbeingChecks).where(eq(wellbeingChecks.userId, userId));
    for (let i = 0; i < file.wellbeingChecks.length; i += 200) {
      await tx.insert(wellbeingChecks).values(file.wellbeingChecks.slice(i, i + 200).map((c) => ({ userId, week: c.week, who5: c.who5, burnout: c.burnout })));
    }
  }
  if (file.reviews) {
    await tx.delete(reviews).where(eq(reviews.userId, userId));
    for (let i = 0; i < file.reviews.length; i += 200) {
      await tx.insert(reviews).values(file.reviews.slice(i, i + 200).map((r) => ({ userId, ...r })));
    }
  }
}
