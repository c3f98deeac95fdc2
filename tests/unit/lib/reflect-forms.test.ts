import { describe, expect, it } from "vitest";
import { formToShape } from "@/lib/validation/form";
import { toFieldErrors } from "@/lib/validation/issues";
import {
  ANSWER_EXPERIMENT_FORM,
  answerExperimentFormSchema,
  START_EXPERIMENT_FORM,
  startExperimentFormSchema,
  WELLBEING_FORM,
  wellbeingFormSchema,
  REVIEW_FORM,
  reviewFormSchema,
} from "@/lib/validation/reflect-forms";

const shape = (spec: Parameters<typeof formToShape>[1], entries: Record<string, string>) => formToShape(Object.entries(entries), spec);

describe("the reflect forms", () => {
  it("reads a start form, empty target and start week as absent", () => {
    const parsed = startExperimentFormSchema.parse(shape(START_EXPERIMENT_FORM, { title: "  Decline one meeting ", measure: "managerOneOnOneEveryOtherWeek", target: "", weeks: "4", startWeek: "" }));
    expect(parsed).toEqual({ title: "Decline one meeting", measure: "managerOneOnOneEveryOtherWeek", target: null, weeks: 4, startWeek: null });
  });

  it.each([
    [{ title: "", measure: "executionShareAtLeast", weeks: "4" }, "title"],
    [{ title: "x".repeat(121), measure: "executionShareAtLeast", weeks: "4" }, "title"],
    [{ title: "Try", measure: "everything", weeks: "4" }, "measure"],
    [{ title: "Try", measure: "executionShareAtLeast", weeks: "7" }, "weeks"],
    [{ title: "Try", measure: "executionShareAtLeast", weeks: "1" }, "weeks"],
    [{ title: "Try", measure: "executionShareAtLeast", weeks: "4", target: "lots" }, "target"],
    [{ title: "Try", measure: "executionShareAtLeast", weeks: "4", stepId: "../../etc" }, "stepId"],
    [{ title: "Try", measure: "executionShareAtLeast", weeks: "4", adjusts: "x".repeat(65) }, "adjusts"],
    [{ title: "Try", measure: "executionShareAtLeast", weeks: "4", userId: "someone-else" }, "userId"],
  ])("refuses %j at its field", (entries, field) => {
    const parsed = startExperimentFormSchema.safeParse(shape(START_EXPERIMENT_FORM, entries));
    expect(parsed.success).toBe(false);
    expect(Object.keys(toFieldErrors(parsed.error!))).toContain(field);
  });

  it("answers only yes, partly or no, for a real week", () => {
    expect(answerExperimentFormSchema.safeParse(shape(ANSWER_EXPERIMENT_FORM, { experiment: "e-1", week: "2026-W48", answer: "partly" })).success).toBe(true);
    expect(answerExperimentFormSchema.safeParse(shape(ANSWER_EXPERIMENT_FORM, { experiment: "e-1", week: "2026-W54", answer: "yes" })).success).toBe(false);
    expect(answerExperimentFormSchema.safeParse(shape(ANSWER_EXPERIMENT_FORM, { experiment: "e-1", week: "2026-W48", answer: "maybe" })).success).toBe(false);
  });

  it("takes all five WHO-5 answers or none, and at least one of the two questionnaires", () => {
    const all = { who5_1: "3", who5_2: "2", who5_3: "4", who5_4: "1", who5_5: "0" };
    expect(wellbeingFormSchema.parse(shape(WELLBEING_FORM, { ...all, burnout: "" }))).toEqual({ who5: [3, 2, 4, 1, 0], burnout: null });
    expect(wellbeingFormSchema.parse(shape(WELLBEING_FORM, { burnout: "4" }))).toEqual({ who5: null, burnout: 4 });
    const partial = wellbeingFormSchema.safeParse(shape(WELLBEING_FORM, { who5_1: "3", who5_2: "2", burnout: "2" }));
    expect(partial.success).toBe(false);
    expect(Object.keys(toFieldErrors(partial.error!)).sort()).toEqual(["who5_3", "who5_4", "who5_5"]);
    const none = wellbeingFormSchema.safeParse(shape(WELLBEING_FORM, {}));
    expect(toFieldErrors(none.error!).form).toMatch(/Answer the five statements/);
    expect(wellbeingFormSchema.safeParse(shape(WELLBEING_FORM, { ...all, who5_5: "6" })).success).toBe(false);
    expect(wellbeingFormSchema.safeParse(shape(WELLBEING_FORM, { burnout: "6" })).success).toBe(false);
  });

  it("bounds the review's reflection and path", () => {
    expect(reviewFormSchema.safeParse(shape(REVIEW_FORM, { leaning: "reshape-role", reflection: "ok" })).success).toBe(true);
    expect(reviewFormSchema.safeParse(shape(REVIEW_FORM, { leaning: "quit-today" })).success).toBe(false);
    expect(reviewFormSchema.safeParse(shape(REVIEW_FORM, { reflection: "x".repeat(10_001) })).success).toBe(false);
  });
});
